package org.tiqu.internal.date;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.tiqu.Entity;
import org.tiqu.EntityType;
import org.tiqu.Extractor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression guard on {@code policy/dev.jsonl} (the annotated development set): DATE exact-span F1 and value
 * accuracy on matched spans, each passage resolved against its {@code doc_date}. Skipped without the data.
 */
class PolicyDevDatesTest {

    @Test
    void devSetDateSpansAndValues() throws IOException {
        String dir = System.getProperty("tiqu.data");
        Path dev = dir == null ? null : Path.of(dir, "policy", "dev.jsonl");
        Assumptions.assumeTrue(dev != null && Files.isRegularFile(dev),
                "policy/dev.jsonl not found (set -Dtiqu.data=DIR); skipping the dev-set DATE check");
        Map<LocalDate, Extractor> byDate = new HashMap<>();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int valueOk = 0;
        List<String> misses = new ArrayList<>();
        for (String line : Files.readAllLines(dev, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, Object> rec = MiniJson.object(line);
            LocalDate ref = LocalDate.parse((String) rec.get("doc_date"));
            String text = (String) rec.get("text");
            Map<String, String> gold = new HashMap<>();
            for (Object o : (List<?>) rec.get("spans")) {
                Map<?, ?> sp = (Map<?, ?>) o;
                if ("DATE".equals(sp.get("type"))) {
                    gold.put(sp.get("start") + "-" + sp.get("end"), (String) sp.get("value"));
                }
            }
            Extractor x = byDate.computeIfAbsent(ref, d -> Extractor.builder().referenceDate(d).keywords(0).build());
            Map<String, String> pred = new HashMap<>();
            for (Entity e : x.extract(text).entities(EntityType.DATE)) {
                pred.put(e.start() + "-" + e.end(), e.value());
            }
            for (Map.Entry<String, String> p : pred.entrySet()) {
                if (gold.containsKey(p.getKey())) {
                    tp++;
                    if (gold.get(p.getKey()).equals(p.getValue())) {
                        valueOk++;
                    } else {
                        misses.add("value " + p + " gold " + gold.get(p.getKey()));
                    }
                } else {
                    fp++;
                    misses.add("FP " + p);
                }
            }
            for (String g : gold.keySet()) {
                if (!pred.containsKey(g)) {
                    fn++;
                    misses.add("FN " + g + " " + gold.get(g));
                }
            }
        }
        double precision = tp / (double) Math.max(1, tp + fp);
        double recall = tp / (double) Math.max(1, tp + fn);
        double f1 = 2 * precision * recall / Math.max(1e-9, precision + recall);
        double valueAccuracy = valueOk / (double) Math.max(1, tp);
        String report = String.format("DATE F1 %.3f (P %.3f R %.3f), value accuracy %.3f; %s",
                f1, precision, recall, valueAccuracy, misses);
        assertTrue(f1 >= 0.93, report);
        assertTrue(valueAccuracy >= 0.93, report);
    }

    /** Just enough JSON for the dev set's records (objects, arrays, strings, integers, booleans). */
    static final class MiniJson {
        private final String s;
        private int i;

        private MiniJson(String s) {
            this.s = s;
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> object(String json) {
            return (Map<String, Object>) new MiniJson(json).value();
        }

        private Object value() {
            skip();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> m = new HashMap<>();
                i++;
                skip();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                while (true) {
                    skip();
                    String k = string();
                    skip();
                    i++; // ':'
                    m.put(k, value());
                    skip();
                    if (s.charAt(i++) == '}') {
                        return m;
                    }
                }
            }
            if (c == '[') {
                List<Object> l = new ArrayList<>();
                i++;
                skip();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    skip();
                    if (s.charAt(i++) == ']') {
                        return l;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            int st = i;
            while (i < s.length() && ",}] ".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            String lit = s.substring(st, i);
            return switch (lit) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                case "null" -> null;
                default -> Long.parseLong(lit);
            };
        }

        private String string() {
            StringBuilder b = new StringBuilder();
            i++; // opening quote
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
