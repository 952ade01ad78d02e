package org.tiqu.internal.date;

import org.tiqu.EntityType;
import org.tiqu.internal.recognize.Document;
import org.tiqu.internal.recognize.Mention;
import org.tiqu.internal.recognize.Recognizer;
import org.tiqu.internal.seg.Word;

import java.util.List;

/**
 * DATE mentions with normalized values (see {@link DateValues}) from {@link DateScanner}, resolved against the
 * document's reference date. The segmentation only vetoes: a date word must start and end at word boundaries,
 * and ambiguous ones (过去, 当时, 以后) must have been tagged as time words ({@code t}). Stateless.
 */
public final class DateRecognizer implements Recognizer {

    @Override
    public void recognize(Document doc, List<Mention> out) {
        String s = doc.chars();
        DateScanner.scan(s, new Words(s.length(), doc.words()), doc.referenceDate(),
                (start, end, value) -> out.add(new Mention(EntityType.DATE, start, end, value, Mention.Priority.RULE)));
    }

    /** Word boundaries and time words of one document, indexed by cleaned-text offset. */
    static final class Words implements DateScanner.Context {
        private final boolean[] boundary;
        /** For a position where a time word starts: its end; else 0. */
        private final int[] timeEnd;
        /** For a position where a person-name word starts: its end; else 0 (早春/nr in 陈早春 is a name). */
        private final int[] nameEnd;

        Words(int n, List<Word> words) {
            boundary = new boolean[n + 1];
            boundary[0] = true;
            boundary[n] = true;
            timeEnd = new int[n + 1];
            nameEnd = new int[n + 1];
            for (Word w : words) {
                boundary[w.start()] = true;
                boundary[w.end()] = true;
                String pos = w.pos();
                if ((pos.startsWith("ns") || pos.startsWith("nt")) && w.length() >= 4) {
                    // long names glued by HanLP's role taggers (21日电政协/nt) say little about word edges; person
                    // names stay whole (杨国庆 holds no 国庆)
                    for (int k = w.start() + 1; k < w.end(); k++) {
                        boundary[k] = true;
                    }
                }
                if (!pos.isEmpty() && pos.charAt(0) == 't') {
                    timeEnd[w.start()] = w.end();
                }
                if (pos.startsWith("nr")) {
                    nameEnd[w.start()] = w.end();
                }
            }
        }

        @Override
        public boolean boundary(int i) {
            return boundary[i];
        }

        @Override
        public boolean timeWord(int start, int end) {
            return timeEnd[start] == end;
        }

        @Override
        public boolean nameWord(int start, int end) {
            return nameEnd[start] == end;
        }
    }
}
