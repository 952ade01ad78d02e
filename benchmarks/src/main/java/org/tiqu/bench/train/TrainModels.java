package org.tiqu.bench.train;

import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import org.tiqu.internal.ml.FeatureBuffer;
import org.tiqu.internal.ml.LinearModel;
import org.tiqu.internal.ml.PerceptronTrainer;
import org.tiqu.internal.seg.CwsModel;
import org.tiqu.internal.seg.Lexicon;
import org.tiqu.internal.seg.PosModel;
import org.tiqu.internal.seg.Segmenter;
import org.tiqu.internal.seg.Word;
import org.tiqu.internal.text.Chars;
import org.tiqu.internal.text.Normalizer;
import org.tiqu.internal.text.Sentences;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Trains the segmentation (cws.bin.gz) and POS (pos.bin.gz) models shipped in tiqu-core, from the People's Daily
 * 1998-01 TRAINING split only (paragraphs dated 19980101..19980127), and scores them on SIGHAN 2005 PKU test and
 * on the PD98 dev-test split (19980128..31).
 *
 * <pre>
 * mvn -q -o -DskipTests package
 * java -Xmx8g -cp benchmarks/target/benchmarks.jar org.tiqu.bench.train.TrainModels \
 *      --data ../shared/data --out core/src/main/resources/org/tiqu/models
 * </pre>
 * Options: {@code --cws-epochs N}, {@code --pos-epochs N}, {@code --only cws|pos}, {@code --no-write},
 * {@code --eval-only} (score the models in {@code --out}), {@code --lexicon none|full|jackknife},
 * {@code --no-hanlp-lexicon} (run-time lexicon from the training split only), {@code --cws-prune W},
 * {@code --errors FILE} (most frequent PKU errors), {@code --skip-speed}.
 * Training is deterministic (fixed seeds); it takes about 1-3 minutes on 2 cores. The run-time lexicon is the
 * training split's words plus the words (2..8 chars) of HanLP's core dictionary (CoreNatureDictionary.mini in
 * hanlp-portable 1.8.6, Apache License 2.0), read from the HanLP jar; the model itself learns how far to trust a
 * lexicon match from jackknifed (10-fold) training-split lexicons, so no dev-test text is involved anywhere.
 */
public final class TrainModels {
    static final int MAX_WORD = 8;
    static final int FOLDS = 10;

    public static void main(String[] args) throws IOException {
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--no-write") || a.equals("--eval-only") || a.equals("--skip-speed") || a.equals("--no-hanlp-lexicon") || a.equals("--write-pruned")) {
                opt.put(a, "true");
            } else {
                opt.put(a, args[++i]);
            }
        }
        Path data = Path.of(opt.getOrDefault("--data", "../shared/data"));
        Path out = Path.of(opt.getOrDefault("--out", "core/src/main/resources/org/tiqu/models"));
        String only = opt.getOrDefault("--only", "all");
        boolean write = !opt.containsKey("--no-write");

        List<Pd98.Paragraph> all = Pd98.read(data.resolve("pd98/199801.utf8.txt"));
        List<Pd98.Paragraph> train = all.stream().filter(Pd98.Paragraph::isTrain).toList();
        List<Pd98.Paragraph> dev = all.stream().filter(Pd98.Paragraph::isDev).toList();
        System.err.printf("pd98: %d training paragraphs, %d dev-test paragraphs%n", train.size(), dev.size());

        CwsModel cws;
        if (opt.containsKey("--eval-only") || only.equals("pos")) {
            try (var in = Files.newInputStream(out.resolve("cws.bin.gz"))) {
                cws = CwsModel.read(in);
            }
        } else {
            cws = trainCws(train, dev, data, Integer.parseInt(opt.getOrDefault("--cws-epochs", "6")),
                    opt.getOrDefault("--lexicon", "jackknife"), Float.parseFloat(opt.getOrDefault("--cws-prune", "1.0")),
                    !opt.containsKey("--no-hanlp-lexicon"));
            if (write) {
                Files.createDirectories(out);
                try (OutputStream o = Files.newOutputStream(out.resolve("cws.bin.gz"))) {
                    cws.write(o);
                }
                System.err.printf("wrote %s (%d bytes)%n", out.resolve("cws.bin.gz"), Files.size(out.resolve("cws.bin.gz")));
            }
        }
        PosModel pos = null;
        if (opt.containsKey("--eval-only") || only.equals("cws")) {
            Path p = out.resolve("pos.bin.gz");
            if (Files.exists(p)) {
                try (var in = Files.newInputStream(p)) {
                    pos = PosModel.read(in);
                }
            }
        } else {
            pos = trainPos(train, dev, Integer.parseInt(opt.getOrDefault("--pos-epochs", "6")),
                    Float.parseFloat(opt.getOrDefault("--pos-prune", "1.0")));
            if (write) {
                try (OutputStream o = Files.newOutputStream(out.resolve("pos.bin.gz"))) {
                    pos.write(o);
                }
                System.err.printf("wrote %s (%d bytes)%n", out.resolve("pos.bin.gz"), Files.size(out.resolve("pos.bin.gz")));
            }
        }
        if (opt.containsKey("--eval-only") && opt.containsKey("--cws-prune")) {
            float w = Float.parseFloat(opt.get("--cws-prune"));
            cws = new CwsModel(cws.source().prune(w), cws.lexiconWords(), MAX_WORD);
            System.err.printf("cws pruned at %.2f: %d features%n", w, cws.model().featureCount());
        }
        if (opt.containsKey("--eval-only") && opt.containsKey("--pos-prune") && pos != null) {
            float w = Float.parseFloat(opt.get("--pos-prune"));
            pos = pos.pruned(w);
            System.err.printf("pos pruned at %.2f: %d features%n", w, pos.model().featureCount());
        }
        if (opt.containsKey("--eval-only") && opt.containsKey("--write-pruned")) {
            try (OutputStream o = Files.newOutputStream(out.resolve("cws.bin.gz"))) {
                cws.write(o);
            }
            if (pos != null) {
                try (OutputStream o = Files.newOutputStream(out.resolve("pos.bin.gz"))) {
                    pos.write(o);
                }
            }
        }
        Segmenter seg = new Segmenter(cws, pos);
        scorePku(seg, data, "final");
        if (opt.containsKey("--errors")) {
            dumpErrors(seg, data, Path.of(opt.get("--errors")));
        }
        if (opt.containsKey("--no-speed")) {
            opt.put("--skip-speed", "1");
        }
        scoreDev(seg, dev, "final");
        if (pos != null) {
            System.err.printf("POS accuracy on dev-test (gold segmentation): %.4f%n", posAccuracy(pos, dev));
        }
        if (!opt.containsKey("--skip-speed")) {
            speed(seg, data);
        }
    }

    /** Writes missed gold words and spurious predicted words with counts, most frequent first. */
    static void dumpErrors(Segmenter seg, Path data, Path file) throws IOException {
        List<String> test = Files.readAllLines(data.resolve("sighan2005/pku_test.utf8"), StandardCharsets.UTF_8);
        List<String> gold = Files.readAllLines(data.resolve("sighan2005/pku_test_gold.utf8"), StandardCharsets.UTF_8);
        Map<String, Integer> missed = new HashMap<>();
        Map<String, Integer> spurious = new HashMap<>();
        for (int i = 0; i < test.size(); i++) {
            String line = test.get(i).replace("\r", "");
            String norm = Normalizer.normalize(line).text();
            Set<String> gs = new HashSet<>();
            int p = 0;
            for (String w : gold.get(i).replace("\r", "").trim().split("\\s+")) {
                if (!w.isEmpty()) {
                    gs.add(p + ":" + w);
                    p += w.length();
                }
            }
            Set<String> ps = new HashSet<>();
            p = 0;
            for (Word w : seg.segment(norm)) {
                ps.add(p + ":" + line.substring(w.start(), w.end()));
                p += w.length();
            }
            for (String g : gs) {
                if (!ps.contains(g)) {
                    missed.merge(g.substring(g.indexOf(':') + 1), 1, Integer::sum);
                }
            }
            for (String g : ps) {
                if (!gs.contains(g)) {
                    spurious.merge(g.substring(g.indexOf(':') + 1), 1, Integer::sum);
                }
            }
        }
        List<String> out = new ArrayList<>();
        out.add("# missed");
        missed.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(300)
                .forEach(e -> out.add(e.getValue() + "\t" + e.getKey()));
        out.add("# spurious");
        spurious.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(300)
                .forEach(e -> out.add(e.getValue() + "\t" + e.getKey()));
        Files.write(file, out, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- CWS

    /** Gold BMES labels of {@code [from, to)} given word ends (exclusive) as a boolean per char. */
    static int[] bmes(boolean[] wordEnd, int from, int to) {
        int[] y = new int[to - from];
        for (int p = from; p < to; p++) {
            boolean start = p == from || wordEnd[p - 1];
            boolean end = p == to - 1 || wordEnd[p];
            y[p - from] = start && end ? CwsModel.S : start ? CwsModel.B : end ? CwsModel.E : CwsModel.M;
        }
        return y;
    }

    static boolean[] wordEnds(String[] words, int length) {
        boolean[] e = new boolean[length];
        int p = 0;
        for (String w : words) {
            p += w.length();
            e[p - 1] = true;
        }
        return e;
    }

    static CwsModel trainCws(List<Pd98.Paragraph> train, List<Pd98.Paragraph> dev, Path data, int epochs,
                             String lexMode, float prune, boolean hanlpLexicon) throws IOException {
        long t0 = System.nanoTime();
        Map<String, Integer> counts = new HashMap<>();
        List<Map<String, Integer>> foldCounts = new ArrayList<>();
        for (int k = 0; k < FOLDS; k++) {
            foldCounts.add(new HashMap<>());
        }
        for (int i = 0; i < train.size(); i++) {
            for (String w : train.get(i).words()) {
                if (w.length() >= 2 && w.length() <= MAX_WORD) {
                    counts.merge(w, 1, Integer::sum);
                    foldCounts.get(i % FOLDS).merge(w, 1, Integer::sum);
                }
            }
        }
        List<String> lexWords = lexMode.equals("none") ? List.of() : new ArrayList<>(new TreeMap<>(counts).keySet());
        if (hanlpLexicon && !lexWords.isEmpty()) {
            // run time lexicon = training words + HanLP's core dictionary; the model learned (jackknifed) how far to
            // trust a lexicon match, and the extra words cover many words the training month never saw
            TreeMap<String, Boolean> union = new TreeMap<>();
            lexWords.forEach(w -> union.put(w, true));
            List<String> extra = HanlpWords.words(2, MAX_WORD);
            extra.forEach(w -> union.put(w, true));
            System.err.printf("hanlp core dictionary: %d words; run-time lexicon %d words%n", extra.size(), union.size());
            lexWords = new ArrayList<>(union.keySet());
        }
        Lexicon full = lexWords.isEmpty() ? null : new Lexicon(lexWords, MAX_WORD);
        Lexicon[] folds = new Lexicon[FOLDS];
        if (lexMode.equals("jackknife")) {
            for (int k = 0; k < FOLDS; k++) {
                Set<String> ws = new HashSet<>();
                for (int j = 0; j < FOLDS; j++) {
                    if (j != k) {
                        ws.addAll(foldCounts.get(j).keySet());
                    }
                }
                folds[k] = new Lexicon(ws, MAX_WORD);
            }
        }
        System.err.printf("lexicon (%s): %d words%n", lexMode, lexWords.size());

        PerceptronTrainer t = new PerceptronTrainer(CwsModel.LABELS, PerceptronTrainer.Decoding.VITERBI)
                .allowedTransitions(CwsModel::allowed);
        FeatureBuffer f = new FeatureBuffer();
        for (int i = 0; i < train.size(); i++) {
            Pd98.Paragraph p = train.get(i);
            String text = p.text();
            boolean[] ends = wordEnds(p.words(), text.length());
            Lexicon lex = lexMode.equals("jackknife") ? folds[i % FOLDS] : full;
            int[] spans = Sentences.split(text);
            for (int s = 0; s < spans.length; s += 2) {
                f.clear();
                CwsModel.features(text, spans[s], spans[s + 1], lex, f);
                t.add(f, bmes(ends, spans[s], spans[s + 1]));
            }
        }
        System.err.printf("cws: %d sequences, %d features, indexed in %.1fs%n", t.sequences(), t.featureCount(),
                (System.nanoTime() - t0) / 1e9);
        for (int e = 1; e <= epochs; e++) {
            t.train(1, 1000L + e, System.err::println);
            if (data != null && e >= 4 && (e % 2 == 0 || e == epochs)) {
                CwsModel m = new CwsModel(t.build(1, prune), lexWords, MAX_WORD);
                scorePku(new Segmenter(m, null), data, "epoch " + e);
            }
        }
        LinearModel lm = t.build(1, prune);
        System.err.printf("cws: trained in %.1fs, %d features kept%n", (System.nanoTime() - t0) / 1e9, lm.featureCount());
        return new CwsModel(lm, lexWords, MAX_WORD);
    }

    // ---------------------------------------------------------------- scoring

    /** Word spans as [start, end) pairs in non-space char indices. */
    static List<long[]> goldSpans(String goldLine) {
        List<long[]> out = new ArrayList<>();
        int p = 0;
        for (String w : goldLine.trim().split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            out.add(new long[] {p, p + w.length()});
            p += w.length();
        }
        return out;
    }

    static Set<Long> predSpans(Segmenter seg, String line) {
        String norm = Normalizer.normalize(line).text();
        int[] idx = new int[norm.length() + 1];
        int c = 0;
        for (int i = 0; i < norm.length(); i++) {
            idx[i] = c;
            if (!Chars.isSpace(norm.charAt(i))) {
                c++;
            }
        }
        idx[norm.length()] = c;
        Set<Long> out = new HashSet<>();
        for (Word w : seg.segment(norm)) {
            out.add((long) idx[w.start()] << 32 | idx[w.end()]);
        }
        return out;
    }

    static double[] scorePku(Segmenter seg, Path data, String label) throws IOException {
        List<String> test = Files.readAllLines(data.resolve("sighan2005/pku_test.utf8"), StandardCharsets.UTF_8);
        List<String> gold = Files.readAllLines(data.resolve("sighan2005/pku_test_gold.utf8"), StandardCharsets.UTF_8);
        Set<String> known = new HashSet<>(Files.readAllLines(data.resolve("sighan2005/pku_training_words.utf8"), StandardCharsets.UTF_8)
                .stream().map(String::trim).toList());
        long goldN = 0;
        long predN = 0;
        long ok = 0;
        long oov = 0;
        long oovOk = 0;
        for (int i = 0; i < test.size(); i++) {
            String line = test.get(i).replace("\r", "");
            String g = gold.get(i).replace("\r", "");
            List<long[]> gs = goldSpans(g);
            Set<Long> ps = predSpans(seg, line);
            String[] gw = g.trim().split("\\s+");
            predN += ps.size();
            int k = 0;
            for (long[] s : gs) {
                String w = gw[k++];
                boolean hit = ps.contains(s[0] << 32 | s[1]);
                goldN++;
                ok += hit ? 1 : 0;
                if (!known.contains(w)) {
                    oov++;
                    oovOk += hit ? 1 : 0;
                }
            }
        }
        double p = ok / (double) predN;
        double r = ok / (double) goldN;
        double f = 2 * p * r / (p + r);
        System.err.printf("PKU %s: P %.4f R %.4f F1 %.4f OOV-R %.4f (gold %d, oov %d)%n", label, p, r, f,
                oovOk / (double) oov, goldN, oov);
        return new double[] {p, r, f};
    }

    static void scoreDev(Segmenter seg, List<Pd98.Paragraph> dev, String label) {
        long goldN = 0;
        long predN = 0;
        long ok = 0;
        for (Pd98.Paragraph para : dev) {
            String text = para.text();
            Set<Long> ps = predSpans(seg, text);
            predN += ps.size();
            int p = 0;
            for (String w : para.words()) {
                goldN++;
                ok += ps.contains((long) p << 32 | (p + w.length())) ? 1 : 0;
                p += w.length();
            }
        }
        double p = ok / (double) predN;
        double r = ok / (double) goldN;
        System.err.printf("PD98 dev-test %s: P %.4f R %.4f F1 %.4f%n", label, p, r, 2 * p * r / (p + r));
    }

    // ---------------------------------------------------------------- POS

    static PosModel trainPos(List<Pd98.Paragraph> train, List<Pd98.Paragraph> dev, int epochs, float prune) {
        long t0 = System.nanoTime();
        TreeMap<String, Integer> tagCount = new TreeMap<>();
        for (Pd98.Paragraph p : train) {
            for (String t : p.tags()) {
                tagCount.merge(t, 1, Integer::sum);
            }
        }
        List<String> tags = new ArrayList<>(tagCount.keySet());
        Map<String, Integer> tagId = new HashMap<>();
        for (int i = 0; i < tags.size(); i++) {
            tagId.put(tags.get(i), i);
        }
        System.err.printf("pos: %d tags%n", tags.size());
        // sure words: seen >= 2 times, >= 95% with one tag; tagged by table lookup at run time (speed)
        Map<String, Map<String, Integer>> wordTags = new HashMap<>();
        for (Pd98.Paragraph p : train) {
            for (int i = 0; i < p.words().length; i++) {
                wordTags.computeIfAbsent(p.words()[i], k -> new HashMap<>()).merge(p.tags()[i], 1, Integer::sum);
            }
        }
        Map<String, String> sure = new TreeMap<>();
        wordTags.forEach((w, ts) -> {
            int total = ts.values().stream().mapToInt(Integer::intValue).sum();
            Map.Entry<String, Integer> top = ts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            if (total >= 2 && top.getValue() >= 0.95 * total) {
                sure.put(w, top.getKey());
            }
        });
        System.err.printf("pos: %d sure words%n", sure.size());
        // vocabulary for precomputed word rows (speed only): the other training words
        List<String> vocab = new ArrayList<>();
        wordTags.forEach((w, ts) -> {
            if (!sure.containsKey(w)) {
                vocab.add(w);
            }
        });
        java.util.Collections.sort(vocab);
        System.err.printf("pos: %d vocabulary words with precomputed rows%n", vocab.size());
        PerceptronTrainer t = new PerceptronTrainer(tags, PerceptronTrainer.Decoding.GREEDY);
        FeatureBuffer f = new FeatureBuffer();
        for (Pd98.Paragraph p : train) {
            forEachSentence(p, (starts, ends, count, text, first) -> {
                f.clear();
                PosModel.features(text, starts, ends, count, f);
                int[] gold = new int[count];
                for (int k = 0; k < count; k++) {
                    gold[k] = tagId.get(p.tags()[first + k]);
                }
                t.add(f, gold);
            });
        }
        for (int e = 1; e <= epochs; e++) {
            t.train(1, 2000L + e, System.err::println);
            if (e % 2 == 0 || e == epochs) {
                System.err.printf("pos epoch %d: dev-test accuracy %.4f%n", e, posAccuracy(new PosModel(t.build(1, prune), sure, vocab), dev));
            }
        }
        LinearModel lm = t.build(1, prune);
        System.err.printf("pos: trained in %.1fs, %d features kept%n", (System.nanoTime() - t0) / 1e9, lm.featureCount());
        return new PosModel(lm, sure, vocab);
    }

    interface SentenceConsumer {
        void accept(int[] starts, int[] ends, int count, String text, int firstWord);
    }

    /** Splits a paragraph's words into the run-time sentences (a word goes with the sentence it starts in). */
    static void forEachSentence(Pd98.Paragraph p, SentenceConsumer c) {
        String text = p.text();
        int[] spans = Sentences.split(text);
        String[] words = p.words();
        int w = 0;
        int pos = 0;
        for (int s = 0; s < spans.length && w < words.length; s += 2) {
            int first = w;
            List<int[]> ws = new ArrayList<>();
            while (w < words.length && (pos < spans[s + 1] || s + 2 >= spans.length)) {
                ws.add(new int[] {pos, pos + words[w].length()});
                pos += words[w].length();
                w++;
            }
            if (ws.isEmpty()) {
                continue;
            }
            int[] starts = ws.stream().mapToInt(a -> a[0]).toArray();
            int[] ends = ws.stream().mapToInt(a -> a[1]).toArray();
            c.accept(starts, ends, starts.length, text, first);
        }
    }

    static double posAccuracy(PosModel pos, List<Pd98.Paragraph> dev) {
        long[] okAll = new long[2];
        for (Pd98.Paragraph p : dev) {
            forEachSentence(p, (starts, ends, count, text, first) -> {
                String[] out = new String[count];
                pos.tag(text, starts, ends, count, new PosModel.Buffers(), out);
                for (int k = 0; k < count; k++) {
                    okAll[0] += out[k].equals(p.tags()[first + k]) ? 1 : 0;
                    okAll[1]++;
                }
            });
        }
        return okAll[0] / (double) okAll[1];
    }

    // ---------------------------------------------------------------- speed

    static void speed(Segmenter seg, Path data) throws IOException {
        List<String> lines = Files.readAllLines(data.resolve("sighan2005/pku_test.utf8"), StandardCharsets.UTF_8);
        String text = String.join("\n", lines);
        Segmenter hanlp = new Segmenter(new ViterbiSegment().enableCustomDictionary(false).enableOffset(false));
        Segmenter cwsOnly = new Segmenter(seg.cws(), null);
        for (int round = 0; round < 4; round++) {
            System.err.printf("speed round %d (per CPU-second): tiqu %.2f M chars/s, tiqu without POS %.2f, HanLP Viterbi %.2f%n", round,
                    rate(text, s -> seg.segment(Normalizer.normalize(s).text()).size()),
                    rate(text, s -> cwsOnly.segment(Normalizer.normalize(s).text()).size()),
                    rate(text, s -> hanlp.segment(Normalizer.normalize(s).text()).size()));
        }
    }

    /** Chars per second of this thread's CPU time (the machine is shared; wall time would measure the others). */
    static double rate(String text, java.util.function.ToIntFunction<String> f) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long sink = 0;
        long t0 = mx.getCurrentThreadCpuTime();
        long chars = 0;
        while (mx.getCurrentThreadCpuTime() - t0 < 3_000_000_000L) {
            sink += f.applyAsInt(text);
            chars += text.length();
        }
        if (sink == 42) {
            System.err.print("");
        }
        return chars / ((mx.getCurrentThreadCpuTime() - t0) / 1e9) / 1e6;
    }
}
