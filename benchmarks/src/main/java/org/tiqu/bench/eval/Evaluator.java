package org.tiqu.bench.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The accuracy evaluator: one Markdown report of tiqu against gold data, with raw HanLP and xk-time as reference
 * rows. Run from the repository root:
 *
 * <pre>
 * mvn -q -DskipTests package &amp;&amp; java -cp benchmarks/target/benchmarks.jar org.tiqu.bench.eval.Evaluator \
 *     [--data DIR] [--out FILE] [--quick]
 * </pre>
 *
 * <p>{@code --data} defaults to the system property {@code tiqu.data}, else {@code ../shared/data};
 * {@code --out} defaults to {@code benchmarks/target/evaluation.md}; {@code --quick} evaluates a subset (smoke
 * test). The report goes to standard output and to the file.
 */
public final class Evaluator {
    /** Default report file, relative to the working directory. */
    public static final Path DEFAULT_OUT = Path.of("benchmarks", "target", "evaluation.md");

    private final Path data;
    private final boolean quick;

    /**
     * @param data  the shared data directory ({@code sighan2005/}, {@code pd98/}, {@code policy/})
     * @param quick evaluate a subset only
     */
    public Evaluator(Path data, boolean quick) {
        this.data = data;
        this.quick = quick;
    }

    /**
     * Runs every section.
     *
     * @return the Markdown report
     * @throws IllegalArgumentException when the data directory lacks a required file
     */
    public String run() {
        for (String f : List.of("sighan2005/pku_test.utf8", "sighan2005/pku_test_gold.utf8",
                "sighan2005/pku_training_words.utf8", "pd98/199801.utf8.txt", "policy/dev.jsonl")) {
            if (!Files.isRegularFile(data.resolve(f))) {
                throw new IllegalArgumentException("data file missing: " + data.resolve(f)
                        + " (give the shared data directory with --data DIR)");
            }
        }
        long t0 = System.nanoTime();
        String started = DateTimeFormatter.ISO_INSTANT.format(Instant.now().atOffset(ZoneOffset.UTC)
                .withNano(0).toInstant());

        long t = System.nanoTime();
        String seg = SegmentationSection.run(data, quick);
        double tSeg = seconds(t);

        t = System.nanoTime();
        List<Pd98Reader.Paragraph> devTest = Pd98Reader.read(data.resolve("pd98").resolve("199801.utf8.txt"),
                Pd98Reader.DEV_TEST);
        String ner = Pd98NerSection.run(devTest, quick);
        double tNer = seconds(t);

        t = System.nanoTime();
        String traditional = TraditionalSection.run(data, devTest, quick);
        double tTrad = seconds(t);

        t = System.nanoTime();
        String policy = PolicySection.run(data);
        double tPolicy = seconds(t);

        t = System.nanoTime();
        String keywords = KeywordSection.run(devTest, quick);
        double tKw = seconds(t);

        StringBuilder md = new StringBuilder();
        md.append("# tiqu accuracy evaluation").append(quick ? " (QUICK: subset only)" : "").append("\n\n");
        md.append("- Date: ").append(started).append('\n');
        md.append("- Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch"))
                .append("; JVM ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version", System.getProperty("java.version")))
                .append(", max heap ").append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MB\n");
        md.append("- Data: `").append(data).append("`\n");
        md.append("- Reference systems: HanLP portable 1.8.6 (raw, in the same run), xk-time 3.2.4 (DATE only)\n");
        md.append("- P, R, F1 in percent; counts are gold / predicted / correct items.\n\n");
        md.append(seg).append(ner).append(traditional).append(policy).append(keywords);
        md.append("---\n\n");
        md.append(String.format(Locale.ROOT, "Total run time %.1f s (segmentation %.1f s, entities %.1f s,"
                + " traditional script %.1f s, policy %.1f s, keywords %.1f s; each includes model loading).%n",
                seconds(t0), tSeg, tNer, tTrad, tPolicy, tKw));
        return md.toString();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /**
     * Command-line entry point.
     *
     * @param args {@code [--data DIR] [--out FILE] [--quick]}
     */
    public static void main(String[] args) {
        String dataProp = System.getProperty("tiqu.data");
        Path data = Path.of(dataProp != null && !dataProp.isBlank() ? dataProp : "../shared/data");
        Path out = DEFAULT_OUT;
        boolean quick = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(value(args, ++i, "--data"));
                case "--out" -> out = Path.of(value(args, ++i, "--out"));
                case "--quick" -> quick = true;
                case "-h", "--help" -> {
                    System.out.println("usage: Evaluator [--data DIR] [--out FILE] [--quick]");
                    return;
                }
                default -> usage("unknown option: " + args[i]);
            }
        }
        String report;
        try {
            report = new Evaluator(data, quick).run();
        } catch (IllegalArgumentException e) {
            System.err.println("evaluator: " + e.getMessage());
            System.exit(1);
            return;
        }
        PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        stdout.print(report);
        stdout.flush();
        try {
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            Files.writeString(out, report, StandardCharsets.UTF_8);
            System.err.println("evaluator: report written to " + out);
        } catch (IOException e) {
            System.err.println("evaluator: cannot write " + out + ": " + e.getMessage());
            System.exit(1);
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            usage(option + " needs a value");
        }
        return args[i];
    }

    private static void usage(String message) {
        System.err.println("evaluator: " + message);
        System.err.println("usage: Evaluator [--data DIR] [--out FILE] [--quick]");
        System.exit(2);
    }
}
