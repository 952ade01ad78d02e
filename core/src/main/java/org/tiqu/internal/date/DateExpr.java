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
    int monthRel = U;
    int day = U;
    int dayRel = U;
    Observance observance;
    /** Days after the first day of the lunar month named by {@link #observance} (正月初五 = 4). */
    int lunarOffset;
    /** 1 for 正月 read as a month (no day). */
    int lunarMonth = U;
    int weekRel = U;
    int weekday = U;
    String part;
    int hour = U;
    int minute = U;
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

    boolean hasDay() {
        return day != U || dayRel != U || observance != null || weekday != U;
    }

    /** Whether the value is a plain date or coarser (may be an endpoint of an interval). */
    boolean dateOnly() {
        return level <= L_DAY && level >= L_YEAR && sub == null && firstMonths == U;
    }

    /** The normalized value; {@code ref} may be null (unknown parts become X, relative ones a vague value). */
    String value(LocalDate ref) {
        if (relative && ref == null) {
            return DateValues.ref(direction);
        }
        if (level == L_CENTURY) {
            int c = century;
            if (centuryDecade != U) {
                return DateValues.decade((c - 1) * 10 + centuryDecade);
            }
            return DateValues.century(c);
        }
        if (level == L_DECADE) {
            return DateValues.decade(decade);
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
            int m = month;
            if (monthRel != U) {
                YearMonth ym = YearMonth.from(ref).plusMonths(monthRel);
                return DateValues.month(ym.getYear(), ym.getMonthValue());
            }
            if (y == U) {
                if (ref == null) {
                    return "XXXX-" + DateValues.pad2(m);
                }
                y = DateValues.nearestYear(ref, m, 15);
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
            int h = hour;
            if (h < 12 && ("AF".equals(part) || "EV".equals(part) || ("NI".equals(part) && h >= 6)
                    || ("NOON".equals(part) && h < 6))) {
                h += 12; // 下午3时 = 15:00
            }
            return date + DateValues.clock(h, minute == U ? 0 : minute);
        }
        return date + "T" + part;
    }

    private String dayValue(LocalDate ref, int y) {
        if (dayRel != U) {
            return DateValues.day(ref.plusDays(dayRel));
        }
        if (observance != null) {
            if (observance.isMonth() && lunarOffset > 0) {
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
        if (weekday != U) {
            return DateValues.day(DateValues.weekday(ref, weekRel == U ? 0 : weekRel, weekday));
        }
        if (day == U) {
            // a time of day alone: the reference day
            return ref == null ? "XXXX-XX-XX" : DateValues.day(ref);
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

    static boolean isSeason(String code) {
        return "SP".equals(code) || "SU".equals(code) || "FA".equals(code) || "WI".equals(code);
    }
}
