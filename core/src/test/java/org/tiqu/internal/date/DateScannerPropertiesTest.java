package org.tiqu.internal.date;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Random text made of date material: the scanner never fails, spans are ordered and disjoint, values well formed. */
class DateScannerPropertiesTest {
    /** An interval end: a date or coarser, a season/half/quarter (今冬明春), a clock time (八九点), or open. */
    private static final String END = "((\\d{4}|XXXX)(-(\\d{2}|XX)(-(\\d{2}|XX)(T\\d{2}:\\d{2})?)?)?"
            + "|(\\d{4}|XXXX)-(SP|SU|FA|WI|H1|H2|Q[1-4])|BC\\d{4}|\\.\\.)";

    /** The guideline's value forms plus the unknown-year forms (XXXX-08-15, XXXX-XX-15, XXXX-FA) and BC years. */
    private static final Pattern VALUE = Pattern.compile(
            "(\\d{4}|XXXX)(-(\\d{2}|XX)(-(\\d{2}|XX)(T(MO|AF|EV|NI|\\d{2}:\\d{2}))?)?)?"
                    + "|(\\d{4}|XXXX)-(SP|SU|FA|WI|H1|H2|Q[1-4])|\\d{3}X|BC\\d{4}"
                    + "|" + END + "/" + END
                    + "|PAST_REF|PRESENT_REF|FUTURE_REF");

    @Provide
    Arbitrary<String> dateMaterial() {
        return Arbitraries.strings()
                .withChars("0123456789〇○零一二两三四五六七八九十百年月日号时点分半世纪代季度上下半初底末中旬以来前后的今天明昨去本周星期"
                        + "春夏秋冬节旦午晚夜“”十四五时期间至到-—~，。近这过去正腊廿大虎戊寅")
                .ofMinLength(0).ofMaxLength(40);
    }

    /** Not a speed test: a quadratic scan of 200k characters would take minutes, a linear one milliseconds. */
    @net.jqwik.api.Example
    void longRunsStayLinear() {
        String[] fills = {"一", "十", "1", "年", "今年", "“十", "近十年", "-", "至"};
        for (String f : fills) {
            String text = f.repeat(200_000 / f.length());
            long t0 = System.nanoTime();
            DateScanner.scan(text, DateScanner.NO_WORDS, LocalDate.of(2023, 8, 16), (s, e, v) -> { });
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 30_000, "scanning 200k of " + f + " took " + ms + " ms");
        }
    }

    @Example
    void rangeToLunarFestivalWithoutYearKeepsUnknownParts() {
        List<String> values = new ArrayList<>();
        DateScanner.scan("1月至春节", DateScanner.NO_WORDS, null, (s, e, v) -> values.add(v));
        assertEquals(List.of("XXXX-01/XXXX-XX-XX"), values);
        assertTrue(VALUE.matcher(values.get(0)).matches());
    }

    @Example
    void timeOfDayAfterALunarMonthKeepsTheMonthOnly() {
        List<String> values = new ArrayList<>();
        DateScanner.scan("腊月0时", DateScanner.NO_WORDS, null, (s, e, v) -> values.add(v));
        values.forEach(v -> assertTrue(VALUE.matcher(v).matches(), "bad value " + v));
    }

    @Property(tries = 3000)
    void scannerIsTotal(@ForAll("dateMaterial") String text) {
        for (LocalDate ref : new LocalDate[]{null, LocalDate.of(2023, 8, 16), LocalDate.of(1998, 1, 1),
                LocalDate.of(2024, 2, 29)}) {
            List<int[]> spans = new ArrayList<>();
            DateScanner.scan(text, DateScanner.NO_WORDS, ref, (s, e, v) -> {
                assertTrue(0 <= s && s < e && e <= text.length(), "bad span " + s + "-" + e + " in " + text);
                assertTrue(VALUE.matcher(v).matches(), "bad value " + v + " for " + text.substring(s, e) + " in " + text);
                spans.add(new int[]{s, e});
            });
            for (int k = 1; k < spans.size(); k++) {
                assertTrue(spans.get(k - 1)[1] <= spans.get(k)[0], "overlapping spans in " + text);
            }
        }
    }
}
