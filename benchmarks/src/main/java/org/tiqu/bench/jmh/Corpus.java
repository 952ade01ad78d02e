package org.tiqu.bench.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The speed corpus: real news text, identical for every subject of a benchmark run.
 * <ul>
 *   <li>{@code sighan2005/pku_test.utf8}: every non-empty line of the PKU test input is one document;</li>
 *   <li>{@code pd98/199801.utf8.txt}: the paragraphs dated 19980127–19980131, tokens joined without their POS tags
 *       and entity brackets, paragraphs of one article (same {@code YYYYMMDD-page-article} id) joined by a line
 *       break into one document.</li>
 * </ul>
 * The PKU test input and the dev-test days 19980128–31 alone hold only about 265,000 chars, so the day before
 * (19980127) is added to pass 300,000: 344,004 chars in 2,276 documents. Speed only: nothing is learned
 * from it, and HanLP's own models come from the same newspaper, so no subject is favoured.
 */
public final class Corpus {
    /** System property naming the data directory (the same one the tests use). */
    public static final String DATA_PROPERTY = "tiqu.data";
    static final String PKU = "sighan2005/pku_test.utf8";
    static final String PD98 = "pd98/199801.utf8.txt";

    private final List<String> documents;
    private final long chars;

    private Corpus(List<String> documents) {
        if (documents.isEmpty()) {
            throw new IllegalStateException("speed corpus is empty");
        }
        this.documents = List.copyOf(documents);
        long n = 0;
        for (String d : documents) {
            n += d.length();
        }
        this.chars = n;
    }

    /** @return the documents, in file order (PKU first) */
    public List<String> documents() {
        return documents;
    }

    /** @return total UTF-16 chars over all documents */
    public long chars() {
        return chars;
    }

    /**
     * Finds the data directory: {@code explicit} when not blank, else system property {@value #DATA_PROPERTY}, else
     * environment variable {@code TIQU_DATA}, else {@code shared/data} in the working directory or one of its
     * parents (so {@code ../shared/data} next to a repository root is found from the root or any worktree).
     * A directory that is named but lacks the corpus is an error, never silently replaced by another.
     *
     * @throws IllegalStateException naming the place(s) tried when the corpus files are not there
     */
    public static Path findDataDir(String explicit) {
        String[][] given = {{"dataDir", explicit}, {"-D" + DATA_PROPERTY, System.getProperty(DATA_PROPERTY)},
                {"TIQU_DATA", System.getenv("TIQU_DATA")}};
        for (String[] g : given) {
            if (g[1] != null && !g[1].isBlank()) {
                Path p = Path.of(g[1]).toAbsolutePath().normalize();
                if (!holdsCorpus(p)) {
                    throw new IllegalStateException("speed corpus not found: " + g[0] + " = " + p + " lacks " + PKU
                            + " or " + PD98);
                }
                return p;
            }
        }
        List<Path> tried = new ArrayList<>();
        Optional<Path> found = searchUpwards(tried);
        return found.orElseThrow(() -> new IllegalStateException("speed corpus not found: need " + PKU + " and "
                + PD98 + " under one of " + tried + "; pass -p dataDir=/path/to/shared/data or -D" + DATA_PROPERTY
                + "=... or set TIQU_DATA"));
    }

    /** @return {@code shared/data} in the working directory or its nearest parent that holds the corpus */
    static Optional<Path> searchUpwards(List<Path> tried) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path p = dir.resolve("shared").resolve("data");
            if (holdsCorpus(p)) {
                return Optional.of(p);
            }
            tried.add(p);
        }
        return Optional.empty();
    }

    static boolean holdsCorpus(Path dir) {
        return Files.isRegularFile(dir.resolve(PKU)) && Files.isRegularFile(dir.resolve(PD98));
    }

    /** Loads the corpus from {@link #findDataDir(String) findDataDir(explicit)}. */
    public static Corpus load(String explicit) {
        return load(findDataDir(explicit));
    }

    /** Loads the corpus from {@code dataDir}. */
    public static Corpus load(Path dataDir) {
        try {
            List<String> docs = new ArrayList<>();
            for (String line : Files.readAllLines(dataDir.resolve(PKU), StandardCharsets.UTF_8)) {
                String text = stripCr(line);
                if (!text.isBlank()) {
                    docs.add(text);
                }
            }
            String article = null;
            StringBuilder doc = new StringBuilder();
            for (String line : Files.readAllLines(dataDir.resolve(PD98), StandardCharsets.UTF_8)) {
                if (!isSpeedDay(line)) {
                    continue;
                }
                int sp = line.indexOf(' ');
                String id = line.substring(0, sp < 0 ? line.length() : sp);
                String articleId = id.substring(0, id.lastIndexOf('-'));
                String paragraph = untag(line, sp < 0 ? line.length() : sp);
                if (paragraph.isEmpty()) {
                    continue;
                }
                if (!articleId.equals(article)) {
                    if (doc.length() > 0) {
                        docs.add(doc.toString());
                    }
                    doc.setLength(0);
                    article = articleId;
                } else {
                    doc.append('\n');
                }
                doc.append(paragraph);
            }
            if (doc.length() > 0) {
                docs.add(doc.toString());
            }
            return new Corpus(docs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the speed corpus in " + dataDir, e);
        }
    }

    private static String stripCr(String s) {
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    /** Paragraph ids dated 19980127 to 19980131: the People's Daily dev-test days and the day before. */
    static boolean isSpeedDay(String line) {
        return line.length() > 8 && line.startsWith("1998012") && line.charAt(7) >= '7' && line.charAt(7) <= '9'
                || line.startsWith("1998013");
    }

    /**
     * Joins the tokens of a PD98 line without tags: {@code [中共中央/nt  国务院/n]nt  举行/v} gives 中共中央国务院举行.
     *
     * @param from where the tokens start (after the paragraph id)
     */
    static String untag(String line, int from) {
        StringBuilder sb = new StringBuilder(line.length() - from);
        for (String tok : line.substring(from).trim().split("\\s+")) {
            if (tok.isEmpty()) {
                continue;
            }
            String t = tok.startsWith("[") && tok.length() > 1 ? tok.substring(1) : tok;
            int slash = t.lastIndexOf('/');
            sb.append(slash > 0 ? t.substring(0, slash) : t);
        }
        return sb.toString();
    }

    /**
     * The corpus as one text of exactly {@code size} chars: documents joined by line breaks, repeated as needed.
     * Never ends inside a surrogate pair (it may then be one char shorter).
     */
    public String document(int size) {
        StringBuilder sb = new StringBuilder(size + 1);
        while (sb.length() < size) {
            for (String d : documents) {
                sb.append(d).append('\n');
                if (sb.length() >= size) {
                    break;
                }
            }
        }
        return cut(sb, size);
    }

    /**
     * The corpus as one line of exactly {@code size} chars with no punctuation and no whitespace: only letters and
     * digits (Han characters included) are kept, repeated as needed.
     */
    public String unpunctuatedLine(int size) {
        StringBuilder sb = new StringBuilder(size + 1);
        while (sb.length() < size) {
            int before = sb.length();
            for (String d : documents) {
                for (int i = 0; i < d.length() && sb.length() < size + 1; ) {
                    int cp = d.codePointAt(i);
                    if (Character.isLetterOrDigit(cp)) {
                        sb.appendCodePoint(cp);
                    }
                    i += Character.charCount(cp);
                }
                if (sb.length() >= size) {
                    break;
                }
            }
            if (sb.length() == before) {
                throw new IllegalStateException("speed corpus has no letters");
            }
        }
        return cut(sb, size);
    }

    private static String cut(StringBuilder sb, int size) {
        int end = Math.min(size, sb.length());
        if (end > 0 && end < sb.length() && Character.isHighSurrogate(sb.charAt(end - 1))) {
            end--;
        }
        return sb.substring(0, end);
    }
}
