package org.tiqu.bench.eval;

import org.tiqu.Entity;
import org.tiqu.EntityType;
import org.tiqu.Extractor;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Error analysis of tiqu's DATE mentions against People's Daily's {@code t} runs on the TRAINING split only
 * (paragraphs dated 19980101–19980127; the dev-test days are refused). Scored as the evaluator does (outermost
 * spans, trailing 以来/来/底/初/末/前/晚/夜 or a leading 晚/早/夜 before a clock time trimmed where that makes a
 * match). Every error is one of
 * <ul>
 *   <li>{@code MISS}: a gold DATE no prediction overlaps,</li>
 *   <li>{@code FALSE}: a predicted DATE no gold DATE overlaps,</li>
 *   <li>{@code BOUND}: a gold DATE overlapped by predictions none of which matches it exactly (one row per
 *       gold/prediction pair, written {@code gold | predicted}).</li>
 * </ul>
 * Prints the totals, then the most frequent patterns per class: by surface text and by shape (digits written
 * {@code 0}, Chinese numerals {@code 〇}), each with one example in context. Run from the repository root:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.tiqu.bench.eval.DateErrors [--data DIR] [--top N] [--to YYYYMMDD]
 * </pre>
 */
public final class DateErrors {
    private DateErrors() {
    }

    /** Counts of one pattern and its first example. */
    private static final class Bucket {
        int count;
        String example;
    }

    /**
     * Entry point.
     *
     * @param args {@code --data DIR}, {@code --top N} (default 40), {@code --to YYYYMMDD} (last day read, at most
     *             19980127)
     */
    public static void main(String[] args) {
        Path data = Path.of(System.getProperty("tiqu.data", "../shared/data"));
        int top = 40;
        String to = "19980127";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--top" -> top = Integer.parseInt(args[++i]);
                case "--to" -> to = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (to.compareTo("19980127") > 0) {
            throw new IllegalArgumentException("the dev-test split (19980128–19980131) is not for error analysis");
        }
        String last = to;
        Predicate<String> training = d -> d.compareTo("19980101") >= 0 && d.compareTo(last) <= 0;
        List<Pd98Reader.Paragraph> paras = Pd98Reader.read(data.resolve("pd98").resolve("199801.utf8.txt"), training);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        analyse(paras, top, out);
    }

    static void analyse(List<Pd98Reader.Paragraph> paras, int top, PrintStream out) {
        Extractor tiqu = Extractor.defaults();
        Map<String, Map<String, Bucket>> byText = new LinkedHashMap<>();
        Map<String, Map<String, Bucket>> byShape = new LinkedHashMap<>();
        for (String c : List.of("MISS", "FALSE", "BOUND")) {
            byText.put(c, new HashMap<>());
            byShape.put(c, new HashMap<>());
        }
        Prf total = Prf.ZERO;
        for (Pd98Reader.Paragraph p : paras) {
            String text = p.text();
            List<Annotation> gold = new ArrayList<>();
            for (Annotation a : Pd98Reader.gold(p)) {
                if (a.type().equals("DATE")) {
                    gold.add(a);
                }
            }
            List<Annotation> pred = new ArrayList<>();
            for (Entity e : tiqu.extract(text).entities()) {
                if (e.type() == EntityType.DATE) {
                    pred.add(new Annotation("DATE", e.start(), e.end(), e.value()));
                }
            }
            pred = Scorer.trimPd98DateSuffixes(text, gold, pred);
            total = total.plus(Scorer.exact(gold, pred, "DATE"));
            for (Annotation g : gold) {
                boolean exact = false;
                List<Annotation> over = new ArrayList<>();
                for (Annotation a : pred) {
                    if (a.start() == g.start() && a.end() == g.end()) {
                        exact = true;
                    } else if (a.overlaps(g)) {
                        over.add(a);
                    }
                }
                if (exact) {
                    continue;
                }
                if (over.isEmpty()) {
                    add(byText, byShape, "MISS", g.in(text), context(text, g, p.id()));
                } else {
                    for (Annotation a : over) {
                        add(byText, byShape, "BOUND", g.in(text) + " | " + a.in(text), context(text, g, p.id()));
                    }
                }
            }
            for (Annotation a : pred) {
                boolean any = false;
                for (Annotation g : gold) {
                    if (a.overlaps(g)) {
                        any = true;
                        break;
                    }
                }
                if (!any) {
                    add(byText, byShape, "FALSE", a.in(text) + " = " + a.value(), context(text, a, p.id()));
                }
            }
        }
        out.printf("%d paragraphs; DATE gold %d, predicted %d, correct %d: P %.1f R %.1f F1 %.1f%n", paras.size(),
                total.gold(), total.predicted(), total.correct(), 100 * total.precision(), 100 * total.recall(),
                100 * total.f1());
        for (String c : byText.keySet()) {
            int n = byText.get(c).values().stream().mapToInt(b -> b.count).sum();
            out.printf("%n== %s: %d errors, %d distinct texts, %d distinct shapes%n", c, n, byText.get(c).size(),
                    byShape.get(c).size());
            out.println("-- by shape");
            print(byShape.get(c), top, out);
            out.println("-- by text");
            print(byText.get(c), top, out);
        }
    }

    private static void add(Map<String, Map<String, Bucket>> byText, Map<String, Map<String, Bucket>> byShape,
                            String cls, String key, String example) {
        Bucket b = byText.get(cls).computeIfAbsent(key, k -> new Bucket());
        if (b.count++ == 0) {
            b.example = example;
        }
        Bucket s = byShape.get(cls).computeIfAbsent(shape(key), k -> new Bucket());
        if (s.count++ == 0) {
            s.example = example;
        }
    }

    private static void print(Map<String, Bucket> m, int top, PrintStream out) {
        m.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Bucket> e) -> -e.getValue().count)
                        .thenComparing(Map.Entry::getKey))
                .limit(top)
                .forEach(e -> out.printf("%5d  %-24s  %s%n", e.getValue().count, e.getKey(), e.getValue().example));
    }

    /** Digits become 0, Chinese numerals 〇 (the value part of the key after " = " is dropped). */
    static String shape(String key) {
        int eq = key.indexOf(" = ");
        String k = eq >= 0 ? key.substring(0, eq) : key;
        StringBuilder b = new StringBuilder(k.length());
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
                c = '0';
            } else if ("〇○零一二两三四五六七八九十廿".indexOf(c) >= 0) {
                c = '〇';
            }
            if (c == '0' && b.length() > 0 && b.charAt(b.length() - 1) == '0') {
                continue; // 12 and 2 have the same shape
            }
            b.append(c);
        }
        return b.toString();
    }

    private static String context(String text, Annotation a, String id) {
        int from = Math.max(0, a.start() - 12);
        int to = Math.min(text.length(), a.end() + 12);
        return id + "  " + text.substring(from, a.start()) + "[" + a.in(text) + "]" + text.substring(a.end(), to);
    }
}
