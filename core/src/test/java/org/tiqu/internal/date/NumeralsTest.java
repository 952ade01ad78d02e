package org.tiqu.internal.date;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumeralsTest {

    private static int value(String s) {
        return Numerals.value(Numerals.parse(s, 0));
    }

    @Test
    void arabicDigits() {
        assertEquals(2023, value("2023年"));
        assertEquals(Numerals.ARABIC, Numerals.kind(Numerals.parse("15日", 0)));
    }

    @Test
    void chineseDigitString() {
        assertEquals(2001, value("二○○一年"));
        assertEquals(2023, value("二〇二三年"));
        assertEquals(Numerals.CN_DIGITS, Numerals.kind(Numerals.parse("一九九八年", 0)));
    }

    @Test
    void chinesePositional() {
        assertEquals(15, value("十五日"));
        assertEquals(21, value("二十一日"));
        assertEquals(10, value("十年"));
        assertEquals(2, value("两年"));
    }

    @Test
    void lengthCountsNumeralCharacters() {
        assertEquals(3, Numerals.length(Numerals.parse("二十一日", 0)));
    }

    @Test
    void fiveDigitsAreNoDatePart() {
        assertEquals(Numerals.NONE, Numerals.parse("12345", 0));
    }
}
