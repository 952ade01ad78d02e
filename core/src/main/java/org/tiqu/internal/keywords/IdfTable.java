package org.tiqu.internal.keywords;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Corpus rarity of words: inverse document frequency over the articles of People's Daily 1998-01, training
 * days 19980101–27 only (resource {@code org/tiqu/keywords/idf.tsv.gz}, built by
 * {@code org.tiqu.bench.train.keywords.IdfTableGenerator}). Immutable and thread-safe.
 */
final class IdfTable {
    static final String RESOURCE = "/org/tiqu/keywords/idf.tsv.gz";

    // Open addressing. A word of up to three chars (most keyword candidates) sits in its slot whole, with the index
    // of its IDF: a hit reads one long. A longer word's slot packs 30 bits of its hash (high half) with its start and
    // length in one char pool (low half), so a probe touches the pool only when the hashes agree.
    private final char[] pool;
    private final long[] slots; // 0 for an empty slot
    private final char[] valueOf; // per pooled slot: index of the word's IDF in values (a few hundred distinct counts)
    private final double[] values;
    private final int mask;
    private final double unseen;

    /** Flag of a slot that holds its word inline: chars in bits 0-47, length in 48-49, value index in 50-61. */
    private static final long INLINE = 1L << 62;
    private static final int INLINE_CHARS = 3, INDEX_SHIFT = 50, INDEX_BITS = 12;
    private static final int HASH_MASK = 0x3FFF_FFFF;
    /** Whether some word of up to three chars is pooled (its value index did not fit inline). */
    private final boolean shortPooled;

    /**
     * @param df       document frequency of each word
     * @param articles the number of articles counted
     */
    IdfTable(Map<String, Integer> df, int articles) {
        this.unseen = Math.log((articles + 1.0) / 1.5);
        // load at most 3/8: most lookups are of candidates the table lacks, and a miss walks to an empty slot
        // (about 8 probes at a load of 3/4, 2 at 3/8)
        int capacity = Integer.highestOneBit(Math.max(4, df.size() * 8 / 3)) << 1;
        this.mask = capacity - 1;
        this.slots = new long[capacity];
        this.valueOf = new char[capacity];
        Map<Integer, Character> index = new HashMap<>();
        List<Double> distinct = new ArrayList<>();
        int chars = 0;
        for (String k : df.keySet()) {
            chars += k.length();
        }
        if (chars >= 1 << 24) {
            throw new IllegalStateException(RESOURCE + " is too large for the packed table");
        }
        char[] pooled = new char[chars];
        int at = 0;
        boolean anyShortPooled = false;
        for (Map.Entry<String, Integer> e : df.entrySet()) {
            String k = e.getKey();
            if (k.isEmpty() || k.length() > 255) {
                continue; // never asked for: keywords are short, and an empty key could not be told from no key
            }
            int f = e.getValue();
            char value = index.computeIfAbsent(f, x -> {
                if (distinct.size() > Character.MAX_VALUE) {
                    throw new IllegalStateException(RESOURCE + " has too many distinct counts");
                }
                distinct.add(Math.log((articles + 1.0) / (x + 0.5)));
                return (char) (distinct.size() - 1);
            });
            int h = k.hashCode();
            int slot = spread(h) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            if (k.length() <= INLINE_CHARS && value < 1 << INDEX_BITS) {
                slots[slot] = inline(k, 0, k.length()) | (long) value << INDEX_SHIFT;
                continue;
            }
            k.getChars(0, k.length(), pooled, at);
            // the hash's top two bits are dropped: bit 62 is the inline flag
            slots[slot] = (long) (h & HASH_MASK) << 32 | (long) at << 8 | k.length();
            valueOf[slot] = value;
            anyShortPooled |= k.length() <= INLINE_CHARS;
            at += k.length();
        }
        this.pool = Arrays.copyOf(pooled, at);
        this.shortPooled = anyShortPooled;
        this.values = new double[distinct.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = distinct.get(i);
        }
    }

    /** The inline form of {@code s[from, to)} (at most three chars) without its value index. */
    private static long inline(CharSequence s, int from, int to) {
        long v = INLINE | (long) (to - from) << 48;
        for (int i = from; i < to; i++) {
            v |= (long) s.charAt(i) << (16 * (i - from));
        }
        return v;
    }

    /** IDF value index of the word in {@code slot}. */
    private int valueIndex(int slot) {
        long v = slots[slot];
        return (v & INLINE) != 0 ? (int) (v >>> INDEX_SHIFT) & ((1 << INDEX_BITS) - 1) : valueOf[slot];
    }

    /**
     * The home slot's bits from the top of a multiplicative hash: String hash codes of Han words differ mostly in
     * their low bits, and their low bits alone left clusters of hundreds of slots that every miss walked through.
     */
    private static int spread(int h) {
        return (int) ((h * 0x9E3779B97F4A7C15L) >>> 32);
    }

    /** @return the slot of {@code s[from, to)} whose {@link String#hashCode} would be {@code h}, or -1 */
    private int find(CharSequence s, int from, int to, int h) {
        int len = to - from;
        if (len <= INLINE_CHARS) {
            // short words are inline, unless their value index did not fit (then pooled, found below)
            long key = inline(s, from, to);
            long keyMask = ~(((1L << INDEX_BITS) - 1) << INDEX_SHIFT);
            for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
                long v = slots[slot];
                if (v == 0) {
                    return shortPooled ? findPooled(s, from, to, h) : -1;
                }
                if ((v & keyMask) == key) {
                    return slot;
                }
            }
        }
        return findPooled(s, from, to, h);
    }

    private int findPooled(CharSequence s, int from, int to, int h) {
        int len = to - from;
        for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
            long v = slots[slot];
            if (v == 0) {
                return -1;
            }
            if ((v & INLINE) == 0 && (int) (v >>> 32) == (h & HASH_MASK) && (v & 0xFF) == len) {
                int at = (int) v >>> 8;
                int k = 0;
                while (k < len && pool[at + k] == s.charAt(from + k)) {
                    k++;
                }
                if (k == len) {
                    return slot;
                }
            }
        }
    }

    private int find(CharSequence s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        return find(s, from, to, h);
    }

    static IdfTable load() {
        Map<String, Integer> df = new HashMap<>(40_000);
        int articles = 0;
        try (InputStream raw = IdfTable.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    continue;
                }
                int value = Integer.parseInt(line.substring(tab + 1));
                if (line.startsWith("#articles")) {
                    articles = value;
                } else {
                    df.put(line.substring(0, tab), value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        if (articles <= 0) {
            throw new IllegalStateException(RESOURCE + " has no #articles header");
        }
        return new IdfTable(df, articles);
    }

    /** @return whether the word occurs in at least two training articles */
    boolean known(String word) {
        return find(word, 0, word.length(), word.hashCode()) >= 0; // a String caches its hash
    }

    /** @return whether {@code text[from, to)} occurs in at least two training articles */
    boolean known(CharSequence text, int from, int to) {
        return find(text, from, to) >= 0;
    }

    /** @return log((N + 1) / (df + 0.5)); words of the table's cut-off (seen once or never) get the top value */
    double idf(String word) {
        int slot = find(word, 0, word.length(), word.hashCode());
        return slot < 0 ? unseen : values[valueIndex(slot)];
    }

    /** @return {@link #idf(String)} of {@code text[from, to)} */
    double idf(CharSequence text, int from, int to) {
        int slot = find(text, from, to);
        return slot < 0 ? unseen : values[valueIndex(slot)];
    }

    /** @return the largest value {@link #idf} returns */
    double max() {
        return unseen;
    }
}
