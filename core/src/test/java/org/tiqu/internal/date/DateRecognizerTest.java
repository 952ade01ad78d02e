package org.tiqu.internal.date;

import org.junit.jupiter.api.Test;
import org.tiqu.Entity;
import org.tiqu.EntityType;
import org.tiqu.Extraction;
import org.tiqu.Extractor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * DATE entities through the whole pipeline (normalizer, HanLP segmentation, resolver), with offsets into the
 * caller's text. Sentences from the seed page (reference date 2023-08-16) and the 新闻联播 transcript.
 */
class DateRecognizerTest {
    private static final Extractor SEED = Extractor.builder().referenceDate(LocalDate.of(2023, 8, 16)).build();
    private static final Extractor NO_REF = Extractor.builder().findReferenceDate(false).build();
    private static final Extractor FIND_REF = Extractor.defaults();

    private static List<String> dates(Extractor x, String text) {
        return x.extract(text).entities(EntityType.DATE).stream()
                .map(e -> e.text() + "@" + e.start() + "-" + e.end() + "=" + e.value())
                .toList();
    }

    @Test
    void dynastyEdgeWordInsideAWordIsNoDate() {
        // 说明|初步 and 居民|初步: the segmenter's words say 明初 and 民初 are not written here
        assertEquals(List.of(), dates(SEED, "这说明初步成效显著，居民初步统计完毕。"));
    }

    @Test
    void seedVisitDate() {
        assertEquals(List.of("8月15日@12-17=2023-08-15"),
                dates(SEED, "本报讯 记者孙学良报道:8月15日,昌吉州党委书记、兵团第六师党委第一书记曾艳阳来到五家渠市调研。"));
    }

    @Test
    void seedEarlyAutumn() {
        assertEquals(List.of("初秋@0-2=2023-FA"), dates(SEED, "初秋,行走在庭州大地,草木葱茏,飞鸟翔集。"));
    }

    @Test
    void seedRecentYears() {
        assertEquals(List.of("近年来@0-3=PAST_REF"), dates(SEED, "近年来,昌吉州牢固树立绿水青山就是金山银山的理念。"));
    }

    @Test
    void seedSince2017() {
        assertEquals(List.of("2017年以来@0-7=2017/.."), dates(SEED, "2017年以来,昌吉州持续深入推进生态文明建设。"));
    }

    @Test
    void seedNowadays() {
        assertEquals(List.of("如今@0-2=PRESENT_REF"), dates(SEED, "如今,“呵护生态”已成全民共识。"));
    }

    @Test
    void seedEcologyDay() {
        assertEquals(List.of("全国生态日@15-20=2023-08-15"),
                dates(SEED, "我们只有乘势而上,须臾不懈,以全国生态日为新开端、新起点。"));
    }

    @Test
    void columnTitleIsNoDate() {
        assertEquals(List.of(), dates(SEED, "## 今日评点\n\n### 守护绿色美好家园\n\n◆ 昌平"));
    }

    @Test
    void todayMeaningNowadays() {
        assertEquals(List.of("今天@0-2=PRESENT_REF"), dates(SEED, "今天的中国，天更蓝。"));
    }

    @Test
    void todayWithDateInParentheses() {
        assertEquals(List.of("今天@8-10=2023-08-16", "8月15日@11-16=2023-08-15"),
                dates(SEED, "全国征兵体检工作今天（8月15日）全面展开。"));
    }

    @Test
    void verbGuoquIsNoDate() {
        assertEquals(List.of(), dates(SEED, "最严重的时刻已经过去，但风暴并未平息。"));
    }

    @Test
    void wordInsideWordIsNoDate() {
        assertEquals(List.of("目前@0-2=PRESENT_REF"), dates(SEED, "目前天气晴好。"));
    }

    @Test
    void offsetsReferToOriginalFullWidthText() {
        String text = "１９９８年１月，全国";
        Entity e = SEED.extract(text).entities(EntityType.DATE).get(0);
        assertEquals("１９９８年１月", text.substring(e.start(), e.end()));
        assertEquals("1998-01", e.value());
    }

    @Test
    void withoutReferenceYearStaysUnknown() {
        assertEquals(List.of("8月15日@0-5=XXXX-08-15"), dates(NO_REF, "8月15日，昌吉州党委书记来到五家渠市。"));
    }

    @Test
    void referenceFromMastheadIsReportedAsText() {
        Extraction x = FIND_REF.extract("昌吉日报\n2023年8月16日 星期三\n\n本报讯 8月15日，昌吉州党委书记来到五家渠市调研。");
        assertEquals(Optional.of(LocalDate.of(2023, 8, 16)), x.referenceDate());
        assertEquals(Optional.of(Extraction.ReferenceSource.TEXT), x.referenceSource());
    }

    @Test
    void referenceGivenIsReportedAsOption() {
        Extraction x = SEED.extract("今年上半年，");
        assertEquals(Optional.of(Extraction.ReferenceSource.OPTION), x.referenceSource());
        assertEquals("2023-H1", x.entities(EntityType.DATE).get(0).value());
    }

    @Test
    void datelineResolvesRelativeDates() {
        assertEquals(List.of("8月15日@5-10=2023-08-15", "昨天@12-14=2023-08-14", "2023年@20-25=2023"),
                dates(FIND_REF, "新华社北京8月15日电 昨天，湖州举行了2023年主场活动。"));
    }

    private static final Extractor JAN98 = Extractor.builder().referenceDate(LocalDate.of(1998, 1, 10)).build();
    private static final Extractor NOV24 = Extractor.builder().referenceDate(LocalDate.of(2024, 11, 28)).build();

    @Test
    void aLittleFestiveMoodIsNoClock() {
        assertEquals(List.of(), dates(JAN98, "几乎没有一点过年的气氛。"));
    }

    @Test
    void personNamesAreNoDates() {
        assertEquals(List.of(), dates(JAN98, "选举杨正午为省长，陈早春、田来春当选。"));
    }

    @Test
    void unitedNationsDayDoesNotSwallowRecently() {
        assertEquals(List.of("日前@3-5=PAST_REF"), dates(JAN98, "联合国日前决定延长计划。"));
    }

    @Test
    void clearAsAnAdjectiveIsNoQingming() {
        assertEquals(List.of(), dates(JAN98, "这种机制既应当是廉洁的、清明的。"));
    }

    @Test
    void yearBeforeFifteenHundredWhereTaggedAsTime() {
        assertEquals(List.of("1386年@7-12=1386"), dates(JAN98, "奥莫教堂奠基于１３８６年。"));
    }

    @Test
    void yearsOfHistoryAreNoYear() {
        assertEquals(List.of(), dates(JAN98, "该寺已有７００年历史。"));
    }

    @Test
    void smallChineseDayAfterAComma() {
        assertEquals(List.of("三日晚@12-15=1998-01-03TEV"), dates(JAN98, "和瑞典等国的新纳粹分子，三日晚聚集在北郊。"));
    }

    @Test
    void lunarMonthDayAfterLunarCalendar() {
        assertEquals(List.of("腊月廿九@3-7=1998-01-27"), dates(JAN98, "从农历腊月廿九起，"));
    }

    @Test
    void aMonthNamedAsLunarIsReadInTheLunarCalendarWithoutTheCalendarsName() {
        // 2024: lunar 8/15 is September 17, 7/7 August 10, 10/1 November 1, 2/2 of 2025 March 1
        assertEquals(List.of("八月十五@2-6=2024-09-17"), dates(NOV24, "农历八月十五，全家团圆。"));
        assertEquals(List.of("七月初七@2-6=2024-08-10"), dates(NOV24, "农历七月初七，乞巧。"));
        assertEquals(List.of("今年农历十月初一@0-8=2024-11-01"), dates(NOV24, "今年农历十月初一，寒衣节。"));
        assertEquals(List.of("二月二@2-5=2025-03-01"), dates(NOV24, "农历二月二，龙抬头。"));
        assertEquals(List.of("八月@2-4=2024-09"), dates(NOV24, "农历八月，桂花飘香。"));
        // without 农历, 八月 is the Gregorian month
        assertEquals(List.of("八月@0-2=2024-08"), dates(NOV24, "八月，桂花飘香。"));
    }

    @Test
    void theFirstDayOfALunarMonthIsADayAndADayWrittenWithRiIsLunarToo() {
        assertEquals(List.of("腊月初一@0-4=2024-12-31"), dates(NOV24, "腊月初一，天气晴。"));
        assertEquals(List.of("正月十五日@0-5=2025-02-12"), dates(NOV24, "正月十五日，看花灯。"));
    }

    @Test
    void dynastyWhereTaggedAsTime() {
        assertEquals(List.of("明代@4-6=1368/1644"), dates(JAN98, "刘基开了明代奇计先河。"));
    }

    @Test
    void quotedMayFourth() {
        assertEquals(List.of("五四@5-7=1998-05-04"), dates(JAN98, "在青岛市“五四”广场落成。"));
    }

    @Test
    void beforeTheNewYearInJanuary() {
        assertEquals(List.of("年前@5-7=1997-12"), dates(JAN98, "桥本龙太郎年前在首相官邸举行记者会。"));
    }

    @Test
    void clockTimeTaggedAsTime() {
        assertEquals(List.of("8点@4-6=1998-01-10T08:00"), dates(JAN98, "以至出现８点上班。"));
    }
}
