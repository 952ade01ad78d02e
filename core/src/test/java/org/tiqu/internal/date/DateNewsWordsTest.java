package org.tiqu.internal.date;

import org.junit.jupiter.api.Test;
import org.tiqu.EntityType;
import org.tiqu.Extractor;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * DATE golden cases through the whole pipeline for words and contexts of 1990s news text (errors found on the
 * People's Daily training days 1998-01-01…27): festivals, seasonal periods, small Chinese day numbers, and the
 * contexts where a date word is no date (a given name, a verb, a publisher). Reference date 1998-01-15.
 */
class DateNewsWordsTest {
    private static final Extractor PD = Extractor.builder().referenceDate(LocalDate.of(1998, 1, 15))
            .findReferenceDate(false).build();

    private static List<String> dates(String text) {
        return PD.extract(text).entities(EntityType.DATE).stream()
                .map(e -> e.text() + "@" + e.start() + "-" + e.end() + "=" + e.value())
                .toList();
    }

    @Test
    void aFourDigitDecadeBeforeItsPart() {
        // the segmenter reads 1990年 as a time word; the year before 代表团 stays a year
        assertEquals(List.of("1990年代初@2-9=199X"), dates("他于1990年代初下海经商。"));
        assertEquals(List.of("1990年@0-5=1990"), dates("1990年代表团访问日本。"));
    }

    @Test
    void todayInsideAHeadlineIsADate() {
        assertEquals(List.of("今日@8-10=1998-01-15"), dates("本报《经济周刊》今日出场"));
    }

    @Test
    void chineseDayOpeningASentence() {
        assertEquals(List.of("十日@0-2=1998-01-10"), dates("十日，省土地局党组成员和包扶干部来到村里。"));
    }

    @Test
    void oneDayOpeningASentenceIsNoDate() {
        assertEquals(List.of(), dates("一日，我到民政部门办点事。"));
    }

    @Test
    void chineseDayBeforeBa() {
        assertEquals(List.of("八日@4-6=1998-01-08"), dates("美国政府八日把南方司令部总部迁出。"));
    }

    @Test
    void asIfOneDayIsNoDate() {
        assertEquals(List.of(), dates("他几十年如一日为军人牵线搭桥。"));
    }

    @Test
    void dayBeforeJunIsADate() {
        assertEquals(List.of("9日@8-10=1998-01-09"), dates("欧洲三大主要股市9日均出现大幅度下跌。"));
    }

    @Test
    void movingAverageIsNoDate() {
        assertEquals(List.of(), dates("股指跌破5日均线。"));
    }

    @Test
    void yearBeforeDaibiao() {
        assertEquals(List.of("1994年@3-8=1994"), dates("刘步飞1994年代表山西省出席了大会。"));
    }

    @Test
    void firstMonthWithFen() {
        assertEquals(List.of("元月份@3-6=1998-01"), dates("发放的元月份保障金要尽快送到。"));
    }

    @Test
    void twoSeasonSpanIsItsFirstSeason() {
        assertEquals(List.of("秋冬季@0-3=1998-FA"), dates("秋冬季一到，北京街头的冰糖葫芦又多了。"));
    }

    @Test
    void middleOfTheNight() {
        assertEquals(List.of("夜半@0-2=1998-01-15TNI"), dates("夜半，我独自擎着雨伞。"));
    }

    @Test
    void coldestNineDaysAreWinter() {
        assertEquals(List.of("三九@0-2=1997-WI"), dates("三九寒天可以买到蒜薹、黄瓜。"));
    }

    @Test
    void firstHalfYear() {
        assertEquals(List.of("前半年@1-4=1998-H1"), dates("仅前半年的销售额就达到一亿元。"));
    }

    @Test
    void sexagenaryYearWithoutNian() {
        assertEquals(List.of("丁丑@7-9=1997", "戊寅@20-22=1998"), dates("送别硕果累累的丁丑“牛”，迎来充满生机的戊寅。"));
    }

    @Test
    void eveOfNewYearsDay() {
        assertEquals(List.of("元旦前夜@0-4=1997-12-31TNI"), dates("元旦前夜，中国驻阿联酋使馆内一片欢腾。"));
    }

    @Test
    void lanternFestivalAsDengjie() {
        assertEquals(List.of("灯节@5-7=1998-02-11"), dates("花灯不是在灯节时一次性投放市场的。"));
    }

    @Test
    void lastDayOfTheLunarYearWithEr() {
        assertEquals(List.of("大年三十儿@4-9=1998-01-27", "正月十五@13-17=1998-02-11"),
                dates("这个年从大年三十儿一直拜到正月十五。"));
    }

    @Test
    void xianshiMeansNow() {
        assertEquals(List.of("现时@1-3=PRESENT_REF"), dates("用现时惯用的话说，翻了一番。"));
    }

    @Test
    void demonstrativePeriodAfterADecadeIsItsOwnSpan() {
        assertEquals(List.of("20世纪90年代@0-8=199X", "这150年@8-13=1848/1998"), dates("20世纪90年代这150年的哲学史"));
    }

    @Test
    void weekdayAfterAWholeNameIsADate() {
        // the POS tagger tags the word after a whole name nr (奥特曼/nr 周二/nr)
        assertEquals(List.of("周二@3-5=1998-01-13"), dates("奥特曼周二在旧金山宣布推出新模型。"));
    }

    @Test
    void aLaterWeekdayAloneEndsARangeInTheWeekOfTheFirst() {
        // 1998-01-15 is a Thursday: next week's Monday to Wednesday; two whole weekdays are two dates
        assertEquals(List.of("下周一至周三@3-9=1998-01-19/1998-01-21"), dates("会议将下周一至周三举行。"));
        assertEquals(List.of("本周二至周四@0-6=1998-01-13/1998-01-15"), dates("本周二至周四有雨。"));
        assertEquals(2, dates("周一至周五正常上班。").size());
    }

    @Test
    void theNthWeekdayOfAMonthIsThatDay() {
        // Mother's Day 1999 and Thanksgiving 1997; 5月 alone: the nearest May (1998); every year's is a set; without
        // its month (第三个星期五) it is no day of this week
        assertEquals(List.of("1999年5月的第二个星期日@0-14=1999-05-09"), dates("1999年5月的第二个星期日，全家聚餐。"));
        assertEquals(List.of("去年11月第四个星期四@0-11=1997-11-27"), dates("去年11月第四个星期四，他回了家。"));
        assertEquals(List.of("5月的第二个星期日@0-9=1998-05-10"), dates("5月的第二个星期日，全家聚餐。"));
        assertEquals(List.of(), dates("每年3月的第二个星期日为全国保护母亲河日。"));
        assertEquals(List.of(), dates("他在第三个星期五来。"));
    }

    @Test
    void theEndOfARangeIsTheStartOrAfterIt() {
        // on 1998-01-15, 7月1日 alone is the nearer July 1997; after 6月1日至 it is July 1998; 12月1日至1月31日 spans
        // the turn of the year
        assertEquals(List.of("6月1日@0-4=1998-06-01", "7月31日@5-10=1998-07-31"), dates("6月1日至7月31日开展大检查。"));
        assertEquals(List.of("12月1日@0-5=1997-12-01", "1月31日@6-11=1998-01-31"), dates("12月1日至1月31日开展专项行动。"));
    }

    @Test
    void nowruzIsTheVernalEquinox() {
        // the equinox of 1998 fell on 21 March, Beijing time
        assertEquals(List.of("诺鲁孜节@0-4=1998-03-21"), dates("诺鲁孜节期间，牧民举行阿肯弹唱会。"));
        assertEquals(List.of("纳吾肉孜节@0-5=1998-03-21"), dates("纳吾肉孜节到了。"));
    }

    @Test
    void aPartOfTheDayBeforeATradeIsAttributive() {
        // guideline 3.2: 夜间经济 names no time; 夜间气温 is tonight's
        assertEquals(List.of(), dates("发展夜间经济，打造夜间消费集聚区。"));
        assertEquals(List.of("夜间@0-2=1998-01-15TNI"), dates("夜间气温降至零下20摄氏度。"));
    }

    @Test
    void anHonourNamedAfterADayIsNoDate() {
        // guideline 3.2: 三八红旗手 and 七一勋章 name honours, not the days; 三八节 and 五一假期 are the days
        assertEquals(List.of(), dates("全国三八红旗手赵丽娜、“七一勋章”获得者、五四青年奖章获得者受到表彰。"));
        assertEquals(List.of("三八节@2-5=1998-03-08"), dates("庆祝三八节。"));
        assertEquals(List.of("五一@0-2=1998-05-01"), dates("五一假期，游客大增。"));
    }

    @Test
    void aNumberHoldsNoDateWord() {
        // 一|四九|团 (regiment 149) gave DATE 四九, the fourth nine days of winter; 四九 alone still is
        assertEquals(List.of(), dates("来到北泉镇、一四九团调研。"));
        assertEquals(1, dates("进入四九天气").size());
    }

    @Test
    void aPlaceOrTeamNamedAfterADayIsNoDate() {
        // was DATE 五一 and 八一; 五一 before what happens then still names the day
        assertEquals(List.of(), dates("记者在五一夜市看到，八一广场上人来人往，八一女排获胜。"));
        assertEquals(List.of("五一@0-2=1998-05-01"), dates("五一街头游人如织。"));
    }

    @Test
    void todayAndTomorrowAreOneInterval() {
        assertEquals(List.of("今明两天@0-4=1998-01-15/1998-01-16"), dates("今明两天，我市将出现大风降温天气。"));
        assertEquals(List.of("今明两年@0-4=1998/1999"), dates("今明两年是关键时期。"));
    }

    @Test
    void givenNameAfterSurnameIsNoDate() {
        assertEquals(List.of(), dates("代表有李扎拉（拉祜族）、李明天（苗族）。"));
        // at the text's very start (this once looked one word before the text and threw)
        assertEquals(List.of(), dates("李明天（苗族）"));
    }

    @Test
    void surnameSplitNameBeforeTodayKeepsTheDate() {
        assertEquals(List.of("今天@2-4=1998-01-15"), dates("郎平今天说，身体状况非常差。"));
    }

    @Test
    void publisherNamedWeilaiIsNoDate() {
        assertEquals(List.of(), dates("本报讯陕西未来出版社新近推出了一套丛书。"));
    }

    @Test
    void dangxiaYigeIsNoDate() {
        assertEquals(List.of("新年@4-6=1998"), dates("当下一个新年来到的时候，马丽回来了。"));
    }

    @Test
    void yanqianFuxianIsNoDate() {
        assertEquals(List.of(), dates("他静静地听着，眼前浮现出铸箭的情景。"));
    }

    @Test
    void qihouAfterAConjunctionIsADate() {
        assertEquals(List.of("其后@1-3=PAST_REF"), dates("但其后韩日两国渔民发生纠纷。"));
    }

    @Test
    void jinsuiQihouIsNoDate() {
        assertEquals(List.of(), dates("丁就一直领先，周义霖紧随其后。"));
    }

    @Test
    void oldTimesIsThePast() {
        assertEquals(List.of("旧时@0-2=PAST_REF"), dates("旧时把人分为三六九等。"));
    }

    @Test
    void onceAMonthIsNoDate() {
        assertEquals(List.of(), dates("这一月一次的难得的休息。"));
    }

    @Test
    void guoquAfterAVerbOfMotionIsNoDate() {
        assertEquals(List.of(), dates("人手不够，爷爷把孙女也叫过去帮忙了。"));
    }

    @Test
    void armyNameIsNoDate() {
        assertEquals(List.of(), dates("江苏女排一胜一负八一女排。"));
    }

    @Test
    void nearlyNYearsAfterADurationVerbIsNoDate() {
        assertEquals(List.of(), dates("经过近20年的发展，银行业竞争现已不再局限于国内。"));
    }

    @Test
    void recentYearsAfterADurationVerbIsNoDate() {
        assertEquals(List.of(), dates("经过近几年的努力，全省已基本普及九年制义务教育。"));
    }

    @Test
    void nearlyNYearsAsTheSpanOfARecordIsADate() {
        assertEquals(List.of("近二十年@5-9=1978/1998"), dates("金价创下了近二十年最低。"));
    }

    @Test
    void nearlyNYearsAsRecentPeriodIsADate() {
        assertEquals(List.of("近两年@1-4=1996/1998"), dates("俄近两年通胀率下降。"));
    }

    @Test
    void yanqianYiliangIsNoDate() {
        assertEquals(List.of(), dates("前面一扇小门打开了，眼前一亮。"));
    }

    @Test
    void shangNianSplitBySegmenterIsNoDate() {
        assertEquals(List.of("春节@0-2=1998-01-28"), dates("春节临近，天津市场上年味浓厚。"));
    }

    @Test
    void shangNianAsLastYear() {
        assertEquals(List.of("上年@3-5=1997"), dates("产量比上年增长13亿公斤。"));
    }

    @Test
    void acquiredHoutianIsNoDate() {
        assertEquals(List.of(), dates("人们领略两岸后天的创造时，仿佛置身于画中。"));
    }

    @Test
    void guoquOfMotionIsNoDate() {
        assertEquals(List.of(), dates("米老鼠热情地招呼我们过去，和我们握手。"));
    }

    @Test
    void guoquDeBeforeACountOfOfficesIsThePast() {
        assertEquals(List.of("过去@9-11=PAST_REF", "目前@20-22=PRESENT_REF"),
                dates("上海市政府机构已由过去的84个委办局减至目前的53个。"));
    }

    @Test
    void guoquDeBeforeALessonIsThePast() {
        assertEquals(List.of("过去@4-6=PAST_REF"), dates("这是因为过去的教训。"));
    }

    @Test
    void guoquAfterZaiIsThePastEvenAsAVerbWord() {
        assertEquals(List.of("过去@1-3=PAST_REF"), dates("在过去工作基础上团结奋斗。"));
    }

    @Test
    void guoquAfterJiangMeaningBaIsThePast() {
        assertEquals(List.of("过去@3-5=PAST_REF"), dates("他们将过去十几届晚会的录像带看了一遍。"));
    }

    @Test
    void guoquAboutToPassIsNoDate() {
        assertEquals(List.of(), dates("艰难的日子即将过去，大家就要熬出头了。"));
    }

    @Test
    void lookingBackOnThePast() {
        assertEquals(List.of("今天@4-6=1998-01-15", "过去@13-15=PAST_REF", "未来@18-20=FUTURE_REF"),
                dates("难道能像今天这样自豪地回顾过去和开辟未来吗？"));
    }

    @Test
    void solarTermNearestToTheReference() {
        assertEquals(List.of("小寒@6-8=1998-01-05"), dates("上一周处于“小寒”时节，气温偏低。"));
    }

    @Test
    void solarTermOfAGivenYear() {
        assertEquals(List.of("今年立春@0-4=1998-02-04"), dates("今年立春来得早。"));
    }

    @Test
    void heavySnowIsWeatherNotTheSolarTerm() {
        assertEquals(List.of(), dates("长野终于迎来了首场大雪。"));
    }

    @Test
    void heavySnowNamedAsASolarTerm() {
        assertEquals(List.of("大雪@1-3=1997-12-07"), dates("“大雪”节气过后，天气更冷了。"));
    }

    @Test
    void midnightWrittenLingShi() {
        assertEquals(List.of("零时@0-2=1998-01-15T00:00"), dates("零时，新的法规开始生效。"));
    }

    @Test
    void monthWithoutYearTakesTheYearWrittenBefore() {
        assertEquals(List.of("1935年1月@0-7=1935-01", "6月@24-26=1935-06"),
                dates("1935年1月，在遵义会议上，他坚决拥戴毛泽东。6月，他在两河口召开的会议上发言。"));
    }

    @Test
    void dayWithoutMonthTakesTheMonthWrittenBefore() {
        assertEquals(List.of("1964年10月16日@0-11=1964-10-16", "28日@31-34=1964-10-28"),
                dates("1964年10月16日，中国第一颗原子弹爆炸试验成功，胡志明于28日发表文章。"));
    }

    @Test
    void currentNewsAfterAYearIsReadAgainstTheReference() {
        assertEquals(List.of("1997年初@1-7=1997-01", "1月2日@23-27=1998-01-02"),
                dates("与1997年初相比，印尼盾已经下跌了137%。1月2日，雅加达股市综合指数上升。"));
    }

    @Test
    void aPlannedMonthIsReadAgainstTheReference() {
        assertEquals(List.of("1992年@7-12=1992", "而今@15-17=PRESENT_REF", "5月@18-20=1998-05"), dates("英国上次担任是1992年的事。而今，5月将确定首批国家。"));
    }

    @Test
    void datelineKeepsTheReferenceYear() {
        assertEquals(List.of("1996年@1-6=1996", "1月7日@23-27=1998-01-07"), dates("自1996年起，波黑局势趋于稳定。（本报华盛顿1月7日电）"));
    }

    @Test
    void yearEndAloneInJanuaryIsTheYearJustEnded() {
        assertEquals(List.of("年底@2-4=1997-12"), dates("时值年底，虽然气温低，却风和日丽。"));
    }

    @Test
    void yearEndAloneInJanuaryLookingAheadIsThisYear() {
        assertEquals(List.of("年底@4-6=1998-12"), dates("失业率到年底可达6%。"));
    }

    @Test
    void yearEndAloneOutsideJanuaryIsTheReferenceYear() {
        Extractor june = Extractor.builder().referenceDate(LocalDate.of(1998, 6, 15)).findReferenceDate(false).build();
        assertEquals("1998-12", june.extract("时值年底，虽然气温低。").entities(EntityType.DATE).get(0).value());
    }

    @Test
    void winterHolidayIsWinter() {
        assertEquals(List.of("寒假@0-2=1997-WI", "新春@5-7=1998-01-28"), dates("寒假到了，新春将至。"));
    }

    @Test
    void summerHolidayOfLastYear() {
        assertEquals(List.of("去年暑假@0-4=1997-SU"), dates("去年暑假刚开学的一天，她来到学校。"));
    }

    @Test
    void twoDaysOffAreTheWeekend() {
        assertEquals(List.of("双休日@3-6=1998-01-17/1998-01-18"), dates("人们在双休日选择逛书店。"));
    }

    @Test
    void eveningBeforeAClockTimeIsPartOfTheTime() {
        assertEquals(List.of("晚8时@3-6=1998-01-15T20:00"), dates("演出于晚8时开始。"));
    }

    @Test
    void morningBeforeAClockTime() {
        assertEquals(List.of("早8点@1-4=1998-01-15T08:00", "晚10时@7-11=1998-01-15T22:00"), dates("他早8点上班，晚10时下班。"));
    }

    @Test
    void eveOfTheNewYear() {
        assertEquals(List.of("新年前夜@0-4=1997-12-31TNI"), dates("新年前夜，马尼拉能见度几乎降低为零。"));
    }

    @Test
    void threeKingdomsPeriod() {
        assertEquals(List.of("三国@12-14=0220/0280"), dates("名将宗泽、大书法家米芾及三国时期东吴重臣鲁肃"));
    }

    @Test
    void tenthDayOfTheNewYearNeedsNoTimeTag() {
        assertEquals(List.of("初十@4-6=1998-02-06"), dates("杏花岭区初十、十五将举办三项棋赛。"));
    }

    @Test
    void firstTenYearsAreNoLunarDay() {
        assertEquals(List.of(), dates("最初十年，他一直在农村工作。"));
    }

    @Test
    void twoThousandYearsBackIsVague() {
        assertEquals(List.of("两千年来@3-7=PAST_REF"), dates("中国人两千年来一直如此。"));
    }

    @Test
    void previousYearOfTheYearReported() {
        assertEquals(List.of("1997年@0-5=1997", "上年@13-15=1996", "上年@28-30=1996"),
                dates("1997年全省财政总收入比上年增长16.6%，财政支出比上年增长12.3%。"));
    }

    @Test
    void previousYearAfterAComparisonBase() {
        assertEquals(List.of("1997年@0-5=1997", "1996年@11-16=1996", "上年@25-27=1996"),
                dates("1997年人民币存款比1996年增长20%；贷款比上年增长18%。"));
    }

    @Test
    void startOfTheYearWritten() {
        assertEquals(List.of("一九九七年@0-5=1997", "年初@15-17=1997-01"), dates("一九九七年，是极不平凡的一年。年初，邓小平同志逝世。"));
    }
}
