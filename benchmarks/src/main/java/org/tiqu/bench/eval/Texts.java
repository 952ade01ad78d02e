package org.tiqu.bench.eval;

import java.util.ArrayList;
import java.util.List;

/** Small text helpers shared by the readers and the evaluator. */
final class Texts {
    private Texts() {
    }

    /**
     * Whitespace as tiqu defines it (Java whitespace, Unicode space separators such as U+3000, zero-width layout
     * characters), so that "every non-whitespace character" means the same here as in the library.
     */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    /** Splits on runs of whitespace ({@link #isSpace(char)}); no empty items. */
    static List<String> splitSpace(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSpace(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(s.substring(start, i));
            }
        }
        return out;
    }

    /** Full-width digits and Latin letters to ASCII; one char for one, so offsets hold. */
    static String foldWidth(String s) {
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            char c = cs[i];
            if ((c >= '\uFF10' && c <= '\uFF19') || (c >= '\uFF21' && c <= '\uFF3A') || (c >= '\uFF41' && c <= '\uFF5A')) {
                cs[i] = (char) (c - 0xFEE0);
            }
        }
        return new String(cs);
    }
}
