package org.tiqu.internal.keywords;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Corpus rarity of words: inverse document frequency over the articles of People's Daily 1998-01, training
 * days 19980101–27 only (resource {@code org/tiqu/keywords/idf.tsv.gz}, built by
 * {@code org.tiqu.bench.train.keywords.IdfTableGenerator}). Immutable and thread-safe.
 */
final class IdfTable {
    static final String RESOURCE = "/org/tiqu/keywords/idf.tsv.gz";

    // Open addressing over one char pool: a lookup of a text range builds no String and boxes nothing.
    private final char[] pool;
    private final int[] keyStart; // per slot: start in pool, -1 for an empty slot
    private final int[] keyLength;
    private final double[] values; // per slot: the word's IDF
    private final int mask;
    private final double unseen;

    private IdfTable(Map<String, Integer> df, int articles) {
        this.unseen = Math.log((articles + 1.0) / 1.5);
        int capacity = Integer.highestOneBit(Math.max(4, df.size() * 2 - 1)) << 1;
        this.mask = capacity - 1;
        this.keyStart = new int[capacity];
        this.keyLength = new int[capacity];
        this.values = new double[capacity];
        java.util.Arrays.fill(keyStart, -1);
        int chars = 0;
        for (String k : df.keySet()) {
            chars += k.length();
        }
        this.pool = new char[chars];
        int at = 0;
        for (Map.Entry<String, Integer> e : df.entrySet()) {
            String k = e.getKey();
            k.getChars(0, k.length(), pool, at);
            int slot = hash(k, 0, k.length()) & mask;
            while (keyStart[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            keyStart[slot] = at;
            keyLength[slot] = k.length();
            values[slot] = Math.log((articles + 1.0) / (e.getValue() + 0.5));
            at += k.length();
        }
    }

    private static int hash(CharSequence s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h ^ (h >>> 16);
    }

    /** @return the slot of {@code s[from, to)}, or -1 when the table does not hold it */
    private int find(CharSequence s, int from, int to) {
        int len = to - from;
        int slot = hash(s, from, to) & mask;
        for (int at; (at = keyStart[slot]) >= 0; slot = (slot + 1) & mask) {
            if (keyLength[slot] == len) {
                int k = 0;
                while (k < len && pool[at + k] == s.charAt(from + k)) {
                    k++;
                }
                if (k == len) {
                    return slot;
                }
            }
        }
        return -1;
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
        return find(word, 0, word.length()) >= 0;
    }

    /** @return whether {@code text[from, to)} occurs in at least two training articles */
    boolean known(CharSequence text, int from, int to) {
        return find(text, from, to) >= 0;
    }

    /** @return log((N + 1) / (df + 0.5)); words of the table's cut-off (seen once or never) get the top value */
    double idf(String word) {
        return idf(word, 0, word.length());
    }

    /** @return {@link #idf(String)} of {@code text[from, to)} */
    double idf(CharSequence text, int from, int to) {
        int slot = find(text, from, to);
        return slot < 0 ? unseen : values[slot];
    }

    /** @return the largest value {@link #idf} returns */
    double max() {
        return unseen;
    }
}
