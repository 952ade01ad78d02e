package org.tiqu.internal.date;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;

/**
 * A named day that falls on a known date every year: a fixed Gregorian date (国庆节 10-01, 全国生态日 08-15), a
 * festival of the lunisolar calendar (春节, 中秋节) or one of the 24 solar terms (立春, 清明, 冬至). Lunar dates for 1901-2099 come from
 * the bundled table {@code org/tiqu/date/lunar.tsv} (see {@code core/etc/GenLunarTable.java}). Immutable.
 */
final class Observance {
    /** Columns of lunar.tsv after the year. */
    static final int CHUNJIE = 0;
    static final int DUANWU = 1;
    static final int QIXI = 2;
    static final int ZHONGQIU = 3;
    static final int CHONGYANG = 4;
    static final int LAYUE = 5;
    /** The column of the first solar term (小寒); the 24 terms follow in order, 冬至 last. */
    static final int SOLAR_TERM_0 = 6;
    static final int QINGMING = SOLAR_TERM_0 + 6;
    static final int DONGZHI = SOLAR_TERM_0 + 23;
    /** The column of the first day of lunar month 1; months 2..12 follow (not the leap months). */
    static final int MONTH_START_0 = SOLAR_TERM_0 + 24;
    /** Derived: 元宵 = 春节 + 14, 除夕 = day before 春节, 腊八 = 腊月初一 + 7, 小年 = 腊月初一 + 22. */
    static final int YUANXIAO = 100;
    static final int CHUXI = 101;
    static final int LABA = 102;
    static final int XIAONIAN = 103;

    /** Lunar-column codes of the computed Gregorian feasts: the nth weekday of a month (母亲节), Easter. */
    private static final int NTH_WEEKDAY = -3;
    private static final int EASTER = -4;

    private static final int FIRST_YEAR = 1901;
    private static final int LAST_YEAR = 2099;

    private final int month;
    private final int day;
    private final int lunar;
    private final int firstYear;
    /** Month and day in the Islamic (Hijrah, Umm al-Qura) calendar, or 0. */
    private final int hijriMonth;
    private final int hijriDay;

    private Observance(int month, int day, int lunar, int firstYear) {
        this(month, day, lunar, firstYear, 0, 0);
    }

    private Observance(int month, int day, int lunar, int firstYear, int hijriMonth, int hijriDay) {
        this.month = month;
        this.day = day;
        this.lunar = lunar;
        this.firstYear = firstYear;
        this.hijriMonth = hijriMonth;
        this.hijriDay = hijriDay;
    }

    /** A whole month of the Islamic calendar (斋月 = Ramadan), reported like 腊月 as the month holding its middle. */
    static Observance hijriMonth(int month) {
        return new Observance(0, 0, -2, 0, month, 1);
    }

    /** A feast of the Islamic calendar (开斋节 = 1 Shawwal), computed with Java's Hijrah chronology. */
    static Observance hijri(int month, int day) {
        return new Observance(0, 0, -1, 0, month, day);
    }

    /** The {@code nth} {@code weekday} (1 = Monday) of {@code month}: 母亲节 = second Sunday of May. */
    static Observance nthWeekday(int month, int nth, int weekday) {
        return new Observance(month, nth, NTH_WEEKDAY, 0, 0, weekday);
    }

    /** Easter Sunday (Gregorian computus). */
    static Observance easter() {
        return new Observance(0, 0, EASTER, 0);
    }

    /** A day with a fixed Gregorian date, first observed in {@code firstYear} (0 when not relevant). */
    static Observance fixed(int month, int day, int firstYear) {
        return new Observance(month, day, -1, firstYear);
    }

    /** Solar term {@code k} of a Gregorian year: 0 = 小寒, 2 = 立春, 23 = 冬至. */
    static Observance solarTerm(int k) {
        if (k < 0 || k >= 24) {
            throw new IllegalArgumentException("solar term index out of range: " + k);
        }
        return lunar(SOLAR_TERM_0 + k);
    }

    /** A festival of the lunisolar calendar or a solar term, one of the constants above. */
    static Observance lunar(int which) {
        return new Observance(0, 0, which, 0);
    }

    /**
     * Lunar month {@code m} (1-12) of the lunisolar calendar named with 农历 (农历八月), as a whole month like 腊月; a
     * day of it is its first day plus an offset. 12 is 腊月 itself.
     */
    static Observance lunarMonth(int m) {
        if (m < 1 || m > 12) {
            throw new IllegalArgumentException("lunar month " + m);
        }
        return lunar(m == 12 ? LAYUE : MONTH_START_0 + m - 1);
    }

    /** Whether this names a whole lunar month (腊月) rather than a day. */
    boolean isMonth() {
        return lunar == LAYUE || lunar == -2 || lunar >= MONTH_START_0 && lunar < MONTH_START_0 + 12;
    }

    /** The day in Gregorian year {@code y}, or null outside the table's years. */
    LocalDate in(int y) {
        if (hijriMonth > 0) {
            return hijriIn(y);
        }
        if (lunar == NTH_WEEKDAY) {
            return LocalDate.of(y, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(day, DayOfWeek.of(hijriDay)));
        }
        if (lunar == EASTER) {
            return easterIn(y);
        }
        if (lunar < 0) {
            return DateValues.safeDate(y, month, day);
        }
        return switch (lunar) {
            case YUANXIAO -> plus(Table.get(y, CHUNJIE), 14);
            case CHUXI -> plus(Table.get(y, CHUNJIE), -1);
            case LABA -> plus(Table.get(y - 1, LAYUE), 7);
            case XIAONIAN -> plus(Table.get(y - 1, LAYUE), 22);
            case LAYUE -> Table.get(y - 1, LAYUE);
            default -> Table.get(y, lunar);
        };
    }

    /** Easter Sunday of year {@code y} (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterIn(int y) {
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }

    private LocalDate hijriIn(int y) {
        try {
            int hy = HijrahDate.from(LocalDate.of(y, 1, 1)).get(ChronoField.YEAR);
            for (int k = 0; k <= 1; k++) {
                LocalDate d = LocalDate.from(HijrahChronology.INSTANCE.date(hy + k, hijriMonth, hijriDay));
                if (d.getYear() == y) {
                    return d;
                }
            }
        } catch (DateTimeException e) {
            return null; // outside the chronology's range (about 1882-2174)
        }
        return null;
    }

    private static LocalDate plus(LocalDate d, int days) {
        return d == null ? null : d.plusDays(days);
    }

    /** The occurrence nearest to {@code ref} (never before the first one). */
    LocalDate nearest(LocalDate ref) {
        LocalDate best = null;
        long bestDist = Long.MAX_VALUE;
        if (hijriMonth > 0) {
            // a Gregorian year can hold two occurrences: count in Hijrah years
            try {
                int hy = HijrahDate.from(ref).get(ChronoField.YEAR);
                for (int k = -1; k <= 1; k++) {
                    LocalDate d = LocalDate.from(HijrahChronology.INSTANCE.date(hy + k, hijriMonth, hijriDay));
                    if (isMonth()) {
                        d = d.plusDays(14); // compare the middle of the month
                    }
                    long dist = Math.abs(d.toEpochDay() - ref.toEpochDay());
                    if (dist < bestDist) {
                        bestDist = dist;
                        best = isMonth() ? d.minusDays(14) : d;
                    }
                }
            } catch (DateTimeException e) {
                return ref;
            }
            return best;
        }
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            if (y < firstYear) {
                continue;
            }
            LocalDate d = in(y);
            if (d == null) {
                continue;
            }
            long dist = Math.abs(d.toEpochDay() - ref.toEpochDay());
            if (dist < bestDist) {
                bestDist = dist;
                best = d;
            }
        }
        return best == null ? ref : best;
    }

    /** The value when no year is known: {@code XXXX-10-01}; lunar and Islamic feasts have no fixed month. */
    String withoutYear() {
        if (lunar == NTH_WEEKDAY) {
            return "XXXX-" + DateValues.pad2(month) + "-XX";
        }
        return lunar == -1 && hijriMonth == 0 ? "XXXX-" + DateValues.pad2(month) + "-" + DateValues.pad2(day)
                : "XXXX-XX-XX";
    }

    /** The bundled lunar table, loaded on first use; immutable afterwards. */
    private static final class Table {
        private static final int[][] OFFSETS = load();

        static LocalDate get(int y, int column) {
            if (y < FIRST_YEAR || y > LAST_YEAR) {
                return null;
            }
            return LocalDate.of(y, 1, 1).plusDays(OFFSETS[y - FIRST_YEAR][column]);
        }

        private static int[][] load() {
            int[][] t = new int[LAST_YEAR - FIRST_YEAR + 1][];
            try (InputStream in = Observance.class.getResourceAsStream("/org/tiqu/date/lunar.tsv")) {
                if (in == null) {
                    throw new IllegalStateException("resource org/tiqu/date/lunar.tsv is missing from the classpath");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isEmpty() || line.charAt(0) == '#') {
                        continue;
                    }
                    String[] f = line.split("\t");
                    int y = Integer.parseInt(f[0]);
                    int[] row = new int[f.length - 1];
                    for (int k = 1; k < f.length; k++) {
                        row[k - 1] = Integer.parseInt(f[k]);
                    }
                    t[y - FIRST_YEAR] = row;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read org/tiqu/date/lunar.tsv", e);
            }
            for (int k = 0; k < t.length; k++) {
                if (t[k] == null) {
                    throw new IllegalStateException("lunar.tsv lacks year " + (FIRST_YEAR + k));
                }
            }
            return t;
        }
    }
}
