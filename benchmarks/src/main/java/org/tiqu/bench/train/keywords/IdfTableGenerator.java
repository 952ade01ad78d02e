package org.tiqu.bench.train.keywords;

import org.tiqu.Extractor;
import org.tiqu.Token;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the document-frequency table behind tiqu's keyword rarity ({@code org/tiqu/keywords/idf.tsv.gz}) from
 * the People's Daily 1998-01 TRAINING split only (paragraph ids dated 19980101–19980127; the dev-test days
 * 19980128–31 are never read). A document is one article ({@code YYYYMMDD-page-article}). Each article counts
 * once for every distinct word of two or more characters with a Han character and no digit, taken from
 * <ul>
 *   <li>the gold segmentation (person-name runs {@code 江/nr 泽民/nr} merged, bracketed compounds
 *       {@code [中央/n 人民/n 广播/vn 电台/n]nt} added whole), and</li>
 *   <li>tiqu's own segmentation of the article text, so run-time words (HanLP's longer compounds) are found.</li>
 * </ul>
 * Words seen in a single article are left out to keep the resource small; the ranker treats a missing word as
 * rare. Output: a header {@code #articles<TAB>N}, then {@code word<TAB>df} lines sorted by word, gzipped.
 *
 * <p>Regenerate (from the repository root, after {@code mvn -q -o -DskipTests package}):
 * <pre>
 * java -cp "benchmarks/target/classes:core/target/tiqu.jar" org.tiqu.bench.train.keywords.IdfTableGenerator \
 *     ../shared/data/pd98/199801.utf8.txt core/src/main/resources/org/tiqu/keywords/idf.tsv.gz
 * </pre>
 */
public final class IdfTableGenerator {
    /** Last day of the training split (inclusive). */
    static final String LAST_TRAINING_DAY = "19980127";
    static final int MIN_DF = 2;

    private IdfTableGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: IdfTableGenerator PD98_FILE OUTPUT.tsv.gz");
            System.exit(2);
        }
        Map<String, StringBuilder> texts = new LinkedHashMap<>();
        Map<String, Set<String>> words = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String[] tok = line.strip().split("\\s+");
            if (tok.length < 2 || tok[0].length() < 8) {
                continue;
            }
            String id = tok[0].substring(0, tok[0].indexOf('/'));
            if (id.substring(0, 8).compareTo(LAST_TRAINING_DAY) > 0) {
                continue; // dev-test days are never read
            }
            String article = id.substring(0, id.lastIndexOf('-'));
            Set<String> set = words.computeIfAbsent(article, k -> new HashSet<>());
            StringBuilder text = texts.computeIfAbsent(article, k -> new StringBuilder());
            readParagraph(tok, set, text);
            text.append('\n');
        }
        Extractor extractor = Extractor.builder().keywords(0).findReferenceDate(false).build();
        TreeMap<String, Integer> df = new TreeMap<>();
        for (Map.Entry<String, Set<String>> e : words.entrySet()) {
            Set<String> set = e.getValue();
            for (Token t : extractor.extract(texts.get(e.getKey()).toString()).tokens()) {
                add(set, t.text());
            }
            for (String w : set) {
                df.merge(w, 1, Integer::sum);
            }
        }
        df.values().removeIf(v -> v < MIN_DF);
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8)) {
            w.write("#articles\t" + words.size() + "\n");
            for (Map.Entry<String, Integer> e : df.entrySet()) {
                w.write(e.getKey() + "\t" + e.getValue() + "\n");
            }
        }
        System.out.println("articles " + words.size() + ", words " + df.size() + " -> " + out);
    }

    /** Adds the gold words of one paragraph line to {@code set} and its text to {@code text}. */
    static void readParagraph(String[] tok, Set<String> set, StringBuilder text) {
        StringBuilder name = new StringBuilder();
        StringBuilder compound = null;
        for (int i = 1; i < tok.length; i++) {
            String t = tok[i];
            boolean open = t.startsWith("[");
            if (open) {
                t = t.substring(1);
                compound = new StringBuilder();
            }
            int close = t.indexOf("]");
            String wordTag = close >= 0 ? t.substring(0, close) : t;
            int slash = wordTag.lastIndexOf('/');
            if (slash <= 0) {
                continue;
            }
            String word = wordTag.substring(0, slash);
            String pos = wordTag.substring(slash + 1);
            text.append(word);
            if (pos.equals("nr")) {
                name.append(word);
            } else {
                add(set, name.toString());
                name.setLength(0);
            }
            add(set, word);
            if (compound != null) {
                compound.append(word);
                if (close >= 0) {
                    add(set, compound.toString());
                    compound = null;
                }
            }
        }
        add(set, name.toString());
    }

    static void add(Set<String> set, String w) {
        String n = java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFKC);
        if (n.length() < 2) {
            return;
        }
        boolean han = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isDigit(c)) {
                return;
            }
            han |= Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
        }
        if (han) {
            set.add(n);
        }
    }

    /** @return the words this generator would count for one paragraph line (for tests) */
    static Set<String> wordsOf(String line) {
        Set<String> set = new HashSet<>();
        readParagraph(line.strip().split("\\s+"), set, new StringBuilder());
        return set;
    }
}
