package org.tiqu.bench.train;

import org.tiqu.internal.text.Normalizer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads People's Daily 1998-01 ({@code pd98/199801.utf8.txt}): one paragraph per line, {@code word/tag} tokens,
 * bracketed compounds flattened to their parts. Word text is normalized exactly as {@link Normalizer} does at
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

    static List<Paragraph> read(Path file) throws IOException {
        List<Paragraph> out = new ArrayList<>();
        int skipped = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] toks = line.trim().split("\\s+");
            if (toks.length < 2) {
                continue;
            }
            String id = toks[0].substring(0, toks[0].lastIndexOf('/'));
            List<String> words = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            for (int i = 1; i < toks.length; i++) {
                String t = toks[i];
                if (t.startsWith("[") && t.length() > 1) {
                    t = t.substring(1);
                }
                int slash = t.lastIndexOf('/');
                int bracket = t.indexOf(']', Math.max(slash, 0));
                if (bracket > 0 && slash > 0) {
                    t = t.substring(0, bracket);
                    slash = t.lastIndexOf('/');
                }
                if (slash <= 0) {
                    continue;
                }
                words.add(t.substring(0, slash));
                tags.add(t.substring(slash + 1));
            }
            String joined = String.join("", words);
            String norm = Normalizer.normalize(joined).text();
            if (norm.length() != joined.length()) {
                skipped++;
                continue;
            }
            String[] w = new String[words.size()];
            int p = 0;
            for (int i = 0; i < w.length; i++) {
                int len = words.get(i).length();
                w[i] = norm.substring(p, p + len);
                p += len;
            }
            out.add(new Paragraph(id, w, tags.toArray(new String[0])));
        }
        if (skipped > 0) {
            System.err.println("pd98: skipped " + skipped + " paragraphs whose normalized length changed");
        }
        return out;
    }
}
