package org.tiqu.internal.date;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DateValuesTest {
    private static final LocalDate REF = LocalDate.of(2023, 8, 16);

    @Test
    void dayIsZeroPadded() {
        assertEquals("2023-08-05", DateValues.day(2023, 8, 5));
    }

    @Test
    void monthIsZeroPadded() {
        assertEquals("2022-06", DateValues.month(2022, 6));
    }

    @Test
    void unknownYearIsXxxx() {
        assertEquals("XXXX", DateValues.year(DateExpr.U));
    }

    @Test
    void intervalJoinsWithSlash() {
        assertEquals("2017/..", DateValues.interval("2017", DateValues.OPEN));
    }

    @Test
    void vagueValueFollowsDirection() {
        assertEquals("PAST_REF", DateValues.ref(-1));
        assertEquals("PRESENT_REF", DateValues.ref(0));
        assertEquals("FUTURE_REF", DateValues.ref(2));
    }

    @Test
    void monthDayInSameYearWhenNear() {
        assertEquals(2023, DateValues.nearestYear(REF, 10, 1));
    }

    @Test
    void decemberSeenFromJanuaryIsLastYear() {
        assertEquals(1997, DateValues.nearestYear(LocalDate.of(1998, 1, 5), 12, 30));
    }

    @Test
    void januarySeenFromLateDecemberIsNextYear() {
        assertEquals(2024, DateValues.nearestYear(LocalDate.of(2023, 12, 28), 1, 3));
    }

    @Test
    void lateDayOfMonthSeenFromMonthStartIsLastMonth() {
        assertEquals(YearMonth.of(1998, 1), DateValues.nearestMonth(LocalDate.of(1998, 2, 2), 28));
    }

    @Test
    void dayOfMonthDefaultsToCurrentMonth() {
        assertEquals(YearMonth.of(2023, 8), DateValues.nearestMonth(REF, 15));
    }

    @Test
    void weekdayInReferenceWeek() {
        assertEquals(LocalDate.of(2023, 8, 14), DateValues.weekday(REF, 0, 1));
        assertEquals(LocalDate.of(2023, 8, 13), DateValues.weekday(REF, -1, 7));
    }

    @Test
    void fiveYearPlans() {
        assertEquals(2021, DateValues.planStart(14));
        assertEquals(2016, DateValues.planStart(13));
        assertEquals(1996, DateValues.planStart(9));
    }

    @Test
    void decadeHasTrailingX() {
        assertEquals("205X", DateValues.decade(205));
        assertEquals("199X", DateValues.decade(199));
    }

    @Test
    void centuryIsIntervalOfYears() {
        assertEquals("2001/2100", DateValues.century(21));
    }

    @Test
    void winterInJanuaryBelongsToPreviousYear() {
        assertEquals(1997, DateValues.seasonYear(LocalDate.of(1998, 1, 20), "WI"));
        assertEquals(2023, DateValues.seasonYear(REF, "FA"));
    }
}
