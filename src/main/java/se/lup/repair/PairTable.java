package se.lup.repair;

/**
 * Counts of numbered word pairs in one open-addressing table of long keys: the repairer looks up a pair for every two
 * neighbouring options, and one probe into two flat arrays is far cheaper than a map of maps of strings.
 */
final class PairTable {
    /** Receives each pair and its count. */
    interface Visitor {
        void visit(int first, int second, int count);
    }

    private long[] keys = new long[1024];
    /** 0 marks an empty slot: every stored pair was counted at least once. */
    private int[] counts = new int[1024];
    private int size;

    /** Adds to a pair's count; true when the pair is new. */
    boolean add(int first, int second, int count) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        long key = key(first, second);
        int slot = find(keys, counts, key);
        boolean added = counts[slot] == 0;
        if (added) {
            keys[slot] = key;
            size++;
        }
        counts[slot] += count;
        return added;
    }

    int get(int first, int second) {
        return counts[find(keys, counts, key(first, second))];
    }

    void forEach(Visitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (counts[i] > 0) {
                visitor.visit((int) (keys[i] >>> 32), (int) keys[i], counts[i]);
            }
        }
    }

    private static long key(int first, int second) {
        return (long) first << 32 | second & 0xFFFFFFFFL;
    }

    /** The slot holding the key, or the empty slot where it would go (linear probing). */
    private static int find(long[] keys, int[] counts, long key) {
        int mask = keys.length - 1;
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - Integer.numberOfTrailingZeros(keys.length)));
        while (counts[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldCounts[i] > 0) {
                int slot = find(keys, counts, oldKeys[i]);
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
            }
        }
    }
}
