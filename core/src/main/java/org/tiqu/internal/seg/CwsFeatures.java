package org.tiqu.internal.seg;

import org.tiqu.internal.ml.FeatureBuffer;
import org.tiqu.internal.ml.Features;

/**
 * Character features for word segmentation (BMES tagging), shared by the trainer and the run-time segmenter so
 * both see exactly the same keys: char unigrams and bigrams in a ±2 window, char classes of the window, repeats,
 * and lexicon matches (longest word starting, ending, covering the char, and of the neighbours). Template ids are
 * part of the model format; never renumber them. (Templates 10, c-1/c+1 skip pair, and 17, c-1c0c1 trigram, were
 * measured: no PKU gain after lexicon features, and they doubled the memory traffic per char, so they are gone.)
 */
public final class CwsFeatures {
    static final char BOS = '\u0001';
    static final char EOS = '\u0002';

    // char classes
    static final int HAN = 0;
    static final int DIGIT = 1;
    static final int CNUM = 2;
    static final int LETTER = 3;
    static final int PUNCT = 4;
    static final int UNIT = 5;
    static final int OTHER = 6;
    static final int BOUNDARY = 7;
    static final int DOT = 8;

    private static final byte[] CLASS = new byte[65536];
    /**
     * The char a feature sees: full-width ASCII forms folded (People's Daily writes ３．５ and －, other text 3.5
     * and -), so the model does not depend on which form the text used.
     */
    private static final char[] CANON = new char[65536];

    static {
        for (int c = 0; c < 65536; c++) {
            CLASS[c] = (byte) computeClass((char) c);
            CANON[c] = c >= 0xFF01 && c <= 0xFF5E ? (char) (c - 0xFEE0) : (char) c;
        }
    }

    private CwsFeatures() {
    }

    private static int computeClass(char c) {
        if (c == BOS || c == EOS) {
            return BOUNDARY;
        }
        if (c == '.' || c == '．' || c == '·' || c == '•') {
            return DOT; // decimal point or name separator: glue, not a break
        }
        if (c >= '0' && c <= '9' || c >= '\uFF10' && c <= '\uFF19') {
            return DIGIT;
        }
        if ("〇○零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟".indexOf(c) >= 0) {
            return CNUM;
        }
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '\uFF21' && c <= '\uFF3A' || c >= '\uFF41' && c <= '\uFF5A'
                || c >= '\u0391' && c <= '\u03C9') {
            return LETTER;
        }
        if ("年月日时分秒点%％‰".indexOf(c) >= 0) {
            return UNIT;
        }
        if (org.tiqu.internal.text.Chars.isHan(c)) {
            return HAN;
        }
        int t = Character.getType(c);
        if (t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION || t == Character.START_PUNCTUATION
                || t == Character.END_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION
                || t == Character.FINAL_QUOTE_PUNCTUATION || t == Character.OTHER_PUNCTUATION
                || t == Character.MATH_SYMBOL || t == Character.CURRENCY_SYMBOL || t == Character.MODIFIER_SYMBOL
                || t == Character.OTHER_SYMBOL || org.tiqu.internal.text.Chars.isCjkPunct(c)) {
            return PUNCT;
        }
        return OTHER;
    }

    static int charClass(char c) {
        return CLASS[c];
    }

    static char canon(char c) {
        return CANON[c];
    }

    static long classKey(char p2, char p1, char c0, char n1, char n2) {
        return Features.key(11, CLASS[p2] << 16 | CLASS[p1] << 12 | CLASS[c0] << 8 | CLASS[n1] << 4 | CLASS[n2]);
    }

    static long repeatKey(char p2, char p1, char c0, char n1) {
        int rep = (c0 == p1 ? 1 : 0) | (c0 == p2 ? 2 : 0) | (c0 == n1 ? 4 : 0);
        return Features.key(12, rep << 16 | CLASS[c0]);
    }

    static long lexKey(int s, int e, int in) {
        return Features.key(13, s << 8 | e << 4 | in);
    }

    static long lexContextKey(int prevEnd, int s, int e, int nextStart) {
        return Features.key(18, prevEnd << 12 | s << 8 | e << 4 | nextStart);
    }

    /**
     * Appends the features of every char of {@code text[from, to)} to {@code f} (one position per char).
     *
     * @param lex     lexicon for match features, or null
     * @param scratch at least {@code to - from} ints
     */
    public static void extract(CharSequence text, int from, int to, Lexicon lex, int[] scratch, FeatureBuffer f) {
        int n = to - from;
        if (lex != null) {
            lex.match(text, from, to, scratch);
        }
        char p2 = BOS;
        char p1 = BOS;
        char c0 = n > 0 ? CANON[text.charAt(from)] : EOS;
        char n1 = n > 1 ? CANON[text.charAt(from + 1)] : EOS;
        for (int i = 0; i < n; i++) {
            char n2 = i + 2 < n ? CANON[text.charAt(from + i + 2)] : EOS;
            f.add(Features.key(1, p2));
            f.add(Features.key(2, p1));
            f.add(Features.key(3, c0));
            f.add(Features.key(4, n1));
            f.add(Features.key(5, n2));
            f.add(Features.key(6, p2, p1));
            f.add(Features.key(7, p1, c0));
            f.add(Features.key(8, c0, n1));
            f.add(Features.key(9, n1, n2));
            f.add(classKey(p2, p1, c0, n1, n2));
            f.add(repeatKey(p2, p1, c0, n1));
            if (lex != null) {
                int m = scratch[i];
                int s = Math.min(m & 0xF, 6);
                int e = Math.min((m >> 4) & 0xF, 6);
                int in = Math.min((m >> 8) & 0xF, 6);
                f.add(lexKey(s, e, in));
                f.add(Features.key(14, (long) s << 16 | c0));
                f.add(Features.key(15, (long) e << 16 | c0));
                f.add(Features.key(16, (long) in << 16 | c0));
                int prevEnd = i > 0 ? Math.min((scratch[i - 1] >> 4) & 0xF, 6) : 0;
                int nextStart = i + 1 < n ? Math.min(scratch[i + 1] & 0xF, 6) : 0;
                f.add(lexContextKey(prevEnd, s, e, nextStart));
            }
            f.endPosition();
            p2 = p1;
            p1 = c0;
            c0 = n1;
            n1 = n2;
        }
    }
}
