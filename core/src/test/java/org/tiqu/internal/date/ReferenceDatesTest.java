package org.tiqu.internal.date;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReferenceDatesTest {

    @Test
    void mastheadWithWeekday() {
        assertEquals(Optional.of(LocalDate.of(2023, 8, 16)),
                ReferenceDates.find("昌吉日报\n2023年8月16日 星期三\n## 标题"));
    }

    @Test
    void dateAloneOnALine() {
        assertEquals(Optional.of(LocalDate.of(2021, 9, 12)), ReferenceDates.find("标题\n2021-09-12 09:57\n正文"));
    }

    @Test
    void datelineTakesYearFromFullDateInText() {
        assertEquals(Optional.of(LocalDate.of(2023, 8, 15)),
                ReferenceDates.find("新华社北京8月15日电 首个全国生态日主场活动于2023年8月15日举行。"));
    }

    @Test
    void datelineTakesYearNamedWithAMonth() {
        assertEquals(Optional.of(LocalDate.of(1998, 1, 29)),
                ReferenceDates.find("（新华社北京1月29日电）1998年1月起实施，到2010年完成。"));
    }

    @Test
    void datelineIgnoresPlanTargetYears() {
        assertEquals(Optional.of(LocalDate.of(2021, 9, 10)),
                ReferenceDates.find("本报杭州9月10日讯 2021年8月以来，到2035年、2035年、2035年基本实现。"));
    }

    @Test
    void todayNamedInParentheses() {
        assertEquals(Optional.of(LocalDate.of(2023, 8, 15)),
                ReferenceDates.find("央视网消息（新闻联播）：今天（8月15日）是我国首个全国生态日。2023年下半年全国征兵体检工作展开。"));
    }

    @Test
    void datelineWithoutAnyYearGivesNothing() {
        assertEquals(Optional.empty(), ReferenceDates.find("新华社北京8月15日电 今天是首个全国生态日。"));
    }

    @Test
    void eventDateInRunningTextIsNoReference() {
        assertEquals(Optional.empty(), ReferenceDates.find("2023年8月15日，昌吉州党委书记来到五家渠市调研。"));
    }

    @Test
    void invalidMastheadDateIsIgnored() {
        assertEquals(Optional.empty(), ReferenceDates.find("2023年2月30日 星期三"));
    }

    @Test
    void mastheadWithLibaiWeekday() {
        assertEquals(Optional.of(LocalDate.of(2023, 8, 18)), ReferenceDates.find("晚报 2023年8月18日 礼拜五"));
    }

    @Test
    void datelineWithSpacesBeforeDian() {
        assertEquals(Optional.of(LocalDate.of(1998, 1, 5)),
                ReferenceDates.find("新华社北京1月5日 \t电 1998年1月起实施。"));
    }

    @Test
    void datelineEndingInXiaoxi() {
        assertEquals(Optional.of(LocalDate.of(1998, 1, 5)), ReferenceDates.find("本报1月5日消息 1998年新年伊始。"));
    }

    @Test
    void datelineBeyondTheTopIsIgnored() {
        String filler = "这是一段很长的正文。".repeat(80);
        assertEquals(Optional.empty(), ReferenceDates.find(filler + "新华社北京1月5日电 1998年1月起实施。"));
    }
}
