package org.tiqu.bench.perf;

import org.tiqu.bench.eval.Pd98Reader;
import org.tiqu.internal.date.DateRecognizer;
import org.tiqu.internal.date.ReferenceDates;
import org.tiqu.internal.policy.DocumentRecognizer;
import org.tiqu.internal.policy.PolicyRecognizer;
import org.tiqu.internal.recognize.Document;
import org.tiqu.internal.recognize.Mention;
import org.tiqu.internal.recognize.Recognizer;
import org.tiqu.internal.seg.Segmenter;
import org.tiqu.internal.seg.Word;
import org.tiqu.internal.text.NormalizedText;
import org.tiqu.internal.text.Normalizer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time of each rule recognizer alone (and of {@link ReferenceDates#find}) over every People's Daily
 * paragraph, on documents normalized and segmented beforehand, so the numbers say what each stage costs
 * without the segmenter; normalization and segmentation are timed too, for scale. Single-threaded; CPU time
 * from {@link ThreadMXBean} so a busy machine skews less.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.tiqu.bench.perf.RecognizerTimes /work/shared/data [rounds]}
 */
public final class RecognizerTimes {
    private RecognizerTimes() {
    }

    public static void main(String[] args) {
        Path data = Path.of(args.length > 0 ? args[0] : "/work/shared/data");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Pd98Reader.Paragraph> paras = Pd98Reader.read(data.resolve("pd98").resolve("199801.utf8.txt"), d -> true);
        Segmenter seg = Segmenter.shipped().awaitLoaded();
        List<Document> docs = new ArrayList<>(paras.size());
        List<String> texts = new ArrayList<>(paras.size());
        long chars = 0;
        for (Pd98Reader.Paragraph p : paras) {
            NormalizedText norm = Normalizer.normalize(p.text());
            List<Word> words = seg.segment(norm.text());
            LocalDate ref = ReferenceDates.find(norm.text()).orElse(LocalDate.of(1998, 1, 15));
            docs.add(new Document(norm, words, ref));
            texts.add(norm.text());
            chars += norm.text().length();
        }
        Map<String, Recognizer> recs = new LinkedHashMap<>();
        recs.put("date", new DateRecognizer());
        recs.put("policy", new PolicyRecognizer());
        recs.put("document", new DocumentRecognizer());
        recs.put("ner", new org.tiqu.internal.ner.NerRecognizer()); // for scale, not a rule recognizer
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        System.out.printf("%d paragraphs, %d chars, %d rounds%n", docs.size(), chars, rounds);
        double[][] times = new double[recs.size() + 3][rounds];
        for (int r = 0; r < rounds + 2; r++) {
            boolean warm = r < 2;
            StringBuilder line = new StringBuilder(warm ? "warm-up " : "round " + (r - 1) + " ");
            long sink = 0;
            long t0 = mx.getCurrentThreadCpuTime();
            for (String t : texts) {
                sink += ReferenceDates.find(t).isPresent() ? 1 : 0;
            }
            long t1 = mx.getCurrentThreadCpuTime();
            line.append(String.format("refdates %.4f", (t1 - t0) / 1000.0 / chars));
            if (!warm) {
                times[0][r - 2] = (t1 - t0) / 1000.0 / chars;
            }
            int col = 1;
            List<Mention> out = new ArrayList<>();
            for (Map.Entry<String, Recognizer> e : recs.entrySet()) {
                Recognizer rec = e.getValue();
                t0 = mx.getCurrentThreadCpuTime();
                for (Document d : docs) {
                    out.clear();
                    rec.recognize(d, out);
                    sink += out.size();
                }
                t1 = mx.getCurrentThreadCpuTime();
                line.append(String.format("  %s %.4f", e.getKey(), (t1 - t0) / 1000.0 / chars));
                if (!warm) {
                    times[col][r - 2] = (t1 - t0) / 1000.0 / chars;
                }
                col++;
            }
            // for scale: the stages before the recognizers
            t0 = mx.getCurrentThreadCpuTime();
            List<NormalizedText> norms = new ArrayList<>(texts.size());
            for (Pd98Reader.Paragraph p : paras) {
                norms.add(Normalizer.normalize(p.text()));
            }
            t1 = mx.getCurrentThreadCpuTime();
            line.append(String.format("  normalize %.4f", (t1 - t0) / 1000.0 / chars));
            if (!warm) {
                times[col][r - 2] = (t1 - t0) / 1000.0 / chars;
            }
            col++;
            t0 = mx.getCurrentThreadCpuTime();
            for (NormalizedText nt : norms) {
                sink += seg.segment(nt.text()).size();
            }
            t1 = mx.getCurrentThreadCpuTime();
            line.append(String.format("  segment %.4f", (t1 - t0) / 1000.0 / chars));
            if (!warm) {
                times[col][r - 2] = (t1 - t0) / 1000.0 / chars;
            }
            System.out.println(line + "  µs/char  (" + sink + ")");
        }
        // the machine is shared: the median and the best round say more than any single one
        List<String> names = new ArrayList<>(List.of("refdates"));
        names.addAll(recs.keySet());
        names.add("normalize");
        names.add("segment");
        StringBuilder median = new StringBuilder("median ");
        StringBuilder best = new StringBuilder("best   ");
        for (int c = 0; c < times.length; c++) {
            double[] t = times[c].clone();
            java.util.Arrays.sort(t);
            median.append(String.format("%s %.4f  ", names.get(c), t[t.length / 2]));
            best.append(String.format("%s %.4f  ", names.get(c), t[0]));
        }
        System.out.println(median + "µs/char");
        System.out.println(best + "µs/char");
        // the whole pipeline, for scale: what the stages above leave out (NER, resolver, tokens, keywords)
        org.tiqu.Extractor x = org.tiqu.Extractor.defaults();
        double bestFull = Double.MAX_VALUE;
        for (int r = 0; r < 4; r++) {
            long t0 = mx.getCurrentThreadCpuTime();
            long sink = 0;
            for (Pd98Reader.Paragraph p : paras) {
                sink += x.extract(p.text()).entities().size();
            }
            long t1 = mx.getCurrentThreadCpuTime();
            double us = (t1 - t0) / 1000.0 / chars;
            if (r > 0) {
                bestFull = Math.min(bestFull, us);
            }
            System.out.printf("%s Extractor.extract %.4f µs/char (%d)%n", r == 0 ? "warm-up" : "round " + r, us, sink);
        }
        System.out.printf("best   Extractor.extract %.4f µs/char%n", bestFull);
    }
}
