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

        /** Training split: 19980101..19980127. Paragraphs of 28..31 are dev-test and never trained on. */
        boolean isTrain() {
            return date() <= 19980127;
        }

        String text() {
            return String.join("", words);
        }
    }

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
