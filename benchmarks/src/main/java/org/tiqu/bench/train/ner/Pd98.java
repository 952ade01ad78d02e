package org.tiqu.bench.train.ner;

import org.tiqu.bench.eval.Pd98Reader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads People's Daily 1998-01 ({@code pd98/199801.utf8.txt}, parsed by {@link Pd98Reader}) into paragraphs with PERSON / PLACE / ORGANIZATION
 * gold spans, following tiqu's conventions: adjacent {@code nr} tokens form one PERSON (江/nr 泽民/nr → 江泽民), or
 * one per name where they are several names without a separator ({@link Pd98Reader#personSpans});
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
        return p.date() <= TRAIN_END && !org.tiqu.bench.train.HoldOut.contains(p.date());
    }

    /**
     * First day of the evaluated slice: the day after {@link #TRAIN_END}, or earlier with {@code tiqu.ner.evalFrom}
     * (while {@code tiqu.ner.trainEnd} is moved: a check of the rules' precision on more text, where the tagger has
     * seen the names).
     */
    static final int EVAL_FROM = TRAIN_END < 19980127 ? Integer.getInteger("tiqu.ner.evalFrom", TRAIN_END + 1) : TRAIN_END + 1;

    /** Evaluated slice ({@link org.tiqu.bench.train.HoldOut}'s days when set): the days after {@link #TRAIN_END} (or from {@link #EVAL_FROM}) up to {@link #EVAL_END}. */
    public static boolean isEval(Paragraph p) {
        return isEvalDate(p.date());
    }

    /** {@link #isEval} by a paragraph's date (yyyymmdd). */
    public static boolean isEvalDate(int date) {
        if (org.tiqu.bench.train.HoldOut.isSet()) {
            return org.tiqu.bench.train.HoldOut.contains(date);
        }
        return date >= EVAL_FROM && date <= EVAL_END;
    }

    /** The persons of a run of {@code nr} tokens ({@link Pd98Reader#personSpans}); empties the run. */
    private static void addPersons(List<Span> spans, List<Pd98Reader.Word> run) {
        for (int[] p : Pd98Reader.personSpans(run)) {
            spans.add(new Span(0, p[0], p[1]));
        }
        run.clear();
    }

    static Paragraph parse(String line) {
        Pd98Reader.Paragraph para = Pd98Reader.parse(line);
        Set<Integer> compoundEnds = new HashSet<>();
        for (Pd98Reader.Compound c : para.compounds()) {
            compoundEnds.add(c.end());
        }
        List<Span> spans = new ArrayList<>();
        List<Pd98Reader.Word> run = new ArrayList<>();
        for (Pd98Reader.Word w : para.words()) {
            // tokens inside an ns/nt bracket belong to that one name; other brackets (nz, l, ...) keep their names
            boolean inEntity = "ns".equals(w.compound()) || "nt".equals(w.compound());
            boolean person = w.pos().equals("nr") && !inEntity;
            if (person) {
                run.add(w);
            } else if (!run.isEmpty()) {
                addPersons(spans, run);
            }
            if (!inEntity && w.pos().equals("ns")) {
                spans.add(new Span(1, w.start(), w.end()));
            } else if (!inEntity && w.pos().equals("nt")) {
                spans.add(new Span(2, w.start(), w.end()));
            }
            if (person && w.compound() != null && compoundEnds.contains(w.end())) {
                addPersons(spans, run); // a bracket's end also ends a name run
            }
        }
        if (!run.isEmpty()) {
            addPersons(spans, run);
        }
        for (Pd98Reader.Compound c : para.compounds()) {
            if (c.tag().equals("ns")) {
                spans.add(new Span(1, c.start(), c.end()));
            } else if (c.tag().equals("nt")) {
                spans.add(new Span(2, c.start(), c.end()));
            }
        }
        spans.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
        return new Paragraph(para.id(), para.text(), spans);
    }
}
