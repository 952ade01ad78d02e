package org.tiqu.internal.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Formats and resolves normalized DATE values (the forms of the annotation guideline, section 3.4):
 * {@code 2023-08-15}, {@code 2023-08-15TMO}, {@code 2023-08-15T10:30}, {@code 2023-08}, {@code 2017}, {@code 205X},
 * {@code 2023-H1}, {@code 2023-Q1}, {@code 2023-FA}, intervals {@code 2017/2023} and {@code 2017/..},
 * {@code XXXX-08-15} when the year is unknown, {@code PAST_REF}/{@code PRESENT_REF}/{@code FUTURE_REF}.
 * Beyond the guideline: years before the common era as {@code BC0221} (公元前221年, dynasties such as
 * {@code BC0202/0220}), interval ends that are seasons ({@code 1997-WI/1998-SP}, 今冬明春) or clock times
 * ({@code 2023-08-16T19:00/2023-08-16T20:00}, 晚上七八点), and ten-day parts of a month as day intervals
 * ({@code 2023-08-01/2023-08-10}, 8月上旬).
 */
public final class DateValues {
    public static final String PAST = "PAST_REF";
    public static final String PRESENT = "PRESENT_REF";
    public static final String FUTURE = "FUTURE_REF";
    public static final String OPEN = "..";

    private DateValues() {
    }

    /** The vague value for a relative expression whose anchor is unknown: by the sign of its offset. */
    public static String ref(int direction) {
        return direction < 0 ? PAST : direction > 0 ? FUTURE : PRESENT;
    }

    public static String year(int y) {
        if (y < 0 || y > 9999) {
            return "XXXX";
        }
        return pad4(y);
    }

    public static String month(int y, int m) {
        return year(y) + "-" + pad2(m);
    }

    /**
     * A day; a day its month does not have (2023年2月29日, 4月31日: a slip of the writer's) as its month, a value
     * readers can parse, rather than a date that does not exist.
     */
    public static String day(int y, int m, int d) {
        if (m >= 1 && m <= 12 && d > (y >= 0 && y <= 9999 ? YearMonth.of(y, m).lengthOfMonth()
                : java.time.Month.of(m).maxLength())) {
            return month(y, m);
        }
        return year(y) + "-" + pad2(m) + "-" + pad2(d);
    }

    public static String day(LocalDate d) {
        return day(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    public static String interval(String from, String to) {
        return from + "/" + to;
    }

    static String pad2(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    static String pad4(int v) {
        String s = Integer.toString(v);
        return "0000".substring(s.length()) + s;
    }

    /**
     * The year of a month-day named without a year: the occurrence nearest to {@code ref} (news mostly speaks
     * of the recent past or near future, so 12月30日 in a paper of 1998-01-05 is 1997-12-30).
     */
    public static int nearestYear(LocalDate ref, int month, int day) {
        int best = ref.getYear();
        long bestDist = Long.MAX_VALUE;
        boolean leapDay = month == 2 && day == 29; // only a leap year has it: the nearest one, up to four years away
        for (int y = ref.getYear() - (leapDay ? 4 : 1); y <= ref.getYear() + (leapDay ? 4 : 1); y++) {
            if (leapDay && !java.time.Year.isLeap(y)) {
                continue;
            }
            LocalDate d = safeDate(y, month, day);
            long dist = Math.abs(d.toEpochDay() - ref.toEpochDay());
            // ties and near-ties: prefer the same year
            if (y == ref.getYear()) {
                dist -= 1;
            }
            if (dist < bestDist) {
                bestDist = dist;
                best = y;
            }
        }
        return best;
    }

    /** The month of a day of month named alone (15日): the nearest such day to {@code ref}. */
    public static YearMonth nearestMonth(LocalDate ref, int day) {
        YearMonth here = YearMonth.from(ref);
        YearMonth best = here;
        long bestDist = Long.MAX_VALUE;
        for (int k = -1; k <= 1; k++) {
            YearMonth ym = here.plusMonths(k);
            if (day > ym.lengthOfMonth()) {
                continue;
            }
            long dist = Math.abs(ym.atDay(day).toEpochDay() - ref.toEpochDay());
            // a report usually looks back: the next month only when clearly closer
            if (k > 0) {
                dist += 3;
            }
            if (k == 0) {
                dist -= 1;
            }
            if (dist < bestDist) {
                bestDist = dist;
                best = ym;
            }
        }
        return best;
    }

    /** Valid date, clamping the day into the month (31 Feb becomes 28/29 Feb). */
    static LocalDate safeDate(int y, int m, int d) {
        YearMonth ym = YearMonth.of(y, m);
        return ym.atDay(Math.min(d, ym.lengthOfMonth()));
    }

    /** The date of {@code weekday} (1 = Monday .. 7 = Sunday) in the ISO week of {@code ref} shifted by weeks. */
    public static LocalDate weekday(LocalDate ref, int weeks, int weekday) {
        LocalDate monday = ref.with(DayOfWeek.MONDAY).plusWeeks(weeks);
        return monday.plusDays(weekday - 1L);
    }

    /** The season code of a month as Chinese news counts seasons (spring = Mar-May, ... winter = Dec-Feb). */
    static String seasonOf(int month) {
        return switch (month) {
            case 3, 4, 5 -> "SP";
            case 6, 7, 8 -> "SU";
            case 9, 10, 11 -> "FA";
            default -> "WI";
        };
    }

    /**
     * The year a season named without a year belongs to, seen from {@code ref}: the current one, except that
     * winter in January/February is the winter that began the year before ({@code 今冬} in 1998-01 is 1997-WI).
     */
    static int seasonYear(LocalDate ref, String season) {
        if ("WI".equals(season) && ref.getMonthValue() <= 2) {
            return ref.getYear() - 1;
        }
        return ref.getYear();
    }

    /**
     * The five-year plan period of the {@code k}th plan (十四五 = 14 -> 2021/2025); plans from the third on
     * are consecutive from 1966.
     */
    public static int planStart(int k) {
        if (k == 1) {
            return 1953;
        }
        if (k == 2) {
            return 1958;
        }
        return 1966 + 5 * (k - 3);
    }

    /** A decade: {@code 199} -> {@code 199X}. */
    public static String decade(int firstThreeDigits) {
        return pad4(firstThreeDigits * 10).substring(0, 3) + "X";
    }

    /** The century {@code c} (21 = 2001-2100) as an interval of years. */
    public static String century(int c) {
        return interval(year((c - 1) * 100 + 1), year(c * 100));
    }

    /** The century a year lies in (2023 -> 21). */
    static int centuryOf(int y) {
        return (y + 99) / 100;
    }

    /** A time of day as {@code Thh:mm}. */
    static String clock(int h, int m) {
        return "T" + pad2(h) + ":" + pad2(m);
    }
}
