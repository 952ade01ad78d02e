package org.tiqu.bench.train.ner;

import org.tiqu.internal.ner.CharTagger;
import org.tiqu.internal.ner.NerFeatures;
import org.tiqu.internal.ner.NerLexicon;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Trains tiqu's character NER tagger ({@link CharTagger}) on the TRAINING split of People's Daily 1998-01
 * (paragraphs dated 19980101–19980127 only, cut into the sentences the recognizer tags) with an averaged structured
 * perceptron, and writes the gzipped model.
 * Prints the dev-test F1 (19980128–31) after each epoch for information only.
 *
 * <pre>
 * mvn -q -o compile
 * flock /tmp/train.lock java -Xmx10g -cp "benchmarks/target/classes:core/target/classes:$(cat cp.txt)" \
 *      org.tiqu.bench.train.ner.TrainNer ../shared/data/pd98/199801.utf8.txt \
 *      core/src/main/resources/org/tiqu/ner/ner-model.bin.gz [epochs] [minCount] [minWeight]
 * </pre>
 * The bundled model is trained with {@code 32 2} (32 epochs, features seen at least twice; about a minute here),
 * with loss-augmented decoding ({@link #MARGIN}).
 * 32 epochs rather than 16 scored better on five held-out windows of the training split (PERSON +0.04 to +0.17,
 * ORGANIZATION +0.07 to +0.61, PLACE -0.15 to +0.22); 48 was no better than 32, nor with the margin (PLACE -0.15 on
 * average and lower on all five windows, PERSON +0.02, ORGANIZATION -0.09).
 * Also writes names.txt.gz (names seen in the training split) beside the model. With
 * {@code -Dtiqu.ner.trainEnd=19980124} it trains on 01–24 only and reports on 25–27 (error analysis that never
 * looks at dev-test; see the resources README).
 * <pre>
 * </pre>
 * (cp.txt from {@code mvn -q -o dependency:build-classpath -pl core -Dmdep.outputFile=cp.txt}.)
 */
public final class TrainNer {
    private static final int L = CharTagger.LABELS;

    private TrainNer() {
    }

    record Example(char[] chars, int[] codes, int[] gold, int[] feats) {
    }

    /**
     * Templates left out of the model: those {@link NerFeatures#used} says the tagger does not use, and for an
     * ablation any others listed in {@code -Dtiqu.ner.drop=22,23} (the run-time tagger then simply finds none of them).
     */
    static final boolean[] DROP = new boolean[NerFeatures.COUNT];

    static {
        for (int t = 0; t < NerFeatures.COUNT; t++) {
            DROP[t] = !NerFeatures.used(t);
        }
        for (String t : System.getProperty("tiqu.ner.drop", "").split(",")) {
            if (!t.isBlank()) {
                DROP[Integer.parseInt(t.trim())] = true;
            }
        }
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int epochs = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int minCount = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        float minWeight = args.length > 4 ? Float.parseFloat(args[4]) : 0f;
        List<Pd98.Paragraph> all = Pd98.read(corpus);
        List<Pd98.Paragraph> train = new ArrayList<>(), dev = new ArrayList<>();
        for (Pd98.Paragraph p : all) {
            if (Pd98.isTrain(p)) {
                train.add(p);
            } else if (Pd98.isEval(p)) {
                dev.add(p);
            }
        }
        System.out.println("train " + train.size() + " dev " + dev.size());
        // names seen in training: the run-time lexicon holds all of them; while training, each paragraph sees only
        // the names of the other folds (by day), so the model learns how far a seen name can be trusted on new text
        Map<String, Integer> allNames = names(train, -1);
        writeNames(allNames, out.resolveSibling("names.txt.gz"));
        NerLexicon[] foldLex = new NerLexicon[FOLDS];
        for (int k = 0; k < FOLDS; k++) {
            foldLex[k] = NerLexicon.withSeenNames(names(train, k));
        }
        NerLexicon lex = NerLexicon.withSeenNames(allNames);
        writeLexiconFingerprint(lexiconFingerprint(train, lex), out.resolveSibling(LEXICON_FINGERPRINT));
        // the segmenter's words: a feature of the tagger (-Dtiqu.ner.words=none trains without, for an ablation)
        Map<String, int[]> segmented = "none".equals(System.getProperty("tiqu.ner.words"))
                ? Map.of() : org.tiqu.bench.train.JackknifeWords.words(corpus);
        java.util.IdentityHashMap<Pd98.Paragraph, int[]> wordsOf = new java.util.IdentityHashMap<>();
        for (Pd98.Paragraph p : all) {
            int[] info = segmented.get(org.tiqu.bench.train.JackknifeWords.key(p.id(), p.text().length()));
            if (info != null) {
                wordsOf.put(p, info);
            }
        }
        System.out.println("segmenter's words for " + wordsOf.size() + " of " + all.size() + " paragraphs");
        if (!"paragraph".equals(System.getProperty("tiqu.ner.trainUnit"))) {
            train = sentences(train, wordsOf);
            System.out.println("training sentences " + train.size());
        }
        // pass 1: count features (keyed by hashed key, remembering template and value for the model file)
        Map<Long, long[]> counts = new HashMap<>(4_000_000);
        long[] fk = new long[NerFeatures.COUNT];
        long[] fv = new long[NerFeatures.COUNT];
        for (Pd98.Paragraph p : train) {
            char[] c = NerFeatures.fold(p.text(), 0, p.text().length());
            int[] codes = NerFeatures.lexiconCodes(c, foldLex[fold(p)]);
            int[] words = wordsOf.get(p);
            for (int i = 0; i < c.length; i++) {
                NerFeatures.values(c, codes, words, i, fv);
                for (int t = 0; t < NerFeatures.COUNT; t++) {
                    if (DROP[t]) {
                        continue;
                    }
                    long key = NerFeatures.key(t, fv[t]);
                    long[] e = counts.get(key);
                    if (e == null) {
                        counts.put(key, new long[]{1, t, fv[t]});
                    } else {
                        e[0]++;
                    }
                }
            }
        }
        Map<Long, Integer> index = new HashMap<>();
        List<Long> keys = new ArrayList<>();
        List<long[]> tv = new ArrayList<>();
        for (var e : counts.entrySet()) {
            if (e.getValue()[0] >= minCount) {
                index.put(e.getKey(), keys.size());
                keys.add(e.getKey());
                tv.add(e.getValue());
            }
        }
        counts = null;
        int[] templates = new int[keys.size()];
        long[] values = new long[keys.size()];
        for (int f = 0; f < templates.length; f++) {
            templates[f] = (int) tv.get(f)[1];
            values[f] = tv.get(f)[2];
        }
        System.out.println("features " + keys.size());
        List<Example> examples = new ArrayList<>();
        for (Pd98.Paragraph p : train) {
            examples.add(example(p, wordsOf.get(p), foldLex[fold(p)], index, fk));
        }
        int nf = keys.size();
        float[] w = new float[nf * L], acc = new float[nf * L];
        float[] t = new float[(L + 1) * L], tacc = new float[(L + 1) * L];
        long c = 1;
        Random rnd = new Random(Long.getLong("tiqu.ner.seed", 42)); // another seed: how much a retrain alone moves the scores
        int[] pred = new int[4096];
        for (int ep = 1; ep <= epochs; ep++) {
            Collections.shuffle(examples, rnd);
            int errors = 0;
            for (Example ex : examples) {
                int n = ex.chars.length;
                if (pred.length < n) {
                    pred = new int[n];
                }
                decode(ex, w, t, pred);
                boolean wrong = false;
                for (int i = 0; i < n; i++) {
                    int g = ex.gold[i], p = pred[i];
                    int gPrev = i == 0 ? -1 : ex.gold[i - 1], pPrev = i == 0 ? -1 : pred[i - 1];
                    if (g != p) {
                        wrong = true;
                        for (int k = 0; k < NerFeatures.COUNT; k++) {
                            int f = ex.feats[i * NerFeatures.COUNT + k];
                            if (f >= 0) {
                                w[f * L + g] += 1;
                                acc[f * L + g] += c;
                                w[f * L + p] -= 1;
                                acc[f * L + p] -= c;
                            }
                        }
                    }
                    if (g != p || gPrev != pPrev) {
                        t[(gPrev + 1) * L + g] += 1;
                        tacc[(gPrev + 1) * L + g] += c;
                        t[(pPrev + 1) * L + p] -= 1;
                        tacc[(pPrev + 1) * L + p] -= c;
                    }
                }
                if (wrong) {
                    errors++;
                }
                c++;
            }
            float[] aw = average(w, acc, c), at = average(t, tacc, c);
            System.out.printf("epoch %d: %d/%d paragraphs wrong%n", ep, errors, examples.size());
            if (ep == epochs || ep % 2 == 0) {
                CharTagger tagger = new CharTagger(templates, values, aw, at);
                System.out.print(evaluate(tagger, dev, wordsOf, lex));
            }
        }
        float[] aw = average(w, acc, c), at = average(t, tacc, c);
        // drop features whose every weight is negligible
        int kept = 0;
        int[] kt = new int[nf];
        long[] kv = new long[nf];
        float[] kw = new float[nf * L];
        for (int f = 0; f < nf; f++) {
            float max = 0;
            for (int y = 0; y < L; y++) {
                max = Math.max(max, Math.abs(aw[f * L + y]));
            }
            if (max > minWeight) {
                System.arraycopy(aw, f * L, kw, kept * L, L);
                kt[kept] = templates[f];
                kv[kept] = values[f];
                kept++;
            }
        }
        System.out.println("kept features " + kept);
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(out), 1 << 16)) {
            CharTagger.write(os, java.util.Arrays.copyOf(kt, kept), java.util.Arrays.copyOf(kv, kept),
                    java.util.Arrays.copyOf(kw, kept * L), at);
        }
        System.out.println("wrote " + out + " " + Files.size(out) + " bytes");
        CharTagger.read(new java.util.zip.GZIPInputStream(Files.newInputStream(out)));
    }

    private static final int FOLDS = org.tiqu.bench.train.JackknifeWords.FOLDS;

    private static int fold(Pd98.Paragraph p) {
        return org.tiqu.bench.train.JackknifeWords.fold(p.date()); // the segmenter's words are jackknifed alike
    }

    /** Names (2–20 chars) of the training paragraphs outside fold {@code skip} (-1: all), with SEEN_* bits. */
    static Map<String, Integer> names(List<Pd98.Paragraph> train, int skip) {
        Map<String, Integer> out = new HashMap<>();
        int[] bits = {NerLexicon.SEEN_PER, NerLexicon.SEEN_LOC, NerLexicon.SEEN_ORG};
        for (Pd98.Paragraph p : train) {
            if (fold(p) == skip) {
                continue;
            }
            for (Pd98.Span sp : p.spans()) {
                int len = sp.end() - sp.start();
                if (len >= 2 && len <= 20) {
                    String w = new String(NerFeatures.fold(p.text(), sp.start(), sp.end()));
                    out.merge(w, bits[sp.type()], (a, b) -> a | b);
                }
            }
        }
        return out;
    }

    /** Beside the model: what its lexicon feature was on the training text (see {@link #lexiconFingerprint}). */
    static final String LEXICON_FINGERPRINT = "ner-model.lexicon.txt";

    /**
     * A CRC-32 of the lexicon codes of every training paragraph. The lexicon ({@code facts.txt}, the divisions and the
     * seen names) is a feature of the tagger, so an edit that changes these codes must be followed by a retrain; an
     * edit that adds words absent from the training text changes nothing and needs none. A test compares this with
     * the value written beside the shipped model.
     */
    static long lexiconFingerprint(List<Pd98.Paragraph> train, NerLexicon lex) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(4);
        for (Pd98.Paragraph p : train) {
            char[] c = NerFeatures.fold(p.text(), 0, p.text().length());
            for (int code : NerFeatures.lexiconCodes(c, lex)) {
                crc.update(buf.clear().putInt(code).array());
            }
            crc.update(buf.clear().putInt(-1).array()); // paragraph end
        }
        return crc.getValue();
    }

    private static void writeLexiconFingerprint(long crc, Path file) throws IOException {
        Files.writeString(file, "# CRC-32 of the NER lexicon's codes on the training paragraphs this tagger was trained "
                + "on; written by org.tiqu.bench.train.ner.TrainNer, checked by TrainNerTest\n"
                + Long.toHexString(crc) + "\n");
    }

    private static void writeNames(Map<String, Integer> names, Path file) throws IOException {
        StringBuilder sb = new StringBuilder("# names seen in People's Daily 1998-01 paragraphs 19980101-19980127 "
                + "(research use); written by org.tiqu.bench.train.ner.TrainNer\n");
        new java.util.TreeMap<>(names).forEach((w, cat) -> sb.append(w).append('\t')
                .append((cat & NerLexicon.SEEN_PER) != 0 ? "P" : "").append((cat & NerLexicon.SEEN_LOC) != 0 ? "L" : "")
                .append((cat & NerLexicon.SEEN_ORG) != 0 ? "O" : "").append('\n'));
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(file))) {
            os.write(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        System.out.println("wrote " + file + " (" + names.size() + " names)");
    }

    static String evaluate(CharTagger tagger, List<Pd98.Paragraph> dev, Map<Pd98.Paragraph, int[]> words, NerLexicon lex) {
        NerScore score = new NerScore();
        for (Pd98.Paragraph p : dev) {
            char[] c = NerFeatures.fold(p.text(), 0, p.text().length());
            int[] labels = new int[c.length];
            tagger.tag(c, NerFeatures.lexiconCodes(c, lex), words.get(p), 0, c.length, labels, null);
            score.add(p.spans(), spans(labels));
        }
        return score.toString();
    }

    static List<Pd98.Span> spans(int[] labels) {
        List<Pd98.Span> out = new ArrayList<>();
        CharTagger.decode(labels, (type, start, end) -> out.add(new Pd98.Span(type, start, end)));
        return out;
    }

    private static float[] average(float[] w, float[] acc, long c) {
        float[] a = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            a[i] = w[i] - acc[i] / c;
        }
        return a;
    }

    /**
     * The paragraphs cut into the sentences the recognizer tags one by one (Sentences.trimmed), each
     * with the spans inside it (a span across a cut, which is rare, is left out). Trained on whole paragraphs, the
     * tagger learnt a sentence's first name after 。 of the sentence before, which it never sees at run time (each
     * sentence starts at BOS there); trained on sentences, held-out PERSON F1 (rules, no person filter) rose by 0 to
     * +0.34 on five windows with two shuffling seeds, PLACE and ORGANIZATION by about +0.1.
     * {@code -Dtiqu.ner.trainUnit=paragraph} trains on whole paragraphs as before.
     */
    static List<Pd98.Paragraph> sentences(List<Pd98.Paragraph> paragraphs) {
        return sentences(paragraphs, new java.util.IdentityHashMap<>());
    }

    /** As {@link #sentences(List)}; each sentence's slice of its paragraph's words goes into {@code words} too. */
    static List<Pd98.Paragraph> sentences(List<Pd98.Paragraph> paragraphs, Map<Pd98.Paragraph, int[]> words) {
        List<Pd98.Paragraph> out = new ArrayList<>();
        for (Pd98.Paragraph p : paragraphs) {
            String text = p.text();
            int[] cuts = org.tiqu.internal.text.Sentences.trimmed(text);
            for (int k = 0; k < cuts.length; k += 2) {
                int b = cuts[k], e = cuts[k + 1];
                List<Pd98.Span> spans = new ArrayList<>();
                for (Pd98.Span sp : p.spans()) {
                    if (sp.start() >= b && sp.end() <= e) {
                        spans.add(new Pd98.Span(sp.type(), sp.start() - b, sp.end() - b));
                    }
                }
                Pd98.Paragraph sentence = new Pd98.Paragraph(p.id(), text.substring(b, e), spans);
                int[] info = words.get(p);
                if (info != null) {
                    words.put(sentence, java.util.Arrays.copyOfRange(info, b, e));
                }
                out.add(sentence);
            }
        }
        return out;
    }

    private static Example example(Pd98.Paragraph p, int[] words, NerLexicon lex, Map<Long, Integer> index, long[] fk) {
        char[] c = NerFeatures.fold(p.text(), 0, p.text().length());
        int[] codes = NerFeatures.lexiconCodes(c, lex);
        int[] gold = new int[c.length];
        for (Pd98.Span s : p.spans()) {
            int base = 1 + 4 * s.type();
            if (s.end() - s.start() == 1) {
                gold[s.start()] = base + 3;
            } else {
                gold[s.start()] = base;
                for (int i = s.start() + 1; i < s.end() - 1; i++) {
                    gold[i] = base + 1;
                }
                gold[s.end() - 1] = base + 2;
            }
        }
        int[] feats = new int[c.length * NerFeatures.COUNT];
        for (int i = 0; i < c.length; i++) {
            NerFeatures.keys(c, codes, words, i, fk);
            for (int k = 0; k < NerFeatures.COUNT; k++) {
                Integer f = index.get(fk[k]);
                feats[i * NerFeatures.COUNT + k] = f == null ? -1 : f;
            }
        }
        return new Example(c, codes, gold, feats);
    }

    /**
     * Loss-augmented decoding while training: every label but the gold one scores this much more at each char (in
     * units of one perceptron update of one feature), so a sentence counts as wrong, and the weights are updated,
     * until gold wins by a margin of its Hamming distance, not merely wins. On five held-out windows (days 01-07 /
     * 08-14 / 15-20 / 21-27 / 25-27, full extractor without the person filter) against 0: 48 gave PERSON +0.16 on
     * average (+0.26 with another shuffling seed), PLACE +0.22 (+0.20), ORGANIZATION +0.03 (+0.06); 16 gave +0.10 /
     * +0.14 / -0.06, 128 +0.19 / +0.26 / +0.02; another seed at 0 alone moved them by +0.01 / -0.09 / -0.04.
     * {@code -Dtiqu.ner.margin=0} trains the plain perceptron.
     */
    static final float MARGIN = Float.parseFloat(System.getProperty("tiqu.ner.margin", "48"));

    private static void decode(Example ex, float[] w, float[] t, int[] out) {
        int n = ex.chars.length;
        float[] score = new float[n * L];
        if (MARGIN != 0) {
            for (int i = 0; i < n; i++) {
                for (int y = 0; y < L; y++) {
                    score[i * L + y] = y == ex.gold[i] ? 0 : MARGIN;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < NerFeatures.COUNT; k++) {
                int f = ex.feats[i * NerFeatures.COUNT + k];
                if (f >= 0) {
                    for (int y = 0; y < L; y++) {
                        score[i * L + y] += w[f * L + y];
                    }
                }
            }
        }
        CharTagger.viterbi(score, t, n, out);
    }
}
