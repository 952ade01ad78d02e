package org.tiqu.internal.ner;

import org.tiqu.internal.text.CharSet;
import org.tiqu.internal.text.Chars;

/**
 * Feature templates of the character tagger, shared by the trainer (benchmarks) and the decoder so both hash the
 * same things. Each position gets {@link #COUNT} 64-bit feature keys, computed without allocation from the folded
 * chars and a per-position lexicon code (see {@link #lexiconCodes}).
 */
public final class NerFeatures {
    /** Feature keys per position. */
    public static final int COUNT = 37;
    /** Sentinels for positions before the start and after the end. */
    static final char BOS = '\u0002', EOS = '\u0003';

    private NerFeatures() {
    }

    /** Folds a char for the model: full-width ASCII to ASCII, every digit to '0', every Latin letter to 'A'. */
    public static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0);
        }
        if (c >= '0' && c <= '9') {
            return '0';
        }
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            return 'A';
        }
        return c;
    }

    /**
     * @return the folded chars of {@code s[from, to)}, with the other marks that separate the parts of a
     * transliterated name (乔治‧华盛顿 in Taiwan's texts, 马丁．路德．金, 艾尔肯•吐尼亚孜) written as the middle dot
     * where they stand between two Han chars that are not numerals (一九九六．四．五 is a date)
     */
    public static char[] fold(CharSequence s, int from, int to) {
        char[] out = new char[to - from];
        boolean marks = false;
        for (int i = from; i < to; i++) {
            char f = fold(s.charAt(i));
            out[i - from] = f;
            marks |= nameMark(f);
        }
        if (marks) {
            for (int i = 1; i + 1 < out.length; i++) {
                if (nameMark(out[i]) && nameSide(out[i - 1]) && nameSide(out[i + 1])) {
                    out[i] = '·';
                }
            }
        }
        return out;
    }

    /**
     * Marks written for the middle dot: full stops (．folds to .), the hyphenation point, bullets, katakana's dot.
     * Written out, as it runs on every char: a Han char costs one comparison.
     */
    private static boolean nameMark(char f) {
        return f < '\u4E00'
                ? f == '.' || f == '\u2027' || f == '\u2022' || f == '\u30FB' || f == '\u2219' || f == '\u22C5'
                : f == '\uFE52';
    }

    private static boolean nameSide(char c) {
        return Chars.isHan(c) && "〇一二三四五六七八九十".indexOf(c) < 0;
    }

    // lexicon code layout (bits of one int per position)
    static final int PLACE_SHIFT = 0, ORG_SHIFT = 2, TOWN_SHIFT = 4, SUF_SHIFT = 6, SUR_SHIFT = 9,
            TBEFORE_SHIFT = 11, TAFTER_SHIFT = 13, P1_SHIFT = 15,
            WORD_SHIFT = 16, WLEN_SHIFT = 18, SPER_SHIFT = 20, SLOC_SHIFT = 22, SORG_SHIFT = 24, AHEAD_SHIFT = 26;

    /**
     * Per-position lexicon codes: where the longest covering place/organisation/township name puts the char
     * (begin, inside, end), the length of an organisation suffix ending here, surname starts, whether a title ends
     * just before or starts just after, and one-char place abbreviations.
     */
    public static int[] lexiconCodes(char[] c, NerLexicon lex) {
        return lexiconCodes(c, lex, null);
    }

    /** As {@link #lexiconCodes(char[], NerLexicon)}, also collecting every lexicon match {begin, end, categories}. */
    static int[] lexiconCodes(char[] c, NerLexicon lex, java.util.List<int[]> hits) {
        int n = c.length;
        int[] code = new int[n];
        byte[] placeLen = new byte[n], orgLen = new byte[n], townLen = new byte[n];
        byte[] sPer = new byte[n], sLoc = new byte[n], sOrg = new byte[n];
        byte[] wordLen = new byte[n];
        lex.matchAll(c, (b, e, all) -> {
            if ((all & NerLexicon.COMMON) != 0) {
                commonWord(code, wordLen, b, e);
            }
            int cat = all & ~NerLexicon.COMMON;
            if (cat == 0) {
                return;
            }
            if (hits != null) {
                hits.add(new int[]{b, e, cat});
            }
            int len = Math.min(e - b, 127);
            if ((cat & NerLexicon.PLACE) != 0) {
                cover(code, placeLen, b, e, len, PLACE_SHIFT);
            }
            // heads of organisation names (ORG | SHORT: 工商银行) are organisations only with their branch or place
            if ((cat & NerLexicon.ORG) != 0 && (cat & NerLexicon.SHORT) == 0) {
                cover(code, orgLen, b, e, len, ORG_SHIFT);
            }
            if ((cat & NerLexicon.TOWN) != 0) {
                cover(code, townLen, b, e, len, TOWN_SHIFT);
            }
            if ((cat & NerLexicon.SEEN_PER) != 0) {
                cover(code, sPer, b, e, len, SPER_SHIFT);
            }
            if ((cat & NerLexicon.SEEN_LOC) != 0) {
                cover(code, sLoc, b, e, len, SLOC_SHIFT);
            }
            if ((cat & NerLexicon.SEEN_ORG) != 0) {
                cover(code, sOrg, b, e, len, SORG_SHIFT);
            }
            if ((cat & NerLexicon.ORGSUF) != 0) {
                int old = (code[e - 1] >>> SUF_SHIFT) & 7;
                if (len > old) {
                    code[e - 1] = (code[e - 1] & ~(7 << SUF_SHIFT)) | (Math.min(len, 7) << SUF_SHIFT);
                }
            }
            if ((cat & NerLexicon.SURNAME) != 0) {
                code[b] = (code[b] & ~(3 << SUR_SHIFT)) | (2 << SUR_SHIFT);
            }
            if ((cat & NerLexicon.TITLE) != 0) {
                setMax(code, e, 1, TBEFORE_SHIFT);
                setMax(code, e + 1, 2, TBEFORE_SHIFT);
                setMax(code, b - 1, 1, TAFTER_SHIFT);
                setMax(code, b - 2, 2, TAFTER_SHIFT);
            }
        });
        suffixAhead(c, code, lex);
        for (int i = 0; i < n; i++) {
            int cat = lex.categories(c[i]);
            if ((cat & NerLexicon.SURNAME) != 0 && ((code[i] >>> SUR_SHIFT) & 3) == 0) {
                code[i] |= 1 << SUR_SHIFT;
            }
            if ((cat & NerLexicon.PLACE1) != 0) {
                code[i] |= 1 << P1_SHIFT;
            }
            if ((cat & NerLexicon.ORGSUF) != 0 && ((code[i] >>> SUF_SHIFT) & 7) == 0) {
                code[i] |= 1 << SUF_SHIFT;
            }
            if ((cat & NerLexicon.TITLE) != 0) {
                setMax(code, i + 1, 1, TBEFORE_SHIFT);
                setMax(code, i - 1, 1, TAFTER_SHIFT);
            }
        }
        return code;
    }

    /** Last chars of organisation names beyond the ORGSUF lexicon (党, 军, 矿, 队...). */
    private static final String ORG_END = "党会军盟行报台馆店园场院校处科组社局部委厅署办所站厂矿队团师旅营连";

    /** Chars that end or join phrases, never inside the stretch before an organisation's suffix. */
    private static final String BREAK = "的了在是把被将就都也还又这那从向对等";

    /**
     * How far ahead the nearest organisation ending lies (a lexicon suffix such as 有限公司, or a one-char ending
     * such as 厂, 矿), with no punctuation or function word between: lets the tagger open a long organisation
     * name (铁道部柳州木材防腐厂, 美国国家航空和宇宙航行局) whose suffix is beyond its char window. Distance
     * bucket in 3 bits at {@link #AHEAD_SHIFT}, and one bit: the ending is a multi-char lexicon suffix.
     */
    /** Per char: 1 = an organisation ending ({@link #ORG_END}), 2 = a phrase breaker ({@link #BREAK}). */
    private static final byte[] AHEAD_CLASS = new byte[65536];

    static {
        for (char ch : ORG_END.toCharArray()) {
            AHEAD_CLASS[ch] = 1;
        }
        for (char ch : BREAK.toCharArray()) {
            AHEAD_CLASS[ch] = 2;
        }
    }

    private static void suffixAhead(char[] c, int[] code, NerLexicon lex) {
        int next = -1; // nearest ending position at or after i, -1 when a breaker comes first
        boolean multi = false;
        for (int i = c.length - 1; i >= 0; i--) {
            char ch = c[i];
            int suf = (code[i] >>> SUF_SHIFT) & 7;
            if (suf > 1 || ((lex.categories(ch) & NerLexicon.ORGSUF) != 0) || AHEAD_CLASS[ch] == 1) {
                next = i;
                multi = suf > 1;
            } else if (breaks(ch)) {
                next = -1;
            }
            if (next >= 0) {
                int d = next - i + 1;
                int bucket = d <= 2 ? d : d <= 4 ? 3 : d <= 6 ? 4 : d <= 9 ? 5 : d <= 14 ? 6 : d <= 20 ? 7 : 0;
                code[i] |= (bucket | (multi ? 8 : 0)) << AHEAD_SHIFT;
            }
        }
    }

    private static boolean breaks(char ch) {
        if (ch >= '\u4E00' && ch <= '\u9FFF') {
            return AHEAD_CLASS[ch] == 2;
        }
        return !(ch == '0' || ch == 'A' || ch == '（' || ch == '）' || ch == '(' || ch == ')' || ch == '·');
    }

    /**
     * Marks where the longest ordinary word ({@link NerLexicon#COMMON}: HanLP's core dictionary, two chars or more,
     * never tagged as a name) covering each position puts it: where names cannot be, and where words around a name
     * end. Among words of one length the first (leftmost) wins, as matches arrive by end position.
     */
    private static void commonWord(int[] code, byte[] lens, int b, int e) {
        int len = e - b;
        int lenCode = Math.min(len, 4) - 1;
        for (int p = b; p < e; p++) {
            if (len > lens[p]) {
                lens[p] = (byte) Math.min(len, 127);
                int tag = p == b ? 1 : p == e - 1 ? 3 : 2;
                code[p] = (code[p] & ~(15 << WORD_SHIFT)) | (tag << WORD_SHIFT) | (lenCode << WLEN_SHIFT);
            }
        }
    }

    private static void setMax(int[] code, int i, int v, int shift) {
        if (i < 0 || i >= code.length) {
            return;
        }
        int old = (code[i] >>> shift) & 3;
        if (old == 0 || v < old) {
            code[i] = (code[i] & ~(3 << shift)) | (v << shift);
        }
    }

    /** Marks [b, e) as B, I..., E of a match of length len unless a longer match already covers a position. */
    private static void cover(int[] code, byte[] lens, int b, int e, int len, int shift) {
        for (int p = b; p < e; p++) {
            if (len > lens[p]) {
                lens[p] = (byte) len;
                int tag = p == b ? 1 : p == e - 1 ? 3 : 2;
                code[p] = (code[p] & ~(3 << shift)) | (tag << shift);
            }
        }
    }

    private static char at(char[] c, int i) {
        return i < 0 ? BOS : i >= c.length ? EOS : c[i];
    }

    private static int type(char c) {
        if (c >= '\u4E00' && c <= '\u9FFF') {
            return 1;
        }
        if (c == '0') {
            return 2;
        }
        if (c == 'A') {
            return 3;
        }
        if (c == BOS || c == EOS) {
            return 4;
        }
        return Character.isLetter(c) ? 5 : 6;
    }

    /**
     * Writes the raw value of each template at position {@code i} into {@code out}; the feature key of template t is
     * {@code key(t, out[t])}. Values of templates with a {@link #domain} are below it, so a decoder may index arrays.
     */
    public static void values(char[] c, int[] code, int i, long[] out) {
        values(c, code, null, i, out);
    }

    /**
     * As {@link #values(char[], int[], int, long[])}, with the segmenter's words ({@link #wordInfo}; null: none).
     */
    public static void values(char[] c, int[] code, int[] word, int i, long[] out) {
        long m2 = at(c, i - 2), m1 = at(c, i - 1), c0 = c[i], p1 = at(c, i + 1), p2 = at(c, i + 2);
        int g = code[i];
        out[0] = m2;
        out[1] = m1;
        out[2] = c0;
        out[3] = p1;
        out[4] = p2;
        out[5] = m1 << 16 | c0;
        out[6] = c0 << 16 | p1;
        out[7] = m2 << 16 | m1;
        out[8] = p1 << 16 | p2;
        out[9] = m1 << 16 | p1;
        out[10] = m1 << 32 | c0 << 16 | p1;
        out[13] = ((g >>> PLACE_SHIFT) & 3) << 16 | c0;
        out[14] = ((g >>> ORG_SHIFT) & 3) << 16 | c0;
        out[20] = m2 << 32 | m1 << 16 | c0;
        out[21] = c0 << 32 | p1 << 16 | p2;
        out[22] = at(c, i - 3);
        out[23] = at(c, i + 3);
        out[26] = (long) ((g >>> WORD_SHIFT) & 3) << 16 | c0;
        small(code, word, i, out, charClass(c, i - 1), charClass(c, i), charClass(c, i + 1));
    }

    /**
     * Writes the values of the small-domain templates only (the others are left untouched), from the per-sentence
     * classes the tagger uses ({@code classes} is what {@link #charClasses} wrote for {@code c}): for tests, which
     * compare them with {@link #values}.
     */
    static void smallValues(int[] code, int[] word, int i, long[] out, int[] classes) {
        small(code, word, i, out, classes[i], classes[i + 1], classes[i + 2]); // classes are padded by one each side
    }

    /** The small-domain templates (values below their {@link #domain}), in the order {@link #smallRows} writes them. */
    static final int[] SMALL = {11, 12, 15, 16, 17, 18, 19, 24, 25, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36};
    private static final int[] NO_BASE = new int[COUNT];
    private static final ThreadLocal<int[]> SMALL_SCRATCH = ThreadLocal.withInitial(() -> new int[SMALL.length]);

    /** The small-domain templates of position i, from the {@link #charClasses} of the chars at i - 1, i, i + 1. */
    private static void small(int[] code, int[] word, int i, long[] out, int cm1, int c0, int cp1) {
        int[] v = SMALL_SCRATCH.get();
        smallRows(code, word, i, cm1, c0, cp1, NO_BASE, v, 0);
        for (int k = 0; k < SMALL.length; k++) {
            out[SMALL[k]] = v[k];
        }
    }

    /**
     * Writes, for each template of {@link #SMALL} in order, {@code base[t]} plus its value at position i into
     * {@code rows[at...]}: the tagger's weight rows of the position, without a round trip through template values.
     * {@code cm1, c0, cp1} are the {@link #charClasses} of the chars at i - 1, i, i + 1.
     */
    static void smallRows(int[] code, int[] word, int i, int cm1, int c0, int cp1, int[] base, int[] rows, int at) {
        int g = code[i];
        int gm1 = i > 0 ? code[i - 1] : 0, gp1 = i + 1 < code.length ? code[i + 1] : 0;
        rows[at] = base[11] + ((cm1 & 7) << 8 | (c0 & 7) << 4 | (cp1 & 7));
        rows[at + 1] = base[12] + ((g >>> PLACE_SHIFT) & 3 | ((g >>> TOWN_SHIFT) & 3) << 2 | ((g >>> ORG_SHIFT) & 3) << 4);
        rows[at + 2] = base[15] + (((g >>> SUF_SHIFT) & 7) | ((gp1 >>> SUF_SHIFT) & 7) << 3
                | ((gm1 >>> SUF_SHIFT) & 7) << 6);
        rows[at + 3] = base[16] + (((g >>> SUR_SHIFT) & 3) | ((g >>> TBEFORE_SHIFT) & 3) << 2
                | ((gm1 >>> SUR_SHIFT) & 3) << 4);
        rows[at + 4] = base[17] + (((g >>> TBEFORE_SHIFT) & 3) | ((g >>> TAFTER_SHIFT) & 3) << 2
                | ((g >>> SUR_SHIFT) & 3) << 4 | ((gp1 >>> TAFTER_SHIFT) & 3) << 6);
        // template 18: one-char place abbreviations around i, the char's type and its transliteration run
        rows[at + 5] = base[18] + (((g >>> P1_SHIFT) & 1) | ((gm1 >>> P1_SHIFT) & 1) << 1
                | ((gp1 >>> P1_SHIFT) & 1) << 2 | (c0 & 7) << 3 | (c0 >>> 3 & 31) << 6);
        // template 19: the organisation ending ahead, whether a phrase boundary precedes i, where a place covers i
        rows[at + 6] = base[19] + (((g >>> AHEAD_SHIFT) & 15) | (cm1 >>> 8 & 1) << 4 | ((g >>> PLACE_SHIFT) & 3) << 5);
        rows[at + 7] = base[24] + ((g >>> WORD_SHIFT) & 15);
        rows[at + 8] = base[25] + (((g >>> WORD_SHIFT) & 3) | ((gm1 >>> WORD_SHIFT) & 3) << 2
                | ((gp1 >>> WORD_SHIFT) & 3) << 4);
        // templates 27-29: where names seen in training cover the previous, this and the next char
        rows[at + 9] = base[27] + (((g >>> SPER_SHIFT) & 3) | ((gm1 >>> SPER_SHIFT) & 3) << 2
                | ((gp1 >>> SPER_SHIFT) & 3) << 4);
        rows[at + 10] = base[28] + (((g >>> SLOC_SHIFT) & 3) | ((gm1 >>> SLOC_SHIFT) & 3) << 2
                | ((gp1 >>> SLOC_SHIFT) & 3) << 4);
        rows[at + 11] = base[29] + (((g >>> SORG_SHIFT) & 3) | ((gm1 >>> SORG_SHIFT) & 3) << 2
                | ((gp1 >>> SORG_SHIFT) & 3) << 4);
        // templates 30-34: the name roles of the chars around i in HanLP's role-tagged corpus. How much c0 is a name
        // char; whether it ends a name or the next char (or the two-char word there) follows names; the word before
        rows[at + 12] = base[30] + (role(c0, NameRoles.C) | role(c0, NameRoles.D) << 3 | role(c0, NameRoles.E) << 6);
        rows[at + 13] = base[31] + (role(c0, NameRoles.D) | role(c0, NameRoles.L) << 3 | role(cp1, NameRoles.L) << 6);
        rows[at + 14] = base[32] + (role(c0, NameRoles.C) | role(cp1, NameRoles.D) << 3 | (cp1 >>> L2_SHIFT & 7) << 6);
        rows[at + 15] = base[33] + (role(c0, NameRoles.D) | role(cp1, NameRoles.L) << 3 | (cp1 >>> L2_SHIFT & 7) << 6);
        rows[at + 16] = base[34] + (role(cm1, NameRoles.K) | (cm1 >>> K2_SHIFT & 7) << 3 | role(c0, NameRoles.K) << 6);
        // templates 35-36: the segmenter's word around i (its part of speech and where i sits in it), and the parts
        // of speech of the chars either side; 0 without words (and outside the sentence)
        int w0 = 0, wm1 = 0, wp1 = 0;
        if (word != null) {
            w0 = word[i];
            wm1 = i > 0 ? word[i - 1] : 0;
            wp1 = i + 1 < word.length ? word[i + 1] : 0;
        }
        rows[at + 17] = base[35] + (w0 | (wm1 & 3) << 6 | (wp1 & 3) << 8);
        rows[at + 18] = base[36] + ((wm1 >>> 2) | (w0 >>> 2) << 4 | (wp1 >>> 2) << 8);
    }

    /**
     * Part-of-speech classes of {@link #wordInfo} (0 stands for no word). A person's name (nr) is read as a noun: with
     * the segmenter's nr of its own, PERSON fell on every held-out window (0.17 points on average: the segmenter's
     * names repeat the tagger's own mistakes), where without it PERSON stayed level and PLACE and ORGANIZATION rose.
     */
    private static int posClass(String pos) {
        switch (pos) {
            case "ns": return 1;
            case "nt": return 2;
            case "nz": return 3;
            case "j": return 4;
            case "vn": return 7;
            default: break;
        }
        if (pos.isEmpty()) {
            return 14;
        }
        return switch (pos.charAt(0)) {
            case 'n', 'N' -> 5;
            case 'v', 'V' -> 6;
            case 't', 'T' -> 8;
            case 'm', 'q', 'M', 'Q' -> 9;
            case 'w' -> 10;
            case 'f', 's' -> 11;
            case 'a', 'b', 'A', 'B' -> 12;
            case 'p', 'c', 'u', 'd', 'r', 'y', 'e', 'o', 'D', 'R', 'U' -> 13;
            default -> 14;
        };
    }

    /**
     * Per char of a text of {@code n} chars, the segmenter's word covering it as the tagger reads it: the word's
     * part-of-speech class times 4 plus where the char sits in it (0 begins, 1 inside, 2 ends, 3 is the word).
     */
    public static int[] wordInfo(int n, java.util.List<org.tiqu.internal.seg.Word> words) {
        int[] out = new int[n];
        for (org.tiqu.internal.seg.Word w : words) {
            int s = w.start(), e = w.end();
            if (s < 0 || e > n || e <= s) {
                continue;
            }
            int pc = posClass(w.pos()) << 2;
            if (e - s == 1) {
                out[s] = pc | 3;
                continue;
            }
            out[s] = pc;
            for (int p = s + 1; p < e - 1; p++) {
                out[p] = pc | 1;
            }
            out[e - 1] = pc | 2;
        }
        return out;
    }

    /** Where {@link #charClasses} keeps the char's {@link NameRoles} buckets and the two-char words' K / L. */
    private static final int ROLE_SHIFT = 9, L2_SHIFT = 24, K2_SHIFT = 27;

    /** The {@link NameRoles} bucket of role {@code role} (a shift of NameRoles) in a char class. */
    private static int role(int cls, int role) {
        return cls >>> (ROLE_SHIFT + role) & 7;
    }

    /** The {@link #charClasses} entry of {@code c[j]} alone (BOS / EOS outside the sentence). */
    private static int charClass(char[] c, int j) {
        if (j < 0) {
            return type(BOS) | 1 << 8;
        }
        if (j >= c.length) {
            return type(EOS);
        }
        return type(c[j]) | translitRun(c, j) << 3 | (breaks(c[j]) ? 1 << 8 : 0) | roles(c, j);
    }

    /** The {@link NameRoles} bits of {@link #charClasses} for position j. */
    private static int roles(char[] c, int j) {
        int r = NameRoles.of(c[j]) << ROLE_SHIFT;
        if (j + 1 < c.length) {
            r |= (NameRoles.pair(c[j], c[j + 1]) >>> 3 & 7) << L2_SHIFT;
        }
        if (j > 0) {
            r |= (NameRoles.pair(c[j - 1], c[j]) & 7) << K2_SHIFT;
        }
        return r;
    }

    /**
     * Per char of {@code c}, what {@link #smallValues} needs of it, computed once per sentence instead of once per
     * template: into {@code out[i + 1]} (out[0] and out[n + 1] stand for the sentinels) the char's {@link #type}
     * (bits 0-2), its {@link #translitRun} (bits 3-7), whether it {@link #breaks} a phrase (bit 8) and its
     * {@link NameRoles} (bits 9-29, see {@link #roles}).
     *
     * @param out at least {@code c.length + 2} entries
     */
    static void charClasses(char[] c, int[] out) {
        int n = c.length;
        out[0] = type(BOS) | 1 << 8;
        out[n + 1] = type(EOS);
        // as roles(c, i), with each pair's roles looked up once: the pair after one char is the pair before the next
        int before = 0;
        for (int i = 0; i < n; i++) {
            char ch = c[i];
            int after = i + 1 < n ? NameRoles.pair(ch, c[i + 1]) : 0;
            int r = NameRoles.of(ch) << ROLE_SHIFT | (after >>> 3 & 7) << L2_SHIFT | (before & 7) << K2_SHIFT;
            out[i + 1] = type(ch) | (breaks(ch) ? 1 << 8 : 0) | r;
            before = after;
        }
        // transliteration runs in one pass: the same values as translitRun, whose window caps never change a
        // run's begin/end test or its length bucket (5 or more is one bucket)
        for (int b = 0; b < n; ) {
            if (!TRANSLIT.has(c[b])) {
                b++;
                continue;
            }
            int e = b + 1;
            while (e < n && TRANSLIT.has(c[e])) {
                e++;
            }
            for (int i = b; i < e; i++) {
                out[i + 1] |= runCode(b, e, i) << 3;
            }
            b = e;
        }
    }

    /** Chars of transliterated foreign names, by char. */
    private static final CharSet TRANSLIT = new CharSet();

    static {
        TRANSLIT.addAll(EntityRules.TRANSLIT);
    }

    /**
     * Where i sits in its run of transliteration chars (库尔尼科娃, 纳斯拉拉赫): 0 outside one, else the run's length
     * bucket (1: up to 2, 2: 3, 3: 4, 4: 5 or more) times 4 plus the position (0 begin, 1 inside, 2 end, 3 alone).
     */
    private static int translitRun(char[] c, int i) {
        if (!TRANSLIT.has(c[i])) {
            return 0;
        }
        int b = i, e = i + 1;
        while (b > 0 && i - b < 6 && TRANSLIT.has(c[b - 1])) {
            b--;
        }
        while (e < c.length && e - i < 6 && TRANSLIT.has(c[e])) {
            e++;
        }
        return runCode(b, e, i);
    }

    /** The {@link #translitRun} value of position i in the transliteration run [b, e). */
    private static int runCode(int b, int e, int i) {
        int len = e - b;
        int bucket = len <= 2 ? 1 : len == 3 ? 2 : len == 4 ? 3 : 4;
        int pos = len == 1 ? 3 : i == b ? 0 : i == e - 1 ? 2 : 1;
        return bucket * 4 + pos;
    }

    /**
     * Writes the {@link #COUNT} feature keys of position {@code i} into {@code out}, with the segmenter's words
     * ({@link #wordInfo}; null: none).
     */
    public static void keys(char[] c, int[] code, int[] word, int i, long[] out) {
        values(c, code, word, i, out);
        for (int t = 0; t < COUNT; t++) {
            out[t] = key(t, out[t]);
        }
    }

    /**
     * Templates the model leaves out: 9 (the chars either side) and 10, 20, 21 (char triples). They are still
     * computed by {@link #values}, so template numbers stay as they were. Trained without them, the tagger and the
     * whole extractor score as well or better on held-out days of the training split (PERSON 95.35 → 95.37 and
     * 95.31 → 95.41, PLACE and ORGANIZATION up 0.05–0.26, on days 21–27 and 25–27), and each cost a table probe per
     * char and a row per position.
     */
    private static final java.util.Set<Integer> UNUSED = java.util.Set.of(9, 10, 20, 21);

    /** @return whether the tagger's model has features of template {@code t} */
    public static boolean used(int t) {
        return !UNUSED.contains(t);
    }

    /** Value domain of each template when small enough for a direct array (0: hashed). */
    private static final int[] DOMAIN = {65536, 65536, 65536, 65536, 65536, 0, 0, 0, 0, 0, 0, 4096, 64, 1 << 18, 1 << 18,
            512, 64, 256, 1 << 11, 128, 0, 0, 65536, 65536, 16, 64, 1 << 18, 64, 64, 64, 512, 512, 512, 512, 512, 1024,
            4096};

    /** @return the size of template t's value domain, or 0 when its values must be hashed */
    public static int domain(int t) {
        return DOMAIN[t];
    }

    /** The 64-bit feature key of template {@code template} with value {@code v}. */
    public static long key(long template, long v) {
        long h = v * 0x9E3779B97F4A7C15L + template * 0xC2B2AE3D27D4EB4FL + template;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }
}
