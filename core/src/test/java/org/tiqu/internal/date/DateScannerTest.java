package org.tiqu.internal.date;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The scanner on its own (no segmentation): spans as {@code text@start-end=value}. */
class DateScannerTest {
    private static final LocalDate REF = LocalDate.of(2023, 8, 16);

    static List<String> scan(String text, LocalDate ref) {
        List<String> out = new ArrayList<>();
        DateScanner.scan(text, DateScanner.NO_WORDS, ref,
                (s, e, v) -> out.add(text.substring(s, e) + "@" + s + "-" + e + "=" + v));
        return out;
    }

    static List<String> scan(String text) {
        return scan(text, REF);
    }

    @Test
    void fullDate() {
        assertEquals(List.of("2023年8月15日@2-12=2023-08-15"), scan("记者2023年8月15日报道"));
    }

    @Test
    void monthDayTakesReferenceYear() {
        assertEquals(List.of("8月15日@0-5=2023-08-15"), scan("8月15日，昌吉州党委书记"));
    }

    @Test
    void dayAloneTakesReferenceMonth() {
        assertEquals(List.of("15日@8-11=2023-08-15"), scan("首个全国生态日主场活动15日在湖州举行"
                .substring(3)));
    }

    @Test
    void yearAlone() {
        assertEquals(List.of("2017年@0-5=2017"), scan("2017年，全州"));
    }

    @Test
    void chineseDigitYear() {
        assertEquals(List.of("二○○一年@0-5=2001"), scan("二○○一年，"));
    }

    @Test
    void newYearOfAYearIsThatYear() {
        assertEquals(List.of("二○○一年新年@0-7=2001"), scan("二○○一年新年贺词"));
    }

    @Test
    void yearAndMonth() {
        assertEquals(List.of("1998年1月@0-7=1998-01"), scan("1998年1月，"));
    }

    @Test
    void monthWithFen() {
        assertEquals(List.of("6月份@0-3=2023-06"), scan("6月份以前"));
    }

    @Test
    void isoDate() {
        assertEquals(List.of("2023-08-15@3-13=2023-08-15"), scan("发布于2023-08-15，"));
    }

    @Test
    void clockTimeOnReferenceDay() {
        assertEquals(List.of("10时30分@0-6=2023-08-16T10:30"), scan("10时30分，会议开始"));
    }

    @Test
    void partOfDayAfterDay() {
        assertEquals(List.of("25日上午@0-5=2021-02-25TMO"), scan("25日上午，", LocalDate.of(2021, 2, 25)));
    }

    @Test
    void eveningAfterDay() {
        assertEquals(List.of("15日晚@0-4=2023-08-15TEV"), scan("15日晚，"));
    }

    @Test
    void afternoonClockIsTwentyFourHour() {
        assertEquals(List.of("下午3时@0-4=2023-08-16T15:00"), scan("下午3时举行"));
    }

    @Test
    void aLeapDayWithoutItsYearFallsInTheNearestLeapYear() {
        assertEquals(List.of("2月29日@0-5=2028-02-29"), scan("2月29日，", LocalDate.of(2026, 12, 7)));
        assertEquals(List.of("2月29日@0-5=2024-02-29"), scan("2月29日，", LocalDate.of(2025, 3, 1)));
    }

    @Test
    void aDayItsMonthDoesNotHaveIsTheMonth() {
        assertEquals(List.of("2023年2月29日@0-10=2023-02"), scan("2023年2月29日，"));
        assertEquals(List.of("4月31日@0-5=2023-04"), scan("4月31日，"));
    }

    @Test
    void midnightIsTheNextDaysStart() {
        assertEquals(List.of("2023年12月31日24时@0-14=2024-01-01T00:00"), scan("2023年12月31日24时起施行"));
        assertEquals(List.of("晚上12点@0-5=2023-08-17T00:00"), scan("晚上12点"));
        assertEquals(List.of("中午12时@0-5=2023-08-16T12:00"), scan("中午12时"));
    }

    @Test
    void morningClock() {
        assertEquals(List.of("上午9时@0-4=2023-08-16T09:00"), scan("上午9时开幕"));
    }

    @Test
    void todayIsReferenceDay() {
        assertEquals(List.of("今天@0-2=2023-08-16"), scan("今天，"));
    }

    @Test
    void yesterdayAndDayBefore() {
        assertEquals(List.of("昨天@0-2=2023-08-15", "前天@3-5=2023-08-14"), scan("昨天和前天"));
    }

    @Test
    void todayEarlyMorning() {
        assertEquals(List.of("今天清晨@0-4=2023-08-16TMO"), scan("今天清晨，"));
    }

    @Test
    void relativeYears() {
        assertEquals(List.of("今年@0-2=2023", "去年@3-5=2022", "明年@6-8=2024", "前年@9-11=2021"),
                scan("今年、去年、明年、前年"));
    }

    @Test
    void relativeMonths() {
        assertEquals(List.of("本月@0-2=2023-08", "上月@3-5=2023-07"), scan("本月、上月"));
    }

    @Test
    void weeksAreIntervalsOfDays() {
        assertEquals(List.of("本周@0-2=2023-08-14/2023-08-20"), scan("本周，"));
    }

    @Test
    void halfYear() {
        assertEquals(List.of("2023年下半年@0-8=2023-H2"), scan("2023年下半年全国征兵"));
    }

    @Test
    void halfYearOfThisYear() {
        assertEquals(List.of("今年上半年@0-5=2023-H1"), scan("今年上半年，"));
    }

    @Test
    void quarterCountsOnlyTheQuarter() {
        assertEquals(List.of("一季度@0-3=2023-Q1"), scan("一季度产值"));
    }

    @Test
    void endOfThisYearIsDecember() {
        assertEquals(List.of("今年底@0-3=2023-12"), scan("今年底前完成"));
    }

    @Test
    void yearStart() {
        assertEquals(List.of("年初@0-2=2023-01"), scan("年初，"));
    }

    @Test
    void seasonOfYear() {
        assertEquals(List.of("2017年秋季@0-7=2017-FA"), scan("2017年秋季，"));
    }

    @Test
    void earlyAutumnWithoutYear() {
        assertEquals(List.of("初秋@0-2=2023-FA"), scan("初秋，行走在庭州大地"));
    }

    @Test
    void summerThisYear() {
        assertEquals(List.of("今夏@0-2=2023-SU"), scan("今夏，"));
    }

    @Test
    void sinceYearIsOpenInterval() {
        assertEquals(List.of("2017年以来@0-7=2017/.."), scan("2017年以来，昌吉州"));
    }

    @Test
    void sinceExcludesFrom() {
        assertEquals(List.of("2019年以来@1-8=2019/.."), scan("从2019年以来"));
    }

    @Test
    void recentYearsArePast() {
        assertEquals(List.of("近年来@0-3=PAST_REF"), scan("近年来，昌吉州"));
    }

    @Test
    void nowIsPresent() {
        assertEquals(List.of("如今@0-2=PRESENT_REF"), scan("如今，“呵护生态”"));
    }

    @Test
    void henceforthIsFuture() {
        assertEquals(List.of("今后@0-2=FUTURE_REF"), scan("今后，"));
    }

    @Test
    void tenYearsSince() {
        assertEquals(List.of("十年来@0-3=2013/2023"), scan("十年来，"));
    }

    @Test
    void nYearsSinceInDigits() {
        assertEquals(List.of("8年来@0-3=2015/2023"), scan("8年来，"));
    }

    @Test
    void theseTenYears() {
        assertEquals(List.of("这十年@0-3=2013/2023"), scan("这十年，"));
    }

    @Test
    void tenYearsBetween() {
        assertEquals(List.of("十年间@0-3=2013/2023"), scan("十年间，我国"));
    }

    @Test
    void lastNYearsNear() {
        assertEquals(List.of("近五年@0-3=2018/2023"), scan("近五年，"));
    }

    @Test
    void pastTwoYearsAreCompletedYears() {
        assertEquals(List.of("过去两年@0-4=2021/2022"), scan("过去两年，"));
    }

    @Test
    void fiveYearsAfterSinceDe() {
        assertEquals(List.of("五年@11-13=2018/2023"), scan("省第十四次党代会以来的五年"));
    }

    @Test
    void yearsAgoToday() {
        assertEquals(List.of("18年前的今天@0-7=2005-08-16"), scan("18年前的今天，"));
    }

    @Test
    void yearsLaterToday() {
        assertEquals(List.of("18年后的今日@0-7=2023-08-16"), scan("18年后的今日中国"));
    }

    @Test
    void yearsAgo() {
        assertEquals(List.of("三年前@0-3=2020"), scan("三年前，"));
    }

    @Test
    void durationIsNoDate() {
        assertEquals(List.of(), scan("第二轮土地承包到期后再延长30年"));
    }

    @Test
    void durationsInDaysHoursAndAgeAreNoDates() {
        assertEquals(List.of(), scan("一年、3小时、15天、47岁"));
    }

    @Test
    void setIsNoDate() {
        assertEquals(List.of(), scan("每年、每3年"));
    }

    @Test
    void decimalAmountIsNoDate() {
        assertEquals(List.of(), scan("8.15亿元"));
    }

    @Test
    void ordinalsPercentAndLinesAreNoDates() {
        assertEquals(List.of(), scan("第15届、15%、3号线"));
    }

    @Test
    void documentNumberIsNoDate() {
        assertEquals(List.of(), scan("（2021第24号）"));
    }

    @Test
    void dayWithinIsDuration() {
        assertEquals(List.of(), scan("应当在十五日内决定立案"));
    }

    @Test
    void yearBeforeAnnualOutput() {
        assertEquals(List.of("2021年@0-5=2021"), scan("2021年年产值"));
    }

    @Test
    void rangeWithEllipticalEndIsOneSpan() {
        assertEquals(List.of("8月15日至17日@0-9=2023-08-15/2023-08-17"), scan("8月15日至17日"));
    }

    @Test
    void yearRangeWithSharedUnit() {
        assertEquals(List.of("2021-2023年@0-10=2021/2023"), scan("2021-2023年重点发展"));
    }

    @Test
    void yearRangeWithDash() {
        assertEquals(List.of("2021—2022年@0-10=2021/2022"), scan("2021—2022年，"));
    }

    @Test
    void fullEndpointsAreSeparateSpans() {
        assertEquals(List.of("2021年9月10日@0-10=2021-09-10", "2021年9月21日@12-22=2021-09-21"),
                scan("2021年9月10日--2021年9月21日"));
    }

    @Test
    void fromToYearsAreSeparate() {
        assertEquals(List.of("2020年@1-6=2020", "2035年@7-12=2035"), scan("从2020年到2035年"));
    }

    @Test
    void fourteenthPlanPeriodKeepsInnerQuotes() {
        assertEquals(List.of("“十四五”时期@0-7=2021/2025"), scan("“十四五”时期，"));
    }

    @Test
    void planPeriodWithoutQuotes() {
        assertEquals(List.of("十三五期间@0-5=2016/2020"), scan("十三五期间"));
    }

    @Test
    void endOfPlanIsLastYear() {
        assertEquals(List.of("“十三五”末@0-6=2020"), scan("“十三五”末进一步下降"));
    }

    @Test
    void barePlanWithoutOuterQuotes() {
        assertEquals(List.of("十四五@1-4=2021/2025"), scan("“十四五”是关键期"));
    }

    @Test
    void planDocumentIsNoDate() {
        assertEquals(List.of(), scan("“十四五”规划"));
    }

    @Test
    void newEraDecade() {
        assertEquals(List.of("新时代十年@0-5=2012/2022"), scan("新时代十年，"));
    }

    @Test
    void midCenturyIsDecade() {
        assertEquals(List.of("本世纪中叶@0-5=205X"), scan("本世纪中叶，建成"));
    }

    @Test
    void decadeOfLastCentury() {
        assertEquals(List.of("90年代@0-4=199X"), scan("90年代，"));
    }

    @Test
    void namedObservanceDay() {
        assertEquals(List.of("全国生态日@2-7=2023-08-15"), scan("首个全国生态日主场活动"));
    }

    @Test
    void worldYouthSkillsDay() {
        assertEquals(List.of("世界青年技能日@0-7=2023-07-15"), scan("世界青年技能日，"));
    }

    @Test
    void nationalDayWithYear() {
        assertEquals(List.of("2019年国庆节@0-8=2019-10-01"), scan("2019年国庆节"));
    }

    @Test
    void springFestivalIsLunar() {
        assertEquals(List.of("春节@0-2=1998-01-28"), scan("春节，", LocalDate.of(1998, 1, 20)));
    }

    @Test
    void aFestivalOfAWrittenYearGivesItsYearToTheDaysAfter() {
        // was 2027-02-10/2027-02-17: the days were read against the reference date, not the year written
        assertEquals(List.of("2024年春节@0-7=2024-02-10", "2月10日至17日@10-19=2024-02-10/2024-02-17"),
                scan("2024年春节假期（2月10日至17日）全国接待游客4.74亿人次。", LocalDate.of(2026, 12, 7)));
        // a plan for a future year gives nothing (read against the reference date)
        assertEquals(List.of("2028年春节@0-7=2028-01-26", "2月10日@8-13=2027-02-10"),
                scan("2028年春节，2月10日起实施。", LocalDate.of(2026, 12, 7)));
    }

    @Test
    void shoppingFestivals() {
        assertEquals(List.of("双十一@1-4=2026-11-11"), scan("“双十一”期间，快递业务量创新高。", LocalDate.of(2026, 12, 7)));
        assertEquals(List.of("双十二@0-3=2026-12-12"), scan("双十二，", LocalDate.of(2026, 12, 7)));
    }

    @Test
    void zodiacYear() {
        assertEquals(List.of("虎年春节@0-4=1998-01-28"), scan("虎年春节", LocalDate.of(1998, 1, 20)));
    }

    @Test
    void touchingExpressionsJoin() {
        assertEquals(List.of("元旦春节@0-4=1998-01-01/1998-01-28"), scan("元旦春节期间", LocalDate.of(1998, 1, 20)));
    }

    @Test
    void aDayWrittenOutBeforeANamedDayIsThatDay() {
        // was 2025-01-28/2025-01-29: the named day is the written day's name or a day near it, no end of a period
        assertEquals(List.of("1月28日春节@0-7=2025-01-28"), scan("1月28日春节前夕，", LocalDate.of(2025, 1, 20)));
        assertEquals(List.of("10月1日国庆节@0-8=2025-10-01"), scan("10月1日国庆节，", LocalDate.of(2025, 10, 2)));
    }

    @Test
    void weekdayAfterDateIsPartOfIt() {
        assertEquals(List.of("2023年8月16日星期三@0-13=2023-08-16"), scan("2023年8月16日星期三"));
    }

    @Test
    void fullWidthNormalizedMonth() {
        assertEquals(List.of("1998年1月@0-7=1998-01"), scan("1998年1月"));
    }

    @Test
    void lastDecemberFromJanuary() {
        assertEquals(List.of("去年12月@0-5=1997-12"), scan("去年12月", LocalDate.of(1998, 1, 20)));
    }

    @Test
    void withoutReferenceYearIsUnknown() {
        assertEquals(List.of("8月15日@0-5=XXXX-08-15"), scan("8月15日，", null));
    }

    @Test
    void withoutReferenceDayAloneKeepsOnlyDay() {
        assertEquals(List.of("15日@0-3=XXXX-XX-15"), scan("15日，", null));
    }

    @Test
    void withoutReferenceRelativeYearIsVague() {
        assertEquals(List.of("今年@0-2=PRESENT_REF", "去年@3-5=PAST_REF", "明年@6-8=FUTURE_REF"),
                scan("今年、去年、明年", null));
    }

    @Test
    void withoutReferenceAbsoluteYearStays() {
        assertEquals(List.of("2017年以来@0-7=2017/.."), scan("2017年以来", null));
    }

    @Test
    void eventAnchoredSinceIsNoDate() {
        assertEquals(List.of(), scan("党的十八大以来，改革开放以来"));
    }

    @Test
    void annualAverageIsNoDate() {
        assertEquals(List.of(), scan("年均增长"));
    }

    @Test
    void firstThreeQuartersAreMonthsOfTheYear() {
        assertEquals(List.of("前三季度@0-4=2023-01/2023-09"), scan("前三季度，"));
    }

    @Test
    void firstTwoMonthsOfThisYear() {
        assertEquals(List.of("今年前两个月@0-6=2023-01/2023-02"), scan("今年前两个月，出口增长"));
    }

    @Test
    void yearThenBareMonthRange() {
        assertEquals(List.of("今年1至7月份@0-7=2023-01/2023-07"), scan("今年1至7月份，全国"));
    }

    @Test
    void daysListedAfterADayAreOfItsMonth() {
        // the reference date is in August: 7日 alone would be 7 August
        assertEquals(List.of("3月5日@0-4=2023-03-05", "7日@5-7=2023-03-07", "9日上午@8-12=2023-03-09TMO"),
                scan("3月5日、7日和9日上午举行"));
        assertEquals(List.of("3月5日至7日@0-7=2023-03-05/2023-03-07", "9日@8-10=2023-03-09"), scan("3月5日至7日及9日"));
        // a day listed after a later day is left to the usual reckoning (it may be of the next month)
        assertEquals(List.of("3月30日@0-5=2023-03-30", "2日@6-8=2023-08-02"), scan("3月30日和2日"));
        // without a reference date the month is still known
        assertEquals(List.of("2月1日@0-4=XXXX-02-01", "29日@5-8=XXXX-02-29"), scan("2月1日、29日", null));
    }

    @Test
    void gamesNamedByTheirSeasonHoldNoDate() {
        assertEquals(List.of("2022年@0-5=2022"), scan("2022年北京冬季奥运会圆满成功"));
        assertEquals(List.of(), scan("夏季达沃斯论坛开幕，全国冬季运动会举行"));
        assertEquals(List.of("今年冬季@0-4=2023-WI"), scan("今年冬季气温偏高"));
    }

    @Test
    void aWeekdayAloneOnACreditLineIsAName() {
        assertEquals(List.of(), scan("（责任编辑：周二）"));
        assertEquals(List.of(), scan("编辑/周一"));
        assertEquals(List.of(), scan("校对： 周三"));
        assertEquals(List.of(), scan("本报记者 周五 报道"));
        assertEquals(List.of("周一上午@5-9=2023-08-14TMO"), scan("编辑部将于周一上午开会"));
        assertEquals(List.of("周五@2-4=2023-08-18"), scan("记者周五从有关部门获悉"));
    }

    @Test
    void aYearDotMonthAtAPeriodsEndIsAMonth() {
        assertEquals(List.of("1983.09@0-7=1983-09", "1987.07@8-15=1987-07"), scan("1983.09-1987.07 山东大学化学系学习"));
        assertEquals(List.of("2015.10@0-7=2015-10"), scan("2015.10至今 任公司董事"));
        assertEquals(List.of("2019.12@0-7=2019-12"), scan("2019.12-至今"));
        // a decimal is no month
        assertEquals(List.of(), scan("价格为1983.09元，指数收于2015.10点"));
    }

    @Test
    void aRangeOfDaysAloneIsOfOneMonth() {
        LocalDate ref = LocalDate.of(2026, 12, 7);
        // 24日 alone would be 24 November (nearer than 24 December); after 22日至 it is of 22日's month
        assertEquals(List.of("22日@0-3=2026-12-22", "24日@4-7=2026-12-24"), scan("22日至24日，大会举行", ref));
        assertEquals(List.of("24日@0-3=2026-11-24"), scan("24日，大会举行", ref));
        // a range that runs to a smaller day ends in the next month
        assertEquals(List.of("28日@0-3=2026-11-28", "3日@4-6=2026-12-03"), scan("28日至3日，大会举行", ref));
        // one span of bare days: both ends in the month nearest to the later end
        assertEquals(List.of("22—24日@0-6=2026-11-22/2026-11-24"), scan("22—24日，大会举行", ref));
        // a weather forecast's hours, without a reference date
        assertEquals(List.of("1月2日20时@0-7=XXXX-01-02T20:00", "3日20时@8-13=XXXX-01-03T20:00"),
                scan("1月2日20时至3日20时", null));
    }

    @Test
    void theDatelinesDayWrittenAloneIsOfItsMonth() {
        // a paper of 1 January: 30日 alone would be 30 January
        LocalDate ref = LocalDate.of(1998, 1, 1);
        assertEquals(List.of("12月30日@3-9=1997-12-30", "30日@14-17=1997-12-30", "2日@20-22=1998-01-02"),
                scan("莫斯科12月30日电 叶利钦30日指出，2日起执行。", ref));
    }

    @Test
    void bareDayRangeAfterMonth() {
        assertEquals(List.of("8月15—17日@0-8=2023-08-15/2023-08-17"), scan("8月15—17日举行"));
    }

    @Test
    void weekdayAfterSpacedDateTakesThatDate() {
        assertEquals(List.of("2023年8月16日@0-10=2023-08-16", "星期三@11-14=2023-08-16"),
                scan("2023年8月16日 星期三", LocalDate.of(2021, 1, 1)));
    }

    @Test
    void clauseInitialBeforeIsPast() {
        assertEquals(List.of("之前@0-2=PAST_REF"), scan("之前，我们做了调研"));
    }

    @Test
    void postpositionBeforeIsNoDate() {
        assertEquals(List.of(), scan("会议之前，大家准备好了"));
    }

    @Test
    void relativeRangeWithoutReferenceIsVague() {
        assertEquals(List.of("今年1至7月份@0-7=PRESENT_REF"), scan("今年1至7月份", null));
    }

    @Test
    void smallChineseDayInNewsPattern() {
        assertEquals(List.of("二日@7-9=2023-08-02"), scan("捷克总统哈韦尔二日在布拉格宫任命"));
    }

    @Test
    void smallChineseDayAfterVerbIsDuration() {
        assertEquals(List.of(), scan("历时三日，会议结束"));
    }

    @Test
    void twoDigitChineseYear() {
        assertEquals(List.of("九七年@0-3=1997"), scan("九七年的成绩", LocalDate.of(1998, 1, 10)));
    }

    @Test
    void chineseOrTwoYearsIsNoYear() {
        assertEquals(List.of(), scan("三四年后"));
    }

    @Test
    void yuanyueIsJanuary() {
        assertEquals(List.of("元月五日@0-4=1998-01-05"), scan("元月五日", LocalDate.of(1998, 1, 10)));
    }

    @Test
    void monthRangeStaysInOneYear() {
        assertEquals(List.of("1—6月@0-4=2023-01/2023-06"), scan("1—6月，全国", LocalDate.of(2023, 8, 15)));
    }

    @Test
    void endOfDecade() {
        assertEquals(List.of("上世纪八十年代末@0-8=198X"), scan("上世纪八十年代末，"));
    }

    // ---------------------------------------------------------------- anaphora: the date just mentioned

    @Test
    void sameDayCountsFromTheDayJustMentioned() {
        assertEquals(List.of("8月15日@0-5=2023-08-15", "当天@14-16=2023-08-15"), scan("8月15日，代表团抵达北京。当天举行会谈"));
    }

    @Test
    void nextDayCountsFromTheDayJustMentioned() {
        assertEquals(List.of("8月15日@0-5=2023-08-15", "次日@14-16=2023-08-16"), scan("8月15日，代表团抵达北京。次日离开"));
    }

    @Test
    void secondDayCountsFromTheDayJustMentioned() {
        assertEquals(List.of("7月1日@0-4=2023-07-01", "第二天@9-12=2023-07-02"), scan("7月1日，他到达。第二天，"));
    }

    @Test
    void dayBeforeCountsFromTheDayJustMentioned() {
        assertEquals(List.of("8月10日@0-5=2023-08-10", "前一天@8-11=2023-08-09"), scan("8月10日开幕，前一天，"));
    }

    @Test
    void sameDateWordCountsFromTheDayJustMentioned() {
        assertEquals(List.of("8月7日@0-4=2023-08-07", "同日@6-8=2023-08-07"), scan("8月7日电，同日，"));
    }

    @Test
    void thatEveningCountsFromTheDayJustMentioned() {
        assertEquals(List.of("8月15日@0-5=2023-08-15", "当晚@8-10=2023-08-15TEV"), scan("8月15日抵京，当晚出席宴会"));
    }

    @Test
    void anaphoraFollowsTheLatestDay() {
        assertEquals(List.of("8月1日@0-4=2023-08-01", "8月9日@5-9=2023-08-09", "当天@10-12=2023-08-09"),
                scan("8月1日和8月9日，当天"));
    }

    @Test
    void sameDayWithoutAnEarlierDateIsTheReferenceDate() {
        assertEquals(List.of("当天@0-2=2023-08-16"), scan("当天，"));
    }

    @Test
    void nextDayWithoutAnEarlierDateCountsFromTheReferenceDate() {
        assertEquals(List.of("次日@0-2=2023-08-17"), scan("次日，"));
    }

    @Test
    void nextDayWithoutAnyDateIsVague() {
        assertEquals(List.of("次日@0-2=FUTURE_REF"), scan("次日，", null));
    }

    @Test
    void nextDayAfterAMentionedDateNeedsNoReference() {
        assertEquals(List.of("2021年3月5日@0-9=2021-03-05", "次日@10-12=2021-03-06"), scan("2021年3月5日，次日", null));
    }

    @Test
    void todayStaysTheReferenceDateAfterAnotherDate() {
        assertEquals(List.of("8月1日@0-4=2023-08-01", "今天@5-7=2023-08-16"), scan("8月1日，今天"));
    }

    @Test
    void partOfDayAloneTakesTheDayJustMentioned() {
        assertEquals(List.of("8月15日@0-5=2023-08-15", "晚上@10-12=2023-08-15TEV"), scan("8月15日，他到达。晚上，"));
    }

    @Test
    void sameYearCountsFromTheYearJustMentioned() {
        assertEquals(List.of("1977年5月@0-7=1977-05", "同年9月9日@10-16=1977-09-09"), scan("1977年5月落成，同年9月9日"));
    }

    @Test
    void nextYearWordCountsFromTheYearJustMentioned() {
        assertEquals(List.of("1926年@0-5=1926", "次年@8-10=1927"), scan("1926年入校，次年"));
    }

    @Test
    void thisYearAfterAYearIsThatYear() {
        assertEquals(List.of("1997年@0-5=1997", "这一年@14-17=1997"), scan("1997年是不平凡的一年。在这一年里"));
    }

    @Test
    void thatYearWithoutAnEarlierYearIsThePast() {
        assertEquals(List.of("当年@0-2=PAST_REF"), scan("当年的"));
    }

    @Test
    void sameMonthCountsFromTheMonthJustMentioned() {
        assertEquals(List.of("2020年3月@0-7=2020-03", "当月@10-12=2020-03"), scan("2020年3月开工，当月"));
    }

    // ---------------------------------------------------------------- parts of the year and day

    @Test
    void daytimeIsTheDay() {
        assertEquals(List.of("27日白天@0-5=2023-08-27"), scan("27日白天有雪", LocalDate.of(2023, 8, 25)));
    }

    @Test
    void midYearIsJune() {
        assertEquals(List.of("年中@1-3=2023-06"), scan("到年中，"));
    }

    @Test
    void midYearOfAYear() {
        assertEquals(List.of("1997年年中@0-7=1997-06"), scan("1997年年中，"));
    }

    @Test
    void withinTheYear() {
        assertEquals(List.of("年内@2-4=2023"), scan("争取年内完成"));
    }

    @Test
    void halfAYearAgo() {
        assertEquals(List.of("半年前@1-4=2023-02"), scan("由半年前的5人"));
    }

    @Test
    void lastHalfYear() {
        assertEquals(List.of("近半年来@0-4=2023-02/2023-08"), scan("近半年来，"));
    }

    @Test
    void daysAgo() {
        assertEquals(List.of("三天前@0-3=2023-08-13"), scan("三天前，"));
    }

    @Test
    void theseTwoDays() {
        assertEquals(List.of("这两天@0-3=2023-08-14/2023-08-16"), scan("这两天，"));
    }

    @Test
    void pastTwoDaysAreCompletedDays() {
        assertEquals(List.of("过去两天@0-4=2023-08-14/2023-08-15"), scan("过去两天江南"));
    }

    @Test
    void firstTenDaysOfAMonth() {
        assertEquals(List.of("8月上旬@0-4=2023-08-01/2023-08-10"), scan("8月上旬，"));
    }

    @Test
    void lastTenDaysRunToTheMonthEnd() {
        assertEquals(List.of("2月下旬@0-4=2024-02-21/2024-02-29"), scan("2月下旬，", LocalDate.of(2024, 3, 1)));
    }

    @Test
    void middleTenDaysOfThisMonth() {
        assertEquals(List.of("本月中旬@0-4=2023-08-11/2023-08-20"), scan("本月中旬，"));
    }

    @Test
    void rangeOfTenDayPartsEndsAtTheLaterPart() {
        assertEquals(List.of("去年11月上旬到12月中旬@0-13=2022-11-01/2022-12-20"), scan("去年11月上旬到12月中旬，"));
    }

    @Test
    void twoNeighbouringMonths() {
        assertEquals(List.of("今年二三月@0-5=2023-02/2023-03"), scan("今年二三月间"));
    }

    @Test
    void twoNeighbouringHours() {
        assertEquals(List.of("晚上七八点@0-5=2023-08-16T19:00/2023-08-16T20:00"), scan("晚上七八点，"));
    }

    @Test
    void thisWinterAndNextSpringInJanuary() {
        assertEquals(List.of("今冬明春@0-4=1997-WI/1998-SP"), scan("今冬明春，", LocalDate.of(1998, 1, 10)));
    }

    @Test
    void turnOfTheYearInJanuary() {
        assertEquals(List.of("岁末年初@0-4=1997-12/1998-01"), scan("岁末年初，", LocalDate.of(1998, 1, 10)));
    }

    @Test
    void turnOfTheYearInDecember() {
        assertEquals(List.of("岁末年初@0-4=2023-12/2024-01"), scan("岁末年初，", LocalDate.of(2023, 12, 20)));
    }

    @Test
    void halfOfACentury() {
        assertEquals(List.of("20世纪上半叶@0-7=1901/1950"), scan("20世纪上半叶华北"));
    }

    @Test
    void earlyAutumnOfAYearIsNotTheStartOfThatYear() {
        assertEquals(List.of("前年初秋@0-4=2021-FA"), scan("前年初秋，"));
    }

    @Test
    void approachingTheEndOfAYear() {
        assertEquals(List.of("1997年底@2-8=1997-12"), scan("临近1997年底时"));
    }

    @Test
    void planEnd() {
        assertEquals(List.of("“八五”期末@0-6=1995"), scan("“八五”期末，"));
    }

    // ---------------------------------------------------------------- years before 1500

    @Test
    void commonEraYear() {
        assertEquals(List.of("公元960年@0-6=0960"), scan("公元960年，赵匡胤"));
    }

    @Test
    void yearBeforeTheCommonEra() {
        assertEquals(List.of("公元前221年@0-7=BC0221"), scan("公元前221年，秦"));
    }

    @Test
    void threeDigitYearWithMonth() {
        assertEquals(List.of("618年5月@0-6=0618-05"), scan("618年5月，"));
    }

    // ---------------------------------------------------------------- not dates

    @Test
    void octoberRevolutionIsNoDate() {
        assertEquals(List.of(), scan("纪念十月革命节"));
    }

    @Test
    void twoMonthsIsADuration() {
        assertEquals(List.of(), scan("长达两月有余"));
    }

    @Test
    void aboutTenYearsIsNoNextYear() {
        assertEquals(List.of(), scan("久违了十来年"));
    }

    @Test
    void daysBeforeACountAreNoDate() {
        assertEquals(List.of(), scan("届满七日前提出"));
    }


    @Test
    void setAfterEveryIsSkippedWhole() {
        assertEquals(List.of(), scan("每周四上午义诊"));
    }

    @Test
    void namedDayAfterYearlySetIsNoDate() {
        // 每年春节 is a set (every Spring Festival), not the festival of one year; the date after it still counts
        assertEquals(List.of("今年@9-11=2023"), scan("每年春节他都回家，今年也不例外"));
    }

    @Test
    void monthRangeAfterYearlySetIsNoDate() {
        assertEquals(List.of(), scan("每年的3月至5月是雨季"));
    }

    @Test
    void dottedChineseDate() {
        assertEquals(List.of("一九九六．四．五@6-14=1996-04-05"), scan("俄国驻华大使一九九六．四．五"));
    }

    @Test
    void dotYearMonthAsDateline() {
        assertEquals(List.of("1997·7@7-13=1997-07"), scan("法国前外交部长1997·7于巴黎"));
    }

    @Test
    void dotYearMonthInsideTextIsDecimal() {
        assertEquals(List.of(), scan("上证指数1997·7点，成交2012.5亿元"));
    }

    @Test
    void reignYearWithDynasty() {
        assertEquals(List.of("明洪武三年@2-7=1370"), scan("城垣明洪武三年扩建"));
    }

    @Test
    void reignYearAfterATwoCharacterDynasty() {
        assertEquals(List.of("北宋庆历四年@2-8=1044"), scan("建于北宋庆历四年的岳阳楼"));
    }

    @Test
    void firstYearOfTheRepublic() {
        assertEquals(List.of("民国元年@2-6=1912"), scan("鲁迅民国元年说"));
    }

    @Test
    void republicYearTakesGregorianMonthAndDay() {
        assertEquals(List.of("民国三十八年十月一日@0-10=1949-10-01"), scan("民国三十八年十月一日"));
        // Taiwan still counts the Republic's years, in Arabic or Chinese numerals
        assertEquals(List.of("民国112年8月15日@0-11=2023-08-15"), scan("民国112年8月15日"));
        assertEquals(List.of("民国一百一十二年@0-8=2023"), scan("民国一百一十二年"));
    }

    @Test
    void lunarMonthAfterReignYearKeepsTheYear() {
        assertEquals(List.of("光绪二十六年五月@0-8=1900"), scan("光绪二十六年五月，"));
    }

    @Test
    void reignPeriodIsTheWholeReign() {
        assertEquals(List.of("康熙年间@0-4=1662/1722"), scan("康熙年间修建"));
    }

    @Test
    void reignYearBeyondTheReignIsNoDate() {
        assertEquals(List.of(), scan("宣统五年，乾隆皇帝"));
    }

    @Test
    void endOfADynastyIsItsLastYear() {
        assertEquals(List.of("明末@4-6=1644"), scan("陆子冈是明末最为著名的琢玉巨匠"));
    }

    @Test
    void firstYearOfTheCommonEra() {
        assertEquals(List.of("公元元年@2-6=0001"), scan("作为公元元年，"));
    }

    @Test
    void endOfAQuarterIsItsLastMonth() {
        assertEquals(List.of("2022年第三季度末@0-10=2022-09"), scan("2022年第三季度末，"));
    }

    @Test
    void startOfAHalfIsItsFirstMonth() {
        assertEquals(List.of("下半年初@0-4=2023-07"), scan("下半年初，"));
    }

    @Test
    void weekdayAfterEveryIsNoDate() {
        assertEquals(List.of(), scan("每个星期天都去，每月15日结算"));
    }

    @Test
    void dateAfterEveryOccasionIsNoDate() {
        assertEquals(List.of(), scan("每逢元旦，每个月15日"));
    }

    @Test
    void nearestPlaceIsNoDate() {
        assertEquals(List.of(), scan("最近处只有"));
    }

    @Test
    void comingAfterAFestivalIsNoFuture() {
        assertEquals(List.of("新春@0-2=2024-02-10"), scan("新春将来之际", LocalDate.of(2024, 1, 20)));
    }

    @Test
    void nextThreeDays() {
        assertEquals(List.of("未来三天@0-4=2023-08-16/2023-08-19"), scan("未来三天，"));
    }

    @Test
    void nextFiveYears() {
        assertEquals(List.of("今后五年@0-4=2023/2028"), scan("今后五年，"));
    }

    @Test
    void withinIsNotPartOfTheNextYears() {
        assertEquals(List.of("未来两年@0-4=2023/2025"), scan("未来两年内"));
    }

    @Test
    void futureAloneStaysVague() {
        assertEquals(List.of("今后@0-2=FUTURE_REF"), scan("今后，"));
    }

    @Test
    void countAfterAYearIsNotJoinedToIt() {
        assertEquals(List.of("1949年@0-5=1949", "1958年@6-11=1958"), scan("1949年至1958年10年间").subList(0, 2));
    }

    @Test
    void touchingSeasonAndMonthStayOneSpan() {
        assertEquals(List.of("年底12月中旬@0-7=2023-12-11/2023-12-20"), scan("年底12月中旬听到"));
    }

    @Test
    void mothersDayOfAYear() {
        assertEquals(List.of("1997年母亲节@1-9=1997-05-11"), scan("在1997年母亲节那天"));
    }

    @Test
    void thatYearRightAfterAYearIsThatYear() {
        assertEquals(List.of("1958年@0-5=1958", "当年@8-10=1958"), scan("1958年建厂，当年投产"));
    }

    @Test
    void thatYearFarFromAnyYearIsThePast() {
        String filler = "这是一段很长的文字，".repeat(8);
        List<String> found = scan("1958年，" + filler + "当年的老战士");
        assertEquals("当年@" + (6 + filler.length()) + "-" + (8 + filler.length()) + "=PAST_REF", found.get(1));
    }

    // ---------------------------------------------------------------- day anaphora only within reach

    @Test
    void sameDayInTheNextParagraphIsTheReferenceDate() {
        assertEquals(List.of("8月15日@0-5=2023-08-15", "当天@15-17=2023-08-16"),
                scan("8月15日，代表团抵达北京。\n当天，双方举行会谈"));
    }

    /** The value of 次日 that stands {@code sentences} ten-character sentences after 8月15日 in one paragraph. */
    static String nextDayAfter(int sentences) {
        List<String> found = scan("8月15日，" + "这是一段很长的文字，".repeat(sentences) + "次日离开");
        String last = found.get(found.size() - 1);
        return last.substring(last.indexOf('=') + 1);
    }

    @Test
    void nextDayWithinALongParagraphCountsFromItsDay() {
        assertEquals("2023-08-16", nextDayAfter(20)); // 200 characters on
    }

    @Test
    void nextDayBeyondTheReachCountsFromTheReferenceDate() {
        assertEquals("2023-08-17", nextDayAfter(60)); // 600 characters on
    }

    // ---------------------------------------------------------------- a year before a quoted named day

    @Test
    void yearBeforeAQuotedNamedDayGivesItsYear() {
        assertEquals(List.of("去年@0-2=1997", "七一@3-5=1997-07-01"), scan("去年“七一”前夕", LocalDate.of(1998, 1, 15)));
    }

    @Test
    void numberedYearBeforeAQuotedNamedDayGivesItsYear() {
        assertEquals(List.of("1996年@0-5=1996", "三八@6-8=1996-03-08"), scan("1996年“三八”节", LocalDate.of(1998, 1, 15)));
    }

    @Test
    void quotedNamedDayAfterOtherWordsKeepsTheNearestYear() {
        assertEquals(List.of("去年@0-2=1997", "七一@4-6=1998-07-01"), scan("去年的“七一”前夕", LocalDate.of(1998, 1, 15)));
    }

    // ---------------------------------------------------------------- a preposition glued to a date word

    /** A context with the given segmentation: word boundaries between the words, every word a time word. */
    static List<String> scanWords(LocalDate ref, String... words) {
        String text = String.join("", words);
        java.util.Set<Integer> edges = new java.util.HashSet<>();
        int at = 0;
        edges.add(0);
        for (String w : words) {
            at += w.length();
            edges.add(at);
        }
        DateScanner.Context ctx = new DateScanner.Context() {
            @Override
            public boolean boundary(int i) {
                return edges.contains(i);
            }

            @Override
            public boolean timeWord(int start, int end) {
                return true;
            }
        };
        List<String> out = new ArrayList<>();
        DateScanner.scan(text, ctx, ref, (s, e, v) -> out.add(text.substring(s, e) + "@" + s + "-" + e + "=" + v));
        return out;
    }

    @Test
    void dateWordInsideAGluedPrepositionIsRead() {
        assertEquals(List.of("今年初@1-4=2023-01"), scanWords(REF, "从今", "年初", "开始"));
    }

    @Test
    void dateWordInsideAnotherGluedWordIsNotRead() {
        assertEquals(List.of("如今@0-2=PRESENT_REF"), scanWords(REF, "如今", "年轻人")); // not 今年
    }

    @Test
    void schoolSportsAndFiscalYears() {
        assertEquals(List.of("2024—2025学年@0-11=2024/2025"), scan("2024—2025学年第一学期"));
        assertEquals(List.of("2023/2024赛季@0-11=2023/2024"), scan("2023/2024赛季中超联赛"));
        assertEquals(List.of("2024财年@4-10=2024"), scan("苹果公司2024财年营收增长"));
        assertEquals(List.of("2024赛季@0-6=2024"), scan("2024赛季中超联赛落幕"));
        assertEquals(List.of("2024/25赛季@0-9=2024/2025"), scan("2024/25赛季英超联赛"));
        assertEquals(List.of("1998/99赛季@0-9=1998/1999"), scan("1998/99赛季欧洲冠军杯"));
        assertEquals(List.of(), scan("他25赛季表现好"));
        assertEquals(List.of(), scan("比分是1/2赛"));
        // a heating season: the winter across two years, one span (was 2025年度冬季 alone)
        assertEquals(List.of("2024—2025年度冬季@0-13=2024-WI"), scan("2024—2025年度冬季供暖开始"));
    }
}
