package org.tiqu.bench.train;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@code traditional.txt}, the table by which the normalizer reads traditional-script text (國務院總理李強) as
 * the simplified text the models were trained on (国务院总理李强), char for char. Sources, all in HanLP portable
 * 1.8.6's jar (OpenCC's tables): {@code t2s.txt} (traditional to simplified), and {@code t2hk.txt} and
 * {@code t2tw.txt} read backwards, so that the Hong Kong and Taiwan forms (衞, 眾, 峯) reach the same simplified char.
 * Kept: one BMP char to one other BMP char (offsets stay one to one; the phrase entries and the chars OpenCC leaves
 * as they are, such as 著 and 覆, are not conversions of one char). Dropped: every char that occurs in the
 * simplified training text (People's Daily 1998-01-01..27 and the PKU training words), because converting it would
 * change simplified text: 乾 (乾隆), and the Taiwan form 著 of 着, which simplified text writes in 著名.
 *
 * <pre>
 * mvn -q -o -DskipTests package
 * java -cp benchmarks/target/benchmarks.jar org.tiqu.bench.train.BuildTraditional ../shared/data core/src/main/resources/org/tiqu/text/traditional.txt
 * </pre>
 */
public final class BuildTraditional {
    private BuildTraditional() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: BuildTraditional DATA_DIR OUT.txt");
            System.exit(2);
        }
        Files.writeString(Path.of(args[1]), table(Path.of(args[0])), StandardCharsets.UTF_8);
    }

    /** The file's text: a header of comment lines, then one line per conversion, the traditional char then the simplified. */
    public static String table(Path data) throws IOException {
        Map<Character, Character> map = conversions();
        BitSet simplified = simplifiedChars(data);
        StringBuilder sb = new StringBuilder();
        sb.append("# Traditional-script chars read as simplified by the normalizer: traditional char, simplified char.\n");
        sb.append("# OpenCC's t2s (and t2hk, t2tw read backwards) from HanLP portable 1.8.6, one BMP char to one; no char\n");
        sb.append("# that occurs in People's Daily 1998-01-01..27 or the PKU training words. Written by\n");
        sb.append("# org.tiqu.bench.train.BuildTraditional; do not edit by hand.\n");
        int dropped = 0;
        for (var e : map.entrySet()) {
            if (simplified.get(e.getKey())) {
                dropped++;
                continue;
            }
            sb.append(e.getKey()).append(e.getValue()).append('\n');
        }
        System.err.printf("%d conversions, %d dropped as chars of simplified text%n", map.size() - dropped, dropped);
        return sb.toString();
    }

    /** Every one-char conversion of the three tables, chains followed to their simplified end. */
    static Map<Character, Character> conversions() throws IOException {
        Map<Character, Character> t2s = new TreeMap<>();
        for (String[] p : pairs("t2s.txt")) {
            put(t2s, p[0], p[1]);
        }
        Map<Character, Character> all = new TreeMap<>(t2s);
        for (String name : new String[]{"t2hk.txt", "t2tw.txt"}) {
            for (String[] p : pairs(name)) {
                // t -> regional form v; read v -> simplified(t)
                if (p[0].length() == 1 && p[1].length() == 1) {
                    char t = p[0].charAt(0);
                    String s = String.valueOf(t2s.getOrDefault(t, t));
                    if (!all.containsKey(p[1].charAt(0))) {
                        put(all, p[1], s);
                    }
                }
            }
        }
        Map<Character, Character> out = new TreeMap<>();
        for (var e : all.entrySet()) {
            char s = e.getValue();
            for (int hops = 0; all.containsKey(s) && hops < 4; hops++) {
                s = all.get(s); // 峯 -> 峰 (t2tw backwards) is already simplified; 衞 -> 衛 -> 卫
            }
            if (s != e.getKey()) {
                out.put(e.getKey(), s);
            }
        }
        return out;
    }

    private static void put(Map<Character, Character> m, String from, String to) {
        if (from.length() == 1 && to.length() == 1 && !from.equals(to)
                && !Character.isSurrogate(from.charAt(0)) && !Character.isSurrogate(to.charAt(0))) {
            m.put(from.charAt(0), to.charAt(0));
        }
    }

    /** The {@code from=to} lines of HanLP's OpenCC table {@code data/dictionary/tc/NAME}, in file order. */
    public static List<String[]> pairs(String name) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = BuildTraditional.class.getResourceAsStream("/data/dictionary/tc/" + name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("HanLP's " + name + " is not on the class path"));
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    out.add(new String[]{line.substring(0, eq), line.substring(eq + 1).strip()});
                }
            }
        }
        return out;
    }

    /** Chars of the simplified training text: People's Daily 1998-01-01..27 and the PKU training words. */
    static BitSet simplifiedChars(Path data) throws IOException {
        BitSet seen = new BitSet(65536);
        for (String line : Files.readAllLines(data.resolve("pd98/199801.utf8.txt"), StandardCharsets.UTF_8)) {
            if (line.length() >= 8 && line.startsWith("199801") && line.substring(6, 8).compareTo("27") <= 0) {
                line.chars().forEach(seen::set);
            }
        }
        for (String line : Files.readAllLines(data.resolve("sighan2005/pku_training_words.utf8"), StandardCharsets.UTF_8)) {
            line.chars().forEach(seen::set);
        }
        return seen;
    }
}
