package org.tiqu.bench.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@code radicals.txt}: the CJK radicals (Kangxi radicals U+2F00.., CJK Radicals Supplement U+2E80..) and
 * the ideograph each stands for, as the simplified char the models know (⼈ → 人, ⺠ → 民, ⻓ → 长, ⾒ → 見 → 见).
 * Text copied out of PDFs often holds radicals where the page showed ordinary ideographs (the fonts of many
 * government documents map those glyphs to them), and the models know no radical. Source: Unicode's
 * {@code EquivalentUnifiedIdeograph.txt} (Unicode Character Database; on Debian in the package {@code unicode-data}),
 * BMP ideographs only; a traditional ideograph goes on through {@code traditional.txt}'s conversion.
 *
 * <pre>
 * apt-get download unicode-data &amp;&amp; dpkg-deb -x unicode-data_*.deb /tmp/ud
 * java -cp benchmarks/target/benchmarks.jar org.tiqu.bench.train.BuildRadicals \
 *     /tmp/ud/usr/share/unicode/EquivalentUnifiedIdeograph.txt core/src/main/resources/org/tiqu/text/traditional.txt \
 *     core/src/main/resources/org/tiqu/text/radicals.txt
 * </pre>
 */
public final class BuildRadicals {
    private BuildRadicals() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: BuildRadicals EquivalentUnifiedIdeograph.txt traditional.txt OUT.txt");
            System.exit(2);
        }
        Files.writeString(Path.of(args[2]), table(Path.of(args[0]), Path.of(args[1])), StandardCharsets.UTF_8);
    }

    /** The file's text: comment lines, then one line per radical: the radical, then its simplified ideograph. */
    public static String table(Path equivalents, Path traditional) throws IOException {
        Map<Character, Character> simplified = new TreeMap<>();
        for (String line : Files.readAllLines(traditional, StandardCharsets.UTF_8)) {
            if (line.length() == 2 && line.charAt(0) != '#') {
                simplified.put(line.charAt(0), line.charAt(1));
            }
        }
        Map<Character, Character> out = new TreeMap<>();
        String version = "";
        for (String line : Files.readAllLines(equivalents, StandardCharsets.UTF_8)) {
            if (line.startsWith("# EquivalentUnifiedIdeograph-")) {
                version = line.substring(2).strip();
            }
            int hash = line.indexOf('#');
            String data = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (data.isEmpty()) {
                continue;
            }
            String[] f = data.split(";");
            int to = Integer.parseInt(f[1].strip(), 16);
            if (to > 0xFFFF) {
                continue; // a supplementary ideograph: two chars for one, offsets would shift
            }
            String[] range = f[0].strip().split("\\.\\.");
            int from = Integer.parseInt(range[0], 16), last = range.length > 1 ? Integer.parseInt(range[1], 16) : from;
            for (int c = from; c <= last; c++) {
                out.put((char) c, simplified.getOrDefault((char) to, (char) to));
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("# CJK radicals and the simplified ideograph each stands for, from Unicode's ").append(version).append('\n');
        sb.append("# (BMP ideographs only; traditional ones through traditional.txt). Written by\n");
        sb.append("# org.tiqu.bench.train.BuildRadicals; do not edit by hand.\n");
        for (var e : out.entrySet()) {
            sb.append(e.getKey()).append(e.getValue()).append('\n');
        }
        return sb.toString();
    }
}
