package org.tiqu.internal.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date a document was published from its own text, in this order:
 * <ol>
 *   <li>a masthead near the top: {@code 2023年8月16日 星期三};</li>
 *   <li>a date line near the top: a full date ({@code 2023年8月16日}, {@code 2023-08-16}) alone on its line
 *       or followed by a time;</li>
 *   <li>a news dateline ({@code 新华社北京8月15日电}, {@code 本报讯 (记者…) 8月15日讯}) or a report naming its own
 *       day ({@code 今天（8月15日）}), whose year is taken from the
 *       rest of the text: a full date with that month and day, else the year most often named with that month,
 *       else the year most often named at all (at most one year after any year named with a month).</li>
 * </ol>
 * Nothing is guessed from a lone event date in running text. Stateless.
 */
public final class ReferenceDates {
    private static final Pattern MASTHEAD = Pattern.compile(
            "((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*[（(]?\\s*(?:星期|周|礼拜)[一二三四五六日天]");
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?m)^[\\s\\p{Punct}、：:（(]*(?:日期|时间|发布时间|发布日期|来源)?[：:]?\\s*((?:19|20)\\d{2})\\s*(?:年|-|/|\\.)\\s*(\\d{1,2})"
                    + "\\s*(?:月|-|/|\\.)\\s*(\\d{1,2})\\s*日?(?:\\s*\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?)?\\s*$");
    private static final Pattern DATELINE = Pattern.compile(
            "(?:新华社|中新社|中新网|本报|人民网|新华网|央视网|央广网|光明网|国际在线|记者|电讯|消息)[^。\\n]{0,24}?"
                    + "(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*(?:电|讯|消息)");
    /** 今天（8月15日）: a broadcast or report naming its own day. */
    private static final Pattern TODAY_IS = Pattern.compile("今天\\s*[（(]\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*[）)]");
    /** Only the top of a page carries its masthead or date line. */
    private static final int HEAD = 400;
    /** A dateline opens the story, after a headline or two. */
    private static final int DATELINE_HEAD = 800;

    private ReferenceDates() {
    }

    /**
     * @param cleanedText the normalized text (ASCII digits)
     * @return the publication date found in the text, if any
     */
    public static Optional<LocalDate> find(String cleanedText) {
        // Each pattern is tried only where a character it cannot match without is present: the regex engine
        // costs tens of ns per start position, the plain scans a few.
        int headEnd = Math.min(cleanedText.length(), HEAD);
        boolean year = hasYear(cleanedText, headEnd);
        String head = null;
        Matcher m;
        if (year && hasWeekday(cleanedText, headEnd)) {
            head = cleanedText.substring(0, headEnd);
            m = MASTHEAD.matcher(head);
            if (m.find()) {
                return date(m.group(1), m.group(2), m.group(3));
            }
        }
        if (year) {
            if (head == null) {
                head = cleanedText.substring(0, headEnd);
            }
            m = DATE_LINE.matcher(head);
            if (m.find()) {
                Optional<LocalDate> d = date(m.group(1), m.group(2), m.group(3));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        int topEnd = Math.min(cleanedText.length(), DATELINE_HEAD);
        String top = null;
        m = null;
        if (hasDatelineEnd(cleanedText, topEnd)) {
            top = cleanedText.substring(0, topEnd);
            m = DATELINE.matcher(top);
            if (!m.find()) {
                m = null;
            }
        }
        if (m == null) {
            int today = cleanedText.indexOf("今天");
            if (today < 0 || today >= topEnd) {
                return Optional.empty();
            }
            if (top == null) {
                top = cleanedText.substring(0, topEnd);
            }
            m = TODAY_IS.matcher(top);
            if (!m.find()) {
                return Optional.empty();
            }
        }
        int y = yearFor(cleanedText, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        return y > 0 ? date(Integer.toString(y), m.group(1), m.group(2)) : Optional.empty();
    }

    /** Whether {@code s[0, end)} holds 19dd or 20dd, which MASTHEAD and DATE_LINE both need. */
    private static boolean hasYear(String s, int end) {
        for (int i = 0; i + 3 < end; i++) {
            char c = s.charAt(i);
            if ((c == '1' || c == '2') && Numerals.isAsciiDigit(s.charAt(i + 2)) && Numerals.isAsciiDigit(s.charAt(i + 3))) {
                char d = s.charAt(i + 1);
                if ((c == '1' && d == '9') || (c == '2' && d == '0')) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code s[0, end)} holds 星期, 周 or 礼拜, which MASTHEAD needs. */
    private static boolean hasWeekday(String s, int end) {
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c == '周' || ((c == '星' || c == '礼') && i + 1 < end && s.charAt(i + 1) == (c == '星' ? '期' : '拜'))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s[0, end)} holds 日 then optional ASCII space then 电, 讯 or 消息, which DATELINE needs. */
    private static boolean hasDatelineEnd(String s, int end) {
        for (int i = s.indexOf('日'); i >= 0 && i < end; i = s.indexOf('日', i + 1)) {
            int k = i + 1;
            while (k < end && isRegexSpace(s.charAt(k))) {
                k++;
            }
            if (k < end) {
                char c = s.charAt(k);
                if (c == '电' || c == '讯' || (c == '消' && k + 1 < end && s.charAt(k + 1) == '息')) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Java regex {@code \s} without UNICODE_CHARACTER_CLASS: [ \t\n\x0B\f\r]. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == (char) 0x0B || c == '\f' || c == '\r';
    }

    /**
     * The year of a dateline's month and day, from the years the text names (see the class comment); 0 when the
     * text names none.
     */
    static int yearFor(String s, int month, int day) {
        int n = s.length();
        int[] plain = new int[300];
        int[] withMonth = new int[300];
        int maxWithMonth = 0;
        for (int i = 0; i + 4 < n; i++) {
            if (s.charAt(i + 4) != '年' || (i > 0 && Numerals.isAsciiDigit(s.charAt(i - 1)))) {
                continue;
            }
            int y = 0;
            boolean ok = true;
            for (int k = i; k < i + 4; k++) {
                char c = s.charAt(k);
                if (!Numerals.isAsciiDigit(c)) {
                    ok = false;
                    break;
                }
                y = y * 10 + (c - '0');
            }
            if (!ok || y < 1900 || y >= 2200) {
                continue;
            }
            int j = i + 5;
            long mm = Numerals.parse(s, j);
            if (mm != Numerals.NONE && Numerals.kind(mm) == Numerals.ARABIC) {
                int mv = Numerals.value(mm);
                int me = j + Numerals.length(mm);
                if (me < n && s.charAt(me) == '月' && mv >= 1 && mv <= 12) {
                    long dd = Numerals.parse(s, me + 1);
                    if (mv == month && dd != Numerals.NONE && Numerals.value(dd) == day
                            && me + 1 + Numerals.length(dd) < n && s.charAt(me + 1 + Numerals.length(dd)) == '日') {
                        return y; // the same month and day with a year: that is the one
                    }
                    if (mv == month) {
                        withMonth[y - 1900] += 3;
                    }
                    withMonth[y - 1900]++;
                    maxWithMonth = Math.max(maxWithMonth, y);
                }
            }
            plain[y - 1900]++;
        }
        int best = 0;
        int bestScore = 0;
        for (int k = 0; k < plain.length; k++) {
            int y = 1900 + k;
            if (maxWithMonth > 0 && y > maxWithMonth + 1) {
                continue; // a plan's target year (到2035年) is no publication year
            }
            int score = withMonth[k] * 4 + plain[k];
            if (score > bestScore || (score == bestScore && score > 0)) {
                bestScore = score;
                best = y;
            }
        }
        return best;
    }

    private static Optional<LocalDate> date(String y, String m, String d) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
