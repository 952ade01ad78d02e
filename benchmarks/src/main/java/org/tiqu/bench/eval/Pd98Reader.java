package org.tiqu.bench.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads People's Daily 1998-01 ({@code pd98/199801.utf8.txt}): one paragraph per line,
 * {@code 19980101-01-001-001/m  迈向/v  充满/v ...}, tokens separated by whitespace runs, compounds written
 * {@code [中央/n 人民/n 广播/vn 电台/n]nt}. The paragraph text is the concatenation of the word texts (the id
 * token dropped), so gold offsets index into {@link Paragraph#text()}.
 *
 * <p>Gold entities ({@link #gold(Paragraph)}): a run of adjacent {@code nr} tokens is one PERSON ({@link
 * #personSpans}: unless the run is two or more names of a surname and a given name each); an {@code ns}
 * token or a {@code [...]ns} compound is a PLACE; an {@code nt} token or {@code [...]nt} compound is an
 * ORGANIZATION; a run of adjacent {@code t} tokens is one DATE. Tokens inside any compound are not gold of their
 * own (gold does not nest) and break runs; this gives the counts of {@code pd98/README} (PLACE 22,427 and
 * ORGANIZATION 10,834 over the month).
 */
public final class Pd98Reader {
    /** The dev-test split: paragraphs whose id is dated 19980128 to 19980131. */
    public static final Predicate<String> DEV_TEST = date -> date.compareTo("19980128") >= 0
            && date.compareTo("19980131") <= 0;

    private static final Pattern CLOSE = Pattern.compile("(.+)/([A-Za-z]+)\\]([A-Za-z]+)");

    private Pd98Reader() {
    }

    /**
     * One word of a paragraph.
     *
     * @param text     the word as written
     * @param pos      its tag ({@code nr}, {@code ns}, {@code t}, ...)
     * @param start    offset in the paragraph text
     * @param end      end offset in the paragraph text
     * @param compound the tag of the enclosing {@code [...]xx} compound, or null
     */
    public record Word(String text, String pos, int start, int end, String compound) {
    }

    /**
     * A tagged compound {@code [...]tag}.
     *
     * @param tag   the compound's tag
     * @param start offset of its first character
     * @param end   offset after its last character
     */
    public record Compound(String tag, int start, int end) {
    }

    /**
     * One paragraph.
     *
     * @param id        the paragraph id, e.g. {@code 19980130-02-008-007}
     * @param text      the words concatenated
     * @param words     its words in order
     * @param compounds its bracketed compounds in order
     */
    public record Paragraph(String id, String text, List<Word> words, List<Compound> compounds) {
        /** @return the id's date, {@code YYYYMMDD} */
        public String date() {
            return id.substring(0, 8);
        }

        /** @return the article key {@code YYYYMMDD-page-article} */
        public String article() {
            int dash = id.lastIndexOf('-');
            return dash < 0 ? id : id.substring(0, dash);
        }
    }

    /**
     * Reads the paragraphs whose date passes {@code dateFilter}, in file order.
     *
     * @throws UncheckedIOException when the file cannot be read
     */
    public static List<Paragraph> read(Path file, Predicate<String> dateFilter) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<Paragraph> out = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String first = line.strip();
            if (first.length() < 8 || !dateFilter.test(first.substring(0, 8))) {
                continue;
            }
            out.add(parse(line));
        }
        return out;
    }

    /**
     * Parses one paragraph line.
     *
     * @throws IllegalArgumentException for a line without a paragraph id or with a malformed token
     */
    public static Paragraph parse(String line) {
        List<String> tokens = Texts.splitSpace(line);
        if (tokens.isEmpty() || tokens.get(0).indexOf('/') < 0) {
            throw new IllegalArgumentException("not a People's Daily paragraph line: " + line);
        }
        String id = tokens.get(0).substring(0, tokens.get(0).indexOf('/'));
        StringBuilder text = new StringBuilder();
        List<Word> words = new ArrayList<>();
        List<Compound> compounds = new ArrayList<>();
        int openWord = -1;
        for (int i = 1; i < tokens.size(); i++) {
            String tok = tokens.get(i);
            boolean opens = tok.length() > 1 && tok.charAt(0) == '[' && tok.indexOf('/') > 1;
            if (opens) {
                tok = tok.substring(1);
                openWord = words.size();
            }
            String word;
            String pos;
            String closeTag = null;
            Matcher m = CLOSE.matcher(tok);
            if (openWord >= 0 && m.matches()) {
                word = m.group(1);
                pos = m.group(2);
                closeTag = m.group(3);
            } else {
                int slash = tok.lastIndexOf('/');
                if (slash <= 0 || slash == tok.length() - 1) {
                    throw new IllegalArgumentException("malformed token '" + tok + "' in paragraph " + id);
                }
                word = tok.substring(0, slash);
                pos = tok.substring(slash + 1);
            }
            int start = text.length();
            text.append(word);
            words.add(new Word(word, pos, start, text.length(), null));
            if (closeTag != null) {
                int cStart = words.get(openWord).start();
                compounds.add(new Compound(closeTag, cStart, text.length()));
                for (int k = openWord; k < words.size(); k++) {
                    Word w = words.get(k);
                    words.set(k, new Word(w.text(), w.pos(), w.start(), w.end(), closeTag));
                }
                openWord = -1;
            }
        }
        return new Paragraph(id, text.toString(), List.copyOf(words), List.copyOf(compounds));
    }

    /**
     * The persons of a run of adjacent {@code nr} tokens. People's Daily tags tokens, not mentions, and writes a
     * Chinese name as two tokens (江/nr 泽民/nr), so a run is one person, except where it is several names written
     * without a separator: bylines (王/nr 锦鹄/nr 毛/nr 磊/nr) and lists of leaders (江/nr 泽民/nr 李/nr 鹏/nr ...).
     * A run of four or more tokens that reads wholly as one-char surname, one- or two-char given name pairs is one
     * person per pair; any other run (陈/nr 方/nr 安生/nr, 小泽/nr 一郎/nr) stays one person.
     *
     * @param run the run's tokens in order, adjacent
     * @return {start, end} of each person
     */
    public static List<int[]> personSpans(List<Word> run) {
        int n = run.size();
        boolean pairs = n >= 4 && n % 2 == 0;
        for (int i = 0; pairs && i < n; i += 2) {
            int given = run.get(i + 1).text().length();
            pairs = run.get(i).text().length() == 1 && given >= 1 && given <= 2;
        }
        List<int[]> out = new ArrayList<>();
        if (!pairs) {
            out.add(new int[]{run.get(0).start(), run.get(n - 1).end()});
            return out;
        }
        for (int i = 0; i < n; i += 2) {
            out.add(new int[]{run.get(i).start(), run.get(i + 1).end()});
        }
        return out;
    }

    /** @return the gold PERSON, PLACE, ORGANIZATION and DATE annotations of {@code p}, in text order of their ends */
    public static List<Annotation> gold(Paragraph p) {
        List<Annotation> out = new ArrayList<>();
        for (Compound c : p.compounds()) {
            if (c.tag().equals("ns")) {
                out.add(new Annotation("PLACE", c.start(), c.end()));
            } else if (c.tag().equals("nt")) {
                out.add(new Annotation("ORGANIZATION", c.start(), c.end()));
            }
        }
        int runStart = -1;
        int runEnd = -1;
        String runType = null;
        List<Word> names = new ArrayList<>();
        for (Word w : p.words()) {
            String type = null;
            if (w.compound() == null) {
                type = switch (w.pos()) {
                    case "nr" -> "PERSON";
                    case "ns" -> "PLACE";
                    case "nt" -> "ORGANIZATION";
                    case "t" -> "DATE";
                    default -> null;
                };
            }
            boolean merges = type != null && (type.equals("PERSON") || type.equals("DATE"));
            if (runType != null && !(merges && type.equals(runType))) {
                addRun(out, runType, runStart, runEnd, names);
                runType = null;
            }
            if (type == null) {
                continue;
            }
            if (runType == null) {
                runType = type;
                runStart = w.start();
                names.clear();
            }
            runEnd = w.end();
            names.add(w);
            if (!merges) {
                out.add(new Annotation(runType, runStart, runEnd));
                runType = null;
            }
        }
        if (runType != null) {
            addRun(out, runType, runStart, runEnd, names);
        }
        return out;
    }

    private static void addRun(List<Annotation> out, String type, int start, int end, List<Word> run) {
        if (!type.equals("PERSON")) {
            out.add(new Annotation(type, start, end));
            return;
        }
        for (int[] span : personSpans(run)) {
            out.add(new Annotation(type, span[0], span[1]));
        }
    }
}
