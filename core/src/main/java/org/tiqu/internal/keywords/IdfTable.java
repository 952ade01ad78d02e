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

    private final Map<String, Integer> df;
    private final int articles;
    private final double unseen;

    private IdfTable(Map<String, Integer> df, int articles) {
        this.df = df;
        this.articles = articles;
        this.unseen = Math.log((articles + 1.0) / 1.5);
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
        return new IdfTable(Map.copyOf(df), articles);
    }

    /** @return whether the word occurs in at least two training articles */
    boolean known(String word) {
        return df.containsKey(word);
    }

    /** @return log((N + 1) / (df + 0.5)); words of the table's cut-off (seen once or never) get the top value */
    double idf(String word) {
        Integer f = df.get(word);
        return f == null ? unseen : Math.log((articles + 1.0) / (f + 0.5));
    }

    /** @return the largest value {@link #idf} returns */
    double max() {
        return unseen;
    }
}
