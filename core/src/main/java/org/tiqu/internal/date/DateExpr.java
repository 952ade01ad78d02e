package org.tiqu.internal.date;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date expression being read, component by component, from coarse to fine (year, then half/quarter/season,
 * month, day, part of day, hour, minute), and its normalized value against a reference date. Not thread-safe;
 * the scanner makes one per candidate.
 */
final class DateExpr {
    static final int U = Integer.MIN_VALUE;

    static final int L_NONE = 0;
    static final int L_CENTURY = 1;
    static final int L_DECADE = 2;
    static final int L_YEAR = 3;
    static final int L_SUB = 4;
    static final int L_MONTH = 5;
    static final int L_DAY = 6;
    static final int L_PART = 7;
    static final int L_HOUR = 8;
    static final int L_MINUTE = 9;

    /** Coarsest and finest level read so far. */
    int top = L_NONE;
    int level = L_NONE;

    int century = U;
    /** Decade digit inside the century for 中叶 (5), 初 (0), 末 (9); U when the whole century is meant. */
    int centuryDecade = U;
    /** First three digits of a decade year: 199 for the 1990s. */
    int decade = U;
    int year = U;
    int yearRel = U;
    /** The first N months of the year (前三季度 = 9), or U. */
    int firstMonths = U;
    /** H1/H2, Q1-Q4, SP/SU/FA/WI. */
    String sub;
    int month = U;
    /** Last month of an approximate pair (二三月 = 2..3), or U. */
    int monthTo = U;
    /** Part of a month: 1 = 上旬 (days 1-10), 2 = 中旬, 3 = 下旬; 12 = 上中旬, 23 = 中下旬; else U. */
    int tenDays = U;
    int monthRel = U;
    int day = U;
    int dayRel = U;
    Observance observance;
    /** Days after the first day of the lunar month named by {@link #observance} (正月初五 = 4). */
    int lunarOffset;
    /** A day of a lunar month was given (腊月初一, whose offset is 0, is a day, not the month). */
    boolean lunarDay;
    /** 1 for 正月 read as a month (no day). */
    int lunarMonth = U;
    int weekRel = U;
    int weekday = U;
    /** The {@link #weekday} is the Nth of its kind in {@link #month} (5月的第二个星期日 = 2), or U. */
    int weekOfMonth = U;
    String part;
    int hour = U;
    /** Last hour of an approximate pair (八九点 = 8..9), or U. */
    int hourTo = U;
    int minute = U;
    /** Half of a century: 1 = 上半叶, 2 = 下半叶, else U. */
    int centuryHalf = U;
    /** A year before the common era (公元前221年): {@link #year} holds 221. */
    boolean bc;
    /**
     * The date an anaphoric day word (当天, 次日, 同日) counts from: the day the text mentioned last, or null (then
     * the reference date).
     */
    LocalDate dayAnchor;
    /** End of a lexicon word read where the segmentation has no word end (only valid if more follows), or -1. */
    int softEnd = -1;
    /** A comparison year (上年 in 比上年增长): counted from the year in discussion, but not the new one. */
    boolean comparison;
    /** Whether some component was relative to the reference date, and in which direction overall. */
    boolean relative;
    int direction;

    /** Records that a component of {@code lvl} was read. */
    void at(int lvl) {
        if (top == L_NONE) {
            top = lvl;
        }
        level = lvl;
    }

    void rel(int offset) {
        relative = true;
        if (direction == 0) {
            direction = Integer.signum(offset);
        }
    }

    /** A year {@code offset} years from the reference year (今年, 明年). */
    void relYear(int offset) {
        yearRel = offset;
        rel(offset);
    }

    boolean hasDay() {
        return day != U || dayRel != U || observance != null || weekday != U;
    }

    /** Whether the value is a plain date or coarser (may be an endpoint of an interval). */
    boolean dateOnly() {
        return level <= L_DAY && level >= L_YEAR && sub == null && firstMonths == U;
    }

    /** The normalized value; {@code ref} may be null (unknown parts become X, relative ones a vague value). */
    String value(LocalDate ref) {
        if (relative && ref == null && dayAnchor == null) {
            return DateValues.ref(direction);
        }
        if (level == L_CENTURY) {
            int c = century;
            if (centuryHalf != U) {
                int first = (c - 1) * 100 + (centuryHalf == 1 ? 1 : 51);
                return DateValues.interval(DateValues.year(first), DateValues.year(first + 49));
            }
            if (centuryDecade != U) {
                return DateValues.decade((c - 1) * 10 + centuryDecade);
            }
            return DateValues.century(c);
        }
        if (level == L_DECADE) {
            return DateValues.decade(decade);
        }
        if (bc) {
            return "BC" + DateValues.pad4(year);
        }
        int y = year != U ? year : yearRel != U ? ref.getYear() + yearRel : U;
        if (level == L_YEAR) {
            return DateValues.year(y);
        }
        if (level == L_SUB && firstMonths != U) {
            if (y == U) {
                y = ref == null ? U : ref.getYear();
            }
            return DateValues.interval(DateValues.month(y, 1), DateValues.month(y, firstMonths));
        }
        if (level == L_SUB) {
            if (y == U) {
                y = ref == null ? U : isSeason(sub) ? DateValues.seasonYear(ref, sub) : ref.getYear();
            }
            return (y == U ? "XXXX" : DateValues.year(y)) + "-" + sub;
        }
        if (level == L_MONTH && lunarMonth != U) {
            // 正月: the month holding the middle of the first lunar month
            LocalDate d = y != U ? Observance.lunar(Observance.CHUNJIE).in(y)
                    : ref == null ? null : Observance.lunar(Observance.CHUNJIE).nearest(ref);
            if (d == null) {
                return "XXXX-XX";
            }
            d = d.plusDays(14);
            return DateValues.month(d.getYear(), d.getMonthValue());
        }
        if (level == L_MONTH) {
            int[] ym = yearAndMonth(ref, y, monthTo != U ? monthTo : month);
            if (ym == null) {
                String xm = "XXXX-" + DateValues.pad2(month);
                return monthTo != U ? DateValues.interval(xm, "XXXX-" + DateValues.pad2(monthTo)) : xm;
            }
            y = ym[0];
            int m = ym[1];
            if (monthTo != U) {
                return DateValues.interval(DateValues.month(y, m), DateValues.month(y, monthTo));
            }
            if (tenDays != U && y >= 0 && y <= 9999) {
                // 上旬 = days 1-10, 中旬 = 11-20, 下旬 = 21 to the end of the month
                int firstPart = tenDays >= 10 ? tenDays / 10 : tenDays;
                int lastPart = tenDays % 10;
                int from = (firstPart - 1) * 10 + 1;
                int to = lastPart == 3 ? YearMonth.of(y, m).lengthOfMonth() : lastPart * 10;
                return DateValues.interval(DateValues.day(y, m, from), DateValues.day(y, m, to));
            }
            return DateValues.month(y, m);
        }
        String date = dayValue(ref, y);
        if (level == L_DAY || date.length() != "YYYY-MM-DD".length()) {
            return date; // a month-level anchor (腊月0时) cannot carry a time of day
        }
        if ("NOON".equals(part) && hour == U) {
            return date + DateValues.clock(12, 0);
        }
        if (hour != U) {
            String at = clock(date, afternoon(hour), minute == U ? 0 : minute);
            if (hourTo != U) {
                return DateValues.interval(at, clock(date, afternoon(hourTo), 0));
            }
            return at;
        }
        if (DAYTIME.equals(part)) {
            return date; // 白天: the day itself (the value forms have no code for daytime)
        }
        return date + "T" + part;
    }

    /**
     * The day and time {@code h:m}; 24:00 (2023年12月31日24时, 晚上12点) as 00:00 of the next day, the form
     * {@code java.time} and most readers of ISO 8601 accept.
     */
    private static String clock(String date, int h, int m) {
        if (h == 24 && date.indexOf('X') < 0) {
            return DateValues.day(java.time.LocalDate.parse(date).plusDays(1)) + DateValues.clock(0, m);
        }
        return date + DateValues.clock(h, m);
    }

    /** The hour on a 24-hour clock given the part of day (下午3时 = 15:00, 晚上12点 = 24:00). */
    private int afternoon(int h) {
        if (h == 12 && ("EV".equals(part) || "NI".equals(part))) {
            return 24;
        }
        if (h < 12 && ("AF".equals(part) || "EV".equals(part) || ("NI".equals(part) && h >= 6)
                || ("NOON".equals(part) && h < 6))) {
            return h + 12;
        }
        return h;
    }

    /** Part-of-day code of 白天 (daytime); its value is the day alone. */
    static final String DAYTIME = "DT";

    private String dayValue(LocalDate ref, int y) {
        if (dayRel != U) {
            return DateValues.day((dayAnchor != null ? dayAnchor : ref).plusDays(dayRel));
        }
        if (observance != null) {
            if (observance.isMonth() && (lunarOffset > 0 || lunarDay)) {
                LocalDate d = y != U ? observance.in(y) : ref == null ? null : observance.nearest(ref);
                return d == null ? "XXXX-XX-XX" : DateValues.day(d.plusDays(lunarOffset));
            }
            if (observance.isMonth()) {
                // 腊月: the lunar month, reported as the Gregorian month holding its middle
                LocalDate d = y != U ? observance.in(y) : ref == null ? null : observance.nearest(ref);
                if (d == null) {
                    return "XXXX-XX";
                }
                d = d.plusDays(14);
                return DateValues.month(d.getYear(), d.getMonthValue());
            }
            LocalDate d;
            if (y != U) {
                d = observance.in(y);
                if (d == null) {
                    return DateValues.year(y) + "-XX-XX";
                }
            } else if (ref == null) {
                return observance.withoutYear();
            } else {
                d = observance.nearest(ref);
            }
            return DateValues.day(d.plusDays(lunarOffset));
        }
        if (weekday != U && weekOfMonth != U) {
            return nthWeekdayOfMonth(ref, y);
        }
        if (weekday != U) {
            return DateValues.day(DateValues.weekday(ref, weekRel == U ? 0 : weekRel, weekday));
        }
        if (day == U) {
            // a time of day alone: the day mentioned last, else the reference day
            LocalDate d = dayAnchor != null ? dayAnchor : ref;
            return d == null ? "XXXX-XX-XX" : DateValues.day(d);
        }
        int m = month;
        if (monthRel != U) {
            YearMonth ym = YearMonth.from(ref).plusMonths(monthRel);
            y = ym.getYear();
            m = ym.getMonthValue();
        }
        if (m == U) {
            if (ref == null) {
                return "XXXX-XX-" + DateValues.pad2(day);
            }
            YearMonth ym = y == U ? DateValues.nearestMonth(ref, day) : YearMonth.of(y, ref.getMonthValue());
            y = ym.getYear();
            m = ym.getMonthValue();
        }
        if (y == U) {
            if (ref == null) {
                return "XXXX-" + DateValues.pad2(m) + "-" + DateValues.pad2(day);
            }
            y = DateValues.nearestYear(ref, m, day);
        }
        return DateValues.day(y, m, day);
    }

    /**
     * The year and month meant: the reference month moved by {@link #monthRel}; else {@code y} and {@link #month};
     * else, no year written, the year nearest {@code ref} for month {@code nearest} (mid-month). Null when only a
     * reference date would tell and there is none.
     */
    private int[] yearAndMonth(LocalDate ref, int y, int nearest) {
        if (monthRel != U) {
            YearMonth ym = YearMonth.from(ref).plusMonths(monthRel);
            return new int[]{ym.getYear(), ym.getMonthValue()};
        }
        if (y == U) {
            if (ref == null) {
                return null;
            }
            y = DateValues.nearestYear(ref, nearest, 15);
        }
        return new int[]{y, month};
    }

    /** 2027年5月的第二个星期日: the day, in year {@code y} or the year nearest {@code ref} for the month alone. */
    private String nthWeekdayOfMonth(LocalDate ref, int y) {
        int[] ym = yearAndMonth(ref, y, month);
        if (ym == null) {
            return "XXXX-" + DateValues.pad2(month) + "-XX";
        }
        y = ym[0];
        int m = ym[1];
        if (y < 1 || y > 9999) {
            return DateValues.month(y, m);
        }
        LocalDate d = LocalDate.of(y, m, 1).with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(weekOfMonth,
                java.time.DayOfWeek.of(weekday)));
        return d.getMonthValue() == m ? DateValues.day(d) : DateValues.month(y, m); // no fifth Sunday this month
    }

    static boolean isSeason(String code) {
        return "SP".equals(code) || "SU".equals(code) || "FA".equals(code) || "WI".equals(code);
    }
}
