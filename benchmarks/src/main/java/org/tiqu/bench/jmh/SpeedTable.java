package org.tiqu.bench.jmh;

import org.tiqu.bench.eval.MiniJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH JSON results ({@code -rf json -rff file}) of {@link SpeedBench} and {@link LinearBench} into the README
 * speed tables in Markdown: chars/s with error, the ratio to raw HanLP Viterbi measured in the same run, 2-thread
 * scaling, the targets, and the machine.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.tiqu.bench.jmh.SpeedTable OUT.md RESULT.json [RESULT.json...]</pre>
 */
public final class SpeedTable {
    /** Rows of the speed table, in order: JMH method name and label. */
    static final Map<String, String> SUBJECTS = new LinkedHashMap<>();

    static {
        SUBJECTS.put("tiquSegmentation", "tiqu segmentation hot path (normalizer + segmenter)");
        SUBJECTS.put("tiquExtract", "tiqu full `Extractor.extract` (all recognizers, 10 keywords)");
        SUBJECTS.put("tiquExtractAll", "tiqu full extraction, batches of 2000 documents (`Extractor.extractAll`)");
        SUBJECTS.put("hanlpViterbi", "HanLP Viterbi, `HanLP.newSegment()` (reference)");
        SUBJECTS.put("hanlpViterbiPlaceOrg", "HanLP Viterbi + place + organisation recognition");
        SUBJECTS.put("hanlpDoubleArrayTrie", "HanLP `DoubleArrayTrieSegment` (dictionary-lookup ceiling)");
    }

    static final String BASELINE = "hanlpViterbi";
    /** Relative error above which a result is flagged. */
    static final double NOISY = 0.05;

    private SpeedTable() {
    }

    /**
     * One JMH result.
     *
     * @param method     benchmark method name (after the last dot)
     * @param threads    JMH threads
     * @param params     JMH params
     * @param score      primary score
     * @param error      primary score error (99.9%), NaN when unknown
     * @param unit       primary score unit
     * @param charsScore the {@code chars} secondary metric (chars/s), NaN when absent
     * @param charsError its error, NaN when unknown
     * @param cpuChars   the {@code cpuChars} secondary metric, NaN when absent
     * @param cpuMillis  the {@code cpuMillis} secondary metric (CPU time of the benchmark threads), NaN when absent
     */
    record Result(String method, int threads, Map<String, String> params, double score, double error, String unit,
                  double charsScore, double charsError, double cpuChars, double cpuMillis) {
        /** @return chars per CPU-second of the benchmark threads, NaN when not measured */
        double charsPerCpuSecond() {
            return cpuMillis > 0 ? cpuChars / cpuMillis * 1000 : Double.NaN;
        }
    }

    /** Where the numbers were measured. */
    record Machine(int cores, String cpu, String jvm) {
        /** This machine's cores and CPU model ({@code /proc/cpuinfo}); the JVM is taken from the results. */
        static Machine detect(String jvm) {
            String cpu = "unknown CPU";
            try {
                for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                    if (line.startsWith("model name")) {
                        cpu = line.substring(line.indexOf(':') + 1).trim();
                        break;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not Linux: leave the CPU unknown
            }
            return new Machine(Runtime.getRuntime().availableProcessors(), cpu, jvm);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SpeedTable OUT.md RESULT.json [RESULT.json...]");
            System.exit(2);
        }
        List<Path> inputs = new ArrayList<>();
        for (int k = 1; k < args.length; k++) {
            inputs.add(Path.of(args[k]));
        }
        String md = write(Path.of(args[0]), inputs);
        System.out.println(md);
    }

    /** Reads the results, renders them for this machine and writes {@code out}; returns the Markdown. */
    static String write(Path out, List<Path> inputs) throws IOException {
        List<Result> results = new ArrayList<>();
        String jvm = "unknown JVM";
        for (Path p : inputs) {
            String json = Files.readString(p, StandardCharsets.UTF_8);
            results.addAll(parse(json));
            String j = jvm(json);
            if (j != null) {
                jvm = j;
            }
        }
        String md = render(results, Machine.detect(jvm));
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(out, md, StandardCharsets.UTF_8);
        return md;
    }

    /** @return the results of one JMH JSON file */
    static List<Result> parse(String json) {
        List<Result> out = new ArrayList<>();
        for (Object o : (List<?>) MiniJson.parse(json)) {
            Map<?, ?> r = (Map<?, ?>) o;
            String benchmark = (String) r.get("benchmark");
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            int threads = (int) number(r.get("threads"));
            Map<String, String> params = new LinkedHashMap<>();
            if (r.get("params") instanceof Map<?, ?> ps) {
                ps.forEach((k, v) -> params.put(String.valueOf(k), String.valueOf(v)));
            }
            Map<?, ?> primary = (Map<?, ?>) r.get("primaryMetric");
            double charsScore = Double.NaN;
            double charsError = Double.NaN;
            double cpuChars = Double.NaN;
            double cpuMillis = Double.NaN;
            if (r.get("secondaryMetrics") instanceof Map<?, ?> sec) {
                if (sec.get("chars") instanceof Map<?, ?> chars) {
                    charsScore = number(chars.get("score"));
                    charsError = number(chars.get("scoreError"));
                }
                if (sec.get("cpuChars") instanceof Map<?, ?> cc && sec.get("cpuMillis") instanceof Map<?, ?> cm) {
                    cpuChars = number(cc.get("score"));
                    cpuMillis = number(cm.get("score"));
                }
            }
            out.add(new Result(method, threads, params, number(primary.get("score")), number(primary.get("scoreError")),
                    (String) primary.get("scoreUnit"), charsScore, charsError, cpuChars, cpuMillis));
        }
        return out;
    }

    private static String jvm(String json) {
        List<?> l = (List<?>) MiniJson.parse(json);
        if (l.isEmpty()) {
            return null;
        }
        Map<?, ?> r = (Map<?, ?>) l.get(0);
        return r.get("vmName") + " " + r.get("vmVersion") + " (JDK " + r.get("jdkVersion") + ")";
    }

    private static double number(Object o) {
        if (o instanceof Number n) {
            return n.doubleValue();
        }
        if (o instanceof String s) {
            try {
                return Double.parseDouble(s); // JMH writes "NaN" as a string
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    /** chars/s of a result: the secondary metric of SpeedBench, or size / time for LinearBench. */
    static double charsPerSecond(Result r) {
        if (!Double.isNaN(r.charsScore())) {
            return r.charsScore();
        }
        int size = size(r);
        if (size <= 0 || !r.unit().endsWith("/op")) {
            return Double.NaN;
        }
        return size / (r.score() * secondsPer(r.unit()));
    }

    /** Relative 99.9% error of a result, NaN when unknown. */
    static double relativeError(Result r) {
        if (!Double.isNaN(r.charsScore())) {
            return r.charsError() / r.charsScore();
        }
        return r.error() / r.score();
    }

    private static int size(Result r) {
        for (String k : new String[] {"lineSize", "docSize", "size"}) {
            String v = r.params().get(k);
            if (v != null) {
                return Integer.parseInt(v);
            }
        }
        return -1;
    }

    private static double secondsPer(String unit) {
        return switch (unit.substring(0, unit.indexOf('/'))) {
            case "s" -> 1;
            case "ms" -> 1e-3;
            case "us" -> 1e-6;
            case "ns" -> 1e-9;
            case "min" -> 60;
            default -> throw new IllegalArgumentException("unknown JMH unit " + unit);
        };
    }

    /** @return the Markdown tables */
    static String render(List<Result> results, Machine machine) {
        StringBuilder sb = new StringBuilder();
        sb.append("Machine: ").append(machine.cores()).append(" cores, ").append(machine.cpu()).append("; ")
                .append(machine.jvm()).append(".\n\n");
        List<Integer> threadCounts = new ArrayList<>();
        for (Result r : results) {
            if (SUBJECTS.containsKey(r.method()) && !threadCounts.contains(r.threads())) {
                threadCounts.add(r.threads());
            }
        }
        threadCounts.sort(null);
        if (!threadCounts.isEmpty()) {
            speedTable(sb, results, threadCounts);
        }
        List<Result> linear = new ArrayList<>();
        for (Result r : results) {
            if (r.method().equals("line") || r.method().equals("document")) {
                linear.add(r);
            }
        }
        if (!linear.isEmpty()) {
            linearTable(sb, linear);
        }
        int noisy = 0;
        for (Result r : results) {
            double e = relativeError(r);
            noisy += !Double.isNaN(e) && e > NOISY ? 1 : 0;
        }
        if (noisy > 0) {
            sb.append("\nWarning: ").append(noisy).append(" of ").append(results.size())
                    .append(" results have error bars above 5% (a busy machine?): compare the per-CPU-second figures,"
                            + " or rerun on an idle machine.\n");
        }
        return sb.toString();
    }

    private static void speedTable(StringBuilder sb, List<Result> results, List<Integer> threadCounts) {
        sb.append("| Subject |");
        StringBuilder rule = new StringBuilder("|---|");
        for (int t : threadCounts) {
            String th = t == 1 ? "1 thread" : t + " threads";
            sb.append(' ').append(th).append(", chars/s | ± | × HanLP Viterbi |");
            rule.append("---:|---:|---:|");
        }
        boolean scaling = threadCounts.size() > 1 && threadCounts.get(0) == 1;
        int top = threadCounts.get(threadCounts.size() - 1);
        if (scaling) {
            sb.append(' ').append(top).append(" threads ÷ 1 |");
            rule.append("---:|");
        }
        sb.append('\n').append(rule).append('\n');
        for (Map.Entry<String, String> s : SUBJECTS.entrySet()) {
            if (find(results, s.getKey(), threadCounts.get(0)) == null && find(results, s.getKey(), top) == null) {
                continue;
            }
            sb.append("| ").append(s.getValue()).append(" |");
            for (int t : threadCounts) {
                Result r = find(results, s.getKey(), t);
                Result base = find(results, BASELINE, t);
                if (r == null) {
                    sb.append(" – | – | – |");
                    continue;
                }
                sb.append(' ').append(millions(charsPerSecond(r))).append(" | ")
                        .append(percent(relativeError(r))).append(" | ")
                        .append(base == null ? "–" : ratio(charsPerSecond(r) / charsPerSecond(base))).append(" |");
            }
            if (scaling) {
                Result one = find(results, s.getKey(), 1);
                Result many = find(results, s.getKey(), top);
                sb.append(' ').append(one == null || many == null ? "–"
                        : ratio(charsPerSecond(many) / charsPerSecond(one))).append(" |");
            }
            sb.append('\n');
        }
        sb.append("\nchars/s in millions (M), wall clock, over the same corpus for every row; ± is JMH's 99.9% "
                + "confidence half-width; ratios are to HanLP Viterbi at the same thread count in the same run.\n");
        cpuTable(sb, results, threadCounts);
        targets(sb, results, threadCounts);
    }

    /** Chars per CPU-second: the same runs, divided by the benchmark threads' CPU time instead of wall time. */
    private static void cpuTable(StringBuilder sb, List<Result> results, List<Integer> threadCounts) {
        boolean any = false;
        for (Result r : results) {
            any |= SUBJECTS.containsKey(r.method()) && !Double.isNaN(r.charsPerCpuSecond());
        }
        if (!any) {
            return;
        }
        sb.append("\nPer CPU-second (chars / CPU time of the benchmark threads; steadier than wall clock on a busy "
                + "machine):\n\n| Subject |");
        StringBuilder rule = new StringBuilder("|---|");
        for (int t : threadCounts) {
            sb.append(' ').append(t == 1 ? "1 thread" : t + " threads").append(", chars/CPU-s | × HanLP Viterbi |");
            rule.append("---:|---:|");
        }
        sb.append('\n').append(rule).append('\n');
        for (Map.Entry<String, String> s : SUBJECTS.entrySet()) {
            StringBuilder row = new StringBuilder("| ").append(s.getValue()).append(" |");
            boolean has = false;
            for (int t : threadCounts) {
                Result r = find(results, s.getKey(), t);
                Result base = find(results, BASELINE, t);
                double v = r == null ? Double.NaN : r.charsPerCpuSecond();
                has |= !Double.isNaN(v);
                row.append(' ').append(millions(v)).append(" | ")
                        .append(base == null ? "–" : ratio(v / base.charsPerCpuSecond())).append(" |");
            }
            if (has) {
                sb.append(row).append('\n');
            }
        }
    }

    private static void targets(StringBuilder sb, List<Result> results, List<Integer> threadCounts) {
        List<String> lines = new ArrayList<>();
        Result seg = find(results, "tiquSegmentation", 1);
        Result vit = find(results, "hanlpViterbi", 1);
        if (seg != null && vit != null) {
            lines.add(target("segmentation hot path ≥ 1.5× HanLP Viterbi",
                    charsPerSecond(seg) / charsPerSecond(vit), 1.5) + cpu(seg, vit));
        }
        Result ext = find(results, "tiquExtract", 1);
        Result po = find(results, "hanlpViterbiPlaceOrg", 1);
        if (ext != null && po != null) {
            lines.add(target("full extraction ≥ 1.0× HanLP Viterbi + place + org",
                    charsPerSecond(ext) / charsPerSecond(po), 1.0) + cpu(ext, po));
        }
        Result all = find(results, "tiquExtractAll", 1);
        if (all != null && po != null) {
            lines.add(target("batch extraction (`extractAll`) ≥ 1.0× HanLP Viterbi + place + org",
                    charsPerSecond(all) / charsPerSecond(po), 1.0) + cpu(all, po));
        }
        if (threadCounts.contains(1) && threadCounts.contains(2)) {
            for (String m : new String[] {"tiquSegmentation", "tiquExtract", "tiquExtractAll"}) {
                Result one = find(results, m, 1);
                Result two = find(results, m, 2);
                if (one != null && two != null) {
                    lines.add(target(m + ": 2 threads ≥ 1.8× one thread",
                            charsPerSecond(two) / charsPerSecond(one), 1.8));
                }
            }
        }
        if (!lines.isEmpty()) {
            sb.append("\nTargets (1 thread unless stated):\n\n");
            for (String l : lines) {
                sb.append("- ").append(l).append('\n');
            }
        }
    }

    private static String cpu(Result a, Result b) {
        double v = a.charsPerCpuSecond() / b.charsPerCpuSecond();
        return Double.isNaN(v) ? "" : "; per CPU-second " + ratio(v);
    }

    private static String target(String what, double value, double goal) {
        return what + ": " + ratio(value) + (value >= goal ? " (met)" : " (short)");
    }

    private static void linearTable(StringBuilder sb, List<Result> linear) {
        sb.append("\nLinear time, full extraction, 1 thread:\n\n");
        sb.append("| Input | chars | time per extraction | ± | chars/s | ÷ smallest of its kind "
                + "| chars/CPU-s | ÷ smallest of its kind |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String shape : new String[] {"line", "document"}) {
            List<Result> rs = new ArrayList<>();
            for (Result r : linear) {
                if (r.method().equals(shape)) {
                    rs.add(r);
                }
            }
            rs.sort((a, b) -> Integer.compare(size(a), size(b)));
            double first = rs.isEmpty() ? Double.NaN : charsPerSecond(rs.get(0));
            double firstCpu = rs.isEmpty() ? Double.NaN : rs.get(0).charsPerCpuSecond();
            for (Result r : rs) {
                sb.append("| ").append(shape.equals("line") ? "one line, no punctuation" : "document (paragraphs)")
                        .append(" | ").append(String.format(Locale.ROOT, "%,d", size(r)))
                        .append(" | ").append(seconds(r.score() * secondsPer(r.unit())))
                        .append(" | ").append(percent(relativeError(r)))
                        .append(" | ").append(millions(charsPerSecond(r)))
                        .append(" | ").append(ratio(charsPerSecond(r) / first))
                        .append(" | ").append(millions(r.charsPerCpuSecond()))
                        .append(" | ").append(ratio(r.charsPerCpuSecond() / firstCpu)).append(" |\n");
            }
        }
    }

    private static Result find(List<Result> results, String method, int threads) {
        for (Result r : results) {
            if (r.method().equals(method) && r.threads() == threads) {
                return r;
            }
        }
        return null;
    }

    static String millions(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f M", v / 1e6);
    }

    static String percent(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }

    static String ratio(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "–" : String.format(Locale.ROOT, "%.2f×", v);
    }

    static String seconds(double s) {
        return s >= 1 ? String.format(Locale.ROOT, "%.2f s", s) : String.format(Locale.ROOT, "%.1f ms", s * 1e3);
    }
}
