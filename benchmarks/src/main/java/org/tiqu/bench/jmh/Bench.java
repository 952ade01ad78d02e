package org.tiqu.bench.jmh;

import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the speed benchmarks in one of two modes and writes the README tables.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.tiqu.bench.jmh.Bench quick   # smoke, about 3 minutes
 * java -cp benchmarks/target/benchmarks.jar org.tiqu.bench.jmh.Bench full    # aims at error bars under 5%, about 45 minutes
 * </pre>
 *
 * {@link SpeedBench} runs at 1 and at 2 threads, then {@link LinearBench} at 1 thread. Results go to
 * {@code benchmarks/target/jmh-MODE-*.json} and the Markdown to {@code benchmarks/target/speed-MODE.md}. An optional
 * second argument {@code speed} or {@code linear} runs only that part. The data directory is found as
 * {@link Corpus#findDataDir(String)} describes (set {@code -Dtiqu.data=...} to choose it).
 */
public final class Bench {
    private Bench() {
    }

    /** Warm-up and measurement of one mode. */
    record Mode(String name, int forks, int speedWarmups, int speedWarmupSeconds, int speedIterations,
                int speedSeconds, int linearWarmups, int linearIterations, int linearSeconds, String[] sizes) {
    }

    static final Mode QUICK = new Mode("quick", 1, 3, 1, 3, 1, 1, 2, 1, new String[] {"100000", "1000000"});
    /**
     * Full mode warms up for 30 s per fork: C2 keeps compiling tiqu's code for about 20 s of running, and with two
     * benchmark threads on two cores it takes CPU from them. In a plain two-thread harness after 12 s of warm-up the
     * extraction threads got 1.34 CPUs of 2 (1.0× one thread); after 40 s, 1.89 CPUs and 1.85×. Full JMH runs with
     * 12 s gave 1.45–1.82×. Measurement iterations last 4 s: HanLP allocates heavily, and its 2-s iterations varied
     * by ±10% within a fork (0.72–0.95 M chars/s). Its forks also differ from each other (0.75 and 0.98 M chars/s in
     * one run), which longer iterations do not remove: its error bars can stay above 5% (PairedRatio checks the
     * extraction ratio pass by pass).
     */
    static final Mode FULL = new Mode("full", 2, 15, 2, 8, 4, 2, 4, 10,
            new String[] {"100000", "1000000", "10000000"});

    public static void main(String[] args) throws RunnerException, IOException {
        if (args.length < 1 || !(args[0].equals("quick") || args[0].equals("full"))) {
            System.err.println("usage: Bench quick|full [speed|linear]");
            System.exit(2);
        }
        Mode mode = args[0].equals("quick") ? QUICK : FULL;
        String part = args.length > 1 ? args[1] : "all";
        Path dataDir = Corpus.findDataDir(null); // fails here, clearly, before any fork starts
        Path out = outputDir();
        Files.createDirectories(out);
        List<Path> jsons = new ArrayList<>();
        if (!part.equals("linear")) {
            for (int threads : new int[] {1, 2}) {
                Path json = out.resolve("jmh-" + mode.name() + "-speed-t" + threads + ".json");
                run(new OptionsBuilder()
                        .include(SpeedBench.class.getName() + "\\.")
                        .threads(threads)
                        .forks(mode.forks())
                        .warmupIterations(mode.speedWarmups())
                        .warmupTime(TimeValue.seconds(mode.speedWarmupSeconds()))
                        .measurementIterations(mode.speedIterations())
                        .measurementTime(TimeValue.seconds(mode.speedSeconds())), dataDir, json);
                jsons.add(json);
            }
        }
        if (!part.equals("speed")) {
            Path json = out.resolve("jmh-" + mode.name() + "-linear.json");
            run(new OptionsBuilder()
                    .include(LinearBench.class.getName() + "\\.")
                    .threads(1)
                    .forks(1)
                    .warmupIterations(mode.linearWarmups())
                    .warmupTime(TimeValue.seconds(mode.linearSeconds()))
                    .measurementIterations(mode.linearIterations())
                    .measurementTime(TimeValue.seconds(mode.linearSeconds()))
                    .param("lineSize", "100000", "1000000")
                    .param("docSize", mode.sizes()), dataDir, json);
            jsons.add(json);
        }
        Path md = out.resolve("speed-" + mode.name() + ".md");
        System.out.println(SpeedTable.write(md, jsons));
        System.out.println("written: " + md + " (from " + jsons + ")");
    }

    private static void run(ChainedOptionsBuilder options, Path dataDir, Path json) throws RunnerException {
        new Runner(options
                .param("dataDir", dataDir.toString())
                .shouldFailOnError(true)
                .resultFormat(ResultFormatType.JSON)
                .result(json.toString())
                .build()).run();
    }

    /** The directory of benchmarks.jar (benchmarks/target), else benchmarks/target under the working directory. */
    public static Path outputDir() {
        try {
            Path jar = Path.of(Bench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(jar)) {
                return jar.getParent();
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through
        }
        return Path.of("benchmarks", "target").toAbsolutePath();
    }
}
