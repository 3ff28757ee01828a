package se.lup.repair;

import java.util.List;

/**
 * Dense ids for a fixed set of strings, found from a range of a char array and its {@link String#hashCode()}: the
 * pieces, keys and variants of OCR words are looked up without building a string. The entries' letters sit in one
 * array and each slot holds an entry's hash beside its id, so a lookup costs about two memory reads where a hash map of
 * strings costs four. Immutable.
 */
final class CharTable {
    /** Per slot: the entry's hash in the high half and its id + 1 in the low half; 0 when empty. */
    private final long[] slots;
    private final int shift;
    private final char[] letters;
    /** Entry {@code id} is {@code letters[starts[id], starts[id + 1])}. */
    private final int[] starts;

    /** The entries, which must be distinct, get their position in the list as id. */
    CharTable(List<String> entries) {
        int capacityBits = 32 - Integer.numberOfLeadingZeros(Math.max(entries.size(), 1) * 2);
        this.slots = new long[1 << capacityBits];
        this.shift = 32 - capacityBits;
        this.starts = new int[entries.size() + 1];
        int total = entries.stream().mapToInt(String::length).sum();
        this.letters = new char[total];
        int at = 0;
        for (int id = 0; id < entries.size(); id++) {
            String entry = entries.get(id);
            starts[id] = at;
            entry.getChars(0, entry.length(), letters, at);
            at += entry.length();
            int hash = entry.hashCode();
            int slot = slot(hash);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = (long) hash << 32 | (id + 1L);
        }
        starts[entries.size()] = at;
    }

    /** The id of {@code text[from, to)}, whose {@link String#hashCode()} is {@code hash}; -1 when it is not an entry. */
    int id(char[] text, int from, int to, int hash) {
        for (int slot = slot(hash); ; slot = (slot + 1) & (slots.length - 1)) {
            long entry = slots[slot];
            if (entry == 0) {
                return -1;
            }
            if ((int) (entry >>> 32) == hash) {
                int id = (int) entry - 1;
                if (equals(id, text, from, to)) {
                    return id;
                }
            }
        }
    }

    /** The id of {@code text[from, to)}; -1 when it is not an entry. */
    int id(char[] text, int from, int to) {
        return id(text, from, to, hash(text, from, to));
    }

    /** {@link String#hashCode()} of {@code text[from, to)}. */
    static int hash(char[] text, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = HashFilter.extend(hash, text[i]);
        }
        return hash;
    }

    private boolean equals(int id, char[] text, int from, int to) {
        int start = starts[id];
        if (starts[id + 1] - start != to - from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (letters[start + i - from] != text[i]) {
                return false;
            }
        }
        return true;
    }

    private int slot(int hash) {
        return (hash * 0x9E3779B9) >>> shift;
    }
}
