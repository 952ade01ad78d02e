package org.tiqu.internal.text;

/**
 * A set of chars as a bitset: 8 KB for the whole char range where a {@code boolean[65536]} takes 64 KB. The rules,
 * the lexicon scans and the date scanner test such sets on every char of a text; as bits, the Han range of a set is
 * 40 cache lines instead of 330, so the sets stay in the caches beside the models' tables. Filled while its owner's
 * class initialises, read-only after that (safe to share between threads once published by class initialisation).
 */
public final class CharSet {
    private final long[] bits = new long[1 << 10];

    /** Adds {@code ch}; for building the set only. */
    public void add(char ch) {
        bits[ch >>> 6] |= 1L << ch;
    }

    /** Puts {@code ch} in the set or takes it out; for building the set only. */
    public void set(char ch, boolean in) {
        if (in) {
            add(ch);
        } else {
            bits[ch >>> 6] &= ~(1L << ch);
        }
    }

    /** Adds every char of {@code chars}; for building the set only. */
    public void addAll(CharSequence chars) {
        for (int i = 0; i < chars.length(); i++) {
            add(chars.charAt(i));
        }
    }

    /** @return whether {@code ch} is in the set */
    public boolean has(char ch) {
        return (bits[ch >>> 6] & 1L << ch) != 0;
    }
}
