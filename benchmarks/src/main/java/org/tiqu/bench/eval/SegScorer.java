package org.tiqu.bench.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Word segmentation scoring as the SIGHAN bakeoff's icwb2 {@code score} script does it: words are compared by
 * their character span in the line with whitespace removed; a system word is correct when a gold word has exactly
 * its span. OOV recall counts gold words absent from the training word list.
 */
public final class SegScorer {
    private SegScorer() {
    }

    /**
     * Counts for one line or many.
     *
     * @param words      word-level gold/predicted/correct counts
     * @param oovGold    gold words not in the training word list
     * @param oovCorrect of those, how many the system found with the exact span
     * @param misaligned lines where the system's characters (whitespace removed) differ from the gold's
     */
    public record Counts(Prf words, long oovGold, long oovCorrect, long misaligned) {
        /** Nothing counted. */
        public static final Counts ZERO = new Counts(Prf.ZERO, 0, 0, 0);

        /** @return oovCorrect / oovGold, 0 without OOV words */
        public double oovRecall() {
            return oovGold == 0 ? 0 : (double) oovCorrect / oovGold;
        }

        /** @return both added together */
        public Counts plus(Counts o) {
            return new Counts(words.plus(o.words), oovGold + o.oovGold, oovCorrect + o.oovCorrect,
                    misaligned + o.misaligned);
        }
    }

    /**
     * Scores one line.
     *
     * @param gold     gold words (whitespace inside a word is ignored)
     * @param system   the system's words in order (whitespace-only words are skipped)
     * @param training the training word list, for OOV
     */
    public static Counts score(List<String> gold, List<String> system, Set<String> training) {
        Set<Long> sys = new HashSet<>();
        StringBuilder sysChars = new StringBuilder();
        long predicted = 0;
        for (String w : system) {
            String s = stripSpace(w);
            if (s.isEmpty()) {
                continue;
            }
            int start = sysChars.length();
            sysChars.append(s);
            sys.add(span(start, sysChars.length()));
            predicted++;
        }
        StringBuilder goldChars = new StringBuilder();
        long correct = 0;
        long oov = 0;
        long oovCorrect = 0;
        long goldCount = 0;
        for (String w : gold) {
            String s = stripSpace(w);
            if (s.isEmpty()) {
                continue;
            }
            int start = goldChars.length();
            goldChars.append(s);
            boolean hit = sys.contains(span(start, goldChars.length()));
            goldCount++;
            if (hit) {
                correct++;
            }
            if (!training.contains(s)) {
                oov++;
                if (hit) {
                    oovCorrect++;
                }
            }
        }
        long misaligned = goldChars.toString().contentEquals(sysChars) ? 0 : 1;
        return new Counts(new Prf(goldCount, predicted, correct), oov, oovCorrect, misaligned);
    }

    /** @return {@code s} without the whitespace characters of {@link Texts#isSpace(char)} */
    static String stripSpace(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            if (Texts.isSpace(s.charAt(i))) {
                if (b == null) {
                    b = new StringBuilder(s.length()).append(s, 0, i);
                }
            } else if (b != null) {
                b.append(s.charAt(i));
            }
        }
        return b == null ? s : b.toString();
    }

    private static long span(int start, int end) {
        return ((long) start << 32) | end;
    }
}
