package org.tiqu.internal.seg;

import java.util.Collection;

/**
 * A word set for lexicon features: finds, for every char of a text, the longest listed word that starts, ends or
 * covers it. Words are stored as 64-bit hashes (with flags for "is a word" and "is a prefix of a longer word", so a
 * scan stops as soon as no listed word can continue). Immutable and thread-safe.
 */
public final class Lexicon {
    private static final byte WORD = 1;
    private static final byte PREFIX = 2;

    private final long[] keys;
    private final byte[] flags;
    private final int mask;
    private final int maxLength;
    private final int size;

    /**
     * @param words     the words (length 1 words are ignored: every char is trivially one)
     * @param maxLength longer words are ignored
     */
    public Lexicon(Collection<String> words, int maxLength) {
        this.maxLength = maxLength;
        int cap = Integer.highestOneBit(Math.max(16, words.size() * 4)) << 2;
        this.keys = new long[cap];
        this.flags = new byte[cap];
        this.mask = cap - 1;
        int n = 0;
        for (String w : words) {
            if (w.length() < 2 || w.length() > maxLength) {
                continue;
            }
            long h = SEED;
            for (int i = 0; i < w.length(); i++) {
                h = step(h, w.charAt(i));
                if (i + 1 < w.length()) {
                    mark(h, PREFIX);
                }
            }
            mark(h, WORD);
            n++;
        }
        this.size = n;
    }

    private static final long SEED = 0x2545F4914F6CDD1DL;

    private static long step(long h, char c) {
        h = (h ^ c) * 0x100000001b3L;
        return h == 0 ? 1 : h;
    }

    private void mark(long h, byte flag) {
        int s = (int) ((h * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        while (keys[s] != 0 && keys[s] != h) {
            s = (s + 1) & mask;
        }
        keys[s] = h;
        flags[s] |= flag;
    }

    private int lookup(long h) {
        int s = (int) ((h * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        long k;
        while ((k = keys[s]) != 0) {
            if (k == h) {
                return flags[s];
            }
            s = (s + 1) & mask;
        }
        return 0;
    }

    /** Number of words stored. */
    public int size() {
        return size;
    }

    public int maxLength() {
        return maxLength;
    }

    /**
     * For each {@code i} in {@code [from, to)} writes into {@code out[i - from]} the lengths (0 when none) of the
     * longest word starting at i (bits 0-3), ending at i (bits 4-7) and covering i strictly inside (bits 8-11).
     */
    public void match(CharSequence text, int from, int to, int[] out) {
        int n = to - from;
        for (int i = 0; i < n; i++) {
            out[i] = 0;
        }
        for (int i = 0; i < n; i++) {
            long h = SEED;
            int lim = Math.min(n, i + maxLength);
            for (int j = i; j < lim; j++) {
                h = step(h, text.charAt(from + j));
                if (j == i) {
                    continue; // single chars are not words here, but may be prefixes
                }
                int f = lookup(h);
                if (f == 0) {
                    break;
                }
                if ((f & WORD) != 0) {
                    int len = j - i + 1;
                    out[i] = (out[i] & ~0xF) | len; // grows with j: the last one is the longest
                    if (((out[j] >> 4) & 0xF) < len) {
                        out[j] = (out[j] & ~0xF0) | (len << 4);
                    }
                    for (int k = i + 1; k < j; k++) {
                        if (((out[k] >> 8) & 0xF) < len) {
                            out[k] = (out[k] & ~0xF00) | (len << 8);
                        }
                    }
                }
                if ((f & PREFIX) == 0) {
                    break;
                }
            }
        }
    }
}
