package org.tiqu.bench.eval;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.List;

/**
 * Raw HanLP portable 1.8.6 as the reference system: {@code HanLP.newSegment()} (Viterbi, HanLP's defaults: person
 * names on, global custom dictionary on), optionally with place and organisation recognition switched on.
 */
final class HanlpBaseline {
    private final Segment segment;

    private HanlpBaseline(Segment segment) {
        this.segment = segment;
    }

    /** {@code HanLP.newSegment()} as it comes. */
    static HanlpBaseline viterbi() {
        return new HanlpBaseline(HanLP.newSegment());
    }

    /** {@code HanLP.newSegment()} with {@code enablePlaceRecognize(true).enableOrganizationRecognize(true)}. */
    static HanlpBaseline viterbiPlaceOrg() {
        return new HanlpBaseline(HanLP.newSegment().enablePlaceRecognize(true).enableOrganizationRecognize(true));
    }

    /** @return HanLP's words for {@code text}, in order */
    List<String> words(String text) {
        List<Term> terms = segment.seg(text);
        List<String> out = new ArrayList<>(terms.size());
        for (Term t : terms) {
            out.add(t.word);
        }
        return out;
    }

    /**
     * Entities read off the part-of-speech tags, the same way the People's Daily gold is read: adjacent
     * {@code nr*} terms form one PERSON (or one per name: {@link #addRun}), adjacent {@code t} terms one DATE; each {@code ns*} term is a PLACE and
     * each {@code nt*} term an ORGANIZATION. Offsets are cumulative word lengths (HanLP keeps every character).
     *
     * @throws IllegalStateException when HanLP's words do not add up to {@code text}
     */
    List<Annotation> entities(String text) {
        List<Term> terms = segment.seg(text);
        List<Annotation> out = new ArrayList<>();
        int offset = 0;
        String runType = null;
        int runStart = 0;
        List<Pd98Reader.Word> names = new ArrayList<>();
        for (Term t : terms) {
            int start = offset;
            int end = offset + t.word.length();
            if (!text.startsWith(t.word, start)) {
                throw new IllegalStateException("HanLP word '" + t.word + "' is not at offset " + start);
            }
            offset = end;
            String nature = t.nature == null ? "" : t.nature.toString();
            String type = nature.startsWith("nr") ? "PERSON"
                    : nature.startsWith("ns") ? "PLACE"
                    : nature.startsWith("nt") ? "ORGANIZATION"
                    : nature.equals("t") ? "DATE" : null;
            boolean merges = "PERSON".equals(type) || "DATE".equals(type);
            if (runType != null && !(merges && type.equals(runType))) {
                addRun(out, runType, runStart, start, names);
                runType = null;
            }
            if (type == null) {
                continue;
            }
            if (merges) {
                if (runType == null) {
                    runType = type;
                    runStart = start;
                    names.clear();
                }
                names.add(new Pd98Reader.Word(t.word, nature, start, end, null));
            } else {
                out.add(new Annotation(type, start, end));
            }
        }
        if (runType != null) {
            addRun(out, runType, runStart, offset, names);
        }
        return out;
    }

    /**
     * A run of {@code nr*} terms is split as the gold is ({@link Pd98Reader#personSpans}); HanLP's terms are mostly
     * whole names, so a run of terms of two chars or more (王永治/nr 牛爱民/nr) is one person per term.
     */
    private static void addRun(List<Annotation> out, String type, int start, int end, List<Pd98Reader.Word> run) {
        if (!type.equals("PERSON")) {
            out.add(new Annotation(type, start, end));
            return;
        }
        if (run.size() >= 2 && run.stream().allMatch(w -> w.text().length() >= 2)) {
            run.forEach(w -> out.add(new Annotation(type, w.start(), w.end())));
            return;
        }
        for (int[] span : Pd98Reader.personSpans(run)) {
            out.add(new Annotation(type, span[0], span[1]));
        }
    }
}
