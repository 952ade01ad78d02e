package org.tiqu.internal.date;

import org.tiqu.EntityType;
import org.tiqu.internal.recognize.Document;
import org.tiqu.internal.recognize.Mention;
import org.tiqu.internal.recognize.Recognizer;
import org.tiqu.internal.seg.Word;

import java.util.List;
import java.util.Objects;

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

    /**
     * Word boundaries and time words of one document, answered by binary search over the words (in text order and
     * non-overlapping, as the segmenter gives them): the scanner asks only at date candidates, far fewer than the
     * words, so indexing every word per document cost more than all the questions. One per call, never shared.
     */
    static final class Words implements DateScanner.Context {
        private final int n;
        private final List<Word> words;

        Words(int n, List<Word> words) {
            this.n = n;
            this.words = words;
        }

        /** @return the index of the last word starting at or before {@code i}, or -1 */
        private int floor(int i) {
            int lo = 0;
            int hi = words.size() - 1;
            int found = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (words.get(mid).start() <= i) {
                    found = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return found;
        }

        /** @return the word starting exactly at {@code i}, or null */
        private Word startingAt(int i) {
            int k = floor(i);
            if (k < 0) {
                return null;
            }
            Word w = words.get(k);
            return w.start() == i ? w : null;
        }

        @Override
        public boolean boundary(int i) {
            Objects.checkIndex(i, n + 1);
            if (i == 0 || i == n) {
                return true;
            }
            int k = floor(i);
            if (k < 0) {
                return false;
            }
            // only the last word starting at or before i can start, end or hold i
            Word w = words.get(k);
            return w.start() == i || w.end() == i || (i < w.end() && gluedName(w));
        }

        /**
         * Long names glued by HanLP's role taggers (21日电政协/nt) say little about word edges: every position
         * inside them counts as a boundary. Person names stay whole (杨国庆 holds no 国庆).
         */
        private static boolean gluedName(Word w) {
            String pos = w.pos();
            return (pos.startsWith("ns") || pos.startsWith("nt")) && w.length() >= 4;
        }

        @Override
        public boolean timeWord(int start, int end) {
            Objects.checkIndex(start, n + 1);
            Word w = startingAt(start);
            boolean time = w != null && !w.pos().isEmpty() && w.pos().charAt(0) == 't';
            return (time ? w.end() : 0) == end;
        }

        /**
         * A word tagged as a name, unless it comes right after a name word of two chars or more: the tagger reads the
         * word after a whole name as a given name (奥特曼/nr 周二/nr), and no name follows a whole one unseparated.
         */
        @Override
        public boolean nameWord(int start, int end) {
            Objects.checkIndex(start, n + 1);
            int k = floor(start);
            Word w = k < 0 ? null : words.get(k);
            boolean name = w != null && w.start() == start && w.pos().startsWith("nr");
            if (name && k > 0) {
                Word before = words.get(k - 1);
                name = before.end() != start || before.length() < 2 || !before.pos().startsWith("nr");
            }
            return (name ? w.end() : 0) == end;
        }
    }
}
