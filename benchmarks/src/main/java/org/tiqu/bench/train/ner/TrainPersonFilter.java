package org.tiqu.bench.train.ner;

import org.tiqu.internal.ner.NerRecognizer;
import org.tiqu.internal.ner.PersonFilter;
import org.tiqu.internal.recognize.Document;
import org.tiqu.internal.recognize.Mention;
import org.tiqu.internal.seg.Segmenter;
import org.tiqu.internal.seg.Word;
import org.tiqu.internal.text.NormalizedText;
import org.tiqu.internal.text.Normalizer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Trains {@link PersonFilter}, the second look at PERSON mentions, from what the extractor proposes on days it was not
 * trained on. Three steps:
 * <ol>
 *   <li>{@code dump CORPUS OUT}: with a held-out window set ({@code -Dtiqu.ner.holdOut=...} or {@code trainEnd}) and
 *   that window's models first on the classpath, writes every PERSON mention proposed for the window's paragraphs,
 *   with its features and whether gold has exactly that person;</li>
 *   <li>{@code cv DUMP...}: leave one dump out, train on the others, and print how many right and wrong persons each
 *   threshold would drop in the one left out;</li>
 *   <li>{@code train OUT.tsv.gz THRESHOLD DUMP...}: trains on all dumps and writes the filter.</li>
 * </ol>
 * The dumps of days 01–07, 08–14, 15–20 and 21–27 together cover the training split once. Deterministic.
 */
public final class TrainPersonFilter {
    private static final int EPOCHS = Integer.getInteger("tiqu.pf.epochs", 15);
    private static final double L2 = Double.parseDouble(System.getProperty("tiqu.pf.l2", "1e-4"));
    private static final double RATE = Double.parseDouble(System.getProperty("tiqu.pf.rate", "0.05"));
    private static final int MIN_COUNT = Integer.getInteger("tiqu.pf.minCount", 3);

    private TrainPersonFilter() {
    }

    private static final String[] DOCTRINES = {"理论", "思想", "主义"};

    record Row(boolean person, String[] features) {
    }

    public static void main(String[] args) throws IOException {
        switch (args[0]) {
            case "dump" -> dump(Path.of(args[1]), Path.of(args[2]));
            case "cv" -> cv(Arrays.stream(args, 1, args.length).map(Path::of).toList());
            case "train" -> train(Path.of(args[1]), Float.parseFloat(args[2]),
                    Arrays.stream(args, 3, args.length).map(Path::of).toList());
            default -> throw new IllegalArgumentException("usage: dump CORPUS OUT | cv DUMP... | train OUT THRESHOLD DUMP...");
        }
    }

    static void dump(Path corpus, Path out) throws IOException {
        Segmenter segmenter = Segmenter.shipped();
        NerRecognizer ner = new NerRecognizer();
        int rows = 0, persons = 0;
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (Pd98.Paragraph p : Pd98.read(corpus)) {
                if (!Pd98.isEval(p)) {
                    continue;
                }
                Set<List<Integer>> gold = new HashSet<>();
                for (Pd98.Span s : p.spans()) {
                    if (s.type() == 0) {
                        gold.add(List.of(s.start(), s.end()));
                    }
                }
                NormalizedText norm = Normalizer.normalize(p.text());
                List<Word> words = segmenter.segment(norm.text());
                List<String> lines = new ArrayList<>();
                String text = norm.text();
                ner.recognize(new Document(norm, words, null), new ArrayList<>(), (Mention m, List<String> f) -> {
                    // a name before 理论/思想/主义 is inside one gold word (邓小平理论/n): the evaluator does not score
                    // it, so it is no example either way
                    for (String d : DOCTRINES) {
                        if (text.startsWith(d, m.end())) {
                            return;
                        }
                    }
                    boolean person = gold.contains(List.of(norm.toOriginalStart(m.start()), norm.toOriginalEnd(m.end())));
                    lines.add((person ? "1" : "0") + "\t" + String.join(" ", f));
                });
                for (String l : lines) {
                    w.println(l);
                    rows++;
                    persons += l.charAt(0) == '1' ? 1 : 0;
                }
            }
        }
        System.out.println("wrote " + out + ": " + rows + " mentions, " + persons + " right");
    }

    static List<Row> read(Path dump) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String l : Files.readAllLines(dump, StandardCharsets.UTF_8)) {
            int tab = l.indexOf('\t');
            rows.add(new Row(l.charAt(0) == '1', l.substring(tab + 1).split(" ")));
        }
        return rows;
    }

    /** Logistic regression by stochastic gradient descent with L2, features seen at least MIN_COUNT times. */
    static PersonFilter fit(List<Row> rows, float threshold) {
        Map<String, Integer> counts = new HashMap<>();
        for (Row r : rows) {
            for (String f : r.features()) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>();
        counts.entrySet().stream().filter(e -> e.getValue() >= MIN_COUNT).map(Map.Entry::getKey).sorted()
                .forEach(f -> {
                    index.put(f, names.size());
                    names.add(f);
                });
        int[][] x = new int[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            x[i] = Arrays.stream(rows.get(i).features()).filter(index::containsKey).mapToInt(index::get).toArray();
        }
        double[] w = new double[names.size()];
        double b = 0;
        int[] order = new int[rows.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random rnd = new Random(7);
        long t = 0;
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
            for (int i : order) {
                double rate = RATE / (1 + t++ * 1e-5);
                double z = b;
                for (int f : x[i]) {
                    z += w[f];
                }
                double p = 1 / (1 + Math.exp(-z));
                double g = (rows.get(i).person() ? 1 : 0) - p;
                b += rate * g;
                for (int f : x[i]) {
                    w[f] += rate * (g - L2 * w[f]);
                }
            }
        }
        Map<String, Float> weights = new HashMap<>();
        for (int f = 0; f < w.length; f++) {
            if (Math.abs(w[f]) >= 1e-3) {
                weights.put(names.get(f), (float) w[f]);
            }
        }
        return new PersonFilter(weights, (float) b, threshold);
    }

    static final float[] THRESHOLDS = {-4, -3, -2.5f, -2, -1.5f, -1, -0.5f, 0, 0.5f};

    static void cv(List<Path> dumps) throws IOException {
        List<List<Row>> parts = new ArrayList<>();
        for (Path d : dumps) {
            parts.add(read(d));
        }
        int[][] total = new int[THRESHOLDS.length][2];
        for (int k = 0; k < parts.size(); k++) {
            List<Row> train = new ArrayList<>();
            for (int j = 0; j < parts.size(); j++) {
                if (j != k) {
                    train.addAll(parts.get(j));
                }
            }
            PersonFilter f = fit(train, 0);
            int right = 0;
            for (Row r : parts.get(k)) {
                right += r.person() ? 1 : 0;
            }
            StringBuilder sb = new StringBuilder(dumps.get(k).getFileName() + ": " + parts.get(k).size() + " mentions, "
                    + right + " right; dropped right/wrong by threshold:");
            for (int t = 0; t < THRESHOLDS.length; t++) {
                int dr = 0, dw = 0;
                for (Row r : parts.get(k)) {
                    if (f.score(List.of(r.features())) < THRESHOLDS[t]) {
                        if (r.person()) {
                            dr++;
                        } else {
                            dw++;
                        }
                    }
                }
                total[t][0] += dr;
                total[t][1] += dw;
                sb.append(String.format(" %.1f:%d/%d", THRESHOLDS[t], dr, dw));
            }
            System.out.println(sb);
        }
        StringBuilder sb = new StringBuilder("all:");
        for (int t = 0; t < THRESHOLDS.length; t++) {
            sb.append(String.format(" %.1f:%d/%d", THRESHOLDS[t], total[t][0], total[t][1]));
        }
        System.out.println(sb);
    }

    static void train(Path out, float threshold, List<Path> dumps) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (Path d : dumps) {
            rows.addAll(read(d));
        }
        PersonFilter f = fit(rows, threshold);
        write(f, out);
    }

    static void write(PersonFilter f, Path out) throws IOException {
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(out));
             BufferedWriter w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8))) {
            for (String line : f.lines()) {
                w.write(line);
                w.write('\n');
            }
        }
        System.out.println("wrote " + out + " (" + Files.size(out) + " bytes)");
    }
}
