package org.tiqu.bench.eval;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class XkTimeDatesTest {
    @Test
    void alignMapsNumeralRunsAndSkipsDeletedCharacters() {
        // xk-time's preprocessing: 的 deleted, 八月十五日 -> 8月15日
        String orig = "的八月十五日";
        String pre = "8月15日";
        int[][] map = XkTimeDates.align(orig, pre);
        assertArrayEquals(new int[]{1, 2, 3, 3, 5}, map[0]);
        assertArrayEquals(new int[]{2, 3, 5, 5, 6}, map[1]);
    }

    @Test
    void datesAreLocatedInTheOriginalText() {
        String text = "会议于八月十五日的上午举行。";
        List<Annotation> dates = new XkTimeDates().dates(text, LocalDate.of(2023, 8, 16));
        assertEquals(1, dates.size(), dates.toString());
        Annotation d = dates.get(0);
        assertEquals("八月十五日的上午", d.in(text));
        assertEquals("2023-08-15TMO", d.value());
    }

    @Test
    void fullWidthDigitsAreFoldedButOffsetsKept() {
        String text = "（新华社北京１月２９日电）";
        List<Annotation> dates = new XkTimeDates().dates(text, LocalDate.of(1998, 1, 30));
        assertEquals(List.of(new Annotation("DATE", 6, 11, "1998-01-29")), dates);
    }

    @Test
    void valueFollowsTheGranularityOfTimeNorm() {
        assertEquals("2023", XkTimeDates.value("2023年", "今年"));
        assertEquals("2023-08", XkTimeDates.value("2023年8月", "8月"));
        assertEquals("2023-08-15T10:30", XkTimeDates.value("2023年8月15日10时30分", "8月15日10点30分"));
        assertEquals("2023-08-15", XkTimeDates.value("2023年8月15日0时", "2023-08-15"));
        assertNull(XkTimeDates.value("", "时代"));
    }
}
