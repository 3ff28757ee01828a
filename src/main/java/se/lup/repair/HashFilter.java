package se.lup.repair;

/**
 * A one-hash Bloom filter over {@link String#hashCode()} values: "may this string be in the set?" from a hash the
 * caller computes as it extends a string letter by letter, so the many substrings and variants a word is tried as
 * need no string and no probe of a large hash map unless the filter lets them through. False positives only cost
 * that probe; there are no false negatives.
 */
final class HashFilter {
    private static final int BITS_LOG2 = 23;
    private final long[] bits = new long[1 << (BITS_LOG2 - 6)];

    void add(String s) {
        int slot = slot(s.hashCode());
        bits[slot >>> 6] |= 1L << slot;
    }

    boolean mayContain(int stringHash) {
        int slot = slot(stringHash);
        return (bits[slot >>> 6] & (1L << slot)) != 0;
    }

    /** The hash of a string one character longer, as {@link String#hashCode()} computes it. */
    static int extend(int stringHash, char c) {
        return 31 * stringHash + c;
    }

    private static int slot(int hash) {
        return slot(hash, BITS_LOG2);
    }

    /** A string hash spread over {@code 2^bitsLog2} slots. */
    static int slot(int hash, int bitsLog2) {
        return (hash * 0x9E3779B9) >>> (32 - bitsLog2);
    }
}
