package org.tiqu.internal.keywords;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdfTableTest {
    private static double idf(int articles, int df) {
        return Math.log((articles + 1.0) / (df + 0.5));
    }

    @Test
    void everyShippedWordHasItsOwnValue() throws Exception {
        Map<String, Integer> df = new HashMap<>();
        int articles = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(IdfTable.class.getResourceAsStream(IdfTable.RESOURCE)), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                int v = Integer.parseInt(line.substring(tab + 1));
                if (line.startsWith("#articles")) {
                    articles = v;
                } else {
                    df.put(line.substring(0, tab), v);
                }
            }
        }
        IdfTable table = IdfTable.load();
        for (Map.Entry<String, Integer> e : df.entrySet()) {
            String w = e.getKey();
            assertEquals(idf(articles, e.getValue()), table.idf(w), 1e-12, w);
            String framed = "《" + w + "》";
            assertEquals(idf(articles, e.getValue()), table.idf(framed, 1, framed.length() - 1), 1e-12, w);
            assertTrue(table.known(framed, 1, framed.length() - 1), w);
        }
    }

    @Test
    void shortAndLongWordsWithManyDistinctCountsAndNearMisses() {
        // more distinct counts than an inline slot can index: some short words must live in the pool
        Map<String, Integer> df = new HashMap<>();
        Random rnd = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            int len = 1 + rnd.nextInt(6);
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < len; k++) {
                sb.append((char) (0x4E00 + rnd.nextInt(300)));
            }
            df.put(sb.toString(), 2 + i);
        }
        int articles = 50_000;
        IdfTable table = new IdfTable(df, articles);
        for (Map.Entry<String, Integer> e : df.entrySet()) {
            assertEquals(idf(articles, e.getValue()), table.idf(e.getKey()), 1e-12, e.getKey());
        }
        for (int i = 0; i < 20_000; i++) {
            int len = 1 + rnd.nextInt(6);
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < len; k++) {
                sb.append((char) (0x4E00 + rnd.nextInt(300)));
            }
            String w = sb.toString();
            boolean in = df.containsKey(w);
            assertEquals(in, table.known(w), w);
            assertEquals(in ? idf(articles, df.get(w)) : table.max(), table.idf(w), 1e-12, w);
        }
        assertFalse(table.known(""));
    }
}
