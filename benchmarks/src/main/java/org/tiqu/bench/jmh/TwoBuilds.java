package org.tiqu.bench.jmh;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Two builds of tiqu (two {@code benchmarks.jar}) in one JVM, each in its own class loader, extracting the speed
 * corpus ({@link Corpus}) in alternating passes; prints the median and quartiles of the per-pair time ratio B / A.
 * Launches of two builds minutes apart see a host whose speed drifts by more than the change being measured; passes
 * that alternate every second see the same machine. Run it twice with the builds swapped: a class loader's place in
 * the order can bias the ratio by a percent or two, and the mean of the two readings cancels that.
 *
 * <pre>
 * java -Xmx6g -cp benchmarks/target/benchmarks.jar org.tiqu.bench.jmh.TwoBuilds A.jar B.jar [dataDir] [warm-up seconds] [pairs]
 * </pre>
 */
public final class TwoBuilds {
    private TwoBuilds() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: TwoBuilds A.jar B.jar [dataDir] [warm-up seconds] [pairs]");
            System.exit(2);
        }
        List<String> docs = Corpus.load(args.length > 2 ? args[2] : null).documents();
        int warmupSeconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        int pairs = args.length > 4 ? Integer.parseInt(args[4]) : 30;
        Build a = new Build(Path.of(args[0])), b = new Build(Path.of(args[1]));
        long end = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            a.pass(docs);
            b.pass(docs);
        }
        double[] ratio = new double[pairs];
        for (int p = 0; p < pairs; p++) {
            long ta, tb;
            if (p % 2 == 0) { // alternate which goes first, so neither always runs after the other's garbage
                ta = a.pass(docs);
                tb = b.pass(docs);
            } else {
                tb = b.pass(docs);
                ta = a.pass(docs);
            }
            ratio[p] = (double) tb / ta;
        }
        Arrays.sort(ratio);
        System.out.printf("time B / A over %d pairs after %d s of warm-up: median %.4f (quartiles %.4f-%.4f)%n",
                pairs, warmupSeconds, ratio[pairs / 2], ratio[pairs / 4], ratio[3 * pairs / 4]);
    }

    /** One build's {@code Extractor}, loaded from its jar alone (the platform's classes are shared). */
    private static final class Build {
        private final Object extractor;
        private final Method extract;
        /** {@code -Dtiqu.twoBuilds.batch=N}: extractAll over N documents at a time (both builds must have it) */
        private final int batch = Integer.getInteger("tiqu.twoBuilds.batch", 0);
        private final Method extractAll;

        Build(Path jar) throws Exception {
            ClassLoader loader = new URLClassLoader(new URL[]{jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> type = loader.loadClass("org.tiqu.Extractor");
            Object builder = type.getMethod("builder").invoke(null);
            extractor = builder.getClass().getMethod("build").invoke(builder);
            extract = type.getMethod("extract", String.class);
            extractAll = batch > 0 ? type.getMethod("extractAll", List.class) : null;
        }

        /** @return nanoseconds for one pass over {@code docs} */
        long pass(List<String> docs) throws Exception {
            long t = System.nanoTime();
            if (extractAll != null) {
                for (int from = 0; from < docs.size(); from += batch) {
                    extractAll.invoke(extractor, docs.subList(from, Math.min(docs.size(), from + batch)));
                }
                return System.nanoTime() - t;
            }
            for (String d : docs) {
                extract.invoke(extractor, d);
            }
            return System.nanoTime() - t;
        }
    }
}
