package org.tiqu.internal.text;

/**
 * A bit per hashed pair of chars, for lexicons in big hash tables: "no word has this pair here" is answered from a
 * bitset small enough to stay in L2, where most positions of a text would otherwise cost a probe (a cache miss) into
 * the table. False positives only cost that probe. Filled while a lexicon is built, then read-only and thread-safe.
 */
public final class PairFilter {
    private final long[] bits;
    private final int shift;

    /** @param log2Bits size of the bitset as a power of two (at least 6) */
    public PairFilter(int log2Bits) {
        bits = new long[1 << (log2Bits - 6)];
        shift = 32 - log2Bits;
    }

    private int bit(char a, char b) {
        return (int) ((a << 16 | b) * 0x9E3779B1L) >>> shift;
    }

    public void add(char a, char b) {
        int bit = bit(a, b);
        bits[bit >>> 6] |= 1L << bit;
    }

    /** @return false when the pair was never added; true when it was (or, rarely, when another pair shares its bit) */
    public boolean mayHave(char a, char b) {
        int bit = bit(a, b);
        return (bits[bit >>> 6] & 1L << bit) != 0;
    }
}
