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

    private final int[] keys; // high 32 bits of the 64-bit hash (never 0); a rare false match only adds a feature
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
        java.util.HashMap<Integer, Byte> entries = new java.util.HashMap<>();
        int n = 0;
        for (String w : words) {
            if (w.length() < 2 || w.length() > maxLength) {
                continue;
            }
            long h = SEED;
            for (int i = 0; i < w.length(); i++) {
                h = step(h, w.charAt(i));
                if (i + 1 < w.length()) {
                    entries.merge(key(h), PREFIX, (a, b) -> (byte) (a | b));
                }
            }
            entries.merge(key(h), WORD, (a, b) -> (byte) (a | b));
            n++;
        }
        this.size = n;
        int cap = Integer.highestOneBit(Math.max(16, entries.size() + entries.size() / 2)) << 1; // load <= 2/3
        this.keys = new int[cap];
        this.flags = new byte[cap];
        this.mask = cap - 1;
        entries.forEach(this::mark);
    }

    private static final long SEED = 0x2545F4914F6CDD1DL;

    private static long step(long h, char c) {
        h = (h ^ c) * 0x100000001b3L;
        return h == 0 ? 1 : h;
    }

    private static int key(long h) {
        // FNV's high bits are weak for short strings: finish with murmur3's mixer before keeping 32 bits
        h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
        h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
        int k = (int) (h ^ (h >>> 33));
        return k == 0 ? 1 : k;
    }

    private void mark(int k, byte flag) {
        int s = (int) ((k * 0x9E3779B9L) >>> 7) & mask;
        while (keys[s] != 0 && keys[s] != k) {
            s = (s + 1) & mask;
        }
        keys[s] = k;
        flags[s] |= flag;
    }

    private int lookup(long h) {
        int want = key(h);
        int s = (int) ((want * 0x9E3779B9L) >>> 7) & mask;
        int k;
        while ((k = keys[s]) != 0) {
            if (k == want) {
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
