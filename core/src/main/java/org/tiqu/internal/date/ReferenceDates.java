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
        String head = cleanedText.length() > HEAD ? cleanedText.substring(0, HEAD) : cleanedText;
        Matcher m = MASTHEAD.matcher(head);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = DATE_LINE.matcher(head);
        if (m.find()) {
            Optional<LocalDate> d = date(m.group(1), m.group(2), m.group(3));
            if (d.isPresent()) {
                return d;
            }
        }
        String top = cleanedText.length() > DATELINE_HEAD ? cleanedText.substring(0, DATELINE_HEAD) : cleanedText;
        m = DATELINE.matcher(top);
        if (!m.find()) {
            m = TODAY_IS.matcher(top);
            if (!m.find()) {
                return Optional.empty();
            }
        }
        int year = yearFor(cleanedText, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        return year > 0 ? date(Integer.toString(year), m.group(1), m.group(2)) : Optional.empty();
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
