package org.tiqu.internal.seg;

import java.util.Collection;

/**
 * A word set for lexicon features: finds, for every char of a text, the longest listed word that starts, ends or
 * covers it. Words and their prefixes are stored as hashes (30 key bits plus the slot's bits, with flags for "is a
 * word" and "is a prefix of a longer word", so a scan stops as soon as no listed word can continue). Immutable and
 * thread-safe.
 */
public final class Lexicon {
    private static final byte WORD = 1;
    private static final byte PREFIX = 2;

    /**
     * 30 bits of the 64-bit hash with the flags in the low two bits (never 0), so a probe touches one array; a rare
     * false match only adds a feature
     */
    private final int[] keys;
    /**
     * Bit per hashed two-char prefix of a listed word (128 KB, stays in L2): most text positions start no listed
     * word, and this answers that without a probe into the multi-MB table.
     */
    private final org.tiqu.internal.text.PairFilter firstPairs = new org.tiqu.internal.text.PairFilter(20);
    private final int mask;
    private final int maxLength;
    private final int size;

    /**
     * @param words     the words (length 1 words are ignored: every char is trivially one)
     * @param maxLength longer words are ignored
     */
    public Lexicon(Collection<String> words, int maxLength) {
        this.maxLength = maxLength;
        // size the table from an upper bound on entries (one per prefix and one per word) and mark straight into
        // it: no boxed map at load time (95k words took ~300 ms that way)
        long bound = 0;
        for (String w : words) {
            if (w.length() >= 2 && w.length() <= maxLength) {
                bound += w.length();
            }
        }
        int cap = Integer.highestOneBit((int) Math.max(16, bound + bound / 2)) << 1; // load <= 2/3
        this.keys = new int[cap];
        this.mask = cap - 1;
        int n = 0;
        for (String w : words) {
            if (w.length() < 2 || w.length() > maxLength) {
                continue;
            }
            firstPairs.add(w.charAt(0), w.charAt(1));
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

    /** FNV's high bits are weak for short strings: finish with murmur3's mixer. */
    private static long mix(long h) {
        h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
        h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    /** The stored key: the mixed hash's low 30 bits (never 0), the flag bits clear. */
    private static int key(long m) {
        int k = (int) m & ~FLAGS;
        return k == 0 ? 1 << 2 : k;
    }

    /** The home slot, from the mixed hash's high bits: a false match must agree on both, about 49 bits. */
    private int slot(long m) {
        return (int) (m >>> 32) & mask;
    }

    private static final int FLAGS = WORD | PREFIX;

    private void mark(long h, byte flag) {
        long m = mix(h);
        int k = key(m);
        int s = slot(m);
        while (keys[s] != 0 && (keys[s] & ~FLAGS) != k) {
            s = (s + 1) & mask;
        }
        keys[s] |= k | flag;
    }

    private int lookup(long h) {
        long m = mix(h);
        int want = key(m);
        int s = slot(m);
        int k;
        while ((k = keys[s]) != 0) {
            if ((k & ~FLAGS) == want) {
                return k & FLAGS;
            }
            s = (s + 1) & mask;
        }
        return 0;
    }

    /** Whether {@code text[from, to)} is a listed word (two chars or more). */
    public boolean contains(CharSequence text, int from, int to) {
        if (to - from < 2 || to - from > maxLength) {
            return false;
        }
        long h = SEED;
        for (int i = from; i < to; i++) {
            h = step(h, text.charAt(i));
        }
        return (lookup(h) & WORD) != 0;
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
        java.util.Arrays.fill(out, 0, Math.max(0, n), 0);
        // The walks from all starts advance together, one char per round, and each round's probes run in a loop of
        // independent loads: the CPU overlaps their cache misses, where one walk after another waited for each. The
        // first round is the two-char prefix at every start the filter lets through.
        int[] at = new int[Math.max(0, n)];
        long[] hash = new long[at.length];
        int[] flags = new int[at.length];
        int active = 0;
        for (int i = 0; i + 1 < n; i++) {
            char c0 = text.charAt(from + i), c1 = text.charAt(from + i + 1);
            if (firstPairs.mayHave(c0, c1)) {
                at[active] = i;
                hash[active++] = step(step(SEED, c0), c1);
            }
        }
        for (int len = 2; active > 0; len++) {
            for (int a = 0; a < active; a++) {
                flags[a] = lookup(hash[a]);
            }
            int next = 0;
            for (int a = 0; a < active; a++) {
                int f = flags[a];
                int i = at[a];
                int j = i + len - 1; // the walk's last char
                if ((f & WORD) != 0) {
                    out[i] = (out[i] & ~0xF) | len; // grows round by round: the last one is the longest
                    if (((out[j] >> 4) & 0xF) < len) {
                        out[j] = (out[j] & ~0xF0) | (len << 4);
                    }
                    for (int k = i + 1; k < j; k++) {
                        if (((out[k] >> 8) & 0xF) < len) {
                            out[k] = (out[k] & ~0xF00) | (len << 8);
                        }
                    }
                }
                if ((f & PREFIX) != 0 && j + 1 < Math.min(n, i + maxLength)) {
                    at[next] = i;
                    hash[next++] = step(hash[a], text.charAt(from + j + 1));
                }
            }
            active = next;
        }
    }
}
