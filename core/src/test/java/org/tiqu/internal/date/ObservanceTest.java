package org.tiqu.internal.date;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ObservanceTest {

    @Test
    void springFestivalFromLunarTable() {
        assertEquals(LocalDate.of(1998, 1, 28), Observance.lunar(Observance.CHUNJIE).in(1998));
        assertEquals(LocalDate.of(2023, 1, 22), Observance.lunar(Observance.CHUNJIE).in(2023));
    }

    @Test
    void midAutumnFromLunarTable() {
        assertEquals(LocalDate.of(2023, 9, 29), Observance.lunar(Observance.ZHONGQIU).in(2023));
    }

    @Test
    void newYearsEveIsDayBeforeSpringFestival() {
        assertEquals(LocalDate.of(1998, 1, 27), Observance.lunar(Observance.CHUXI).in(1998));
    }

    @Test
    void qingmingIsASolarTerm() {
        assertEquals(LocalDate.of(2024, 4, 4), Observance.lunar(Observance.QINGMING).in(2024));
    }

    @Test
    void solarTermsInBeijingTime() {
        assertEquals(LocalDate.of(1998, 2, 4), Observance.solarTerm(2).in(1998)); // 立春
        assertEquals(LocalDate.of(2023, 6, 21), Observance.solarTerm(11).in(2023)); // 夏至, 22:57 in Beijing
        assertEquals(LocalDate.of(1980, 12, 22), Observance.lunar(Observance.DONGZHI).in(1980)); // 00:56 in Beijing
        assertEquals(LocalDate.of(2023, 10, 24), Observance.solarTerm(19).in(2023)); // 霜降
    }

    @Test
    void solarTermIndexIsChecked() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Observance.solarTerm(24));
    }

    @Test
    void fixedDayNearestToReference() {
        Observance christmas = Observance.fixed(12, 25, 0);
        assertEquals(LocalDate.of(1997, 12, 25), christmas.nearest(LocalDate.of(1998, 1, 20)));
    }

    @Test
    void fixedDayNeverBeforeItsFirstYear() {
        Observance ecoDay = Observance.fixed(8, 15, 2023);
        assertEquals(LocalDate.of(2023, 8, 15), ecoDay.nearest(LocalDate.of(2023, 1, 10)));
    }

    @Test
    void eidFromHijrahCalendar() {
        // the computed Umm al-Qura calendar; where the feast follows moon sighting it may fall a day later
        assertEquals(LocalDate.of(1998, 1, 29), Observance.hijri(10, 1).in(1998));
        assertEquals(LocalDate.of(2023, 4, 21), Observance.hijri(10, 1).in(2023));
    }

    @Test
    void ramadanNearestInHijrahYears() {
        // 1418 AH: Ramadan began 1997-12-31 by Umm al-Qura (30 December where sighted); 1997 also held the Ramadan of 1417 AH
        assertEquals(LocalDate.of(1997, 12, 31), Observance.hijriMonth(9).nearest(LocalDate.of(1998, 1, 10)));
    }

    @Test
    void withoutYearKeepsMonthAndDay() {
        assertEquals("XXXX-10-01", Observance.fixed(10, 1, 0).withoutYear());
        assertEquals("XXXX-XX-XX", Observance.lunar(Observance.CHUNJIE).withoutYear());
    }

    @Test
    void mothersDayIsTheSecondSundayOfMay() {
        assertEquals(LocalDate.of(1997, 5, 11), Observance.nthWeekday(5, 2, 7).in(1997));
    }

    @Test
    void easterSunday() {
        assertEquals(LocalDate.of(2024, 3, 31), Observance.easterIn(2024));
        assertEquals(LocalDate.of(1998, 4, 12), Observance.easterIn(1998));
    }
    @Test
    void firstDaysOfTheLunarMonths() {
        assertEquals(LocalDate.of(2024, 9, 3), Observance.lunarMonth(8).in(2024));   // 中秋 2024-09-17 is its 15th day
        assertEquals(LocalDate.of(2024, 2, 10), Observance.lunarMonth(1).in(2024));  // 春节
        assertEquals(LocalDate.of(2024, 12, 1), Observance.lunarMonth(11).in(2024));
        assertTrue(Observance.lunarMonth(8).isMonth());
    }
}
