package org.tiqu.internal.text;

/**
 * Cleans text for the models and keeps the way back to the original offsets.
 * <ul>
 *   <li>Full-width digits and letters become ASCII; full-width space becomes a space.</li>
 *   <li>Traditional-script chars, and the CJK radicals that PDF text holds for ideographs, become the simplified
 *       ones the models were trained on, one for one ({@link VariantChars}: 國務院 -> 国务院, 「」 -> “”, ⼈⺠ -> 人民);
 *       entity and token text stay as written.</li>
 *   <li>ASCII {@code , : ; ! ? ( )} next to a Han character become their Chinese forms, as in the training data.</li>
 *   <li>CRLF and lone CR become a line break; other whitespace becomes a space, but the spaces of a letter-spaced
 *       line (中 华 人 民, as some PDFs copy out) are removed.</li>
 *   <li>A layout break (a run of whitespace with a line break in it) that cuts a word or sentence is removed:
 *       the line before it is a paragraph line that does not end a sentence, or a 《 title is still open, and
 *       the next line does not start a heading or list and is not indented. Real paragraph breaks stay.</li>
 * </ul>
 * Apart from removed characters the mapping is one char to one char, so surrogate pairs stay intact.
 */
public final class Normalizer {
    /**
     * A line at least this long (in non-space chars), or one with a comma-like mark inside, is running text; a
     * shorter line without one is a heading, byline or caption and keeps its break.
     */
    static final int MIN_PARAGRAPH_LINE = 24;

    private Normalizer() {
    }

    public static NormalizedText normalize(String original) {
        int n = original.length();
        char[] out = new char[n];
        int[] start = new int[n];
        int[] end = new int[n];
        int len = 0;
        int i = 0;
        int lineStart = 0; // in original, start of the current physical line
        int spacedLine = -1; // the line whose letter spacing was last looked at, and what was found
        boolean spacedLineValue = false;
        while (i < n) {
            char c = original.charAt(i);
            if (Chars.isSpace(c)) {
                int j = i;
                boolean hasBreak = false;
                while (j < n && Chars.isSpace(original.charAt(j))) {
                    hasBreak |= Chars.isLineBreak(original.charAt(j));
                    j++;
                }
                if (hasBreak && isLayoutBreak(original, lineStart, i, j)) {
                    i = j; // dropped: the word or sentence continues on the next line
                } else if (!hasBreak && j - i <= 2 && letterGap(original, i, j)
                        && (spacedLine == lineStart ? spacedLineValue : (spacedLineValue = letterSpaced(original, spacedLine = lineStart)))) {
                    i = j; // dropped: a space between the letters of a letter-spaced line (中 华 人 民)
                } else {
                    for (int k = i; k < j; k++) {
                        char w = original.charAt(k);
                        if (w == '\r' && k + 1 < j && original.charAt(k + 1) == '\n') {
                            continue; // CRLF is one break
                        }
                        out[len] = Chars.isLineBreak(w) ? '\n' : (Chars.isSpace(w) && !isZeroWidth(w) ? ' ' : w);
                        if (isZeroWidth(w)) {
                            continue; // zero-width marks carry nothing for the models
                        }
                        start[len] = k;
                        end[len] = k + 1;
                        len++;
                    }
                    i = j;
                }
                if (hasBreak) {
                    lineStart = lastLineStart(original, i);
                }
                continue;
            }
            out[len] = fold(original, i, c);
            start[len] = i;
            end[len] = i + 1;
            len++;
            i++;
        }
        if (len == n && same(out, original)) {
            return new NormalizedText(original, original, start, end);
        }
        return new NormalizedText(original, new String(out, 0, len), start, end);
    }

    /**
     * Whether the whitespace {@code [from, to)} (no line break) is ASCII spaces between two Han chars, or a Han char
     * and Chinese punctuation: a gap that letter spacing makes.
     */
    private static boolean letterGap(String s, int from, int to) {
        if (from == 0 || to >= s.length()) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (s.charAt(k) != ' ' && s.charAt(k) != '\u00A0') {
                return false; // an ideographic space is typesetting (王　毅 in a list of names), not letter spacing
            }
        }
        char a = s.charAt(from - 1), b = s.charAt(to);
        return Chars.isHan(a) && (Chars.isHan(b) || Chars.isCjkPunct(b)) || Chars.isCjkPunct(a) && Chars.isHan(b);
    }

    /**
     * Whether the line starting at {@code from} is letter-spaced, as text copied out of some PDFs is (国 务 院 总
     * 理): of the pairs of Han chars next to each other, at least four are one or two ASCII spaces apart, and at
     * least four times as many as are written together. Text whose words are spaced apart (新疆 天鹅 现代) has more
     * pairs written together and keeps its spaces.
     */
    static boolean letterSpaced(String s, int from) {
        int direct = 0, spaced = 0;
        int prev = -1; // the last char that is no space
        boolean ascii = true;
        for (int k = from; k < s.length(); k++) { // one pass per line, cached by the caller: linear in the text
            char c = s.charAt(k);
            if (Chars.isLineBreak(c)) {
                break;
            }
            if (Chars.isSpace(c)) {
                ascii &= c == ' ' || c == '\u00A0';
                continue;
            }
            if (prev >= 0 && Chars.isHan(s.charAt(prev)) && Chars.isHan(c)) {
                if (k == prev + 1) {
                    direct++;
                } else if (ascii && k - prev <= 3) {
                    spaced++;
                }
            }
            prev = k;
            ascii = true;
        }
        return spaced >= 4 && spaced >= 4 * direct;
    }

    private static boolean same(char[] chars, String s) {
        for (int k = 0; k < chars.length; k++) {
            if (chars[k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isZeroWidth(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    private static int lastLineStart(String s, int i) {
        int k = i;
        while (k > 0 && !Chars.isLineBreak(s.charAt(k - 1))) {
            k--;
        }
        return k;
    }

    private static char fold(String s, int i, char c) {
        if (c >= '\u2E80' && c <= '\u9FFF') {
            return VariantChars.simplified(c); // 國 -> 国, ⼈ -> 人, 「」 -> “”
        }
        if (c >= '\uFF10' && c <= '\uFF19' || c >= '\uFF21' && c <= '\uFF3A' || c >= '\uFF41' && c <= '\uFF5A') {
            return (char) (c - 0xFEE0);
        }
        if (Character.isSurrogate(c)) {
            boolean paired = Character.isHighSurrogate(c)
                    ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                    : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
            return paired ? c : '\uFFFD';
        }
        char cjk = switch (c) {
            case ',' -> '，';
            case ':' -> '：';
            case ';' -> '；';
            case '!' -> '！';
            case '?' -> '？';
            case '(' -> '（';
            case ')' -> '）';
            default -> 0;
        };
        if (cjk != 0 && nextToHan(s, i)) {
            return cjk;
        }
        return c;
    }

    /** Neighbours are looked up across zero-width characters, since the cleaned text drops them. */
    private static boolean nextToHan(String s, int i) {
        int p = i - 1;
        while (p >= 0 && isZeroWidth(s.charAt(p))) {
            p--;
        }
        int q = i + 1;
        while (q < s.length() && isZeroWidth(s.charAt(q))) {
            q++;
        }
        return (p >= 0 && (Chars.isHan(s.charAt(p)) || Chars.isCjkPunct(s.charAt(p))))
                || (q < s.length() && Chars.isHan(s.charAt(q)));
    }

    /**
     * Whether the whitespace run {@code [from, to)}, which holds a line break, only reflects the page layout.
     */
    static boolean isLayoutBreak(String s, int lineStart, int from, int to) {
        if (from == 0 || to >= s.length()) {
            return false;
        }
        char prev = s.charAt(from - 1);
        char next = s.charAt(to);
        if (!(Chars.isHan(prev) || Chars.isCjkPunct(prev)) || !(Chars.isHan(next) || Chars.isCjkPunct(next))) {
            return false; // Latin text: a line break is a word boundary
        }
        String nextLine = visible(s, to, Math.min(s.length(), to + 16));
        if (!nextLine.isEmpty() && startsBlock(nextLine, 0)) {
            return false;
        }
        if (indented(s, from, to)) {
            return false; // the next line opens a paragraph (　　 or a tab), even after one ending without a stop
        }
        if (ownLine(s, to)) {
            return false; // a byline or short heading on a line of its own: 待到山花烂漫时……（附图片１张）⏎毛同恺⏎
        }
        String line = visible(s, lineStart, from);
        if (line.isEmpty() || startsBlock(line, 0)) {
            return false;
        }
        if (openTitle(line)) {
            return true;
        }
        if (Chars.isSentenceEnd(prev) || prev == '：' || prev == ':' || prev == '—' || prev == '▼') {
            return false;
        }
        if (Chars.isCloser(prev)) {
            int k = line.length() - 1;
            while (k >= 0 && Chars.isCloser(line.charAt(k))) {
                k--;
            }
            if (k < 0 || Chars.isSentenceEnd(line.charAt(k))) {
                return false;
            }
        }
        return nonSpaceLength(line) >= MIN_PARAGRAPH_LINE || hasInnerPunct(line);
    }

    /**
     * Whether the whitespace after the run's last line break is a paragraph indent: an ideographic space, a tab, or
     * two spaces or more. A line cut by the page layout goes on at the margin.
     */
    static boolean indented(String s, int from, int to) {
        int k = to;
        while (k > from && !Chars.isLineBreak(s.charAt(k - 1))) {
            k--;
        }
        int spaces = 0;
        for (int i = k; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\u3000' || c == '\t') {
                return true;
            }
            if (!isZeroWidth(c)) {
                spaces++;
            }
        }
        return spaces >= 2;
    }

    /** Longest line (non-space chars) read as a line of its own when it holds no punctuation: a byline, a heading. */
    static final int MAX_OWN_LINE = 8;

    /**
     * Whether the line starting at {@code from} is a line of its own: at most {@link #MAX_OWN_LINE} chars, letters
     * and digits only, and a line break after it. A sentence cut by the layout goes on to its stop; a short run
     * without one that ends at a break is a byline or heading.
     */
    static boolean ownLine(String s, int from) {
        int chars = 0;
        for (int k = from; k < s.length(); k++) { // stops at the first char that settles it: linear in the text
            char c = s.charAt(k);
            if (Chars.isLineBreak(c)) {
                return chars > 0;
            }
            if (isZeroWidth(c) || Chars.isSpace(c)) {
                continue;
            }
            if (!Character.isLetterOrDigit(c) || ++chars > MAX_OWN_LINE) {
                return false;
            }
        }
        return false; // the text's last line: nothing after it to keep apart
    }

    private static boolean hasInnerPunct(String line) {
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c == '，' || c == '、' || c == '；' || c == '：' || c == ',' || c == ';') {
                return true;
            }
        }
        return false;
    }

    /**
     * The range as the models will see it: zero-width characters dropped, leading and trailing whitespace (in
     * tiqu's sense) stripped. Layout decisions look at this, so a stray ZWSP or BOM cannot change them.
     */
    static String visible(String s, int from, int to) {
        StringBuilder sb = new StringBuilder(Math.max(0, to - from));
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (!isZeroWidth(c) && !(sb.isEmpty() && Chars.isSpace(c))) {
                sb.append(c);
            }
        }
        int end = sb.length();
        while (end > 0 && Chars.isSpace(sb.charAt(end - 1))) {
            end--;
        }
        sb.setLength(end);
        return sb.toString();
    }

    private static boolean openTitle(String line) {
        int open = line.lastIndexOf('《');
        return open >= 0 && line.indexOf('》', open) < 0;
    }

    private static int nonSpaceLength(String line) {
        int count = 0;
        for (int k = 0; k < line.length(); k++) {
            if (!Chars.isSpace(line.charAt(k))) {
                count++;
            }
        }
        return count;
    }

    /** Headings, list items and page markers begin a block of their own. */
    private static boolean startsBlock(String s, int at) {
        char c = s.charAt(at);
        if (c == '#' || c == '◆' || c == '▲' || c == '■' || c == '●' || c == '★' || c == '☆' || c == '◇' || c == '□'
                || c == '【' || c == '-' || c == '*' || c == '>' || c == '—' || c == '·' || c == '•') {
            return true;
        }
        // （一） 一、 1. 1、 numbered items
        int k = at;
        if (c == '（' || c == '(') {
            k++;
        }
        int digits = 0;
        while (k < s.length() && (Character.isDigit(s.charAt(k)) || "一二三四五六七八九十".indexOf(s.charAt(k)) >= 0)) {
            k++;
            digits++;
        }
        return digits > 0 && digits <= 3 && k < s.length() && "、.．）)".indexOf(s.charAt(k)) >= 0;
    }
}
