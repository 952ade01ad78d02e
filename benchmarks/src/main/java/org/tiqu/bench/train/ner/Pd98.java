package org.tiqu.bench.train.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads People's Daily 1998-01 ({@code pd98/199801.utf8.txt}) into paragraphs with PERSON / PLACE / ORGANIZATION
 * gold spans, following tiqu's conventions: adjacent {@code nr} tokens form one PERSON (江/nr 泽民/nr → 江泽民);
 * {@code [...]ns} and {@code [...]nt} brackets are one PLACE / ORGANIZATION (outermost only, as gold does not nest);
 * bare {@code ns} / {@code nt} tokens outside those brackets are one each.
 */
public final class Pd98 {
    /** Entity types in the tagger's order. */
    public static final String[] TYPES = {"PERSON", "PLACE", "ORGANIZATION"};

    /** One gold span; type indexes {@link #TYPES}. */
    public record Span(int type, int start, int end) {
    }

    /** One paragraph: id, text (tokens joined) and gold spans. */
    public record Paragraph(String id, String text, List<Span> spans) {
        public int date() {
            return Integer.parseInt(id.substring(0, 8));
        }
    }

    private Pd98() {
    }

    public static List<Paragraph> read(Path file) throws IOException {
        List<Paragraph> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            line = line.strip();
            if (!line.isEmpty()) {
                out.add(parse(line));
            }
        }
        return out;
    }

    /**
     * Last day of the training split: 19980127 (never later: 19980128–31 is dev-test). System property
     * {@code tiqu.ner.trainEnd} moves it earlier for error analysis on a held-out slice of the training split
     * (e.g. 19980124: train on 01–24, analyse 25–27 with {@link NerEval}).
     */
    public static final int TRAIN_END = Math.min(19980127, Integer.getInteger("tiqu.ner.trainEnd", 19980127));
    /** Last day of the evaluated slice: dev-test (…31), or the training days after {@link #TRAIN_END} when moved. */
    public static final int EVAL_END = TRAIN_END < 19980127 ? 19980127 : 19980131;

    /** Training split: paragraphs dated 19980101–19980127 (or up to {@link #TRAIN_END}). */
    public static boolean isTrain(Paragraph p) {
        return p.date() <= TRAIN_END;
    }

    /** Evaluated slice: the days after {@link #TRAIN_END} up to {@link #EVAL_END}. */
    public static boolean isEval(Paragraph p) {
        return p.date() > TRAIN_END && p.date() <= EVAL_END;
    }

    static Paragraph parse(String line) {
        String[] toks = line.split("\\s+");
        String id = toks[0].substring(0, toks[0].lastIndexOf('/'));
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        int bracketStart = -1;
        boolean inEntityBracket = false;
        int personStart = -1;
        for (int k = 1; k < toks.length; k++) {
            String t = toks[k];
            boolean opens = t.startsWith("[") && t.length() > 1;
            if (opens) {
                t = t.substring(1);
            }
            String bracketTag = null;
            int close = t.lastIndexOf(']');
            if (close > 0 && close > t.lastIndexOf('/')) {
                bracketTag = t.substring(close + 1);
                t = t.substring(0, close);
            }
            int slash = t.lastIndexOf('/');
            String word = slash > 0 ? t.substring(0, slash) : t;
            String tag = slash > 0 ? t.substring(slash + 1) : "";
            if (opens) {
                bracketStart = text.length();
                // peek: is this an ns/nt bracket?
                inEntityBracket = bracketIsEntity(toks, k);
            }
            int start = text.length();
            text.append(word);
            int end = text.length();
            boolean person = tag.equals("nr") && !inEntityBracket;
            if (person) {
                if (personStart < 0) {
                    personStart = start;
                }
            } else if (personStart >= 0) {
                spans.add(new Span(0, personStart, start));
                personStart = -1;
            }
            if (!inEntityBracket) {
                if (tag.equals("ns")) {
                    spans.add(new Span(1, start, end));
                } else if (tag.equals("nt")) {
                    spans.add(new Span(2, start, end));
                }
            }
            if (bracketTag != null) {
                if (person) {
                    spans.add(new Span(0, personStart, end));
                    personStart = -1;
                }
                if (bracketTag.equals("ns") && bracketStart >= 0) {
                    spans.add(new Span(1, bracketStart, end));
                } else if (bracketTag.equals("nt") && bracketStart >= 0) {
                    spans.add(new Span(2, bracketStart, end));
                }
                bracketStart = -1;
                inEntityBracket = false;
            }
        }
        if (personStart >= 0) {
            spans.add(new Span(0, personStart, text.length()));
        }
        spans.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
        return new Paragraph(id, text.toString(), spans);
    }

    private static boolean bracketIsEntity(String[] toks, int from) {
        for (int k = from; k < toks.length; k++) {
            String t = toks[k];
            int close = t.lastIndexOf(']');
            if (close > 0 && close > t.lastIndexOf('/')) {
                String tag = t.substring(close + 1);
                return tag.equals("ns") || tag.equals("nt");
            }
        }
        return false;
    }
}
