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

    /** Word boundaries and time words of one document, indexed by cleaned-text offset; one per call, never shared. */
    static final class Words implements DateScanner.Context {
        private final int n;
        private final List<Word> words;
        /** Filled on the first question: texts whose trigger chars all end in {@code nothingAt} never ask. */
        private boolean[] boundary;
        /** For a position where a time word starts: its end; else 0. */
        private int[] timeEnd;
        /** For a position where a person-name word starts: its end; else 0 (早春/nr in 陈早春 is a name). */
        private int[] nameEnd;

        Words(int n, List<Word> words) {
            this.n = n;
            this.words = words;
        }

        private void index() {
            boundary = new boolean[n + 1];
            boundary[0] = true;
            boundary[n] = true;
            timeEnd = new int[n + 1];
            nameEnd = new int[n + 1];
            for (Word w : words) {
                int start = w.start();
                int end = w.end();
                boundary[start] = true;
                boundary[end] = true;
                String pos = w.pos();
                if (pos.isEmpty()) {
                    continue;
                }
                char p0 = pos.charAt(0);
                if (p0 == 't') {
                    timeEnd[start] = end;
                } else if (p0 == 'n' && pos.length() >= 2) {
                    char p1 = pos.charAt(1);
                    if ((p1 == 's' || p1 == 't') && end - start >= 4) {
                        // long names glued by HanLP's role taggers (21日电政协/nt) say little about word edges;
                        // person names stay whole (杨国庆 holds no 国庆)
                        for (int k = start + 1; k < end; k++) {
                            boundary[k] = true;
                        }
                    } else if (p1 == 'r') {
                        nameEnd[start] = end;
                    }
                }
            }
        }

        @Override
        public boolean boundary(int i) {
            if (boundary == null) {
                index();
            }
            return boundary[i];
        }

        @Override
        public boolean timeWord(int start, int end) {
            if (timeEnd == null) {
                index();
            }
            return timeEnd[start] == end;
        }

        @Override
        public boolean nameWord(int start, int end) {
            if (nameEnd == null) {
                index();
            }
            return nameEnd[start] == end;
        }
    }
}
