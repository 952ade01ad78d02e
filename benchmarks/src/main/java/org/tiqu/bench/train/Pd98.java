package org.tiqu.bench.train;

import org.tiqu.bench.eval.Pd98Reader;
import org.tiqu.internal.text.Normalizer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * People's Daily 1998-01 paragraphs as the segmentation and POS trainers want them: {@link Pd98Reader}'s words
 * with bracketed compounds flattened to their parts. Word text is normalized exactly as {@link Normalizer} does at
 * run time (full-width digits and letters folded), so training and run time see the same chars.
 */
final class Pd98 {
    /** One paragraph: id, normalized words and their tags. */
    record Paragraph(String id, String[] words, String[] tags) {
        int date() {
            return Integer.parseInt(id.substring(0, 8));
        }

        /**
         * Training split: 19980101..19980127. Paragraphs of 28..31 are dev-test and never trained on. System property
         * {@code tiqu.ner.trainEnd} moves the end earlier (e.g. 19980124) so that NER error analysis on the held-out
         * days 25–27 ({@code train.ner.NerEval}) runs with segmentation and POS models that never saw those days.
         */
        boolean isTrain() {
            return date() <= TRAIN_END && !HoldOut.contains(date());
        }

        /** Whether this paragraph is scored as dev (or the {@link HoldOut} window when one is set): dev-test (28..31), or the held-out days when the end moved. */
        boolean isDev() {
            if (HoldOut.isSet()) {
                return HoldOut.contains(date());
            }
            return date() > TRAIN_END && (TRAIN_END == 19980127 || date() <= 19980127);
        }

        String text() {
            return String.join("", words);
        }
    }

    /** Last training day: 19980127, or earlier with {@code -Dtiqu.ner.trainEnd}. */
    static final int TRAIN_END = Math.min(19980127, Integer.getInteger("tiqu.ner.trainEnd", 19980127));

    private Pd98() {
    }

    static List<Paragraph> read(Path file) {
        List<Paragraph> out = new ArrayList<>();
        int skipped = 0;
        for (Pd98Reader.Paragraph para : Pd98Reader.read(file, date -> true)) {
            String joined = para.text();
            String norm = Normalizer.normalize(joined).text();
            if (norm.length() != joined.length()) {
                skipped++;
                continue;
            }
            List<Pd98Reader.Word> ws = para.words();
            String[] words = new String[ws.size()];
            String[] tags = new String[ws.size()];
            for (int i = 0; i < words.length; i++) {
                Pd98Reader.Word w = ws.get(i);
                words[i] = norm.substring(w.start(), w.end());
                tags[i] = w.pos();
            }
            out.add(new Paragraph(para.id(), words, tags));
        }
        if (skipped > 0) {
            System.err.println("pd98: skipped " + skipped + " paragraphs whose normalized length changed");
        }
        return out;
    }
}
