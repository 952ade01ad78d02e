package org.tiqu.bench.startup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Start-up and memory, outside JMH: launches {@link Startup} in N fresh JVMs per subject (alternating tiqu and raw
 * HanLP so machine load hits both alike) and writes a Markdown table of medians to
 * {@code benchmarks/target/startup.md}.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.tiqu.bench.startup.StartupRunner [runs, default 5]</pre>
 * Child JVMs get the same java and class path as this one and no options but {@code -Dfile.encoding=UTF-8}.
 */
public final class StartupRunner {
    static final String[] SUBJECTS = {"tiqu", "hanlp"};

    private StartupRunner() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Map<String, List<double[]>> samples = new LinkedHashMap<>();
        for (String s : SUBJECTS) {
            samples.put(s, new ArrayList<>());
        }
        for (int run = 0; run < runs; run++) {
            for (String s : SUBJECTS) {
                double[] m = launch(s);
                samples.get(s).add(m);
                System.out.printf(Locale.ROOT, "run %d %s: firstResult %.0f ms, uptime %.0f ms, heap %.1f MB, "
                        + "process CPU %.0f ms%n", run + 1, s, m[0], m[1], m[2], m[3]);
            }
        }
        String md = render(samples, runs);
        Path out = org.tiqu.bench.jmh.Bench.outputDir().resolve("startup.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(md);
        System.out.println("written: " + out);
    }

    /** @return {firstResultMs, uptimeMs, heapMB, cpuMs} of one fresh JVM */
    static double[] launch(String subject) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                Startup.class.getName(), subject).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        for (String line : output.split("\n")) {
            if (line.startsWith("subject=" + subject + " ")) {
                return parse(line);
            }
        }
        throw new IllegalStateException("Startup " + subject + " exited " + code + " without a result:\n" + output);
    }

    static double[] parse(String line) {
        double[] m = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        for (String kv : line.trim().split(" ")) {
            String[] p = kv.split("=", 2);
            switch (p[0]) {
                case "firstResultMs" -> m[0] = Double.parseDouble(p[1]);
                case "uptimeMs" -> m[1] = Double.parseDouble(p[1]);
                case "heapMB" -> m[2] = Double.parseDouble(p[1]);
                case "cpuMs" -> m[3] = Double.parseDouble(p[1]);
                default -> {
                }
            }
        }
        return m;
    }

    static String render(Map<String, List<double[]>> samples, int runs) {
        StringBuilder sb = new StringBuilder();
        sb.append("Start-up and memory, median of ").append(runs).append(" fresh JVMs (min–max), ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
                .append(", default heap settings:\n\n");
        sb.append("| Subject | build to first full result | JVM uptime at first result | process CPU at first result "
                + "| heap after load, after GC |\n");
        sb.append("|---|---:|---:|---:|---:|\n");
        for (Map.Entry<String, List<double[]>> e : samples.entrySet()) {
            String label = e.getKey().equals("tiqu")
                    ? "tiqu `Extractor.builder().build()` + first `extract`"
                    : "raw HanLP, first `HanLP.newSegment().seg(...)`";
            sb.append("| ").append(label)
                    .append(" | ").append(stat(e.getValue(), 0, "%.2f s", 1e-3))
                    .append(" | ").append(stat(e.getValue(), 1, "%.2f s", 1e-3))
                    .append(" | ").append(stat(e.getValue(), 3, "%.2f s", 1e-3))
                    .append(" | ").append(stat(e.getValue(), 2, "%.0f MB", 1)).append(" |\n");
        }
        sb.append("\nTargets: start-up to first full result ≤ 1.0 s, heap after load ≤ 200 MB. Process CPU counts "
                + "every thread (JIT, GC) from JVM start, so it can exceed the wall time on several cores.\n");
        return sb.toString();
    }

    private static String stat(List<double[]> rows, int col, String fmt, double scale) {
        double[] v = new double[rows.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = rows.get(i)[col] * scale;
        }
        Arrays.sort(v);
        double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        return String.format(Locale.ROOT, fmt, median) + " (" + String.format(Locale.ROOT, fmt, v[0]) + "–"
                + String.format(Locale.ROOT, fmt, v[v.length - 1]) + ")";
    }
}
