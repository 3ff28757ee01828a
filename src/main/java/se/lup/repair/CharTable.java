package se.lup.repair;

import java.util.List;

/**
 * Dense ids for a fixed set of strings, found from a range of a char array and its {@link String#hashCode()}: the
 * pieces, keys and variants of OCR words are looked up without building a string. Each slot holds an entry's hash
 * beside where the entry sits in one char array, and there its length and id come just before its letters: a lookup
 * reads the slot and then one stretch of chars (a quarter faster than keeping ids, starts and letters apart, measured
 * on 800,000 entries), where a hash map of strings reads four places. Immutable.
 */
final class CharTable {
    /** Chars before an entry's letters: its length, then its id in two halves. */
    private static final int HEADER = 3;

    /** Per slot: the entry's hash in the high half and its position in {@link #entries} + 1 in the low half; 0 when empty. */
    private final long[] slots;
    private final int shift;
    /** Each entry's header and letters, one after the other. */
    private final char[] entries;

    /** The entries, which must be distinct and shorter than 65,536 letters, get their position in the list as id. */
    CharTable(List<String> entries) {
        int capacityBits = 32 - Integer.numberOfLeadingZeros(Math.max(entries.size(), 1) * 2);
        this.slots = new long[1 << capacityBits];
        this.shift = 32 - capacityBits;
        this.entries = new char[entries.stream().mapToInt(String::length).sum() + HEADER * entries.size()];
        int at = 0;
        for (int id = 0; id < entries.size(); id++) {
            String entry = entries.get(id);
            int slot = slot(entry.hashCode());
            while (slots[slot] != 0) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = (long) entry.hashCode() << 32 | (at + 1L);
            this.entries[at] = (char) entry.length();
            this.entries[at + 1] = (char) (id >>> 16);
            this.entries[at + 2] = (char) id;
            entry.getChars(0, entry.length(), this.entries, at + HEADER);
            at += HEADER + entry.length();
        }
    }

    /** The id of {@code text[from, to)}, whose {@link String#hashCode()} is {@code hash}; -1 when it is not an entry. */
    int id(char[] text, int from, int to, int hash) {
        for (int slot = slot(hash); ; slot = (slot + 1) & (slots.length - 1)) {
            long entry = slots[slot];
            if (entry == 0) {
                return -1;
            }
            if ((int) (entry >>> 32) == hash) {
                int at = (int) entry - 1;
                if (equals(at, text, from, to)) {
                    return entries[at + 1] << 16 | entries[at + 2];
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

    /**
     * Per position {@code i}, {@link String#hashCode()} of {@code text[i, text.length)}, from the end: a string's hash
     * grows at the front by the letter times 31 to the power of the length after it.
     */
    static int[] suffixHashes(char[] text) {
        int[] hashes = new int[text.length + 1];
        int power = 1;
        for (int i = text.length - 1; i >= 0; i--) {
            hashes[i] = text[i] * power + hashes[i + 1];
            power *= 31;
        }
        return hashes;
    }

    private boolean equals(int at, char[] text, int from, int to) {
        if (entries[at] != to - from) {
            return false;
        }
        int start = at + HEADER - from;
        for (int i = from; i < to; i++) {
            if (entries[start + i] != text[i]) {
                return false;
            }
        }
        return true;
    }

    private int slot(int hash) {
        return (hash * 0x9E3779B9) >>> shift;
    }
}
