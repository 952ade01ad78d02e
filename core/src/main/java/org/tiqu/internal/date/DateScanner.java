package org.tiqu.internal.date;

import org.tiqu.internal.text.CharSet;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Finds date expressions in cleaned text in one left-to-right pass. Most characters are rejected by a table
 * lookup; only at a digit, a Chinese numeral or the first character of a known date word does the scanner try
 * to read an expression (components from coarse to fine, then 以来 or a range with an elliptical end).
 * Stateless and thread-safe; each call works on its own {@link Context}.
 *
 * <p>Span rules follow the annotation guideline (section 3): units and attached modifiers belong to the span
 * (今年底, 25日上午, 2017年以来, 十年来), prepositions and 前/起 do not, a range is one span only when one end is
 * elliptical (8月15日至17日, 2021-2023年).
 *
 * <p>Anaphoric words count from the date the text mentioned last, not from the reference date: 当天, 同日, 次日,
 * 第二天, 前一天, 当晚 from the last single day (8月15日……当天 = the 15th), 当月/次月 from the last month, 同年, 次年,
 * 这一年 from the last year; a part of day alone (晚上) falls on the last day. With nothing mentioned before, they
 * count from the reference date (当年 alone stays the vague "back then"). A month or day written without a year
 * takes the year written last in the same paragraph (1935年1月……6月), unless it reads as current news or a plan
 * against the reference date (see {@code inheritWrittenYear}).
 */
public final class DateScanner {
    private static final int U = DateExpr.U;
    private static final DateLexicon LEX = DateLexicon.INSTANCE;
    private static final CharSet TRIGGER = new CharSet();
    /** First characters of reign titles (洪武) and of a dynasty written before one (明洪武三年). */
    private static final CharSet REIGN_TRIGGER = new CharSet();
    /** Dynasty names that may stand before a reign title (明洪武三年, 清光绪二十六年, 北宋庆历四年), longest first. */
    private static final String[] DYNASTY_PREFIXES = {"北宋", "南宋", "明朝", "清朝", "唐朝", "宋朝", "元朝", "明代", "清代",
            "唐代", "宋代", "元代", "明", "清", "唐", "宋", "元"};
    /** What may follow a number that starts a date: units, range connectors, the 五 of 十四五. */
    private static final String UNIT_AFTER_NUMBER = "年月日号时点世季个多余-—–~～〜至到－/.:：五天周．·・学赛财";

    static {
        for (char c = '0'; c <= '9'; c++) {
            TRIGGER.add(c);
        }
        TRIGGER.addAll("〇○零一二两三四五六七八九十“近这过第公半每");
        for (int c = 0; c < 65536; c++) {
            if (LEX.isFirst((char) c)) {
                TRIGGER.add((char) c);
            }
            if (LEX.reignsStartingWith((char) c) != null) {
                TRIGGER.add((char) c);
                REIGN_TRIGGER.add((char) c);
            }
        }
        for (String d : DYNASTY_PREFIXES) {
            TRIGGER.add(d.charAt(0));
            REIGN_TRIGGER.add(d.charAt(0));
        }
    }

    /** Receives the expressions found, in text order, never overlapping. */
    public interface Sink {
        void date(int start, int end, String value);
    }

    /**
     * What the scanner may know of the segmentation: word boundaries (so that 前天 is not read inside 目前天气) and
     * the segmenter's time words (so that the verb 过去 in 走过去 is not a date).
     */
    public interface Context {
        /** Whether a word starts or ends at {@code i}; true everywhere when no segmentation is known. */
        boolean boundary(int i);

        /** Whether the segmenter read {@code [start, end)} as one time word (or knows nothing). */
        boolean timeWord(int start, int end);

        /** Whether the segmenter read {@code [start, end)} as one person-name word (陈早春, 杨正午); false if unknown. */
        default boolean nameWord(int start, int end) {
            return false;
        }
    }

    /** A context without segmentation: every position is a boundary, every candidate a time word. */
    public static final Context NO_WORDS = new Context() {
        @Override
        public boolean boundary(int i) {
            return true;
        }

        @Override
        public boolean timeWord(int start, int end) {
            return true;
        }
    };

    /** Words after a month, longest first: 上旬 to 下旬 (the value becomes those days), 初/底/末 (it stays the month). */
    private static final String[] MONTH_TAILS = {"上中旬", "中下旬", "上旬", "中旬", "下旬", "底", "末", "初"};
    /** Words after a decade (the value stays the decade). */
    private static final String[] DECADE_TAILS = {"上半期", "下半期", "前半期", "后半期", "中期", "末期", "初期", "后期",
            "前期", "中叶", "末", "初"};
    /** Words after a century: a half (上半叶) or the decade that its first character names (初 0, 中 5, 末 9). */
    private static final String[] CENTURY_TAILS = {"上半叶", "下半叶", "中叶", "中期", "初叶", "初期", "末叶", "末期",
            "初", "末"};

    private DateScanner() {
    }

    /** The ten-day part a word ends with: 上旬 1, 中旬 2, 下旬 3, 上中旬 12, 中下旬 23; else U. */
    static int tenDays(String w) {
        if (w.endsWith("上中旬") || w.endsWith("中下旬")) {
            return w.endsWith("上中旬") ? 12 : 23;
        }
        return w.endsWith("上旬") ? 1 : w.endsWith("中旬") ? 2 : w.endsWith("下旬") ? 3 : U;
    }

    /** Scans {@code s}, resolving values against {@code ref} (may be null). */
    public static void scan(String s, Context ctx, LocalDate ref, Sink out) {
        Adjacent joined = new Adjacent(out, ref, s);
        // a value that cannot be computed (a gap in the grammar) drops that one expression, never the extraction
        Sink guarded = (st, en, v) -> {
            if (v != null) {
                joined.date(st, en, v);
            }
        };
        scanSeparate(s, ctx, ref, guarded);
        joined.flush();
    }

    /**
     * Expressions that touch (岁末年初, 元旦春节, 以往春节) are one span, as in People's Daily's time words. The value
     * becomes an interval of the two when both are plain dates, else the first one's value stays.
     */
    private static final class Adjacent implements Sink {
        private final Sink out;
        private final LocalDate ref;
        private final String text;
        private int start = -1;
        private int end;
        private String value;

        Adjacent(Sink out, LocalDate ref, String text) {
            this.out = out;
            this.ref = ref;
            this.text = text;
        }

        @Override
        public void date(int s, int e, String v) {
            // a count right after a date starts a new expression (1949年至1958年|10年间)
            // and so does a demonstrative period (20世纪90年代|这150年)
            if (start >= 0 && s == end && !(text.charAt(s - 1) == '年' && Numerals.startsNumber(text.charAt(s)))
                    && text.charAt(s) != '这' && text.charAt(s) != '那') {
                String a = value;
                int slash = a.indexOf('/');
                String from = slash >= 0 ? a.substring(0, slash) : a;
                int slashB = v.lastIndexOf('/');
                String to = slashB >= 0 ? v.substring(slashB + 1) : v;
                if (plain(a) && v.startsWith(a) && v.length() > a.length() && v.charAt(a.length()) == '-') {
                    value = v; // 年底12月中旬: the second narrows the first down
                } else if (a.length() == 10 && plain(a) && (text.charAt(end - 1) == '日' || text.charAt(end - 1) == '号')
                        && !Numerals.startsNumber(text.charAt(s))) {
                    // 10月1日国庆节, 1月28日春节前夕: a day written out names the day; the named day after it is its
                    // name or a day near it, no end of a period
                } else if (plain(from) && plain(to) && from.compareTo(to) < 0) {
                    value = DateValues.interval(from, to);
                } else if (coded(from) && coded(to) && from.compareTo(to) < 0
                        && (from.regionMatches(5, to, 5, 2) || !from.regionMatches(0, to, 0, 4))) {
                    value = DateValues.interval(from, to); // 今冬明春: 1997-WI/1998-SP
                } else if (from.length() == 7 && from.endsWith("-12") && to.length() == 7 && to.endsWith("-01")
                        && from.regionMatches(0, to, 0, 4) && plain(from) && ref != null) {
                    // 岁末年初 (年底 and 年初 of the same year): the turn of the year nearest to the reference date
                    int y = Integer.parseInt(from, 0, 4, 10) - (ref.getMonthValue() <= 6 ? 1 : 0);
                    value = DateValues.interval(DateValues.month(y, 12), DateValues.month(y + 1, 1));
                }
                end = e;
                return;
            }
            flush();
            start = s;
            end = e;
            value = v;
        }

        /** YYYY-SP, YYYY-H1, YYYY-Q3 or YYYY-MM. */
        private static boolean coded(String v) {
            if (v.length() != 7 || v.charAt(4) != '-' || !plain(v.substring(0, 4))) {
                return false;
            }
            String c = v.substring(5);
            return plain(v) || DateExpr.isSeason(c) || c.equals("H1") || c.equals("H2")
                    || (c.charAt(0) == 'Q' && c.charAt(1) >= '1' && c.charAt(1) <= '4');
        }

        /** YYYY, YYYY-MM or YYYY-MM-DD. */
        private static boolean plain(String v) {
            int n = v.length();
            return (n == 4 || n == 7 || n == 10) && digits(v, 0, 4)
                    && (n == 4 || v.charAt(4) == '-' && digits(v, 5, 7))
                    && (n < 10 || v.charAt(7) == '-' && digits(v, 8, 10));
        }

        void flush() {
            if (start >= 0) {
                out.date(start, end, value);
                start = -1;
            }
        }
    }

    /** Whether {@code v} holds ASCII digits from {@code from} to {@code to}. */
    static boolean digits(String v, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Numerals.isAsciiDigit(v.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** The value of {@code x}, or null when it cannot be computed (never expected; logged nowhere, dropped). */
    static String safeValue(DateExpr x, LocalDate ref) {
        try {
            return x.value(ref);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Scans without joining touching expressions. */
    static void scanSeparate(String s, Context ctx, LocalDate ref, Sink out) {
        Run r = new Run(s, ctx, ref, out);
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!TRIGGER.has(s.charAt(i))) {
                i++;
                continue;
            }
            int end = r.at(i);
            i = end > i ? end : i + 1;
        }
    }

    /** One scan over one text. */
    private static final class Run {
        final String s;
        final int n;
        final Context ctx;
        final LocalDate ref;
        final Sink out;

        /** End and value of the last expression emitted (a weekday right after a date takes its value). */
        int lastEnd = -10;
        String lastValue;
        /** The day, month and year the text mentioned last (anaphoric 当天, 当月, 次年 count from them), or null/U. */
        LocalDate anchorDay;
        /** Where the expression that gave {@link #anchorDay} ended. */
        int anchorDayEnd = -1;
        YearMonth anchorMonth;
        int anchorYear = U;
        /** Where the expression that gave {@link #anchorMonth} ended. */
        int anchorMonthEnd = -1;
        /** Where the expression that gave {@link #anchorYear} ended. */
        int anchorYearEnd = -1;
        /**
         * The year the text last wrote out (1997年, 1997年3月6日; not 今年) and where, and the month written with it
         * (or null): a month or day without a year later in the same paragraph belongs to them (1937年7月7日……8日).
         */
        int writtenYear = U;
        int writtenYearEnd = -1;
        YearMonth writtenMonth;
        /** The day of {@link #writtenMonth} written with it, or U. */
        int writtenDay = U;
        /** While emitting a comparison year (比上年增长): its year is no anchor for the words after it. */
        boolean comparing;
        /** While reading the elliptical end of a range (8日至十日): small Chinese days are dates there. */
        boolean rangeEnd;
        /** While skipping a set after 每: the first word need not start at a word boundary. */
        boolean relaxStart;
        /** The day of the last dateline (12月30日电) as {@code YYYY-MM-DD} or {@code XXXX-MM-DD}, or null. */
        String dateline;

        Run(String s, Context ctx, LocalDate ref, Sink sink) {
            this.s = s;
            this.n = s.length();
            this.ctx = ctx;
            this.ref = ref;
            this.out = (st, en, v) -> {
                if (en - st > 2 && (s.startsWith("农历", st) || s.startsWith("阴历", st))) {
                    st += 2; // 农历八月十五: the calendar's name says how to read the date but is no part of it
                }
                lastEnd = en;
                lastValue = v;
                if (v != null && (ch(en) == '电' || ch(en) == '讯') && dayValue(v)) {
                    dateline = v.substring(0, 10); // 新华社莫斯科12月30日电
                }
                // a comparison base (比1996年增长, 与1996年持平) is not the year in discussion
                if (v != null && !comparing && "比较与跟".indexOf(ch(st - 1)) < 0 && remember(v, en)) {
                    anchorYearEnd = en;
                }
                sink.date(st, en, v);
            };
        }

        /**
         * Keeps the day, month and year of {@code v} as anchors for anaphoric words; intervals (近两周, 8月15日至17日)
         * and vague values name no single day and are skipped.
         */
        boolean remember(String v, int end) {
            int n = v.length();
            if (n < 4 || !digits(v, 0, 4) || (n > 4 && v.charAt(4) != '-') || v.indexOf('/') >= 0) {
                return false;
            }
            int y = Integer.parseInt(v, 0, 4, 10);
            anchorYear = y;
            if (n >= 7 && v.charAt(4) == '-' && digits(v, 5, 7)) {
                int m = Integer.parseInt(v, 5, 7, 10);
                if (m < 1 || m > 12) {
                    return true;
                }
                anchorMonth = YearMonth.of(y, m);
                anchorMonthEnd = end;
                if (n >= 10 && v.charAt(7) == '-' && digits(v, 8, 10)) {
                    int d = Integer.parseInt(v, 8, 10, 10);
                    if (d >= 1 && d <= anchorMonth.lengthOfMonth()) {
                        anchorDay = LocalDate.of(y, m, d);
                        anchorDayEnd = end;
                    }
                }
            }
            return true;
        }

        char ch(int i) {
            return i >= 0 && i < n ? s.charAt(i) : '\0';
        }

        boolean has(String w, int i) {
            return s.startsWith(w, i);
        }

        /**
         * A cheap test that nothing can start at {@code i}: no date word starts here and no number here is followed
         * by a date unit. Most trigger characters (一, 国, 上 ...) end here without allocating anything.
         */
        boolean nothingAt(int i) {
            char c = s.charAt(i);
            DateLexicon.Entry[] es = LEX.startingWith(c);
            if (es != null) {
                char next = ch(i + 1);
                char[] seconds = LEX.secondChars(c);
                for (int j = 0; j < es.length; j++) {
                    // the second char first: most entries of a common first char (上, 今, 本) differ there
                    char second = seconds[j];
                    if ((second == DateLexicon.ONE_CHAR || second == next) && has(es[j].word(), i)) {
                        return false;
                    }
                }
            }
            int p = i;
            if (c == '公') {
                return !has("公元", i);
            }
            if (c == '半') {
                return !has("半年", i);
            }
            if (c == '每') {
                return i + 1 >= n || !TRIGGER.has(s.charAt(i + 1)) && s.charAt(i + 1) != '逢' && s.charAt(i + 1) != '个';
            }
            if (c == '“') {
                char d = ch(i + 1);
                return d != '十' && "六七八九".indexOf(d) < 0;
            }
            if (c == '今' && has("今明两", i)) {
                return false; // 今明两天
            }
            if (c == '近' || c == '这' || c == '第' || c == '前' || c == '晚' || c == '早' || c == '夜') {
                p = i + 1; // (晚8时)
                if (c == '近' && has("百年", p)) {
                    return false;
                }
            } else if (c == '过') {
                if (!has("过去", i)) {
                    return true;
                }
                p = ch(i + 2) == '的' ? i + 3 : i + 2;
            }
            if (has("半年", p)) {
                return false;
            }
            if (!Numerals.startsNumber(ch(p))) {
                return true;
            }
            long num = Numerals.parse(s, p);
            if (num == Numerals.NONE) {
                return true;
            }
            return UNIT_AFTER_NUMBER.indexOf(ch(p + Numerals.length(num))) < 0;
        }

        /** Tries an expression at {@code i}; returns the end of what was emitted, or -1. */
        int at(int i) {
            char c = s.charAt(i);
            if (REIGN_TRIGGER.has(c)) {
                int e = reign(i);
                if (e > 0) {
                    return e;
                }
            }
            if (nothingAt(i)) {
                return -1;
            }
            char prev = ch(i - 1);
            if (c == '每') {
                // 每周四上午 (the segmenter may glue 每周): skip the set, whatever the word edges after 每
                relaxStart = true;
                int j = skipSet(ch(i + 1) == '个' ? i + 2 : i + 1); // (每个星期天)
                if (j < 0) {
                    // 每年春节, 每年的8月, 每逢元旦, 每天上午: the date after the unit of a set is that set, no date
                    int u = setUnitEnd(i + 1);
                    if (u > 0) {
                        j = skipSet(ch(u) == '的' ? u + 1 : u);
                    }
                }
                relaxStart = false;
                return j;
            }
            if (prev == '每' || prev == '隔' || prev == '逐' || countedWeekdayAt(i)) {
                return skipSet(i);
            }
            if (c == '公') {
                return era(i);
            }
            int e;
            if (c == '“' || c == '十' || c == '六' || c == '七' || c == '八' || c == '九') {
                if ((e = plan(i)) > 0) {
                    return e;
                }
            }
            if ((e = anchored(i)) > 0) {
                return e;
            }
            // a composed expression and a standalone word may both start here: the longer wins
            DateExpr x = new DateExpr();
            int j = components(i, x);
            if (j == x.softEnd) {
                j = i; // 联合国日|前: the last word ran into a word the segmenter did not split there
            }
            DateLexicon.Entry w = standalone(i);
            int wEnd = w == null ? -1 : i + w.word().length();
            if (j > i && j >= wEnd) {
                return finish(i, j, x);
            }
            if (w != null) {
                return emitWord(i, w);
            }
            if (Numerals.startsNumber(c)) {
                return bareRange(i);
            }
            return -1;
        }

        /** Sets and frequencies (每年, 每3年, 每周四上午): the expression at {@code i} is skipped, its tail too. */
        int skipSet(int i) {
            int j = components(i, new DateExpr());
            if (j <= i) {
                return -1;
            }
            int b = connector(j);
            if (b > 0) {
                int e = components(b, new DateExpr()); // 每年3月至5月: both ends belong to the set
                if (e > b) {
                    return e;
                }
            }
            return j;
        }

        /**
         * End of the unit of a set after 每 at {@code i}: 年, 月, 周, 天, 日, 星期, 个月, 逢 (每逢), optionally counted
         * (每3年, 每两个月); -1 when none.
         */
        int setUnitEnd(int i) {
            int k = i;
            long num = Numerals.parse(s, k);
            if (num != Numerals.NONE) {
                k += Numerals.length(num);
            }
            if (ch(k) == '个') {
                k++;
            }
            char c = ch(k);
            if (c == '年' || c == '月' || c == '周' || c == '天' || c == '日' || c == '逢') {
                return k + 1;
            }
            return has("星期", k) ? k + 2 : -1;
        }

        /** The era name at {@code p}, or null. */
        DateLexicon.Reign reignAt(int p) {
            DateLexicon.Reign[] rs = p < n ? LEX.reignsStartingWith(s.charAt(p)) : null;
            if (rs != null) {
                for (DateLexicon.Reign r : rs) {
                    if (has(r.name(), p)) {
                        return r;
                    }
                }
            }
            return null;
        }

        /**
         * A year of a reign or era: 洪武三年 (1370), 明洪武三年, 民国元年 (1912), 平成十年 (1998). The year must lie within
         * the reign. A Gregorian era goes on like any year (民国三十八年十月一日); a lunar month or day after a
         * reign year (光绪二十六年五月) belongs to the span, but the value stays the year.
         */
        int reign(int i) {
            int p = i;
            DateLexicon.Reign r = reignAt(p);
            for (int d = 0; r == null && d < DYNASTY_PREFIXES.length; d++) {
                if (has(DYNASTY_PREFIXES[d], i)) {
                    p = i + DYNASTY_PREFIXES[d].length();
                    r = reignAt(p);
                }
            }
            if (r == null) {
                return -1;
            }
            int q = p + r.name().length();
            if (ch(q) == '年' && ch(q + 1) == '间' && r.last() < 9999) {
                // 康熙年间: the whole reign
                out.date(i, q + 2, String.format("%04d/%04d", r.first(), r.last()));
                return q + 2;
            }
            int v;
            int k;
            if (ch(q) == '元' && ch(q + 1) == '年') {
                v = 1;
                k = q + 1;
            } else {
                long num = Numerals.parse(s, q);
                if (num == Numerals.NONE || Numerals.kind(num) != Numerals.CN_POSITIONAL
                        && !(r.gregorian() && Numerals.kind(num) == Numerals.ARABIC)) {
                    return -1;
                }
                v = Numerals.value(num);
                k = q + Numerals.length(num);
            }
            int y = r.first() + v - 1;
            char after = ch(k + 1);
            if (ch(k) != '年' || v < 1 || y > r.last() || "来间内多余代".indexOf(after) >= 0) {
                return -1; // 开元十年来: a duration
            }
            DateExpr x = new DateExpr();
            x.year = y;
            x.at(DateExpr.L_YEAR);
            if (r.gregorian()) {
                return finish(i, components(yearTail(k + 1, x, true), x), x);
            }
            String value = safeValue(x, ref);
            DateExpr lunar = new DateExpr();
            lunar.year = y;
            lunar.at(DateExpr.L_YEAR);
            int e = components(yearTail(k + 1, lunar, true), lunar);
            out.date(i, e, value);
            return e;
        }

        /** 公元960年, 公元前221年 (any number of digits: the era word says it is a year). */
        int era(int i) {
            int p = i + 2;
            boolean bc = ch(p) == '前';
            if (bc) {
                p++;
            }
            if (!bc && has("元年", p)) {
                DateExpr first = new DateExpr(); // 公元元年: the year 1
                first.year = 1;
                first.at(DateExpr.L_YEAR);
                out.date(i, p + 2, safeValue(first, ref));
                return p + 2;
            }
            long num = Numerals.parse(s, p);
            if (num == Numerals.NONE || Numerals.kind(num) == Numerals.CN_POSITIONAL && Numerals.value(num) < 10) {
                return -1;
            }
            int k = p + Numerals.length(num);
            int v = Numerals.value(num);
            if (ch(k) != '年' || v <= 0 || ch(k + 1) == '代' || ch(k + 1) == '间' || ch(k + 1) == '来') {
                return -1;
            }
            DateExpr x = new DateExpr();
            x.year = v;
            x.at(DateExpr.L_YEAR);
            if (bc) {
                x.bc = true;
                out.date(i, k + 1, safeValue(x, ref));
                return k + 1;
            }
            int j = components(yearTail(k + 1, x, true), x);
            return finish(i, j, x);
        }

        // ---------------------------------------------------------------- composed expressions

        /** Reads components from {@code i}; returns the end (i when none). */
        int components(int i, DateExpr x) {
            int j = i;
            while (j < n) {
                int k = component(j, x);
                if (k <= j) {
                    break;
                }
                j = k;
            }
            return j;
        }

        int component(int j, DateExpr x) {
            char c = s.charAt(j);
            if (c == '前' && (x.level == DateExpr.L_NONE || x.level == DateExpr.L_YEAR)) {
                int k = firstMonths(j, x);
                if (k > j) {
                    return k;
                }
            }
            if (Numerals.isAsciiDigit(c) || Numerals.startsNumber(c) || c == '第') {
                int k = number(j, x);
                if (k > j) {
                    return k;
                }
            }
            if ((c == '晚' || c == '早' || c == '夜') && (x.level == DateExpr.L_NONE || x.level == DateExpr.L_DAY)) {
                int k = partBeforeClock(j, x);
                if (k > j) {
                    return k;
                }
            }
            DateLexicon.Entry[] es = LEX.startingWith(c);
            if (es == null) {
                return -1;
            }
            for (DateLexicon.Entry en : es) {
                if (en.kind() == DateLexicon.Kind.VALUE || !has(en.word(), j)) {
                    continue;
                }
                int k = j + en.word().length();
                if (x.top == DateExpr.L_NONE && (!ctx.boundary(j) && !relaxStart && !afterGluedPreposition(j, k)
                        || ctx.nameWord(j, k) || afterCount(j, en.word()))) {
                    continue;
                }
                boolean soft = !ctx.boundary(k);
                if (soft && !continuesExpression(k) && !(ch(k) == '份' && en.word().endsWith("月"))) {
                    continue; // (元月份 is one word)
                }
                if (en.needsTime() && !ctx.timeWord(j, k)) {
                    continue;
                }
                if (x.top == DateExpr.L_NONE && (afterSurname(en.word(), j) || splitRelativeYear(en, j))) {
                    continue;
                }
                if (en.kind() == DateLexicon.Kind.LUNAR_DAY && ("年天个多余几".indexOf(ch(k)) >= 0 || "最起当".indexOf(ch(j - 1)) >= 0)) {
                    continue; // 最初十年, 起初十天: 初 + a count
                }
                if (en.kind() == DateLexicon.Kind.OBS && WEATHER_TERMS.contains(en.word()) && !termContext(j, k)) {
                    continue; // 一场大雪 is snow, “大雪”节气 the solar term
                }
                if (en.kind() == DateLexicon.Kind.YEAR_ANA && en.b() == 1 && j - anchorYearEnd > 60) {
                    continue; // 当年 far from any year: "back then"
                }
                if (x.top == DateExpr.L_NONE && lastEnd == j && en.b() == 1 && (ch(j) == '这' || ch(j) == '那')) {
                    continue; // 元旦这一天: the demonstrative only repeats the date before it
                }
                if (soft) {
                    x.softEnd = k;
                }
                if (apply(en, x, j)) {
                    if (en.kind() == DateLexicon.Kind.CENTURY_REL) {
                        return centuryTail(k, x);
                    }
                    if ((en.kind() == DateLexicon.Kind.MONTH_REL || en.kind() == DateLexicon.Kind.MONTH_ABS)
                            && en.word().endsWith("月")) {
                        if (ch(k) == '份') {
                            k++;
                        }
                        return monthTail(k, x);
                    }
                    if (en.kind() == DateLexicon.Kind.LUNAR_MONTH) {
                        return lunarDay(k, x, en.a());
                    }
                    if (en.kind() == DateLexicon.Kind.NEW_YEAR && x.top == DateExpr.L_YEAR && has("前夜", k)) {
                        x.observance = Observance.fixed(1, 1, 0); // 新年前夜: the night before New Year's Day
                        x.at(DateExpr.L_DAY);
                    }
                    if ((en.kind() == DateLexicon.Kind.OBS || x.observance != null) && !x.observance.isMonth()
                            && has("前夜", k)) {
                        x.lunarOffset -= 1; // 元旦前夜, 国庆前夜: the night before the named day
                        x.part = "NI";
                        x.at(DateExpr.L_PART);
                        return k + 2;
                    }
                    if (en.kind() == DateLexicon.Kind.SUB) {
                        return subEdge(k, x);
                    }
                    return yearTail(k, x, en.kind() == DateLexicon.Kind.YEAR_REL
                            || en.kind() == DateLexicon.Kind.YEAR_ANA && !en.word().equals("是年")); // (又是|年初)
                }
            }
            return -1;
        }

        /**
         * A two-character date word right after a one-character surname that the segmenter tagged as a name
         * (李|明天, 华|黎明): a given name, not a date.
         */
        boolean afterSurname(String word, int j) {
            return word.length() == 2 && j > 0 && GIVEN_NAMES.contains(word) && ctx.nameWord(j - 1, j)
                    && (j < 2 || !ctx.nameWord(j - 2, j - 1)) && (j < 3 || !ctx.nameWord(j - 3, j - 1)); // 李|明天, not 李|鹏|今天
        }

        /** Date words that are also common given names. */
        private static final java.util.Set<String> GIVEN_NAMES = java.util.Set.of("明天", "黎明", "天明", "清明", "春天",
                "秋天", "冬至", "立春", "立秋", "中秋", "国庆", "元旦", "春节", "新春", "晓春");

        /** Solar terms that are also weather words. */
        private static final java.util.Set<String> WEATHER_TERMS = java.util.Set.of("雨水", "小满", "芒种", "白露", "霜降",
                "小雪", "大雪");

        /** Whether the solar term at [j, k) is named as one: in quotes, or followed by 节气, 时节, 这天 ... */
        boolean termContext(int j, int k) {
            if (ch(j - 1) == '“' && ch(k) == '”' || ch(j - 1) == '「' && ch(k) == '」') {
                return true;
            }
            return startsAny(k, TERM_HEADS) || has("节气", j - 2) || has("节气", j - 3);
        }

        private static final String[] TERM_HEADS = {"节气", "时节", "节令", "那天", "这天", "当天", "之日", "前后", "一过",
                "过后", "到了", "来临"};

        /** 上年/下年 that the segmenter split after 上/下 (市场上|年味): no date. */
        boolean splitRelativeYear(DateLexicon.Entry en, int j) {
            return (en.kind() == DateLexicon.Kind.YEAR_REL || en.kind() == DateLexicon.Kind.YEAR_ANA) && en.word().length() == 2
                    && (en.word().charAt(0) == '上' || en.word().charAt(0) == '下') && ctx.boundary(j + 1)
                    && ctx != NO_WORDS;
        }

        /**
         * Whether the segmenter glued a preposition to the first character of a date word [j, k): 从今|年初 for
         * 从|今年初 (likewise 自, 在, 于, 到; not 至, as 至今 is a word of its own).
         */
        boolean afterGluedPreposition(int j, int k) {
            return k > j + 1 && "从自在于到".indexOf(ch(j - 1)) >= 0 && ctx.boundary(j - 1) && ctx.boundary(j + 1);
        }

        /**
         * A word starting with 来/日/年 right after a count is no date word: 十来年 ("about ten years"), 七日前 ("seven
         * days before"), 多日后, 五年内.
         */
        boolean afterCount(int j, String word) {
            char w = word.charAt(0);
            if (w != '来' && w != '日' && w != '年') {
                return false;
            }
            char prev = ch(j - 1);
            if ("多几余数来".indexOf(prev) >= 0) {
                return "许很好诸众更最较".indexOf(ch(j - 2)) < 0; // 十多年, 多日后; not 许多|年终
            }
            return Numerals.isAsciiDigit(prev) || Numerals.cnDigit(prev) >= 0 || "十百千万".indexOf(prev) >= 0;
        }

        /** Whether a date component or 以来 starts at {@code k} (then a word boundary there is not needed). */
        boolean continuesExpression(int k) {
            char c = ch(k);
            return Numerals.isAsciiDigit(c) || c == '底' || c == '初' || c == '末' || has("以来", k) || c == '来'
                    || c == '廿' || Numerals.startsNumber(c) || (LEX.isFirst(c) && c != '中');
        }

        /** Adds the word {@code en} read at {@code j} to {@code x}; false when it does not fit there. */
        boolean apply(DateLexicon.Entry en, DateExpr x, int j) {
            int lvl = x.level;
            DateLexicon.Kind kind = en.kind();
            if (kind == DateLexicon.Kind.NEW_YEAR && lvl == DateExpr.L_YEAR
                    || kind == DateLexicon.Kind.WEEKDAY && lvl == DateExpr.L_DAY && x.hasDay()) {
                return true; // 二○○一年新年, 8月16日星期三: the word only repeats what the date said
            }
            if (lvl != DateExpr.L_NONE && lvl != follows(en)) {
                return false;
            }
            switch (kind) {
                case YEAR_REL -> {
                    x.relYear(en.a());
                    x.at(DateExpr.L_YEAR);
                }
                case ZODIAC -> cycleYear(x, en.a(), 12);
                case GANZHI -> cycleYear(x, en.a(), 60);
                case LUNAR_DAY -> {
                    x.observance = Observance.lunar(Observance.CHUNJIE);
                    x.lunarOffset = en.a();
                    x.at(DateExpr.L_DAY);
                }
                case LUNAR_MONTH -> {
                    x.observance = en.a() == 1 ? Observance.lunar(Observance.CHUNJIE) : Observance.lunarMonth(en.a());
                    x.at(DateExpr.L_DAY);
                }
                case NEW_YEAR -> {
                    x.yearRel = ref != null && ref.getMonthValue() >= 11 ? 1 : 0;
                    x.rel(0);
                    x.at(DateExpr.L_YEAR);
                }
                case CENTURY_REL -> {
                    x.rel(en.a());
                    x.century = ref == null ? U : DateValues.centuryOf(ref.getYear()) + en.a();
                    x.at(DateExpr.L_CENTURY);
                }
                case MONTH_ABS -> {
                    x.month = en.a();
                    x.at(DateExpr.L_MONTH);
                }
                case MONTH_REL -> {
                    if (en.b() == 1 && anchorMonth != null) {
                        YearMonth ym = anchorMonth.plusMonths(en.a()); // 当月, 次月: of the month just mentioned
                        x.year = ym.getYear();
                        x.month = ym.getMonthValue();
                    } else {
                        x.monthRel = en.a();
                        x.rel(en.a());
                    }
                    x.at(DateExpr.L_MONTH);
                    x.tenDays = tenDays(en.word());
                }
                case YEAR_ANA -> {
                    if (en.b() == 1 && anchorYear == U) {
                        return false; // 当年 with no year shortly before it: "back then" (a vague word)
                    }
                    if (anchorYear != U) {
                        x.year = anchorYear + en.a();
                    } else {
                        x.relYear(en.a());
                    }
                    x.comparison = en.b() == 2;
                    x.at(DateExpr.L_YEAR);
                }
                case DAY_REL -> {
                    if (en.b() == 1) {
                        x.dayAnchor = dayAnchor(j); // 当天, 次日: from the day just mentioned, if any
                    }
                    x.dayRel = en.a();
                    x.rel(en.a());
                    x.at(DateExpr.L_DAY);
                    if (en.s() != null) {
                        x.part = en.s();
                        x.at(DateExpr.L_PART);
                    }
                }
                case WEEK_DAY -> {
                    x.weekRel = en.a();
                    x.weekday = en.b();
                    x.rel(en.a());
                    x.at(DateExpr.L_DAY);
                }
                case WEEKDAY -> {
                    x.weekday = en.b();
                    x.rel(0);
                    x.at(DateExpr.L_DAY);
                }
                case PART -> {
                    if (lvl == DateExpr.L_NONE) {
                        x.rel(0);
                        x.dayAnchor = dayAnchor(j); // 8月15日……晚上: the evening of the day just mentioned
                    }
                    x.part = en.s() == null ? "NOON" : en.s();
                    x.at(DateExpr.L_PART);
                }
                case SUB, SEASON -> {
                    if (kind == DateLexicon.Kind.SEASON && en.a() != U) { // 今冬, 明春: a season with its own year
                        x.relYear(en.a());
                        x.at(DateExpr.L_YEAR);
                        if (ref != null && ref.getMonthValue() <= 2) {
                            if (en.a() == 0 && "WI".equals(en.s())) {
                                x.yearRel = -1; // 今冬 in January: the winter that began last December
                            } else if (en.a() == 1 && "SP".equals(en.s())) {
                                x.yearRel = 0; // 明春 in January (今冬明春): the coming spring, before the lunar new year
                            }
                        }
                    } else if (lvl == DateExpr.L_NONE && kind == DateLexicon.Kind.SUB) {
                        x.rel(0);
                    }
                    x.sub = en.s();
                    x.at(DateExpr.L_SUB);
                }
                case YEAR_EDGE -> {
                    if (lvl == DateExpr.L_NONE) {
                        // 年初 alone: of the reference year; 年底 alone in January: the year just ended (时值年底, 截至年底
                        // 共收到) unless its clause looks ahead (到年底可达6%)
                        x.relYear(en.b() == 12 && ref != null && ref.getMonthValue() == 1
                                && !looksAhead(j + en.word().length(), ch(j - 1) == '到' && ch(j - 2) != '截') ? -1 : 0);
                    }
                    x.month = en.b();
                    x.at(DateExpr.L_MONTH);
                }
                case OBS -> {
                    x.observance = en.obs();
                    x.at(DateExpr.L_DAY);
                }
                default -> {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether the clause from {@code k} speaks of the future (将, 可能, 预计 ...), up to the next comma or stop
         * ({@code sentence}: up to the stop, for 到年底，……要 where the verb follows the comma).
         */
        boolean looksAhead(int k, boolean sentence) {
            for (int p = k; p < n && p < k + (sentence ? 60 : 30); p++) {
                char c = s.charAt(p);
                if (c == '。' || c == '；' || c == '！' || c == '？' || c == '\n' || c == '，' && !sentence) {
                    return false;
                }
                if (c == '将' || c == '要' || c == '会' && ch(p + 1) != '议' || has("可能", p) || has("可达", p) || has("预计", p)
                        || has("争取", p) || has("力争", p) || has("有望", p) || has("计划", p) || has("完工", p)
                        || has("建成", p)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The day the text mentioned last, for an anaphoric word at {@code j} (当天, 次日, 晚上): only in the same
         * paragraph and within {@link #DAY_REACH} characters; else null (then the reference date). Narrative
         * paragraphs of People's Daily pick their date up again 120 to 360 characters later (1997年3月6日……次日,
         * 13日上午……中午11时, all right on the training days), so the paragraph is the real limit and the reach only
         * caps text without paragraph breaks at about one long paragraph.
         */
        LocalDate dayAnchor(int j) {
            if (anchorDay == null || j - anchorDayEnd > DAY_REACH) {
                return null;
            }
            for (int k = anchorDayEnd; k < j; k++) {
                if (s.charAt(k) == '\n') {
                    return null; // another paragraph
                }
            }
            return anchorDay;
        }

        /**
         * The one level a word may follow inside an expression (a month after a year, a part of day after a day);
         * {@link DateExpr#L_NONE} for the words that can only start one (relative words carry their own year).
         */
        static int follows(DateLexicon.Entry en) {
            return switch (en.kind()) {
                case LUNAR_MONTH, MONTH_ABS, SUB, YEAR_EDGE, OBS -> DateExpr.L_YEAR;
                case SEASON -> en.a() == U ? DateExpr.L_YEAR : DateExpr.L_NONE;
                case PART -> DateExpr.L_DAY;
                default -> DateExpr.L_NONE;
            };
        }

        /** 虎年, 甲子年: the year at {@code place} of a 12- or 60-year cycle nearest to the reference year. */
        void cycleYear(DateExpr x, int place, int period) {
            if (ref == null) {
                x.rel(0);
            } else {
                int y = ref.getYear();
                int best = y;
                for (int d = -period / 2; d <= period / 2; d++) {
                    if (Math.floorMod(y + d - 4, period) == place) {
                        best = y + d;
                        break;
                    }
                }
                x.year = best;
            }
            x.at(DateExpr.L_YEAR);
        }

        /** 前三季度 (January to September), 前两个月: the first months of a year. */
        int firstMonths(int j, DateExpr x) {
            if (x.level == DateExpr.L_NONE && !ctx.boundary(j)) {
                return -1;
            }
            long p = Numerals.parse(s, j + 1);
            if (p == Numerals.NONE) {
                return -1;
            }
            int v = Numerals.value(p);
            int k = j + 1 + Numerals.length(p);
            int months;
            if (has("季度", k) && v >= 1 && v <= 4) {
                months = 3 * v;
                k += 2;
            } else if (has("个月", k) && v >= 1 && v <= 12) {
                months = v;
                k += 2;
            } else {
                return -1;
            }
            if (x.level == DateExpr.L_NONE) {
                x.relYear(0);
            }
            x.firstMonths = months;
            x.at(DateExpr.L_SUB);
            return k;
        }

        /**
         * After a half or a quarter: 末/底 (三季度末, 上半年末) is its last month, 初 its first one, as the guideline reads
         * the end of a period as its last unit ("十四五"末 = 2025).
         */
        int subEdge(int k, DateExpr x) {
            String sub = x.sub;
            if (sub == null || sub.length() != 2 || sub.charAt(0) != 'H' && sub.charAt(0) != 'Q') {
                return k;
            }
            char c = ch(k);
            boolean end = (c == '末' || c == '底') && ch(k + 1) != '期';
            if (!end && !(chuAt(k) && ch(k + 1) != '期')) {
                return k;
            }
            x.month = Integer.parseInt(subMonth(sub, end));
            x.sub = null;
            if (x.year == U && x.yearRel == U) {
                x.yearRel = 0; // the year a bare 三季度 takes (the reference year), not the nearest such month
            }
            x.at(DateExpr.L_MONTH);
            return k + 1;
        }

        /** After a year: 底/末 (December) and 初 (January) glued to 年 (2023年底, 今年初). */
        int yearTail(int k, DateExpr x, boolean yearWord) {
            if (!yearWord || x.level != DateExpr.L_YEAR) {
                return k;
            }
            char c = ch(k);
            if ((c == '底' || c == '末') && ch(k - 1) == '年') {
                x.month = 12;
                x.at(DateExpr.L_MONTH);
                return k + 1;
            }
            if (chuAt(k) && ch(k - 1) == '年' && "春夏秋冬".indexOf(ch(k + 1)) < 0) {
                x.month = 1; // (前年初秋 is 前年 + 初秋)
                x.at(DateExpr.L_MONTH);
                return k + 1;
            }
            return k;
        }

        /**
         * A day of a lunar month after 正月/腊月/大年 (正月初五, 腊月廿九, 大年初三): the festival table gives the
         * month's first day. Without a day, 正月 is the month of 春节 and 腊月 stays a month.
         */
        int lunarDay(int k, DateExpr x, int lunarMonth) {
            int d = -1;
            int e = k;
            if (ch(k) == '初' && Numerals.cnDigit(ch(k + 1)) > 0 || ch(k) == '初' && ch(k + 1) == '十') {
                d = ch(k + 1) == '十' ? 10 : Numerals.cnDigit(ch(k + 1));
                e = k + 2;
            } else if (ch(k) == '廿' && Numerals.cnDigit(ch(k + 1)) > 0) {
                d = 20 + Numerals.cnDigit(ch(k + 1));
                e = k + 2;
            } else if (ch(k) == '十' || ch(k) == '二' || ch(k) == '三') {
                long p = Numerals.parse(s, k);
                if (p != Numerals.NONE && Numerals.kind(p) == Numerals.CN_POSITIONAL && Numerals.value(p) >= 10
                        && Numerals.value(p) <= 30) {
                    d = Numerals.value(p);
                    e = k + Numerals.length(p);
                    if (ch(e) == '日') { // 农历八月十五日, 正月十五日: the day of the lunar month, not of the Gregorian one
                        e++;
                    }
                }
            }
            if (d < 0 && lunarMonth != 1 && Numerals.cnDigit(ch(k)) > 0 && Numerals.cnDigit(ch(k + 1)) <= 0
                    && "十百千万日号月年个次点时".indexOf(ch(k + 1)) < 0 && has("月", k - 1)) {
                d = Numerals.cnDigit(ch(k)); // 农历二月二 (龙抬头): a one-digit day right after the month
                e = k + 1;
            }
            if (d < 0) {
                if (has("大年", k - 2)) {
                    return -1; // 大年 alone is no date (大年三十 and 大年初一 are)
                }
                if (lunarMonth == 1) {
                    x.observance = null;
                    x.month = U;
                    x.lunarMonth = 1;
                    x.at(DateExpr.L_MONTH);
                }
                return k;
            }
            x.lunarOffset = d - 1;
            x.lunarDay = true;
            return e;
        }

        /**
         * After a month: 上旬/中旬/下旬/中下旬 (the value becomes those days), 初/底/末 (8月底, 下月初; the value stays
         * the month).
         */
        int monthTail(int q, DateExpr x) {
            int e = tailWord(q, MONTH_TAILS);
            if (e > q && ch(e - 1) == '旬') {
                x.tenDays = tenDays(s.substring(q, e));
            }
            if (e == q && x.month != U && x.monthTo == U) {
                return nthWeekday(q, x);
            }
            return e;
        }

        /**
         * 5月的第二个星期日 (Mother's Day), 11月第四个星期四: after a month, the Nth weekday of it, which makes the
         * expression that day; else {@code q}.
         */
        int nthWeekday(int q, DateExpr x) {
            int k = ch(q) == '的' ? q + 1 : q;
            int nth = ch(k) == '第' ? ordinalDigit(ch(k + 1)) : 0;
            if (nth == 0 || ch(k + 2) != '个') {
                return q;
            }
            DateLexicon.Entry en = weekdayAt(k + 3);
            if (en == null) {
                return q;
            }
            x.weekday = en.b();
            x.weekOfMonth = nth;
            x.at(DateExpr.L_DAY);
            return k + 3 + en.word().length();
        }

        /** 1 to 5 for 一..五 or 1..5, else 0: which week of a month. */
        static int ordinalDigit(char c) {
            int k = "一二三四五".indexOf(c);
            return k >= 0 ? k + 1 : c >= '1' && c <= '5' ? c - '0' : 0;
        }

        /**
         * A weekday after 第二个 at {@code i}: counted within a month the text does not give (每逢单月的第一个星期六, a set),
         * so no day of this week. 第一个春节 is a festival.
         */
        boolean countedWeekdayAt(int i) {
            return i >= 3 && ch(i - 1) == '个' && ch(i - 3) == '第' && ordinalDigit(ch(i - 2)) > 0
                    && weekdayAt(i) != null;
        }

        /** The weekday word (星期六, 周日, 礼拜天) at {@code k}, or null. */
        DateLexicon.Entry weekdayAt(int k) {
            DateLexicon.Entry[] es = k < n ? LEX.startingWith(ch(k)) : null;
            if (es != null) {
                for (DateLexicon.Entry en : es) {
                    if (en.kind() == DateLexicon.Kind.WEEKDAY && has(en.word(), k)) {
                        return en;
                    }
                }
            }
            return null;
        }

        /** 初 starting a word rather than meaning "beginning": 初步, 初次, 初中, 初心 ... */
        boolean blocksChu(char next) {
            return "步次期中级赛选审见稿心衷始恋具定创露现建任".indexOf(next) >= 0;
        }

        /** Whether 初 at {@code k} means "the beginning of" (not 初步, 初次 ...). */
        boolean chuAt(int k) {
            return ch(k) == '初' && !blocksChu(ch(k + 1));
        }

        /** The end of the first of {@code words} (longest first) at {@code k}, or k; a lone 初 only as in {@link #chuAt}. */
        int tailWord(int k, String[] words) {
            for (String w : words) {
                if (has(w, k) && (!w.equals("初") || chuAt(k))) {
                    return k + w.length();
                }
            }
            return k;
        }

        /** A number with a date unit at {@code j}. */
        int number(int j, DateExpr x) {
            boolean ordinal = false;
            int p0 = j;
            if (s.charAt(j) == '第') {
                ordinal = true;
                p0 = j + 1;
            }
            long p = Numerals.parse(s, p0);
            if (p == Numerals.NONE) {
                return -1;
            }
            int v = Numerals.value(p);
            int kind = Numerals.kind(p);
            int len = Numerals.length(p);
            int k = p0 + len;
            char u = ch(k);
            boolean first = x.level == DateExpr.L_NONE;
            if (first) {
                char prev = ch(j - 1);
                boolean yearLike = len == 4 && kind != Numerals.CN_POSITIONAL && u == '年';
                if (Numerals.isAsciiDigit(prev) || prev == '.' || prev == '．' || prev == '·' || Character.isLetter(prev) && prev < 0x3000
                        || (!ordinal && prev == '第') || (prev == '近' || prev == '前') && !yearLike) {
                    return -1; // 近20年 and 前3个月 are read elsewhere; 临近1997年底 is a date
                }
                if (kind != Numerals.ARABIC && (!ctx.boundary(j) || Numerals.cnDigit(prev) >= 0 || prev == '十')) {
                    return -1;
                }
            }
            if (ordinal) {
                if (has("季度", k) && v >= 1 && v <= 4 && x.level <= DateExpr.L_YEAR) {
                    x.sub = "Q" + v;
                    if (first) {
                        x.rel(0);
                    }
                    x.at(DateExpr.L_SUB);
                    return subEdge(k + 2, x);
                }
                return -1;
            }
            switch (u) {
                case '年' -> {
                    return year(j, k, v, kind, len, x);
                }
                case '学', '赛', '财' -> {
                    // 2024学年, 2024赛季, 2024财年: a year named by its school, sports or fiscal year; two digits only
                    // as a range's end (2024/25赛季)
                    boolean four = len == 4 && v >= 1900 && v <= 2199;
                    if (!(four || len == 2 && rangeEnd) || kind != Numerals.ARABIC || x.level != DateExpr.L_NONE
                            || !(has("学年", k) || has("赛季", k) || has("财年", k))) {
                        return -1;
                    }
                    if (!four) {
                        int pivot = ref == null ? 2030 : ref.getYear() + 10;
                        v = (pivot / 100) * 100 + v;
                        if (v > pivot) {
                            v -= 100;
                        }
                    }
                    x.year = v;
                    x.at(DateExpr.L_YEAR);
                    return k + 2;
                }
                case '月' -> {
                    if (x.level >= DateExpr.L_MONTH || x.sub != null || x.level == DateExpr.L_CENTURY
                            || x.level == DateExpr.L_DECADE || s.charAt(p0) == '两' || has("革命", k + 1)) {
                        return -1; // 两月 is "two months"; 十月革命 is an event
                    }
                    if (v == 1 && kind == Numerals.CN_POSITIONAL && x.level == DateExpr.L_NONE && perTime(k + 1)) {
                        return -1; // 一月一次: once a month
                    }
                    int to = U;
                    if (pair(v, kind, len)) {
                        to = v % 10; // 二三月, 六七月: one month or the next
                        v = v / 10;
                    } else if (v == 90 && len == 2 && kind == Numerals.CN_POSITIONAL) {
                        to = 10; // 九十月
                        v = 9;
                    } else if (kind == Numerals.CN_DIGITS || v < 1 || v > 12) {
                        return -1;
                    }
                    x.month = v;
                    x.monthTo = to;
                    x.at(DateExpr.L_MONTH);
                    int q = k + 1;
                    if (ch(q) == '份') {
                        q++;
                    }
                    return monthTail(q, x);
                }
                case '日', '号' -> {
                    if (v < 1 || v > 31 || x.level >= DateExpr.L_DAY || x.level == DateExpr.L_SUB
                            || x.level == DateExpr.L_CENTURY || x.level == DateExpr.L_DECADE) {
                        return -1;
                    }
                    boolean withMonth = x.month != U || x.monthRel != U;
                    if (u == '号' && !withMonth || s.charAt(p0) == '两' || x.monthTo != U) {
                        return -1;
                    }
                    if (!withMonth && (x.level == DateExpr.L_YEAR || kind == Numerals.CN_DIGITS
                            || (kind == Numerals.CN_POSITIONAL && v <= 10 && !rangeEnd && !smallDayIsDate(j, k + 1)))) {
                        return -1; // 三日 alone is mostly "three days"
                    }
                    char after = ch(k + 1);
                    if (after == '内' || has("以内", k + 1) || has("之内", k + 1)) {
                        return -1; // 十五日内: a duration
                    }
                    boolean average = after == '均'
                            && (!ctx.timeWord(p0, k + 1) || "线价量值".indexOf(ch(k + 2)) >= 0); // 5日均线; not 9日|均出现
                    if (after == '元' || (after == '本' && "报版刊台市县省届次".indexOf(ch(k + 2)) < 0) || average || after == '益'
                            || after == '常' || after == '夜' && ch(k + 2) == '兼') {
                        return -1;
                    }
                    x.day = v;
                    x.at(DateExpr.L_DAY);
                    int q = k + 1;
                    char t = ch(q);
                    if ((t == '晚' || t == '早' || t == '夜') && ctx.boundary(q + 1) && !LEX.isFirst(ch(q + 1))
                            || (t == '晚' || t == '夜') && (ch(q + 1) == '，' || ch(q + 1) == '。')) {
                        x.part = t == '晚' ? "EV" : t == '早' ? "MO" : "NI";
                        x.at(DateExpr.L_PART);
                        return q + 1;
                    }
                    return q;
                }
                case '时', '点' -> {
                    if (pair(v, kind, len)) {
                        int e = clock(j, k, v / 10, Numerals.CN_POSITIONAL, u, x); // 八九点钟: 8 or 9 o'clock
                        if (e > 0) {
                            x.hourTo = v % 10;
                        }
                        return e;
                    }
                    return clock(j, k, v, kind, u, x);
                }
                case '世' -> {
                    if (!has("世纪", k) || !first || v < 1 || v > 30) {
                        return -1;
                    }
                    x.century = v;
                    x.at(DateExpr.L_CENTURY);
                    return centuryTail(k + 2, x);
                }
                case '季' -> {
                    if (!has("季度", k) || v < 1 || v > 4 || x.level > DateExpr.L_YEAR
                            || x.level == DateExpr.L_CENTURY || x.level == DateExpr.L_DECADE) {
                        return -1;
                    }
                    if (first) {
                        x.rel(0);
                    }
                    x.sub = "Q" + v;
                    x.at(DateExpr.L_SUB);
                    return subEdge(k + 2, x);
                }
                case '-', '/', '.', '－', '．', '·', '・' -> {
                    if (!first || len != 4) {
                        return -1;
                    }
                    if (kind == Numerals.CN_DIGITS) {
                        return dottedCnDate(k, v, u, x);
                    }
                    if (kind != Numerals.ARABIC) {
                        return -1;
                    }
                    int e = isoDate(k, v, u, x);
                    if (e > 0 || u == '-' || u == '/' || u == '－') {
                        return e;
                    }
                    e = datelineMonth(j, k, v, x);
                    return e > 0 ? e : periodMonth(j, k, v, x);
                }
                case ':', '：' -> {
                    if (kind != Numerals.ARABIC || x.level < DateExpr.L_DAY || x.level >= DateExpr.L_HOUR
                            || v > 24) {
                        return -1;
                    }
                    long m = Numerals.parse(s, k + 1);
                    if (m == Numerals.NONE || Numerals.kind(m) != Numerals.ARABIC || Numerals.length(m) != 2
                            || Numerals.value(m) > 59 || Numerals.isAsciiDigit(ch(k + 3))) {
                        return -1;
                    }
                    x.hour = v;
                    x.minute = Numerals.value(m);
                    x.at(DateExpr.L_MINUTE);
                    return k + 3;
                }
                default -> {
                    return -1;
                }
            }
        }

        /**
         * A one-character part of day right before a clock time (晚8时 = 20:00, 早7点, 夜11时): the part belongs to the
         * time (guideline 3.3, a directly attached modifier) and decides its half of the day.
         */
        int partBeforeClock(int j, DateExpr x) {
            if (x.level == DateExpr.L_NONE && (!ctx.boundary(j) || !ctx.boundary(j + 1))) {
                return -1;
            }
            long p = Numerals.parse(s, j + 1);
            if (p == Numerals.NONE) {
                return -1;
            }
            int v = Numerals.value(p);
            char u = ch(j + 1 + Numerals.length(p));
            if (u != '时' && u != '点' || v > 12 || v < 0) {
                return -1;
            }
            char c = s.charAt(j);
            if (x.level == DateExpr.L_NONE) {
                x.rel(0);
                x.dayAnchor = dayAnchor(j);
            }
            x.part = c == '晚' ? "EV" : c == '早' ? "MO" : "NI";
            x.at(DateExpr.L_PART);
            return j + 1;
        }

        /** Two Chinese digits for two neighbouring numbers (二三, 八九): "one or the next", not a two-digit number. */
        static boolean pair(int v, int kind, int len) {
            return kind == Numerals.CN_DIGITS && len == 2 && v % 10 == v / 10 + 1 && v / 10 >= 1;
        }

        /**
         * 二日 without a month is a date only in the news pattern "subject + 二日 + verb/time of day"
         * (哈韦尔二日在布拉格, 三日晚宣布); after a verb or a quantity word it is a duration (历时三日, 这三日).
         */
        boolean smallDayIsDate(int start, int after) {
            char prev = ch(start - 1);
            if ("第每前后某这那同当一半数几多整历持续共约近满用花达头如".indexOf(prev) >= 0) {
                return false;
            }
            if (!org.tiqu.internal.text.Chars.isHan(prev) && !ctx.timeWord(start, after)) {
                return false; // after punctuation (，三日晚聚集): only where the segmenter read a time word
            }
            if (ch(after) == '，' && (start == 0 || prev == '\n' || prev == '。') && ctx != NO_WORDS
                    && ch(start) != '一') {
                return true; // 十日，省土地局……: a paragraph or sentence opening with the day (a time word, see above)
            }
            return "在晚上下起举发宣对向与同会访召表致抵离出说凌清午夜早将正再也就又已签颁公通电讯报把被给为由以".indexOf(ch(after)) >= 0
                    && !has("以内", after) && !has("之内", after) && !has("以上", after) && !has("以后", after);
        }

        /** A count of times at {@code k}: 一次, 两回, 几趟 (一月一次 is a frequency). */
        boolean perTime(int k) {
            char c = ch(k);
            if (c != '一' && c != '两' && c != '二' && c != '三' && c != '几' && c != '数') {
                return false;
            }
            char u = ch(k + 1);
            return u == '次' || u == '回' || u == '趟' || u == '遍';
        }

        /** Second chars of words that start with 代 (代表, 代价, 代理, 代替, 代码, 代号, 代言, 代办, 代购, 代销…). */
        private static final String DAI_WORD_SECONDS = "表价理替码号言办购销课管收缴际写培驾";

        /** N年: a year (2017年, 一九九八年, 98年5月), a decade (90年代) or nothing (a duration). */
        int year(int j, int k, int v, int kind, int len, DateExpr x) {
            // 1994年代表 is 1994年 + 代表; 1990年|代表团 where the segmenter read the year as a time word and a word
            // of 代 follows (代表, 代价, 代理), but 1990年代初 is the decade
            boolean decadeWord = ch(k + 1) == '代'
                    && !(len == 4 && (v % 10 != 0 || ctx != NO_WORDS && ctx.timeWord(j, k + 1)
                    && DAI_WORD_SECONDS.indexOf(ch(k + 2)) >= 0));
            if (decadeWord) {
                if (v % 10 != 0 || x.level > DateExpr.L_CENTURY) {
                    return -1;
                }
                int d;
                if (kind == Numerals.ARABIC && len == 4) {
                    d = v / 10;
                } else if ((kind == Numerals.ARABIC && len == 2) || (kind == Numerals.CN_POSITIONAL && v < 100)) {
                    int century;
                    if (x.level == DateExpr.L_CENTURY) {
                        if (x.century == U) {
                            x.decade = U;
                            x.at(DateExpr.L_DECADE);
                            return k + 2;
                        }
                        century = x.century - 1;
                    } else if (ref == null) {
                        century = v >= 30 ? 19 : 20;
                    } else {
                        century = ref.getYear() / 100;
                        if (century * 100 + v > ref.getYear()) {
                            century--;
                        }
                    }
                    d = (century * 100 + v) / 10;
                } else {
                    return -1;
                }
                x.decade = d;
                x.at(DateExpr.L_DECADE);
                return decadeTail(k + 2);
            }
            if (x.level != DateExpr.L_NONE) {
                return -1;
            }
            // before 1500 (and three digits) only with a month, after 公元 or where the segmenter read a time word
            // (奠基于1386年), not in 有700年历史
            boolean fourDigits = (kind == Numerals.ARABIC || kind == Numerals.CN_DIGITS) && len == 4
                    && v >= 1000 && v <= 2199
                    && (v >= 1500 || startsMonth(k + 1) || ch(j - 1) == '元' || ctx.timeWord(j, k + 1));
            boolean threeDigits = kind == Numerals.ARABIC && len == 3 && v >= 100
                    && (startsMonth(k + 1) || ch(j - 1) == '元' || ctx.timeWord(j, k + 1));
            boolean twoDigits = (kind == Numerals.ARABIC || kind == Numerals.CN_DIGITS) && len == 2
                    && (startsMonth(k + 1) || kind == Numerals.CN_DIGITS && v / 10 >= 5 && !pair(v, kind, len));
            // 九七年 is '97; 三四年 and 八九年 ("three or four years") are not years
            if (!fourDigits && !twoDigits && !threeDigits) {
                return -1;
            }
            if (fourDigits && (ch(k + 1) == '来' || ch(k + 1) == '间') && kind == Numerals.ARABIC && v % 100 == 0) {
                return -1; // 2000年来: a duration
            }
            int y = v;
            if (twoDigits) {
                int pivot = ref == null ? 2030 : ref.getYear() + 10;
                y = (pivot / 100) * 100 + v;
                if (y > pivot) {
                    y -= 100;
                }
            }
            x.year = y;
            x.at(DateExpr.L_YEAR);
            int q = k + 1;
            if (ch(q) == '度') {
                q++;
            }
            return yearTail(q, x, true);
        }

        /** 80年代末, 90年代初, 70年代中期, 80年代中叶, 80年代后半期: the value stays the decade. */
        int decadeTail(int k) {
            return tailWord(k, DECADE_TAILS);
        }

        boolean startsMonth(int k) {
            long p = Numerals.parse(s, k);
            if (p == Numerals.NONE) {
                return false;
            }
            int v = Numerals.value(p);
            return v >= 1 && v <= 12 && ch(k + Numerals.length(p)) == '月';
        }

        /** 20世纪上半叶 (1901/1950), 19世纪中叶 (the 1850s), 20世纪初 (the 1900s), 20世纪末 (the 1990s). */
        int centuryTail(int k, DateExpr x) {
            int e = tailWord(k, CENTURY_TAILS);
            if (e > k) {
                switch (ch(k)) {
                    case '上' -> x.centuryHalf = 1;
                    case '下' -> x.centuryHalf = 2;
                    case '中' -> x.centuryDecade = 5;
                    case '初' -> x.centuryDecade = 0;
                    default -> x.centuryDecade = 9;
                }
            }
            return e;
        }

        /** N时 / N点 [M分 | 半 | 整]. */
        int clock(int j, int k, int v, int kind, char u, DateExpr x) {
            if (v > 24 || x.level >= DateExpr.L_HOUR || (x.level != DateExpr.L_NONE && x.level < DateExpr.L_DAY)) {
                return -1;
            }
            boolean anchored = x.level >= DateExpr.L_DAY;
            char after = ch(k + 1);
            if (u == '时') {
                if ("间代期候刻节段髦尚常事效速令任态局序差".indexOf(after) >= 0) {
                    return -1;
                }
                if (kind != Numerals.ARABIC && !anchored && !(after == '许' || after == '整' || after == '半'
                        || minuteAt(k + 1) > 0 || s.charAt(j) == '零' && k == j + 1)) {
                    return -1; // 一时 is "for a while"
                }
            } else {
                boolean clockWord = after == '半' || after == '整' || after == '钟'
                        || after == '过' && (Numerals.startsNumber(ch(k + 2)) || !org.tiqu.internal.text.Chars.isHan(ch(k + 2)))
                        || (after == '多' && ch(k + 2) == '钟')
                        || (Numerals.startsNumber(after) && minuteAt(k + 1) > 0);
                if (!anchored && !clockWord && !ctx.timeWord(j, k + 1)) {
                    return -1; // 三点意见 (but 8点上班, where the segmenter read a time word)
                }
                if (after == '儿' || (after == '多' && !anchored && ch(k + 2) != '钟')) {
                    return -1;
                }
            }
            if (x.level == DateExpr.L_NONE) {
                x.rel(0);
            }
            x.hour = v;
            x.at(DateExpr.L_HOUR);
            int q = k + 1;
            if (ch(q) == '半') {
                x.minute = 30;
                x.at(DateExpr.L_MINUTE);
                return q + 1;
            }
            if (ch(q) == '整' || ch(q) == '钟') {
                return q + 1;
            }
            int me = minuteAt(q);
            if (me > 0) {
                long m = Numerals.parse(s, q);
                x.minute = Numerals.value(m);
                x.at(DateExpr.L_MINUTE);
                return me;
            }
            return q;
        }

        /** End of {@code M分} at q, or -1. */
        int minuteAt(int q) {
            long m = Numerals.parse(s, q);
            if (m == Numerals.NONE) {
                return -1;
            }
            int e = q + Numerals.length(m);
            if (ch(e) == '分' && Numerals.value(m) <= 59 && ch(e + 1) != '之' && ch(e + 1) != '钟') {
                return e + 1;
            }
            return -1;
        }

        /**
         * 一九九六．四．五, 一九九七．七: a year in Chinese digits, a dot and a month (and a dot and a day). Chinese digits
         * never write a decimal amount this way, so no context is needed.
         */
        int dottedCnDate(int k, int y, char sep, DateExpr x) {
            if (sep != '.' && sep != '．' && sep != '·' && sep != '・' || y < 1000 || y > 2199) {
                return -1;
            }
            long m = Numerals.parse(s, k + 1);
            if (m == Numerals.NONE || Numerals.kind(m) != Numerals.CN_POSITIONAL) {
                return -1;
            }
            int mv = Numerals.value(m);
            int me = k + 1 + Numerals.length(m);
            if (mv < 1 || mv > 12 || Numerals.startsNumber(ch(me))) {
                return -1;
            }
            x.year = y;
            x.month = mv;
            x.at(DateExpr.L_YEAR);
            x.at(DateExpr.L_MONTH);
            if (ch(me) != sep) {
                return me;
            }
            long d = Numerals.parse(s, me + 1);
            int de = d == Numerals.NONE ? -1 : me + 1 + Numerals.length(d);
            if (d == Numerals.NONE || Numerals.kind(d) != Numerals.CN_POSITIONAL || Numerals.startsNumber(ch(de))
                    || Numerals.value(d) < 1 || Numerals.value(d) > YearMonth.of(y, mv).lengthOfMonth()) {
                return me;
            }
            x.day = Numerals.value(d);
            x.at(DateExpr.L_DAY);
            return de;
        }

        /**
         * 1997·7 as the dateline of a signed text (…外交部长1997·7于巴黎, or at the end of a line): a year, a dot and a
         * month. Elsewhere such a number is a decimal (指数1997.7点), so the dateline position is required: after a
         * Han character, and before the end of the line or 于.
         */
        int datelineMonth(int j, int k, int y, DateExpr x) {
            if (y < 1900 || y > 2099 || ch(j - 1) < 0x4E00 && j > 0 && ch(j - 1) != '\n') {
                return -1;
            }
            int me = dotMonthEnd(k);
            char after = ch(me);
            if (me < 0 || !(me == n || after == '\n' || after == '\r' || after == '于')) {
                return -1;
            }
            return yearMonth(y, k, me, x);
        }

        /** The end of a month of one or two ASCII digits, 1-12, after the dot at {@code k}, or -1. */
        private int dotMonthEnd(int k) {
            long m = Numerals.parse(s, k + 1);
            if (m == Numerals.NONE || Numerals.kind(m) != Numerals.ARABIC || Numerals.length(m) > 2
                    || Numerals.value(m) < 1 || Numerals.value(m) > 12) {
                return -1;
            }
            return k + 1 + Numerals.length(m);
        }

        /** Sets the year {@code y} and the month between the dot at {@code k} and {@code me}; returns {@code me}. */
        private int yearMonth(int y, int k, int me, DateExpr x) {
            x.year = y;
            x.month = Numerals.value(Numerals.parse(s, k + 1));
            x.at(DateExpr.L_YEAR);
            x.at(DateExpr.L_MONTH);
            return me;
        }

        /**
         * 1983.09-1987.07, 2015.10至今: a year, a dot and a month at either end of a period, as résumés and tables of
         * office write them. Elsewhere such a number is a decimal (指数1983.09点), so the range mark is required: right
         * after the month, before another year-dot-month or 至今, or right before the year, after such a month.
         */
        int periodMonth(int j, int k, int y, DateExpr x) {
            if (y < 1900 || y > 2099 || j > 0 && (Numerals.isAsciiDigit(ch(j - 1)) || ch(j - 1) == '.')) {
                return -1;
            }
            int me = bareDotMonthEnd(k);
            if (me < 0) {
                return -1;
            }
            boolean opens = RANGE_MARKS.indexOf(ch(me)) >= 0
                    && (has("至今", me) || has("至今", me + 1) || has("今", me + 1) || startsYearDotMonth(me + 1));
            boolean closes = j >= 2 && RANGE_MARKS.indexOf(ch(j - 1)) >= 0 && Numerals.isAsciiDigit(ch(j - 2))
                    && endsYearDotMonth(j - 1);
            if (!opens && !closes) {
                return -1;
            }
            return yearMonth(y, k, me, x);
        }

        /** Range marks between the two ends of a period (-, —, ～, 至). */
        private static final String RANGE_MARKS = "-－—–~～至到";

        /** {@link #dotMonthEnd} where no digit or dot follows the month (not 1983.09.12 or 1983.091). */
        private int bareDotMonthEnd(int k) {
            int me = dotMonthEnd(k);
            char after = ch(me);
            return me < 0 || Numerals.isAsciiDigit(after) || after == '.' || after == '．' ? -1 : me;
        }

        /** Four ASCII digits of a year from 1900 to 2099, a dot and a month start at {@code p}. */
        private boolean startsYearDotMonth(int p) {
            for (int q = p; q < p + 4; q++) {
                if (!Numerals.isAsciiDigit(ch(q))) {
                    return false;
                }
            }
            int y = Integer.parseInt(s.substring(p, p + 4));
            return y >= 1900 && y <= 2099 && (ch(p + 4) == '.' || ch(p + 4) == '．') && bareDotMonthEnd(p + 4) > 0;
        }

        /** A year, a dot and a month end right before {@code end} (1983.09 of 1983.09-1987.07). */
        private boolean endsYearDotMonth(int end) {
            for (int p = Math.max(0, end - 7); p <= end - 6; p++) {
                if (startsYearDotMonth(p) && bareDotMonthEnd(p + 4) == end
                        && (p == 0 || !Numerals.isAsciiDigit(ch(p - 1)))) {
                    return true;
                }
            }
            return false;
        }

        /** 2023-08-15, 2023/8/15, 2023.8.15. */
        int isoDate(int k, int y, char sep, DateExpr x) {
            long m = Numerals.parse(s, k + 1);
            if (m == Numerals.NONE || Numerals.kind(m) != Numerals.ARABIC || Numerals.length(m) > 2) {
                return -1;
            }
            int me = k + 1 + Numerals.length(m);
            if (ch(me) != sep) {
                return -1;
            }
            long d = Numerals.parse(s, me + 1);
            if (d == Numerals.NONE || Numerals.kind(d) != Numerals.ARABIC || Numerals.length(d) > 2) {
                return -1;
            }
            int de = me + 1 + Numerals.length(d);
            char after = ch(de);
            if (Numerals.isAsciiDigit(after) || (after == '.' || after == sep) && Numerals.isAsciiDigit(ch(de + 1))) {
                return -1;
            }
            int mv = Numerals.value(m);
            int dv = Numerals.value(d);
            if (y < 1900 || y > 2199 || mv < 1 || mv > 12 || dv < 1 || dv > YearMonth.of(y, mv).lengthOfMonth()) {
                return -1;
            }
            x.year = y;
            x.month = mv;
            x.day = dv;
            x.at(DateExpr.L_YEAR);
            x.at(DateExpr.L_DAY);
            if (after == '日') {
                return de + 1;
            }
            return de;
        }

        // ---------------------------------------------------------------- after the components

        /** Emits a composed expression [i, j), with 以来 or an elliptical range end attached. */
        int finish(int i, int j, DateExpr x) {
            comparing = x.comparison;
            try {
                return finishAnchored(i, j, x);
            } finally {
                comparing = false;
            }
        }

        int finishAnchored(int i, int j, DateExpr x) {
            if (!acceptable(i, j, x)) {
                return -1;
            }
            if (x.top > DateExpr.L_YEAR && x.top <= DateExpr.L_DAY && !x.relative && x.year == U
                    && ch(i - 1) == '“' && lastEnd == i - 1 && lastValue != null && lastValue.length() == 4
                    && digits(lastValue, 0, 4)) {
                x.year = Integer.parseInt(lastValue); // 去年“七一”, 1925年“五卅”: the named day of the year just given
            }
            if (has("以来", j)) {
                out.date(i, j + 2, since(x));
                return j + 2;
            }
            coordinatedDay(i, x);
            inheritWrittenYear(i, j, x);
            if (x.dateOnly() && x.level < DateExpr.L_DAY && Numerals.startsNumber(ch(j))) {
                int e = bareRange(i, j, x);
                if (e > 0) {
                    return e;
                }
            }
            int conn = connector(j);
            if (conn > 0 && x.dateOnly()) {
                DateExpr y = new DateExpr();
                int b = conn;
                int e2 = rangeEndAt(b, y);
                if (e2 > b && y.dateOnly() && y.top > x.top && y.top >= DateExpr.L_MONTH && !y.relative) {
                    inherit(y, x);
                    out.date(i, e2, rangeValue(x, y));
                    return e2;
                }
                // 下周一至周三: a later weekday alone, elliptical for a weekday of a named week, ends a range in
                // that week (周一至周五, two whole ends, stays two dates: guideline §3.3)
                if (e2 > b && x.weekday != U && x.weekRel != U && x.level == DateExpr.L_DAY && x.top == DateExpr.L_DAY
                        && y.weekday > x.weekday && y.weekRel == U && y.level == DateExpr.L_DAY
                        && y.top == DateExpr.L_DAY && y.dateOnly()) {
                    y.weekRel = x.weekRel;
                    out.date(i, e2, rangeValue(x, y));
                    return e2;
                }
            }
            if (x.top == DateExpr.L_DAY && x.level == DateExpr.L_DAY && x.weekday != U && x.weekRel == U
                    && lastValue != null && lastValue.length() == 10 && onlySpaceOrParen(lastEnd, i)) {
                out.date(i, j, lastValue); // 2023年8月16日 星期三: the weekday names the date just given
                return j;
            }
            if (x.dayRel == 0 && x.level == DateExpr.L_DAY && ch(j) == '的' && nowadays(j + 1)) {
                out.date(i, j, DateValues.PRESENT); // 今天的中国
                return j;
            }
            out.date(i, j, safeValue(x, ref));
            return j;
        }

        /**
         * 3月5日、7日, 5日和7日上午: a day alone joined by 、 和 及 与 或 to the day just before it is a day of that
         * day's month, whatever the reference date; so is a day after a day and a range mark (22日至24日, two dates
         * by the guideline), or of the next month when smaller (28日至3日); so is the day of the last dateline
         * written alone (12月30日电……30日). An elliptical range (3月5日至7日, one date) is read with its start elsewhere.
         */
        void coordinatedDay(int i, DateExpr x) {
            if (!plainDay(x)) {
                return;
            }
            boolean listed = lastEnd == i - 1 && "、和及与或".indexOf(ch(i - 1)) >= 0;
            String v = lastValue; // a day, a day with its part or hour, or the end of a range (5日至7日和9日)
            int slash = v == null ? -1 : v.indexOf('/');
            v = slash >= 0 ? v.substring(slash + 1) : v;
            // 22日至24日: two dates; a start of unknown month leaves the end to the dateline (13日—15日 of 1月15日电)
            boolean ranged = v != null && lastEnd >= 0 && lastEnd < i && connector(lastEnd) == i && dayValue(v);
            if ((listed || ranged) && v != null) {
                // days of a list ascend: 30日和2日 may be of the next month, left to the usual reckoning; a range
                // that runs to a smaller day (28日至3日) ends in the next month
                if (dayValue(v) && x.day > Integer.parseInt(v, 8, 10, 10)) {
                    takeMonth(x, v);
                } else if (ranged && x.day < Integer.parseInt(v, 8, 10, 10)) {
                    takeNextMonth(x, v);
                }
            } else if (dateline != null && x.day == Integer.parseInt(dateline, 8, 10, 10)) {
                takeMonth(x, dateline); // 莫斯科12月30日电……叶利钦30日指出: the dateline's day (in a paper of 1 January)
            }
        }

        /** A day of the month alone (22日): no year, month, weekday or named day written or implied. */
        private static boolean plainDay(DateExpr x) {
            return x.top == DateExpr.L_DAY && x.day != U && x.year == U && x.yearRel == U && x.month == U
                    && x.monthRel == U && !x.relative && x.weekday == U && x.observance == null && x.lunarMonth == U;
        }

        /** {@code x} takes the month after that of the day value {@code v} (and its year, when known). */
        private void takeNextMonth(DateExpr x, String v) {
            int month = Integer.parseInt(v, 5, 7, 10);
            if (month < 1 || month > 12) {
                return;
            }
            if (digits(v, 0, 4)) {
                YearMonth next = YearMonth.of(Integer.parseInt(v, 0, 4, 10), month).plusMonths(1);
                takeMonth(x, String.format("%04d-%02d-01", next.getYear(), next.getMonthValue()));
            } else {
                takeMonth(x, String.format("XXXX-%02d-01", month % 12 + 1));
            }
        }

        /** {@code x} takes the year (when known) and month of the day value {@code v}, if its day is in that month. */
        private void takeMonth(DateExpr x, String v) {
            boolean yearKnown = digits(v, 0, 4); // else XXXX: no reference date
            int year = yearKnown ? Integer.parseInt(v, 0, 4, 10) : 2000; // a leap year: 2月29日 may be listed
            int month = Integer.parseInt(v, 5, 7, 10);
            if (year >= 1 && month >= 1 && month <= 12 && x.day <= YearMonth.of(year, month).lengthOfMonth()) {
                x.year = yearKnown ? year : U;
                x.month = month;
            }
        }

        /** Whether {@code v} starts with a day: {@code YYYY-MM-DD} or {@code XXXX-MM-DD}, then nothing or a time. */
        private static boolean dayValue(String v) {
            return v.length() >= 10 && (v.length() == 10 || v.charAt(10) == 'T')
                    && (digits(v, 0, 4) || v.startsWith("XXXX")) && v.charAt(4) == '-' && digits(v, 5, 7)
                    && v.charAt(7) == '-' && digits(v, 8, 10);
        }

        /**
         * A month or a day the text gives without a year takes the year written last in the same paragraph, however
         * far back (1997年3月……5月 is May 1997; 1964年10月16日……28日 is 28 October 1964), unless the date read against
         * the reference date is within {@link #NEWS_DAYS} of it and does not continue a written month in order (a
         * report about 1997 that turns to 1月21日 in January 1998). An expression that writes a past or present year
         * becomes the new anchor; datelines (1月9日电), 年度, year ranges and future years (plans) do not. Relative
         * words (今年, 下月) and named days keep their own reckoning.
         */
        void inheritWrittenYear(int i, int j, DateExpr x) {
            if (x.year == U && x.top == DateExpr.L_MONTH && !x.relative && !x.comparison && x.observance == null
                    && x.weekday == U && x.lunarMonth == U && x.monthTo == U && x.month >= 1 && x.month <= 12
                    && "至到-—~～".indexOf(ch(i - 1)) >= 0 && lastEnd == i - 1 && lastValue != null
                    && lastValue.length() >= 7 && digits(lastValue, 0, 4) && lastValue.charAt(4) == '-'
                    && digits(lastValue, 5, 7)) {
                // 6月1日至7月31日: the end of a range is the start or after it, whatever the reference date is nearer
                int y0 = Integer.parseInt(lastValue, 0, 4, 10), m0 = Integer.parseInt(lastValue, 5, 7, 10);
                int d0 = lastValue.length() >= 10 && digits(lastValue, 8, 10)
                        ? Integer.parseInt(lastValue, 8, 10, 10) : 0;
                int d = x.day == U ? 0 : x.day;
                x.year = x.month > m0 || x.month == m0 && d >= d0 ? y0 : y0 + 1; // (12月1日至1月31日: the next year's)
                return;
            }
            if (x.top == DateExpr.L_MONTH && x.yearRel != U && x.monthRel == U && x.day == U && x.level == DateExpr.L_MONTH
                    && writtenYear != U && sameParagraph(writtenYearEnd, i) && !looksAhead(j, false) && lastEnd != i
                    && ch(j) != '年' && ch(j) != '岁') { // (not 岁末年初, the turn of the year; not 年底可能升至5%)
                x.year = writtenYear; // 1997年，……年初提出的实事: 年初 of the year written, not of the reference year
                x.yearRel = U;
                x.relative = false;
                return;
            }
            if (x.observance != null && x.year != U && !x.relative && !x.comparison && x.year >= 1000
                    && (ref == null || x.year <= ref.getYear()) && "比较与跟由同".indexOf(ch(i - 1)) < 0) {
                writtenYear = x.year; // 2024年春节假期（2月10日至17日）: the festival's year is the year written
                writtenYearEnd = i;
                writtenMonth = null;
                writtenDay = U;
                return;
            }
            if (x.relative || x.comparison || x.observance != null || x.weekday != U || x.lunarMonth != U
                    || x.top < DateExpr.L_YEAR
                    || x.top > DateExpr.L_DAY || ch(j) == '电' || ch(j) == '讯') {
                return;
            }
            if (x.year != U) {
                boolean range = "至到-—~～".indexOf(ch(i - 1)) >= 0 && lastEnd == i - 1
                        || connector(j) > 0 && Numerals.startsNumber(ch(connector(j)));
                boolean base = "比较与跟由同".indexOf(ch(i - 1)) >= 0; // 与1996年持平: a comparison base
                if (x.top == DateExpr.L_YEAR && !has("年度", j - 2) && !range && !base && x.year >= 1000
                        && (ref == null || x.year <= ref.getYear())) {
                    writtenYear = x.year;
                    writtenYearEnd = i;
                    boolean monthWritten = x.month != U && x.month >= 1 && x.month <= 12 && s.indexOf('月', i) >= 0
                            && s.indexOf('月', i) < j; // not 1997年初 (年初 is no written month)
                    writtenMonth = monthWritten ? YearMonth.of(x.year, x.month) : null;
                    writtenDay = monthWritten ? x.day : U;
                }
                return;
            }
            if (writtenYear == U || !sameParagraph(writtenYearEnd, i) || ch(j) == '将') {
                return; // (3月将举行: a plan, read against the reference date)
            }
            if (x.month != U && x.month >= 1 && x.month <= 12) {
                if (!after(x.month, x.day) && near(x.month, x.day)) {
                    return;
                }
                x.year = writtenYear;
            } else if (x.top == DateExpr.L_DAY && x.day != U && x.day <= 31 && writtenMonth != null) {
                if (!after(writtenMonth.getMonthValue(), x.day) && near(U, x.day)) {
                    return; // 1997年11月30日……二日 in January 1998: the 2nd of this month
                }
                x.year = writtenMonth.getYear(); // 1964年10月16日……于28日: the month given last
                x.month = writtenMonth.getMonthValue();
            } else {
                return;
            }
            writtenYearEnd = i;
            writtenMonth = YearMonth.of(x.year, x.month);
            writtenDay = x.day;
        }

        /** Whether month {@code m} (day {@code d} or U) comes after the written month and day, as a narrative goes on. */
        boolean after(int m, int d) {
            if (writtenMonth == null) {
                return false;
            }
            int wm = writtenMonth.getMonthValue();
            return m > wm || m == wm && d != U && writtenDay != U && d > writtenDay;
        }

        /** Whether month {@code m} (U: the nearest month) and day {@code d} read against the reference date are news. */
        boolean near(int m, int d) {
            if (ref == null) {
                return false;
            }
            LocalDate date;
            if (m == U) {
                YearMonth ym = DateValues.nearestMonth(ref, d);
                date = ym.atDay(Math.min(d, ym.lengthOfMonth()));
            } else {
                int day = d != U ? Math.min(d, 28) : 15;
                date = LocalDate.of(DateValues.nearestYear(ref, m, day), m, day);
            }
            return Math.abs(date.toEpochDay() - ref.toEpochDay()) <= NEWS_DAYS;
        }

        /** How close to the reference date a yearless date must be to be read as current news (see above). */
        static final int NEWS_DAYS = 45;

        /** Scan position of {@link #lastBreak} and the last line break before it (-1: none). */
        int breakCursor;
        int lastBreak = -1;

        /**
         * Whether no paragraph break lies between {@code from} and {@code to}; {@code to} never decreases from call
         * to call (the scan goes left to right), so the breaks are looked for once per text.
         */
        boolean sameParagraph(int from, int to) {
            int end = Math.min(to, n);
            for (; breakCursor < end; breakCursor++) {
                if (s.charAt(breakCursor) == '\n') {
                    lastBreak = breakCursor;
                }
            }
            return from > lastBreak;
        }

        boolean onlySpaceOrParen(int from, int to) {
            if (from < 0 || to - from > 3) {
                return false;
            }
            for (int k = from; k < to; k++) {
                char c = s.charAt(k);
                if (c != ' ' && c != '（' && c != '(') {
                    return false;
                }
            }
            return true;
        }

        /** Rejects column titles such as 今日评点 and lone words the segmenter split differently. */
        boolean acceptable(int i, int j, DateExpr x) {
            if (x.top == DateExpr.L_DAY && x.dayRel == 0 && x.level == DateExpr.L_DAY && isTitleWord(i, j)) {
                return false;
            }
            if (Numerals.cnDigit(ch(i)) >= 0 && (Numerals.cnDigit(ch(i - 1)) >= 0 || Numerals.isAsciiDigit(ch(i - 1)))) {
                return false; // 一|四九|团 (regiment 149), not the fourth nine days of winter: the tail of a number
            }
            if (j - i == 2 && numberedDay(i) && startsAny(j, HONOURS)) {
                return false; // 三八红旗手, 七一勋章, 五四青年奖章: an honour named after the day, no reference to it
            }
            if (j - i == 2 && numberedDay(i) && namedAfterTheDay(j)) {
                return false; // 五一夜市, 八一广场, 八一女排: a place or team named after the day (guideline 3.2)
            }
            if (x.top == DateExpr.L_SUB && x.level == DateExpr.L_SUB && !x.relative && startsAny(j, SEASON_GAMES)) {
                return false; // 北京冬季奥运会, 夏季达沃斯: games and forums named by their season (guideline 3.2)
            }
            if (ch(i) == '周' && j - i == 2 && bylineName(i, j)) {
                return false; // 责任编辑：周一: the editor's name, not Monday
            }
            // 夜间经济, 夜间消费集聚区: a part of the day alone before such a noun is attributive (guideline 3.2)
            return !(x.top == DateExpr.L_PART && x.level == DateExpr.L_PART && startsAny(j, NIGHT_TRADES));
        }

        /** Roles a byline or credit line names before a person (编辑：, 记者 , 摄影/). */
        private static final String[] BYLINE_ROLES = {"编辑", "责编", "校对", "记者", "通讯员", "摄影", "作者", "撰稿",
                "审核", "审校", "监制", "主编", "制图", "翻译", "实习生"};

        /**
         * {@code [i, j)} stands alone after a byline role and a colon, slash or space, up to the line's end or the
         * next credit (编辑/周一, （责任编辑：周二）, 记者 周五 报道): a name of the credit line, not a day.
         */
        private boolean bylineName(int i, int j) {
            int k = i - 1;
            char sep = ch(k);
            if (sep != '：' && sep != ':' && sep != '/' && sep != '／' && sep != ' ' && sep != '\u3000') {
                return false;
            }
            while (ch(k) == ' ' || ch(k) == '\u3000') {
                k--;
            }
            if (ch(k) == '：' || ch(k) == ':' || ch(k) == '/' || ch(k) == '／') {
                k--; // past the colon or slash (编辑：周一, 编辑： 周一)
            }
            boolean role = false;
            for (String r : BYLINE_ROLES) {
                role |= k + 1 >= r.length() && has(r, k + 1 - r.length());
            }
            char after = ch(j);
            return role && (after == '\0' || after == '\n' || after == ' ' || after == '\u3000' || after == '）'
                    || after == ')' || after == '】' || after == '、' || after == '，' || after == '；');
        }

        /** Games and forums named by a season (冬季奥运会, 冬季运动会, 夏季达沃斯, 冬季两项). */
        private static final String[] SEASON_GAMES = {"奥运会", "奥林匹克", "运动会", "残奥会", "残运会", "特奥会",
                "亚运会", "达沃斯", "两项"};

        /** Places, markets and teams named after a day written by its numbers (五一夜市, 八一广场, 七一大道, 八一队). */
        private static final String[] NAMED_AFTER_DAY = {"夜市", "广场", "大道", "大街", "市场", "商场", "商城", "公园",
                "大桥", "剧场", "剧院", "影院", "中学", "小学", "农场", "女排", "男排", "女篮", "男篮", "女足", "男足", "队",
                "星光夜市", "路", "街", "北路", "南路", "东路", "西路", "中路"};

        /**
         * A place or team named after the day stands at {@code j} ({@link #NAMED_AFTER_DAY}); not 路 or 街 that start
         * another word (五一路过, 五一路上, 五一街头: on the way, in the streets on May Day).
         */
        private boolean namedAfterTheDay(int j) {
            if (!startsAny(j, NAMED_AFTER_DAY)) {
                return false;
            }
            return !((ch(j) == '路' || ch(j) == '街') && "过上途头边口".indexOf(ch(j + 1)) >= 0);
        }

        /** Honours named after a day written by its numbers (三八红旗手, 五一劳动奖章, 七一勋章, 五四青年奖章). */
        private static final String[] HONOURS = {"红旗", "奖章", "勋章", "奖状", "青年奖章", "劳动奖章"};

        /** Two Chinese numerals at {@code i}: a day named by its month and day (三八, 五四, 七一, 八一). */
        private boolean numberedDay(int i) {
            return "一二三四五六七八九十".indexOf(s.charAt(i)) >= 0 && "一二三四五六七八九十".indexOf(s.charAt(i + 1)) >= 0;
        }

        private static final String[] NIGHT_TRADES = {"经济", "消费", "文化", "旅游", "市场", "产业", "业态", "夜市"};

        boolean startsAny(int k, String[] words) {
            for (String w : words) {
                if (has(w, k)) {
                    return true;
                }
            }
            return false;
        }

        /** 今日 + a word at the start of a short line without punctuation: a column or programme title. */
        boolean isTitleWord(int i, int j) {
            char next = ch(j);
            if (!org.tiqu.internal.text.Chars.isHan(next)) {
                return false;
            }
            // the line's ends, looked for no further than a title line can reach (a long line holds many dates)
            int ls = i;
            while (ls > 0 && s.charAt(ls - 1) != '\n' && j - ls <= 12) {
                ls--;
            }
            if (ls > 0 && s.charAt(ls - 1) != '\n') {
                return false;
            }
            int le = j;
            while (le < n && s.charAt(le) != '\n' && le - ls <= 12) {
                le++;
            }
            if (le - ls > 12) {
                return false;
            }
            for (int k = ls; k < i; k++) {
                char c = s.charAt(k);
                if (org.tiqu.internal.text.Chars.isHan(c) || c == '》' || c == '”') {
                    return false; // not the start of the line: 本报《经济周刊》今日出场 is a headline with a date
                }
            }
            for (int k = ls; k < le; k++) {
                char c = s.charAt(k);
                if (c == '，' || c == '。' || c == '：' || c == '、') {
                    return false;
                }
            }
            return true;
        }

        /** After 今天的: a word for a country, the world or society (今天的中国 = nowadays). */
        boolean nowadays(int k) {
            return startsAny(k, NOWADAYS);
        }

        private static final String[] NOWADAYS = {"中国", "世界", "社会", "时代", "人们", "我们", "中华民族", "人类",
                "青年", "农村", "城市", "生活", "年轻人", "孩子", "中国人", "祖国"};

        String since(DateExpr x) {
            if (x.relative && ref == null) {
                return DateValues.PAST;
            }
            return DateValues.interval(endpoint(x), DateValues.OPEN);
        }

        /** A value usable as an interval endpoint: halves, quarters and seasons become their first month. */
        String endpoint(DateExpr x) {
            return endpoint(x, false);
        }

        /**
         * A value usable as an interval endpoint; {@code last}: as the end of a range (上半年 ends in June, 8月中旬 on
         * the 20th), else as its start.
         */
        String endpoint(DateExpr x, boolean last) {
            String v = safeValue(x, ref);
            if (last && v != null) {
                int slash = v.indexOf('/');
                if (slash > 0 && slash + 1 < v.length() && !v.endsWith(DateValues.OPEN)) {
                    return v.substring(slash + 1);
                }
                if (x.level == DateExpr.L_SUB && v.length() == 7 && Character.isDigit(v.charAt(0))) {
                    String month = subMonth(v.substring(5), true);
                    if (month != null) {
                        return v.substring(0, 4) + "-" + month;
                    }
                }
                if (v.length() == 4 && v.endsWith("X") && Character.isDigit(v.charAt(0))) {
                    return v.substring(0, 3) + "9";
                }
            }
            if (v == null) {
                return DateValues.PRESENT;
            }
            int t = v.indexOf('T');
            if (t > 0) {
                return v.substring(0, t);
            }
            if (x.level == DateExpr.L_SUB && v.length() == 7 && !v.startsWith("XXXX") && !v.endsWith("_REF")) {
                return v.substring(0, 4) + "-" + subMonth(v.substring(5), false);
            }
            if (v.endsWith("X") && v.length() == 4) {
                return v.substring(0, 3) + "0";
            }
            int slash = v.indexOf('/');
            return slash > 0 ? v.substring(0, slash) : v;
        }

        /** A half, quarter or season with its first and last month; winter runs into the next year (no last month). */
        private static final String[][] SUB_MONTHS = {{"H1", "01", "06"}, {"H2", "07", "12"}, {"Q1", "01", "03"},
                {"Q2", "04", "06"}, {"Q3", "07", "09"}, {"Q4", "10", "12"}, {"SP", "03", "05"}, {"SU", "06", "08"},
                {"FA", "09", "11"}, {"WI", "12", null}};

        /** The first (or {@code last}) month of a sub-year code; December for a code not in the table. */
        static String subMonth(String code, boolean last) {
            for (String[] r : SUB_MONTHS) {
                if (r[0].equals(code)) {
                    return r[last ? 2 : 1];
                }
            }
            return "12";
        }

        /** {@code x/y}; a vague value when the range is relative and there is no reference date. */
        String rangeValue(DateExpr x, DateExpr y) {
            if (ref == null && (x.relative || y.relative)) {
                return DateValues.ref(x.relative ? x.direction : y.direction);
            }
            if (ref != null && x.year == U && x.yearRel == U && y.year == U && y.yearRel == U
                    && x.month != U && y.month != U) {
                // 1—6月 written in August: both ends in the year nearest to the later end, never across years
                int yr = DateValues.nearestYear(ref, y.month, y.day == U ? 15 : y.day);
                x.year = yr;
                y.year = yr;
            } else if (ref != null && plainDay(x) && plainDay(y)) {
                // 22—24日: both ends in the month nearest to the later end (28—3日: the start a month before)
                YearMonth ym = DateValues.nearestMonth(ref, y.day);
                YearMonth start = x.day > y.day ? ym.minusMonths(1) : ym;
                if (x.day <= start.lengthOfMonth()) {
                    x.year = start.getYear();
                    x.month = start.getMonthValue();
                    y.year = ym.getYear();
                    y.month = ym.getMonthValue();
                }
            }
            return DateValues.interval(endpoint(x), endpoint(y, true));
        }

        /** The elliptical end {@code y} takes the coarser parts it lacks from {@code x}. */
        void inherit(DateExpr y, DateExpr x) {
            if (y.year == U && y.yearRel == U) {
                y.year = x.year;
                y.yearRel = x.yearRel;
                if (x.relative) {
                    y.rel(x.direction);
                }
            }
            if (y.top == DateExpr.L_DAY && y.month == U && y.monthRel == U) {
                y.month = x.month;
                y.monthRel = x.monthRel;
                if (x.relative) {
                    y.rel(x.direction);
                }
            }
        }

        /** Reads the elliptical end of a range (8日至十日: small Chinese days are dates there) into {@code y}. */
        int rangeEndAt(int b, DateExpr y) {
            rangeEnd = true;
            int e = components(b, y);
            rangeEnd = false;
            return e;
        }

        /** End of a range connector at {@code j}, or -1. */
        int connector(int j) {
            char c = ch(j);
            if (c == '至' || c == '到' || c == '~' || c == '～' || c == '〜' || c == '－' || c == '–') {
                return j + 1;
            }
            if (c == '-' || c == '—') {
                int k = j + 1;
                while (ch(k) == c && k < j + 3) {
                    k++;
                }
                return k;
            }
            return -1;
        }

        /** Whether a number after {@code prev} is the tail of a larger number or of an ordinal (1.5, 第3). */
        static boolean insideNumber(char prev) {
            return Numerals.isAsciiDigit(prev) || prev == '.' || prev == '．' || prev == '·' || prev == '第'
                    || Numerals.cnDigit(prev) >= 0;
        }

        /** 2021-2023年, 7—8月, 15至17日: a bare number, a connector and a date whose unit it shares. */
        int bareRange(int i) {
            return bareRange(i, i, null);
        }

        /**
         * A bare-number range at {@code i}; {@code outer} is an expression just before it whose coarser parts
         * both ends take (今年1至7月份), emitted from {@code from}.
         */
        int bareRange(int from, int i, DateExpr outer) {
            char prev = ch(i - 1);
            if (outer == null && (insideNumber(prev) || prev == '-' || prev == '—' || prev == '/')) {
                return -1;
            }
            long p = Numerals.parse(s, i);
            if (p == Numerals.NONE) {
                return -1;
            }
            int k = i + Numerals.length(p);
            int conn = connector(k);
            // 2023/2024赛季: a slash joins two years only
            boolean slash = conn < 0 && ch(k) == '/' && Numerals.length(p) == 4;
            if (slash) {
                conn = k + 1;
            }
            if (conn < 0) {
                return -1;
            }
            int v = Numerals.value(p);
            int kind = Numerals.kind(p);
            DateExpr y = new DateExpr();
            int e = rangeEndAt(conn, y);
            // 2024—2025年度冬季: the winter across the two years (a heating season), one span
            boolean winter = y.top == DateExpr.L_YEAR && y.level == DateExpr.L_SUB && "WI".equals(y.sub)
                    && y.firstMonths == U && y.month == U;
            if (e <= conn || !y.dateOnly() && !winter || y.relative || slash && y.top != DateExpr.L_YEAR) {
                return -1;
            }
            DateExpr x = new DateExpr();
            switch (y.top) {
                case DateExpr.L_YEAR -> {
                    if (outer != null || y.year == U || !(Numerals.length(p) == 4 && kind != Numerals.CN_POSITIONAL)
                            || v < 1000 || v > y.year) {
                        return -1;
                    }
                    if (winter && v == y.year - 1) {
                        out.date(from, e, v + "-WI");
                        return e;
                    }
                    if (y.level != DateExpr.L_YEAR) {
                        return -1;
                    }
                    x.year = v;
                    x.at(DateExpr.L_YEAR);
                }
                case DateExpr.L_MONTH, DateExpr.L_DAY -> {
                    boolean month = y.top == DateExpr.L_MONTH;
                    int to = month ? y.month : y.day;
                    if (v < 1 || v > (month ? 12 : 31) || to == U || v >= to || y.level != y.top) {
                        return -1;
                    }
                    if (month) {
                        x.month = v;
                    } else {
                        x.day = v;
                    }
                    x.at(y.top);
                }
                default -> {
                    return -1;
                }
            }
            if (outer != null) {
                if (outer.level >= y.top) {
                    return -1;
                }
                inherit(x, outer);
                inherit(y, outer);
            }
            out.date(from, e, rangeValue(x, y));
            return e;
        }

        // ---------------------------------------------------------------- standalone words

        /** The longest standalone word (VALUE, WEEK, WEEKEND) at {@code i} that the segmentation agrees with. */
        DateLexicon.Entry standalone(int i) {
            DateLexicon.Entry[] es = LEX.startingWith(s.charAt(i));
            if (es == null) {
                return null;
            }
            for (DateLexicon.Entry en : es) {
                DateLexicon.Kind k = en.kind();
                if (k != DateLexicon.Kind.VALUE && k != DateLexicon.Kind.WEEK && k != DateLexicon.Kind.WEEKEND
                        && k != DateLexicon.Kind.TURN) {
                    continue;
                }
                if (!has(en.word(), i)) {
                    continue;
                }
                int e = i + en.word().length();
                if (!ctx.boundary(i) || !ctx.boundary(e)) {
                    continue;
                }
                if (en.needsTime() && !ctx.timeWord(i, e) && !thePast(en, i)) {
                    continue;
                }
                if (ctx.nameWord(i, e) || afterSurname(en.word(), i) || afterCount(i, en.word()) || veto(en.word(), i, e)) {
                    continue;
                }
                return en;
            }
            return null;
        }

        /**
         * Context that makes a vague word no date: the verb 过去 (已经过去, 过去了, 刚刚过去的1997年) and postpositions
         * (会议之前 = "before the meeting"; only a clause-initial 之前/以后 means "before/afterwards").
         */
        boolean veto(String w, int i, int e) {
            char prev = ch(i - 1);
            char next = ch(e);
            switch (w) {
                case "过去" -> {
                    if (next == '了' || next == '？' || next == '吗' || next == '啦' || next == '。'
                            || "已刚经会要就年秋天去走".indexOf(prev) >= 0) {
                        return true;
                    }
                    if (prev == '将' && (ch(i - 2) == '即' || !org.tiqu.internal.text.Chars.isHan(next))) {
                        return true; // 即将过去 ("is about to pass"), not 将过去十几届晚会的录像带 (将 = 把)
                    }
                    if ((next == '，' || next == '；' || next == '！') && "们我你他她它凑叫跑飞冲扑游爬跳递送拿搬转".indexOf(prev) >= 0) {
                        return true; // 招呼我们过去，  凑过去，: a verb of motion
                    }
                    if ("凑叫跑飞冲扑爬跳递送拿搬派".indexOf(prev) >= 0 && ctx.boundary(i)) {
                        return true; // 叫过去帮忙, 送过去几件: a verb of motion with its own verb after it
                    }
                    if (next == '的') {
                        return dateAt(e + 1); // 刚刚过去的1997年 (a verb), not 过去的84个委办局 or 过去的教训
                    }
                    return false;
                }
                case "当下" -> {
                    return next == '一'; // 当|下一个
                }
                case "近几年", "近年", "近些年", "近一个时期", "近一时期" -> {
                    return afterDurationVerb(i, e) || has("时间", e); // 经过近几年的努力: a duration
                }
                case "眼前" -> {
                    // 眼前一亮, 眼前浮现出: before one's eyes, a place
                    return next == '一' || has("浮现", e) || has("出现", e) || has("闪现", e) || has("闪过", e)
                            || has("呈现", e) || has("展现", e);
                }
                case "未来" -> {
                    return has("出版社", e) || has("公司", e) || has("集团", e); // 未来出版社: a name
                }
                case "其后" -> {
                    return "随跟居列尾".indexOf(prev) >= 0; // 紧随其后: behind, a place
                }
                case "之前", "以前", "之后", "以后" -> {
                    return org.tiqu.internal.text.Chars.isHan(prev) || Numerals.isAsciiDigit(prev);
                }
                case "将来" -> {
                    return lastEnd == i; // 新春将来之际: 将 + 来 ("is coming") after a date
                }
                case "最近" -> {
                    return next == '处'; // 最近处: the nearest point
                }
                default -> {
                    return false;
                }
            }
        }

        /**
         * 过去 that the segmenter read as a verb but whose context makes it "the past": after a preposition (在过去,
         * 从过去, 由过去) or 将 (= 把), or as the object of 回顾 / 告别. {@link #veto} still applies.
         */
        boolean thePast(DateLexicon.Entry en, int i) {
            if (!en.word().equals("过去") || !ctx.boundary(i)) {
                return false;
            }
            char prev = ch(i - 1);
            return "在从由与同跟较将".indexOf(prev) >= 0 && ctx.boundary(i - 1)
                    || has("回顾", i - 2) || has("告别", i - 2);
        }

        /** Whether a date word or a number with a date unit starts at {@code k} (after 过去的). */
        boolean dateAt(int k) {
            char c = ch(k);
            if (Numerals.startsNumber(c)) {
                long num = Numerals.parse(s, k);
                if (num != Numerals.NONE) {
                    int q = k + Numerals.length(num);
                    if (ch(q) == '多' || ch(q) == '余' || ch(q) == '个') {
                        q++;
                    }
                    return "年月日天周世季".indexOf(ch(q)) >= 0;
                }
                return false;
            }
            DateLexicon.Entry[] es = LEX.startingWith(c);
            if (es != null && c != '岁') {
                for (DateLexicon.Entry en : es) {
                    if (has(en.word(), k)) {
                        return true;
                    }
                }
            }
            return false;
        }

        int emitWord(int i, DateLexicon.Entry en) {
            int e = i + en.word().length();
            String v;
            switch (en.kind()) {
                case TURN -> {
                    // 年前 ("before the new year"): December of the year that ends next
                    if (ref == null || ref.getMonthValue() > 1 && ref.getMonthValue() < 12) {
                        v = DateValues.PAST;
                    } else {
                        int y = ref.getMonthValue() == 1 ? ref.getYear() - 1 : ref.getYear();
                        v = DateValues.month(y, 12);
                    }
                }
                case WEEK, WEEKEND -> {
                    if (ref == null) {
                        v = DateValues.ref(en.a());
                    } else {
                        int first = en.kind() == DateLexicon.Kind.WEEK ? 1 : 6; // Monday, or Saturday of a weekend
                        v = DateValues.interval(DateValues.day(DateValues.weekday(ref, en.a(), first)),
                                DateValues.day(DateValues.weekday(ref, en.a(), 7)));
                    }
                }
                default -> v = en.s();
            }
            out.date(i, e, v);
            return e;
        }

        // ---------------------------------------------------------------- anchored periods

        /**
         * Periods counted back from the reference year: 十年来, 近五年, 这十年, 十年间, 过去两年, 18年前的今天,
         * and the five-year span after 以来的 (…以来的五年); forward from it: 未来三天, 今后五年.
         */
        int anchored(int i) {
            char c = s.charAt(i);
            if (c == '今' && ch(i + 1) == '明' && ch(i + 2) == '两' && "天日年".indexOf(ch(i + 3)) >= 0
                    && ctx.boundary(i)) {
                return todayAndTomorrow(i); // 今明两天, 今明两年
            }
            int p = i;
            int mode;
            if ((c == '未' && has("未来", i)) || (c == '今' && has("今后", i))) {
                mode = AHEAD;
                p = i + 2;
                if (ch(p) == '的') {
                    p++;
                }
            } else if (c == '近') {
                mode = NEAR;
                p = i + 1;
            } else if (c == '这') {
                mode = THIS;
                p = i + 1;
            } else if (c == '过' && has("过去", i)) {
                mode = PAST;
                p = i + 2;
                if (ch(p) == '的') {
                    p++;
                }
            } else if (Numerals.startsNumber(c) || c == '半') {
                mode = BARE;
            } else {
                return -1;
            }
            if (!ctx.boundary(i)) {
                return -1;
            }
            int count;
            int q;
            int unit = Y; // what is counted
            if (has("百年", p)) {
                count = 100;
                q = p + 1;
            } else if (has("半年", p)) {
                count = 6; // 半年前, 近半年: six months
                unit = M;
                q = p + 1;
            } else {
                long num = Numerals.parse(s, p);
                if (num == Numerals.NONE) {
                    return -1;
                }
                if (mode == BARE) {
                    char prev = ch(i - 1);
                    if (insideNumber(prev) || prev == '十') {
                        return -1;
                    }
                }
                int kind = Numerals.kind(num);
                count = Numerals.value(num);
                if (kind == Numerals.CN_DIGITS || (kind == Numerals.ARABIC && Numerals.length(num) > 3)) {
                    return -1;
                }
                q = p + Numerals.length(num);
            }
            if (count <= 0) {
                return -1;
            }
            if (ch(q) == '多' || ch(q) == '余') {
                q++;
            }
            if (unit == M) {
                q++;
            } else if (ch(q) == '个' && ch(q + 1) == '月') {
                unit = M;
                q += 2;
            } else if (ch(q) == '年') {
                q++;
            } else if (ch(q) == '天' && mode != BARE || ch(q) == '天' && (ch(q + 1) == '来' || ch(q + 1) == '前')) {
                unit = D; // 这两天, 过去两天, 近三天, 三天来, 三天前
                q++;
            } else if (ch(q) == '周' && mode != BARE && mode != THIS && !Numerals.startsNumber(ch(q + 1))) {
                unit = D; // 近两周, 过去一周: seven days each
                count *= 7;
                q++;
            } else {
                return -1;
            }
            if (mode == THIS && count == 1 && unit != M && ch(q) != '来' && ch(q) != '间'
                    && !has("以来", q)) {
                return -1; // 这一年, 这一天: the year or day just mentioned (lexicon words)
            }
            // what follows the count decides whether it is a date at all
            int end;
            String value;
            if (unit != M && mode == BARE && (has("前的今天", q) || has("前的今日", q))) {
                end = q + 4;
                value = ref == null ? DateValues.PAST : DateValues.day(ref.minusYears(count));
            } else if (unit != M && mode == BARE && (has("后的今天", q) || has("后的今日", q))) {
                end = q + 4;
                value = ref == null ? DateValues.PRESENT : DateValues.day(ref);
            } else if (mode == BARE && ch(q) == '前' && count < 1000 && !continuesAfterQian(q + 1)) {
                end = q + 1; // 三年前 ("three years ago"; unlike 前 in 今年底前, "before", it is part of the date)
                value = ref == null ? DateValues.PAST : at(shift(ref, -count, unit), unit);
            } else {
                int e = q;
                if (has("以来", q)) {
                    e = q + 2;
                } else if ((ch(q) == '来' && !blocksLai(ch(q + 1))) || ch(q) == '间') {
                    e = q + 1;
                } else if ((mode == PAST || mode == AHEAD) && (ch(q) == '里' || ch(q) == '中')) {
                    e = q + 1;
                }
                boolean suffixed = e > q;
                if (mode == BARE && !suffixed) {
                    if (!afterSinceDe(i)) {
                        return -1; // a bare duration: 30年, 一年
                    }
                }
                if (mode == NEAR && !suffixed && (!ctx.boundary(q) || afterDurationVerb(i, q) || has("时间", q)
                        || has("之久", q) || ch(q) == '内')) {
                    return -1; // 经过近20年的发展, 近两年时间, 近15年内: how long, not when
                }
                end = e;
                value = mode == AHEAD ? ahead(count, unit) : back(count, unit, mode == PAST);
            }
            out.date(i, end, value);
            return end;
        }

        /** 今明两天 (today and tomorrow), 今明两年 (this year and the next): the two as one interval. */
        int todayAndTomorrow(int i) {
            int end = i + 4;
            String value;
            if (ref == null) {
                value = DateValues.PRESENT;
            } else if (ch(i + 3) == '年') {
                value = DateValues.interval(DateValues.year(ref.getYear()), DateValues.year(ref.getYear() + 1));
            } else {
                value = DateValues.interval(DateValues.day(ref), DateValues.day(ref.plusDays(1)));
            }
            out.date(i, end, value);
            return end;
        }

        /**
         * Whether a verb that measures a stretch of time ends at {@code i} (the count ending at {@code end}): after
         * 经过, 历经, 持续, 用了, 已有 … a count of years is a duration (经过近20年的发展, 持续近5年的内战, 已有近6年的历史), which the guideline does
         * not annotate.
         */
        boolean afterDurationVerb(int i, int end) {
            if (ch(i - 1) == '了' && org.tiqu.internal.text.Chars.isHan(ch(i - 2))) {
                // 操心了近半年的, 浓缩了近30年的风雨: a verb with 了 measures how long; not 创下了近20年最低 (when)
                return ch(end) == '的' || !org.tiqu.internal.text.Chars.isHan(ch(end));
            }
            for (String v : DURATION_VERBS) {
                int k = i - v.length();
                if (k >= 0 && s.startsWith(v, k)) {
                    return true;
                }
            }
            return false;
        }

        private static final String[] DURATION_VERBS = {"经过", "历经", "经历了", "持续", "持续了", "用了", "花了", "历时",
                "长达", "有", "已", "经", "提前", "通过"};

        /** What stands before the count of {@link #anchored}: nothing (十年来), 近, 这, 过去, 未来/今后. */
        private static final int BARE = 0;
        private static final int NEAR = 1;
        private static final int THIS = 2;
        private static final int PAST = 3;
        private static final int AHEAD = 4;

        /** How far (characters) an anaphoric day word may stand from the day it refers to. */
        static final int DAY_REACH = 500;

        /** Units that {@link #anchored} counts (a week counts as seven days). */
        private static final int Y = 0;
        private static final int M = 1;
        private static final int D = 2;

        /** {@code d} moved by {@code count} years, months or days. */
        static LocalDate shift(LocalDate d, int count, int unit) {
            return unit == Y ? d.plusYears(count) : unit == M ? d.plusMonths(count) : d.plusDays(count);
        }

        /** The year, month or day of {@code d}. */
        static String at(LocalDate d, int unit) {
            return unit == Y ? DateValues.year(d.getYear())
                    : unit == M ? DateValues.month(d.getYear(), d.getMonthValue()) : DateValues.day(d);
        }

        /** The next {@code count} years, months or days from the reference date (未来三天, 今后五年). */
        String ahead(int count, int unit) {
            if (ref == null) {
                return DateValues.FUTURE;
            }
            return DateValues.interval(at(ref, unit), at(shift(ref, count, unit), unit));
        }

        /**
         * The last {@code count} years, months or days up to the reference date (十年来, 近三天); {@code completed}:
         * only whole past units, up to the one before (过去两年, a single year for 过去一年).
         */
        String back(int count, int unit, boolean completed) {
            if (ref == null) {
                return DateValues.PAST;
            }
            if (completed && unit == Y && count == 1) {
                return DateValues.year(ref.getYear() - 1);
            }
            if (unit == Y && count >= ref.getYear()) {
                return DateValues.PAST; // 两千年来 in 1998: before the common era, no four-digit year
            }
            return DateValues.interval(at(shift(ref, -count, unit), unit), at(completed ? shift(ref, -1, unit) : ref, unit));
        }

        boolean continuesAfterQian(int k) {
            char c = ch(k);
            return c == '后' || c == '进' || c == '面' || c == '景' || c == '途' || c == '列' || c == '提' || c == '夕';
        }

        /** 来 that starts a verb phrase: 来华, 来京, 来访. */
        boolean blocksLai(char next) {
            return "华京沪访此到自临往".indexOf(next) >= 0;
        }

        /** Whether the number at {@code i} follows 以来的 (…以来的五年). */
        boolean afterSinceDe(int i) {
            return i >= 3 && s.startsWith("以来的", i - 3);
        }

        // ---------------------------------------------------------------- five-year plans

        /** “十四五”时期, 十三五期间, “十三五”末, bare 十四五 (not in 十四五规划). */
        int plan(int i) {
            int p = i;
            boolean quoted = s.charAt(i) == '“';
            if (quoted) {
                p++;
            }
            int k;
            int q;
            char a = ch(p);
            char b = ch(p + 1);
            if (a == '十' && "一二三四五".indexOf(b) >= 0 && ch(p + 2) == '五') {
                k = 10 + Numerals.cnDigit(b);
                q = p + 3;
            } else if (a == '十' && b == '五' && quoted && ch(p + 2) == '”') {
                k = 10;
                q = p + 2;
            } else if ("六七八九".indexOf(a) >= 0 && b == '五') {
                k = Numerals.cnDigit(a);
                q = p + 2;
            } else {
                return -1;
            }
            if (Numerals.cnDigit(ch(i - 1)) >= 0 || ch(i - 1) == '十' || Numerals.cnDigit(ch(q)) >= 0) {
                return -1;
            }
            int coreEnd = q;
            if (quoted) {
                if (ch(q) != '”') {
                    return -1;
                }
                q++;
            }
            int start = DateValues.planStart(k);
            String whole = DateValues.interval(DateValues.year(start), DateValues.year(start + 4));
            String[][] suffixes = {{"时期", "W"}, {"期间", "W"}, {"末期", "E"}, {"期末", "E"}, {"末", "E"}, {"初期", "S"},
                    {"初", "S"},
                    {"前期", "S"}, {"以来", "O"}};
            for (String[] sf : suffixes) {
                if (has(sf[0], q)) {
                    if (sf[0].equals("初") && !chuAt(q)) {
                        continue;
                    }
                    String v = switch (sf[1]) {
                        case "E" -> DateValues.year(start + 4);
                        case "S" -> DateValues.year(start);
                        case "O" -> DateValues.interval(DateValues.year(start), DateValues.OPEN);
                        default -> whole;
                    };
                    int end = q + sf[0].length();
                    out.date(i, end, v);
                    return end;
                }
            }
            // bare: only the distinctive 十N五 used as a period, not the plan document (十四五规划 is a title)
            int r = ch(q) == '”' ? q + 1 : q;
            if (k < 11 || has("规划", r) || has("计划", r) || has("纲要", r)) {
                return -1;
            }
            int from = quoted ? i + 1 : i;
            if (!quoted && !ctx.boundary(i)) {
                return -1;
            }
            out.date(from, coreEnd, whole);
            return quoted ? q : coreEnd;
        }
    }
}
