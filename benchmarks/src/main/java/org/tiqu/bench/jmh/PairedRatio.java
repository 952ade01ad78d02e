package org.tiqu.bench.jmh;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import org.tiqu.Extraction;
import org.tiqu.Extractor;

import java.util.Arrays;
import java.util.List;

/**
 * tiqu's full extraction against HanLP Viterbi + place + organisation recognition, one pass over the JMH corpus each,
 * alternating in one JVM, and the median of the per-pair time ratios. JMH runs one subject's forks after the other's,
 * so a machine whose speed drifts over minutes (a shared host: the same code here has run at 0.6 and at 0.95 M chars/s
 * a few minutes apart) moves the ratio of two JMH rows; passes that alternate every half second see the same machine.
 * A check beside the JMH table, not a replacement for it.
 *
 * <pre>
 * java -Xmx2g -cp benchmarks/target/benchmarks.jar org.tiqu.bench.jmh.PairedRatio [dataDir] [warm-up seconds] [pairs] [batch]
 * </pre>
 * With {@code batch}, tiqu's pass is {@link Extractor#extractAll} over batches of {@link SpeedBench#BATCH} documents.
 */
public final class PairedRatio {
    private PairedRatio() {
    }

    public static void main(String[] args) {
        List<String> docs = Corpus.load(args.length > 0 ? args[0] : null).documents();
        int warmupSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int pairs = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        boolean batch = args.length > 3 && args[3].equals("batch");
        long chars = docs.stream().mapToLong(String::length).sum();
        Extractor extractor = Extractor.builder().keywords(Extractor.DEFAULT_KEYWORDS).build();
        Segment hanlp = HanLP.newSegment().enablePlaceRecognize(true).enableOrganizationRecognize(true);
        long sink = 0;
        long warmEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            sink += passTiqu(extractor, docs, batch)[1] + passHanlp(hanlp, docs)[1];
        }
        double[] ratio = new double[pairs];
        double[] tiqu = new double[pairs];
        double[] ref = new double[pairs];
        for (int p = 0; p < pairs; p++) {
            // alternate which goes first, so neither always runs right after the other's garbage
            long[] a, b;
            if (p % 2 == 0) {
                a = passTiqu(extractor, docs, batch);
                b = passHanlp(hanlp, docs);
            } else {
                b = passHanlp(hanlp, docs);
                a = passTiqu(extractor, docs, batch);
            }
            sink += a[1] + b[1];
            tiqu[p] = chars / (a[0] / 1e9);
            ref[p] = chars / (b[0] / 1e9);
            ratio[p] = (double) b[0] / a[0]; // > 1: tiqu is faster
        }
        System.out.printf("%d chars, %d pairs after %d s of warm-up (sink %d)%n", chars, pairs, warmupSeconds, sink);
        System.out.printf((batch ? "tiqu extractAll " : "tiqu extract    ") + "     median %.3f M chars/s (range %.3f-%.3f)%n", median(tiqu) / 1e6,
                min(tiqu) / 1e6, max(tiqu) / 1e6);
        System.out.printf("HanLP + place + org  median %.3f M chars/s (range %.3f-%.3f)%n", median(ref) / 1e6,
                min(ref) / 1e6, max(ref) / 1e6);
        System.out.printf("tiqu / HanLP + place + org, per pair: median %.3f (range %.3f-%.3f)%n", median(ratio),
                min(ratio), max(ratio));
    }

    private static long[] passTiqu(Extractor ex, List<String> docs, boolean batch) {
        long t0 = System.nanoTime(), sink = 0;
        if (batch) {
            for (int from = 0; from < docs.size(); from += SpeedBench.BATCH) {
                for (Extraction x : ex.extractAll(docs.subList(from, Math.min(docs.size(), from + SpeedBench.BATCH)))) {
                    sink += x.entities().size();
                }
            }
        } else {
            for (String d : docs) {
                sink += ex.extract(d).entities().size();
            }
        }
        return new long[] {System.nanoTime() - t0, sink};
    }

    private static long[] passHanlp(Segment seg, List<String> docs) {
        long t0 = System.nanoTime(), sink = 0;
        for (String d : docs) {
            sink += seg.seg(d).size();
        }
        return new long[] {System.nanoTime() - t0, sink};
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double min(double[] x) {
        return Arrays.stream(x).min().orElse(Double.NaN);
    }

    private static double max(double[] x) {
        return Arrays.stream(x).max().orElse(Double.NaN);
    }
}
