package org.tiqu.internal.text;

import java.util.Arrays;

/**
 * Multi-char words with an int value each, found by the position they end at: a trie over the reversed words whose
 * transitions (state, char) -&gt; child live in one open-addressing table of longs. A step is one probe into a
 * compact array (about 4 MB for tiqu's NER lexicon, where HanLP's Aho-Corasick automaton took 15 MB of arrays and
 * boxed values and several dependent loads per char), and keys are exact: a lookup never matches a word that is not
 * there. Reports the same matches in the same order as HanLP's {@code AhoCorasickDoubleArrayTrie} built from the
 * same sorted map. Built once ({@link #add}, then {@link #compact}), then immutable and safe from many threads.
 */
public final class WordTrie {
    /** Receives one match: {@code text[begin, end)} is a word with {@code value}. */
    @FunctionalInterface
    public interface Hit {
        void hit(int begin, int end, int value);
    }

    private static final int CHAR_BITS = 16, STATE_BITS = 21;
    private static final long STATE_MASK = (1L << STATE_BITS) - 1;
    private static final long KEY_MASK = (1L << (CHAR_BITS + STATE_BITS)) - 1; // parent state << 16 | char
    private static final int CHILD_SHIFT = CHAR_BITS + STATE_BITS;
    private static final long WORD = 1L << (CHILD_SHIFT + STATE_BITS), MORE = WORD << 1;

    /** key | child << CHILD_SHIFT | WORD (the child ends a word) | MORE (the child has children); 0 = empty. */
    private long[] slots;
    private int mask;
    /** Child of the root by char, 0 = none: the first step of every scan, without a probe. */
    private final int[] rootChild = new int[65536];
    /** Bit per char: some word ends with it (8 KB, stays in cache: most chars end no word of a small trie). */
    private final CharSet lastChars = new CharSet();
    /**
     * Bit per hashed pair of last two chars: some word ends with the pair (128 KB at most, stays in L2). Most
     * chars that end a word of a large trie (the NER lexicon holds HanLP's core words) do not end one with the
     * char before them; this answers that without a probe into the multi-MB transition table.
     */
    private final PairFilter lastPairs;
    private int[] values = new int[1024]; // by state
    private int states = 1;               // state 0 is the root
    private int maxLength;
    private int words;

    /** @param expectedChars the words' total length: an upper bound on the transitions, to size the table */
    public WordTrie(long expectedChars) {
        int cap = Integer.highestOneBit((int) Math.min(1 << 29, Math.max(16, expectedChars + expectedChars / 2))) << 1;
        slots = new long[cap];
        mask = cap - 1;
        int bits = Integer.highestOneBit((int) Math.min(1 << 20, Math.max(1 << 12, expectedChars * 4)));
        lastPairs = new PairFilter(Integer.numberOfTrailingZeros(bits));
    }

    /** A compacted trie of {@code words} (each of two chars or more). */
    public static WordTrie of(java.util.Map<String, Integer> words) {
        long chars = 0;
        for (String w : words.keySet()) {
            chars += w.length();
        }
        WordTrie trie = new WordTrie(chars);
        for (var e : words.entrySet()) {
            char[] w = e.getKey().toCharArray();
            trie.add(w, w.length, e.getValue());
        }
        return trie.compact();
    }

    /** Adds the word {@code w[0, len)} (two chars or more) with {@code value}; a repeated word keeps the last value. */
    public void add(char[] w, int len, int value) {
        if (len < 2) {
            throw new IllegalArgumentException("one-char words do not go into the trie");
        }
        int state = 0;
        for (int k = len - 1; k >= 0; k--) {
            if (states >= (mask + 1) / 4 * 3) {
                rehash(2 * (mask + 1)); // the size hint was low: grow rather than fill up
            }
            long key = (long) state << CHAR_BITS | w[k];
            int s = slot(key);
            long v;
            while ((v = slots[s]) != 0 && (v & KEY_MASK) != key) {
                s = (s + 1) & mask;
            }
            if (v == 0) {
                if (states > STATE_MASK) {
                    throw new IllegalStateException("too many trie states");
                }
                v = key | (long) states << CHILD_SHIFT;
                if (states == values.length) {
                    values = Arrays.copyOf(values, states * 2);
                }
                states++;
            }
            if (k > 0) {
                v |= MORE;
            } else {
                if ((v & WORD) == 0) {
                    words++;
                }
                v |= WORD;
                values[(int) (v >>> CHILD_SHIFT & STATE_MASK)] = value;
            }
            slots[s] = v;
            state = (int) (v >>> CHILD_SHIFT & STATE_MASK);
            if (k == len - 2) {
                lastPairs.add(w[k], w[k + 1]);
            }
            if (k == len - 1) {
                rootChild[w[k]] = state; // words have two chars or more: a root child is never a word's end
                lastChars.add(w[k]);
            }
        }
        maxLength = Math.max(maxLength, len);
    }

    /** Shrinks the table to a load of at most one half, once every word is in, and trims the value array. */
    public WordTrie compact() {
        int used = states - 1;
        int cap = Integer.highestOneBit(Math.max(16, used * 2 - 1)) << 1;
        if (cap < slots.length) {
            rehash(cap);
        }
        values = Arrays.copyOf(values, states);
        return this;
    }

    private void rehash(int cap) {
        long[] old = slots;
        slots = new long[cap];
        mask = cap - 1;
        for (long v : old) {
            if (v != 0) {
                int s = slot(v & KEY_MASK);
                while (slots[s] != 0) {
                    s = (s + 1) & mask;
                }
                slots[s] = v;
            }
        }
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29)) & mask;
    }

    /** @return the slot value of the transition from {@code state} by {@code c}, 0 when there is none */
    private long step(int state, char c) {
        long key = (long) state << CHAR_BITS | c;
        int s = slot(key);
        long v;
        while ((v = slots[s]) != 0) {
            if ((v & KEY_MASK) == key) {
                return v;
            }
            s = (s + 1) & mask;
        }
        return 0;
    }

    /** @return the value of {@code word}, or {@code absent} when it is not in the trie */
    public int get(CharSequence word, int absent) {
        if (word.length() < 2) {
            return absent;
        }
        int state = 0;
        long v = 0;
        for (int k = word.length() - 1; k >= 0; k--) {
            v = step(state, word.charAt(k));
            if (v == 0) {
                return absent;
            }
            state = (int) (v >>> CHILD_SHIFT & STATE_MASK);
        }
        return (v & WORD) != 0 ? values[state] : absent;
    }

    /**
     * Reports every word in {@code text} as {@code (begin, end, value)}: by end ascending and, among words with the
     * same end, in descending string order (the order HanLP's Aho-Corasick automaton, which this replaced, reported
     * them in; rules that look at the first of several hits keep their behaviour).
     */
    public void match(char[] text, Hit hit) {
        int n = text.length;
        int[] begins = new int[Math.max(1, maxLength)];
        int[] vals = new int[begins.length];
        // first the transition by each end's last two chars, in a loop of independent loads (the CPU overlaps
        // their cache misses); then the walks on from the ends that have one
        long[] first = new long[n + 1];
        for (int e = 2; e <= n; e++) {
            char last = text[e - 1];
            if (lastChars.has(last) && lastPairs.mayHave(text[e - 2], last)) {
                first[e] = step(rootChild[last], text[e - 2]);
            }
        }
        for (int e = 2; e <= n; e++) {
            long v = first[e];
            if (v == 0) {
                continue;
            }
            int found = 0;
            for (int b = e - 2; ; ) {
                int state = (int) (v >>> CHILD_SHIFT & STATE_MASK);
                if ((v & WORD) != 0) {
                    begins[found] = b;
                    vals[found++] = values[state];
                }
                if ((v & MORE) == 0 || --b < 0 || e - b > maxLength) {
                    break;
                }
                v = step(state, text[b]);
                if (v == 0) {
                    break;
                }
            }
            if (found > 1) {
                sortDescending(text, e, begins, vals, found);
            }
            for (int k = 0; k < found; k++) {
                hit.hit(begins[k], e, vals[k]);
            }
        }
    }

    /** Insertion sort of the words {@code text[begins[k], end)} into descending string order (there are a few). */
    private static void sortDescending(char[] text, int end, int[] begins, int[] vals, int count) {
        for (int i = 1; i < count; i++) {
            int b = begins[i], v = vals[i], j = i - 1;
            while (j >= 0 && compare(text, begins[j], b, end) < 0) {
                begins[j + 1] = begins[j];
                vals[j + 1] = vals[j];
                j--;
            }
            begins[j + 1] = b;
            vals[j + 1] = v;
        }
    }

    /** {@code String.compareTo} of {@code text[a, end)} and {@code text[b, end)}. */
    private static int compare(char[] text, int a, int b, int end) {
        int la = end - a, lb = end - b, n = Math.min(la, lb);
        for (int k = 0; k < n; k++) {
            int d = text[a + k] - text[b + k];
            if (d != 0) {
                return d;
            }
        }
        return la - lb;
    }

    public int size() {
        return words;
    }

    public int maxLength() {
        return maxLength;
    }

    @Override
    public String toString() {
        return "WordTrie[" + words + " words, " + states + " states, " + slots.length + " slots]";
    }
}
