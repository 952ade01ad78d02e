package org.tiqu.bench.jmh;

import org.tiqu.Extractor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds rules that are not linear in the text: each line of a file (a sentence, say every sentence of the tests) is
 * repeated into one text of about {@code size / 10} chars and one of about {@code size} chars, without separators,
 * and each is extracted once; the line's ratio is the long text's time per char over the short one's. A linear rule
 * keeps it near 1 (noise and the JIT move it up to about 2); a rule that scans all mentions or lexicon hits for each
 * candidate makes it grow with the size (ratios of 5 to 18 at 50,000 chars before the fixes of 2026-12-07, when
 * 300,000 chars of one repeated unit name ran out of a 6 GB heap). Lines sorted by ratio, worst first, on standard
 * output. A search tool, not a measurement of speed (that is JMH's and {@link PairedRatio}'s).
 *
 * <pre>
 * java -Xmx6g -cp benchmarks/target/benchmarks.jar org.tiqu.bench.jmh.RuleScaling SENTENCES.txt [size, default 50000]
 * </pre>
 */
public final class RuleScaling {
    private RuleScaling() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: RuleScaling SENTENCES.txt [size]");
            System.exit(2);
        }
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        Extractor extractor = Extractor.defaults();
        for (String line : lines.subList(0, Math.min(50, lines.size()))) { // let the JIT compile the rules first
            extractor.extract(line.repeat(Math.max(1, 2_000 / line.length())));
        }
        List<String> rows = new ArrayList<>();
        for (String line : lines) {
            String small = line.repeat(Math.max(1, size / 10 / line.length()));
            String big = line.repeat(Math.max(1, size / line.length()));
            long t0 = System.nanoTime();
            extractor.extract(small);
            long t1 = System.nanoTime();
            extractor.extract(big);
            long t2 = System.nanoTime();
            double perSmall = (t1 - t0) / (double) small.length();
            double perBig = (t2 - t1) / (double) big.length();
            rows.add(String.format("%.2f\t%.0f\t%.0f\t%s", perBig / perSmall, perSmall, perBig, line));
        }
        rows.sort((a, b) -> Double.compare(Double.parseDouble(b.substring(0, b.indexOf('\t'))),
                Double.parseDouble(a.substring(0, a.indexOf('\t')))));
        System.out.println("ratio\tns/char short\tns/char long\tline");
        rows.forEach(System.out::println);
    }
}
