package org.tiqu.internal.ml;

/**
 * Packs feature templates and their values into 64-bit keys without hashing collisions: the top 8 bits hold the
 * template id (1..255, so no key is 0), the low 56 bits up to three 16-bit chars or small ints. Use one template id
 * per feature template; ids are part of a trained model's contract and must not change after training.
 */
public final class Features {
    private Features() {
    }

    public static long key(int template, long value) {
        return ((long) template << 56) | (value & 0x00FF_FFFF_FFFF_FFFFL);
    }

    public static long key(int template, char a) {
        return ((long) template << 56) | a;
    }

    public static long key(int template, char a, char b) {
        return ((long) template << 56) | ((long) a << 16) | b;
    }

    public static long key(int template, char a, char b, char c) {
        return ((long) template << 56) | ((long) a << 32) | ((long) b << 16) | c;
    }

    /**
     * A key for a feature whose value is a string of any length (a word, an affix): 56 bits of a 64-bit hash, so
     * collisions are possible but rare enough for a linear model.
     */
    public static long key(int template, CharSequence s, int from, int to) {
        return key(template, hash(s, from, to));
    }

    /** The 64-bit string hash {@link #key(int, CharSequence, int, int)} uses; compute it once, key it many times. */
    public static long hash(CharSequence s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 29;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 32;
        return h;
    }
}
