package org.tiqu.bench.jmh;

import org.tiqu.Entity;
import org.tiqu.Extraction;
import org.tiqu.Extractor;
import org.tiqu.Token;
import org.tiqu.internal.date.DateRecognizer;
import org.tiqu.internal.date.ReferenceDates;
import org.tiqu.internal.keywords.KeywordRanker;
import org.tiqu.internal.ner.NerRecognizer;
import org.tiqu.internal.policy.DocumentRecognizer;
import org.tiqu.internal.policy.PolicyRecognizer;
import org.tiqu.internal.recognize.Document;
import org.tiqu.internal.recognize.Mention;
import org.tiqu.internal.recognize.Recognizer;
import org.tiqu.internal.resolve.Resolver;
import org.tiqu.internal.seg.Segmenter;
import org.tiqu.internal.seg.Word;
import org.tiqu.internal.text.NormalizedText;
import org.tiqu.internal.text.Normalizer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time per stage of {@link Extractor#extract} over the speed corpus ({@link Corpus}), in µs per char. Each stage
 * runs over the whole corpus at once on the outputs of the stages before it (computed beforehand), so the timer is
 * read twice per stage and pass, not per document. Not a JMH benchmark: a quick way to see where time goes.
 * "stages per doc" runs the same stages (without tokens) one document at a time, as {@code extract} does: the
 * difference to their sum is what running the models interleaved costs (caches). "extractAll" is
 * {@link Extractor#extractAll} over the whole corpus in one call, which runs the stages over chunks of documents.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.tiqu.bench.jmh.StageTimes [dataDir] [passes]
 * </pre>
 */
public final class StageTimes {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private StageTimes() {
    }

    public static void main(String[] args) {
        Corpus corpus = Corpus.load(args.length > 0 ? args[0] : "");
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        List<String> texts = corpus.documents();
        int n = texts.size();
        Segmenter segmenter = Segmenter.shipped().awaitLoaded();
        Map<String, Recognizer> recognizers = new LinkedHashMap<>();
        recognizers.put("ner", new NerRecognizer());
        recognizers.put("date", new DateRecognizer());
        recognizers.put("policy", new PolicyRecognizer());
        recognizers.put("document", new DocumentRecognizer());
        KeywordRanker ranker = new KeywordRanker();
        Extractor extractor = Extractor.defaults();

        NormalizedText[] norms = new NormalizedText[n];
        List<?>[] wordsOf = new List<?>[n];
        Document[] docs = new Document[n];
        List<?>[] mentionsOf = new List<?>[n];
        List<?>[] entitiesOf = new List<?>[n];
        Map<String, double[]> totals = new LinkedHashMap<>();
        Map<String, Double> perDoc = new LinkedHashMap<>();
        long sink = 0;
        int warm = Math.max(2, passes / 2);
        for (int pass = 0; pass < warm + passes; pass++) {
            boolean count = pass >= warm;
            long t = cpu();
            for (int i = 0; i < n; i++) {
                norms[i] = Normalizer.normalize(texts.get(i));
            }
            t = lap(totals, "normalize", t, count);
            for (int i = 0; i < n; i++) {
                wordsOf[i] = segmenter.segment(norms[i].text());
            }
            t = lap(totals, "segment", t, count);
            LocalDate[] refs = new LocalDate[n];
            for (int i = 0; i < n; i++) {
                refs[i] = ReferenceDates.find(norms[i].text()).orElse(null);
            }
            t = lap(totals, "referenceDate", t, count);
            for (int i = 0; i < n; i++) {
                @SuppressWarnings("unchecked") List<Word> ws = (List<Word>) wordsOf[i];
                docs[i] = new Document(norms[i], ws, refs[i]);
                mentionsOf[i] = new ArrayList<Mention>();
            }
            for (Map.Entry<String, Recognizer> r : recognizers.entrySet()) {
                t = cpu();
                for (int i = 0; i < n; i++) {
                    @SuppressWarnings("unchecked") List<Mention> ms = (List<Mention>) mentionsOf[i];
                    r.getValue().recognize(docs[i], ms);
                }
                t = lap(totals, r.getKey(), t, count);
            }
            for (int i = 0; i < n; i++) {
                @SuppressWarnings("unchecked") List<Mention> ms = (List<Mention>) mentionsOf[i];
                entitiesOf[i] = Resolver.resolve(norms[i], ms);
            }
            t = lap(totals, "resolve", t, count);
            for (int i = 0; i < n; i++) {
                List<Word> ws = docs[i].words();
                List<Token> tokens = new ArrayList<>(ws.size());
                String text = texts.get(i);
                for (Word w : ws) {
                    int start = norms[i].toOriginalStart(w.start());
                    int end = norms[i].toOriginalEnd(w.end());
                    tokens.add(new Token(NormalizedText.surface(text, start, end), start, end, w.pos()));
                }
                sink += tokens.size();
            }
            t = lap(totals, "tokens", t, count);
            for (int i = 0; i < n; i++) {
                @SuppressWarnings("unchecked") List<Entity> es = (List<Entity>) entitiesOf[i];
                sink += ranker.rank(docs[i], es, Extractor.DEFAULT_KEYWORDS).size();
            }
            t = lap(totals, "keywords", t, count);
            for (int i = 0; i < n; i++) {
                sink += extractor.extract(texts.get(i)).entities().size();
            }
            t = lap(totals, "extract (whole)", t, count);
            for (Extraction x : extractor.extractAll(texts)) {
                sink += x.entities().size();
            }
            t = lap(totals, "extractAll", t, count);
            // the same stages as above, but one document at a time: what interleaving the models costs, in total and
            // (wall clock, nanoTime around each stage) per stage
            long[] inDoc = new long[3 + recognizers.size()];
            for (int i = 0; i < n; i++) {
                long w0 = System.nanoTime();
                NormalizedText norm = Normalizer.normalize(texts.get(i));
                List<Word> ws = segmenter.segment(norm.text());
                long w1 = System.nanoTime();
                inDoc[0] += w1 - w0;
                Document d = new Document(norm, ws, ReferenceDates.find(norm.text()).orElse(null));
                List<Mention> ms = new ArrayList<>();
                int k = 1;
                for (Recognizer r : recognizers.values()) {
                    r.recognize(d, ms);
                    long w2 = System.nanoTime();
                    inDoc[k++] += w2 - w1;
                    w1 = w2;
                }
                List<Entity> es = Resolver.resolve(norm, ms);
                sink += ranker.rank(d, es, Extractor.DEFAULT_KEYWORDS).size();
                inDoc[k] += System.nanoTime() - w1;
            }
            if (count) {
                java.util.List<String> names = new ArrayList<>();
                names.add("normalize+segment");
                names.addAll(recognizers.keySet());
                names.add("resolve+keywords");
                for (int k = 0; k < names.size(); k++) {
                    perDoc.merge(names.get(k), (double) inDoc[k], Double::sum);
                }
            }
            lap(totals, "stages per doc", t, count);
        }
        double chars = (double) corpus.chars() * passes;
        double sum = 0;
        System.out.printf("%d documents, %d chars, %d timed passes after %d warm-up (sink %d)%n", n, corpus.chars(),
                passes, warm, sink);
        System.out.printf("| %-16s | %9s |%n", "stage", "µs/char");
        System.out.printf("|%s|%s|%n", "-".repeat(18), "-".repeat(11));
        for (Map.Entry<String, double[]> e : totals.entrySet()) {
            double us = e.getValue()[0] / 1e3 / chars;
            if (e.getKey().equals("extract (whole)")) {
                System.out.printf("| %-16s | %9.4f |%n", "sum of stages", sum);
            } else if (!e.getKey().equals("stages per doc") && !e.getKey().equals("extractAll")) {
                sum += us;
            }
            System.out.printf("| %-16s | %9.4f |%n", e.getKey(), us);
        }
        System.out.printf("%nOne document at a time (wall clock per stage):%n| %-18s | %9s |%n", "stage", "µs/char");
        System.out.printf("|%s|%s|%n", "-".repeat(20), "-".repeat(11));
        for (Map.Entry<String, Double> e : perDoc.entrySet()) {
            System.out.printf("| %-18s | %9.4f |%n", e.getKey(), e.getValue() / 1e3 / chars);
        }
    }

    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private static long lap(Map<String, double[]> totals, String stage, long since, boolean count) {
        long now = cpu();
        if (count) {
            totals.computeIfAbsent(stage, k -> new double[1])[0] += now - since;
        }
        return now;
    }
}
