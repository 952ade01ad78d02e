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
 *       the next line does not start a heading or list and is not indented. Real paragraph breaks stay. A page
 *       number on a line of its own (— 3 —) inside such a sentence goes with the break.</li>
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
        int[] dropped = null; // [start, end) pairs of the page numbers removed, then its length
        int droppedLength = 0;
        while (i < n) {
            char c = original.charAt(i);
            if (Chars.isSpace(c)) {
                int j = i;
                boolean hasBreak = false;
                while (j < n && Chars.isSpace(original.charAt(j))) {
                    hasBreak |= Chars.isLineBreak(original.charAt(j));
                    j++;
                }
                int past = hasBreak ? pastPageNumber(original, j) : -1;
                if (past > 0 && isLayoutBreak(original, lineStart, i, past)) {
                    // dropped with the page number between: the sentence goes on on the next page
                    int ps = j, pe = past;
                    while (Chars.isSpace(original.charAt(ps))) {
                        ps++;
                    }
                    while (Chars.isSpace(original.charAt(pe - 1))) {
                        pe--;
                    }
                    if (dropped == null || droppedLength == dropped.length) {
                        dropped = dropped == null ? new int[4] : java.util.Arrays.copyOf(dropped, droppedLength * 2);
                    }
                    dropped[droppedLength++] = ps;
                    dropped[droppedLength++] = pe;
                    i = past;
                } else if (hasBreak && isLayoutBreak(original, lineStart, i, j)) {
                    i = j; // dropped: the word or sentence continues on the next line
                } else if (!hasBreak && letterGap(original, i, j) && (spacedLine == lineStart ? spacedLineValue
                        : (spacedLineValue = letterSpaced(original, spacedLine = lineStart)))) {
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
            return new NormalizedText(original, original, start, end, null);
        }
        return new NormalizedText(original, new String(out, 0, len), start, end,
                dropped == null ? null : java.util.Arrays.copyOf(dropped, droppedLength));
    }

    /** Dashes that frame a page number: — 3 — (GB/T 9704's form for official documents), － 3 －, - 3 -. */
    private static boolean isPageDash(char c) {
        return c == '—' || c == '－' || c == '-' || c == '–' || c == '―' || c == '─';
    }

    /**
     * Where the text goes on after a line of its own at {@code from} holding only a page number (— 3 —, 3) and the
     * whitespace after it, which must hold a line break; -1 when the line is no page number.
     */
    static int pastPageNumber(String s, int from) {
        int n = s.length(), k = from;
        int dashes = 0, digits = 0;
        while (k < n && (isPageDash(s.charAt(k)) || pageSpace(s.charAt(k)))) {
            dashes += isPageDash(s.charAt(k++)) ? 1 : 0;
        }
        while (k < n && (s.charAt(k) >= '0' && s.charAt(k) <= '9' || s.charAt(k) >= '０' && s.charAt(k) <= '９'
                || digits > 0 && isZeroWidth(s.charAt(k)))) {
            digits += isZeroWidth(s.charAt(k++)) ? 0 : 1;
        }
        int after = 0;
        while (k < n && (isPageDash(s.charAt(k)) || pageSpace(s.charAt(k)))) {
            after += isPageDash(s.charAt(k++)) ? 1 : 0;
        }
        if (digits == 0 || digits > 4 || (dashes == 0) != (after == 0) || dashes > 2 || after > 2) {
            return -1;
        }
        boolean hasBreak = false;
        while (k < n && Chars.isSpace(s.charAt(k))) {
            hasBreak |= Chars.isLineBreak(s.charAt(k++));
        }
        if (!hasBreak || k == n || dashes == 0 && (NUMBER_UNITS.indexOf(s.charAt(k)) >= 0 || numberBefore(s, from))) {
            return -1; // a bare number the sentence counts with: 8月⏎15⏎日, 第⏎3⏎章
        }
        return k;
    }

    private static boolean pageSpace(char c) {
        return c == ' ' || c == '\u3000' || isZeroWidth(c);
    }

    /** Chars that follow a number in a sentence (units, counters, dates): no page number comes before them. */
    private static final String NUMBER_UNITS = "年月日号时分秒个万亿元岁人次届期版条款项章节页倍%％.．,，";

    /** Whether the last visible char before the line at {@code from} is 第 or a digit: the number is its own. */
    private static boolean numberBefore(String s, int from) {
        int k = from - 1;
        while (k >= 0 && Chars.isSpace(s.charAt(k))) {
            k--;
        }
        return k >= 0 && (s.charAt(k) == '第' || Character.isDigit(s.charAt(k)));
    }

    /**
     * Whether the whitespace {@code [from, to)} (no line break) is ASCII spaces between two Han chars, or a Han char
     * and Chinese punctuation: a gap that letter spacing makes.
     */
    private static boolean letterGap(String s, int from, int to) {
        if (from == 0 || to >= s.length()) {
            return false;
        }
        int spaces = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c == ' ' || c == '\u00A0') {
                spaces++;
            } else if (!isZeroWidth(c)) {
                return false; // an ideographic space is typesetting (王　毅 in a list of names), not letter spacing
            }
        }
        if (spaces == 0 || spaces > 2) {
            return false;
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
        int spaces = 0; // ASCII spaces since it; -1 after any other space
        for (int k = from; k < s.length(); k++) { // one pass per line, cached by the caller: linear in the text
            char c = s.charAt(k);
            if (Chars.isLineBreak(c)) {
                break;
            }
            if (isZeroWidth(c)) {
                continue;
            }
            if (Chars.isSpace(c)) {
                spaces = spaces >= 0 && (c == ' ' || c == '\u00A0') ? spaces + 1 : -1;
                continue;
            }
            if (prev >= 0 && Chars.isHan(s.charAt(prev)) && Chars.isHan(c)) {
                if (spaces == 0) {
                    direct++;
                } else if (spaces > 0 && spaces <= 2) {
                    spaced++;
                }
            }
            prev = k;
            spaces = 0;
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

    static boolean isZeroWidth(char c) {
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
        boolean hanPrev = Chars.isHan(prev) || Chars.isCjkPunct(prev);
        boolean hanNext = Chars.isHan(next) || Chars.isCjkPunct(next);
        // Latin text: a line break is a word boundary; digits cut from the Han char after or before them are not
        // (11⏎月28日, 第⏎3届), nor a number cut in two between Han chars (11月3⏎0日)
        boolean digitsBetweenHan = isDigit(prev) && isDigit(next) && digitsFrom(s, from - 1, -1) && digitsFrom(s, to, 1);
        if (!(hanPrev || isDigit(prev) && Chars.isHan(next) || digitsBetweenHan)
                || !(hanNext || isDigit(next) && Chars.isHan(prev) || digitsBetweenHan)) {
            return false;
        }
        String nextLine = visible(s, to, Math.min(s.length(), to + 16));
        if (!nextLine.isEmpty() && startsBlock(nextLine, 0)) {
            return false;
        }
        if (indented(s, from, to) && !endsWithTitledSurname(visible(s, lineStart, from))) {
            return false; // the next line opens a paragraph (　　 or a tab), even after one ending without a stop;
            // not after a title and a surname (市长王⏎　　军), where no paragraph ends
        }
        if (ownLine(s, to) && !endsWithTitledSurname(visible(s, lineStart, from))
                && !(loneSurname(visible(s, to, lineEnd(s, to))) && endsWithTitle(visible(s, lineStart, from)))) {
            return false; // a byline or short heading on a line of its own: 待到山花烂漫时……（附图片１张）⏎毛同恺⏎;
            // not the rest of a name whose surname ends the line before, after its title (记者 张⏎梦 报道⏎), nor a
            // surname alone on its line after a title (党委书记⏎张⏎伟主持)
        }
        String line = visible(s, lineStart, from);
        if (loneSurname(line) && endsWithTitle(visible(s, lastLineStart(s, lastVisible(s, lineStart)), lineStart))) {
            return true; // 党委书记⏎张⏎伟主持: the surname's line goes on with the given name
        }
        if (line.isEmpty() || startsBlock(line, 0)) {
            return false;
        }
        if (openTitle(line)) {
            return true;
        }
        // a dash ends a line before what it introduces; not one dash between two Han chars, which joins a pair of
        // places or a range (奎屯—⏎独山子经济技术开发区)
        int beforeDash = from - 2; // the char before the dash, across zero-width marks
        while (beforeDash >= 0 && isZeroWidth(s.charAt(beforeDash))) {
            beforeDash--;
        }
        boolean pairDash = prev == '—' && beforeDash >= 0 && Chars.isHan(s.charAt(beforeDash)) && Chars.isHan(next);
        if (Chars.isSentenceEnd(prev) || prev == '：' || prev == ':' || prev == '—' && !pairDash || prev == '▼') {
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
        return nonSpaceLength(line) >= MIN_PARAGRAPH_LINE || hasInnerPunct(line) || openBracket(line)
                || inColumn(s, lineStart, from, to) || endsWithTitledSurname(line) || titledDottedName(line, nextLine)
                || startsWithAny(nextLine, NAME_TAILS) || cutWord(line, nextLine);
    }

    /**
     * A short line whose last char and the next line's first chars make a word of HanLP's core dictionary, where no
     * word of it ends at that last char nor starts at the next line's first char (会见了新⏎⏎疆天鹅: 新疆 is a word, 了新
     * and 疆天 are none): the layout cut that word, which no heading or byline ends with.
     */
    static boolean cutWord(String line, String nextLine) {
        int n = line.length();
        if (n < 2 || nextLine.isEmpty() || !Chars.isHan(line.charAt(n - 1)) || !Chars.isHan(nextLine.charAt(0))) {
            return false;
        }
        boolean crossing = false;
        for (int len = 1; len <= 3 && len <= nextLine.length() && !crossing; len++) {
            crossing = dictionaryWord(line.substring(n - 1) + nextLine.substring(0, len));
        }
        if (!crossing) {
            return false;
        }
        for (int len = 2; len <= 4 && len <= n; len++) {
            if (dictionaryWord(line.substring(n - len))) {
                return false; // 改革创新⏎: the line ends a word
            }
        }
        for (int len = 2; len <= 4 && len <= nextLine.length(); len++) {
            if (dictionaryWord(nextLine.substring(0, len))) {
                return false; // ⏎人民日报: the next line starts one
            }
        }
        return true;
    }

    private static boolean dictionaryWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Chars.isHan(w.charAt(i))) {
                return false;
            }
        }
        return com.hankcs.hanlp.dictionary.CoreDictionary.get(w) != null;
    }

    /**
     * Ends of company names that never open a sentence: a line that starts with one goes on with a name the layout
     * cut (新疆天池能源⏎有限责任公司).
     */
    private static final String[] NAME_TAILS = {"有限责任公司", "股份有限公司", "有限公司"};

    /** Titles that stand right before a person's name (党支部书记王⏎建军). */
    private static final String[] NAME_TITLES = {"书记", "主席", "主任", "部长", "厅长", "局长", "处长", "科长", "省长",
            "市长", "州长", "县长", "区长", "镇长", "乡长", "村长", "师长", "团长", "政委", "委员", "常委", "记者", "通讯员",
            "经理", "董事长", "校长", "院长", "所长", "站长", "队长", "社长", "会长", "理事长", "秘书长", "检察长", "庭长"};

    /** Common surnames, the names' first chars after a title. */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
            + "余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武"
            + "戴莫孔向汤艾古买阿";

    /**
     * A line that ends with a title and a surname (党支部书记王) stops inside a name: no heading or sentence ends so,
     * whatever the line's width.
     */
    static boolean endsWithTitledSurname(String line) {
        int n = line.length();
        if (n < 3 || SURNAMES.indexOf(line.charAt(n - 1)) < 0) {
            return false;
        }
        int titleEnd = n - 1; // a byline spaces its title from the name (记者 张)
        while (titleEnd > 0 && Chars.isSpace(line.charAt(titleEnd - 1))) {
            titleEnd--;
        }
        for (String t : NAME_TITLES) {
            if (line.startsWith(t, titleEnd - t.length())) {
                return true;
            }
        }
        return false;
    }

    /** A line that is one common surname and nothing else (党委书记⏎张⏎伟: a name the layout spread over lines). */
    static boolean loneSurname(String line) {
        return line.length() == 1 && SURNAMES.indexOf(line.charAt(0)) >= 0;
    }

    /** A line that ends with a title that stands right before a name (党委书记, 记者). */
    static boolean endsWithTitle(String line) {
        for (String t : NAME_TITLES) {
            if (line.endsWith(t)) {
                return true;
            }
        }
        return false;
    }

    /** The end of the line that holds {@code at}: its line break, or the text's end. */
    private static int lineEnd(String s, int at) {
        int k = at;
        while (k < s.length() && !Chars.isLineBreak(s.charAt(k))) {
            k++;
        }
        return k;
    }

    /** The offset just past the last char before {@code at} that is no whitespace, or 0. */
    private static int lastVisible(String s, int at) {
        int k = at;
        while (k > 0 && Chars.isSpace(s.charAt(k - 1))) {
            k--;
        }
        return k;
    }

    /**
     * A line that ends with a title and one to three Han chars, before a line that goes on with Han chars up to a
     * name's middle dot (主任如⏎先古丽·吾斯曼, 书记阿不都⏎热依木·买买提), stops inside a transliterated name.
     */
    static boolean titledDottedName(String line, String nextLine) {
        int dot = -1;
        for (int i = 0; i < nextLine.length() && i <= 6 && dot < 0; i++) {
            char ch = nextLine.charAt(i);
            if (i > 0 && Chars.isNameDot(ch)) {
                dot = i;
            } else if (!Chars.isHan(ch)) {
                return false;
            }
        }
        if (dot < 0) {
            return false;
        }
        int n = line.length();
        for (int k = 1; k <= 3 && k < n; k++) {
            if (!Chars.isHan(line.charAt(n - k))) {
                return false;
            }
            for (String t : NAME_TITLES) {
                if (line.startsWith(t, n - k - t.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsWithAny(String text, String[] words) {
        for (String w : words) {
            if (text.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the digits from {@code i} on, walking by {@code step}, end at a Han char (月|3 of 11月3, 0|日); zero-width
     * chars are passed over, as the cleaned text drops them.
     */
    private static boolean digitsFrom(String s, int i, int step) {
        while (i >= 0 && i < s.length() && (isDigit(s.charAt(i)) || isZeroWidth(s.charAt(i)))) {
            i += step;
        }
        return i >= 0 && i < s.length() && Chars.isHan(s.charAt(i));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    /** Shortest line width read as a column of running text by {@link #inColumn}. */
    static final int MIN_COLUMN_WIDTH = 8;

    /**
     * Whether the line {@code [lineStart, from)} is a full line of a narrow column (a newspaper's 12 to 14 chars): as
     * wide as the line before it or after it (one line break apart), where that line is running text cut by the
     * layout too ({@link #cutRunningLine}), so this one is no heading. 新疆维吾尔自治区党委书记马⏎兴瑞在乌鲁木齐调研，…
     */
    static boolean inColumn(String s, int lineStart, int from, int to) {
        int width = width(s, lineStart, from);
        if (width < MIN_COLUMN_WIDTH) {
            return false;
        }
        int nextEnd = to;
        while (nextEnd < s.length() && !Chars.isLineBreak(s.charAt(nextEnd))) {
            nextEnd++;
        }
        if (Math.abs(width(s, to, nextEnd) - width) <= 1 && cutRunningLine(visible(s, to, nextEnd))) {
            return true;
        }
        // the line before: one line break before lineStart, with nothing but spaces beside it
        int k = lineStart - 1;
        if (k < 0 || !Chars.isLineBreak(s.charAt(k))) {
            return false;
        }
        if (s.charAt(k) == '\n' && k > 0 && s.charAt(k - 1) == '\r') {
            k--;
        }
        while (k > 0 && Chars.isSpace(s.charAt(k - 1)) && !Chars.isLineBreak(s.charAt(k - 1))) {
            k--;
        }
        if (k == 0 || Chars.isLineBreak(s.charAt(k - 1))) {
            return false; // a blank line: a paragraph break, not a column
        }
        int prevStart = lastLineStart(s, k);
        return Math.abs(width(s, prevStart, k) - width) <= 1 && cutRunningLine(visible(s, prevStart, k));
    }

    /**
     * A line of running text that the layout cut: a comma-like mark or a stop inside, and no stop or colon at its end (an
     * addressee line 各州市人民政府，自治区各部门： after a title of the same width is no column).
     */
    private static boolean cutRunningLine(String line) {
        if (line.isEmpty() || !hasInnerPunct(line)) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return !(Chars.isSentenceEnd(last) || last == '：' || last == ':' || Chars.isCloser(last));
    }

    /**
     * Chars of the line {@code [from, to)} as set on the page: an indent of ideographic spaces or tabs counts (the
     * first line of a paragraph is as wide as the others), ASCII spaces and zero-width marks do not, nor do trailing
     * spaces.
     */
    private static int width(String s, int from, int to) {
        while (to > from && Chars.isSpace(s.charAt(to - 1))) {
            to--;
        }
        int w = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c == '\u3000' || c == '\t' || !(Chars.isSpace(c) || isZeroWidth(c))) {
                w++;
            }
        }
        return w;
    }

    /** A round bracket opened on the line and not closed: the break falls inside it (本报讯（记者王⏎建国）). */
    private static boolean openBracket(String line) {
        int open = Math.max(line.lastIndexOf('（'), line.lastIndexOf('('));
        return open >= 0 && line.indexOf('）', open) < 0 && line.indexOf(')', open) < 0;
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

    /**
     * A comma-like mark, or a full stop with the next sentence run on after it (兴。他先后来到新疆天⏎山畜牧…): running
     * text, not a heading or a name on a line of its own. Callers rule out a stop at the line's end.
     */
    private static boolean hasInnerPunct(String line) {
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c == '，' || c == '、' || c == '。' || c == '；' || c == '：' || c == ',' || c == ';') {
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
