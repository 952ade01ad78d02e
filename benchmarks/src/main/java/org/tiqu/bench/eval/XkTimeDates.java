package org.tiqu.bench.eval;

import com.xkzhangsan.time.nlp.TextAnalysis;
import com.xkzhangsan.time.nlp.TextPreprocess;
import com.xkzhangsan.time.nlp.TimeNLP;
import com.xkzhangsan.time.nlp.TimeNLPUtil;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * xk-time's {@code TimeNLPUtil.parse(text, timeBase)} as a DATE reference system.
 *
 * <p>xk-time returns only the matched expression ({@code getTimeExpression()}), and it matches on a
 * preprocessed copy of the text ({@code TextPreprocess.preprocess}: trimmed, every 的 deleted, non-date decimals
 * deleted, Chinese numerals turned into digits). So the expression is located left to right in that preprocessed
 * copy and mapped back to the caller's offsets by {@link #align(String, String)}. Its regexes know only ASCII
 * digits, so full-width digits and letters are folded first (one char for one; offsets are unchanged).
 *
 * <p>Values: {@code getTimeNorm()} ({@code 2023年8月15日10时30分}) gives the granularity; it is mapped to the
 * guideline's forms {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}, {@code YYYY-MM-DDThh:mm} (an hour alone
 * becomes {@code Thh:00}). When the expression holds no clock time (时/点/分/:), an hour is xk-time's stand-in for
 * a part of day (上午 = 10) or a midnight default: it becomes {@code TMO/TAF/TEV/TNI} when the expression names
 * a part of day, and is dropped otherwise. xk-time has no intervals, seasons, halves, quarters or vague references.
 *
 * <p>xk-time by default prefers the future (on 2023-08-16, 15日 becomes 2023-09-15), which suits schedules but
 * not news; the constructor switches that off ({@code TextAnalysis.setPreferFuture(false)}, a setting of xk-time's
 * singleton, so only this evaluator process is affected).
 */
final class XkTimeDates {
    private static final String PARTS_OF_DAY = "凌晨|清晨|早上|早晨|早间|上午|中午|午间|下午|午后|傍晚|晚上|晚间|夜里|夜间|深夜|半夜";
    private static final Pattern PART_OF_DAY = Pattern.compile(PARTS_OF_DAY);
    private static final Pattern CLOCK = Pattern.compile("[时点分:：]");
    private static final Pattern NORM = Pattern.compile(
            "(-?\\d+)年(?:(\\d+)月(?:(\\d+)日(?:(\\d+)时(?:(\\d+)分)?)?)?)?");
    private static final PrintStream DISCARD = new PrintStream(OutputStream.nullOutputStream());

    /** Unlocated expressions so far (should stay 0; reported in the evaluation notes). */
    private long unlocated;

    XkTimeDates() {
        TextAnalysis.getInstance().setPreferFuture(false);
    }

    /**
     * @param text     the text; offsets of the result index into it
     * @param baseDate xk-time's base time (midnight of that day), or null for xk-time's default (now)
     * @return xk-time's DATE annotations with values
     */
    List<Annotation> dates(String text, LocalDate baseDate) {
        String folded = Texts.foldWidth(text);
        String base = baseDate == null ? null
                : String.format(Locale.ROOT, "%04d-%02d-%02d-00-00-00", baseDate.getYear(), baseDate.getMonthValue(),
                baseDate.getDayOfMonth());
        List<TimeNLP> found;
        PrintStream out = System.out;
        // xk-time prints parse errors to System.out; keep them out of the report.
        System.setOut(DISCARD);
        try {
            found = TimeNLPUtil.parse(folded, base);
        } catch (RuntimeException e) {
            found = null;
        } finally {
            System.setOut(out);
        }
        List<Annotation> result = new ArrayList<>();
        if (found == null || found.isEmpty()) {
            return result;
        }
        String pre = TextPreprocess.preprocess(folded);
        int[][] map = align(folded, pre);
        int cursor = 0;
        for (TimeNLP t : found) {
            String expr = t.getTimeExpression();
            if (expr == null || expr.isEmpty()) {
                continue;
            }
            int at = pre.indexOf(expr, cursor);
            if (at < 0) {
                unlocated++;
                continue;
            }
            cursor = at + expr.length();
            int start = map[0][at];
            int end = map[1][at + expr.length() - 1];
            if (end > start) {
                result.add(new Annotation("DATE", start, end, value(t.getTimeNorm(), expr)));
            }
        }
        return result;
    }

    long unlocated() {
        return unlocated;
    }

    /**
     * Maps each char of xk-time's preprocessed text back to the original: equal chars map one to one; a run of
     * Chinese numerals (or 日/天/末 after 周, which xk-time turns into 7) maps to the run of digits it became;
     * any other original char that has no counterpart (的, trimmed space, a deleted decimal) is skipped.
     *
     * @return {@code [0][j]} = original start of preprocessed char j, {@code [1][j]} = original end
     */
    static int[][] align(String orig, String pre) {
        int[] starts = new int[pre.length()];
        int[] ends = new int[pre.length()];
        int i = 0;
        int j = 0;
        while (j < pre.length()) {
            if (i >= orig.length()) {
                starts[j] = orig.length();
                ends[j] = orig.length();
                j++;
                continue;
            }
            char a = orig.charAt(i);
            char b = pre.charAt(j);
            if (a == b) {
                starts[j] = i;
                ends[j] = i + 1;
                i++;
                j++;
            } else if (isDigit(b) && (isNumeral(a) || a == '日' || a == '天' || a == '末')) {
                int i2 = i + 1;
                while (i2 < orig.length() && (isNumeral(orig.charAt(i2)) || isDigit(orig.charAt(i2)))) {
                    i2++;
                }
                int j2 = j + 1;
                while (j2 < pre.length() && isDigit(pre.charAt(j2))) {
                    j2++;
                }
                for (int k = j; k < j2; k++) {
                    starts[k] = i;
                    ends[k] = i2;
                }
                i = i2;
                j = j2;
            } else {
                i++;
            }
        }
        return new int[][]{starts, ends};
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNumeral(char c) {
        return "零一二两三四五六七八九十百千万".indexOf(c) >= 0;
    }

    /**
     * @param timeNorm   xk-time's normalized time, e.g. {@code 2023年8月15日10时}
     * @param expression the expression it was read from
     * @return the guideline form, or null when {@code timeNorm} has no year
     */
    static String value(String timeNorm, String expression) {
        if (timeNorm == null) {
            return null;
        }
        Matcher m = NORM.matcher(timeNorm);
        if (!m.lookingAt()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 0 || year > 9999) {
            return null;
        }
        StringBuilder v = new StringBuilder(String.format(Locale.ROOT, "%04d", year));
        if (m.group(2) != null) {
            v.append(String.format(Locale.ROOT, "-%02d", Integer.parseInt(m.group(2))));
            if (m.group(3) != null) {
                v.append(String.format(Locale.ROOT, "-%02d", Integer.parseInt(m.group(3))));
                if (m.group(4) != null) {
                    int hour = Integer.parseInt(m.group(4));
                    if (CLOCK.matcher(expression).find()) {
                        int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
                        v.append(String.format(Locale.ROOT, "T%02d:%02d", hour, minute));
                    } else if (PART_OF_DAY.matcher(expression).find()) {
                        v.append(hour >= 4 && hour < 12 ? "TMO" : hour >= 12 && hour < 18 ? "TAF"
                                : hour >= 18 && hour < 22 ? "TEV" : "TNI");
                    }
                }
            }
        }
        return v.toString();
    }
}
