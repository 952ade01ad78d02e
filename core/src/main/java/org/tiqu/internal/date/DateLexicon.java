package org.tiqu.internal.date;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The date words tiqu knows by heart: deictic words (今年, 上月, 昨天), parts of day, halves/quarters/seasons,
 * named days with fixed dates (国庆节, 全国生态日, 春节) and vague time references (目前, 近年来, 今后). Each word
 * is a {@link Entry} telling the scanner how it combines with its neighbours. Immutable; one shared instance.
 */
final class DateLexicon {
    enum Kind {
        /** 今年 (a = year offset). */
        YEAR_REL,
        /** 元月 (a = the month). */
        MONTH_ABS,
        /** 本月 (a = month offset); b = 1 for anaphoric words (当月, 次月) that count from the month mentioned last. */
        MONTH_REL,
        /**
         * 同年, 次年, 翌年 (a = year offset from the year the text mentioned last); b = 1 when the word needs such a year
         * (当年 without one means "back then"), else it counts from the reference year; b = 2 for the comparison
         * words (上年 in 比上年增长), which count the same way but leave the year mentioned last as it was.
         */
        YEAR_ANA,
        /**
         * 今天 (a = day offset), with an optional part of day in {@code s} (今晚); b = 1 for anaphoric words (当天,
         * 次日, 同日) that count from the day the text mentioned last.
         */
        DAY_REL,
        /** 上周三 (a = week offset, b = weekday 1-7). */
        WEEK_DAY,
        /** 本周 (a = week offset): the whole week. Standalone. */
        WEEK,
        /** 周末 (a = week offset). Standalone. */
        WEEKEND,
        /** 星期三 (b = weekday 1-7). */
        WEEKDAY,
        /** 上午 (s = MO/AF/EV/NI; noon is a clock time: s = null, b = 12). */
        PART,
        /** 上半年, 一季度 (s = H1..Q4). */
        SUB,
        /** 年底 / 年初 / 年中 (b = the month meant: 12, 1 or 6). */
        YEAR_EDGE,
        /** 春天, 初秋 (s = season); a = year offset when the word holds one (今夏 = 0, 去冬 = -1), else U. */
        SEASON,
        /** A named day (obs). */
        OBS,
        /** 本世纪 (a = century offset). */
        CENTURY_REL,
        /** 虎年 (a = animal, 0 = 鼠 for years where (y - 4) mod 12 = 0): the nearest such year. */
        ZODIAC,
        /** 戊寅年 (a = index in the sexagenary cycle, 0 = 甲子 for years where (y - 4) mod 60 = 0). */
        GANZHI,
        /** 正月 (a = 1), 腊月 (a = 12), 大年 (a = 1): a lunar month, optionally followed by its day (初五, 廿九). */
        LUNAR_MONTH,
        /** 初三 (a = days after 春节), only where the segmenter tagged it as a time word. */
        LUNAR_DAY,
        /** 新年 / 元年-like: the year of the reference date, or the next one late in the year. */
        NEW_YEAR,
        /** A vague or fixed value in {@code s}, standalone only (目前 = PRESENT_REF, 新时代十年 = 2012/2022). */
        VALUE,
        /** 年前 ("before the new year"), standalone: December of the year about to end. */
        TURN
    }

    /** One word. {@code needsTime}: accept only where the segmenter tagged the word as a time word (t). */
    record Entry(String word, Kind kind, int a, int b, String s, Observance obs, boolean needsTime) {
    }

    private static final int BASE = 0x3000;
    private static final int SIZE = 0xA000 - BASE;
    private final Entry[][] byFirst = new Entry[SIZE][];
    /** Beside each {@link #byFirst} row: each entry's second char, {@link #ONE_CHAR} for a one-char word. */
    private final char[][] secondsByFirst = new char[SIZE][];
    /** The second char of a one-char word in {@link #secondChars}: never a date word's second char. */
    static final char ONE_CHAR = '\uFFFF';

    static final DateLexicon INSTANCE = new DateLexicon();

    private DateLexicon() {
        List<Entry> all = new ArrayList<>();
        build(all);
        Map<Character, List<Entry>> m = new HashMap<>();
        for (Entry e : all) {
            m.computeIfAbsent(e.word().charAt(0), k -> new ArrayList<>()).add(e);
        }
        for (Map.Entry<Character, List<Entry>> me : m.entrySet()) {
            List<Entry> l = me.getValue();
            l.sort(Comparator.comparingInt((Entry e) -> e.word().length()).reversed());
            int c = me.getKey();
            if (c < BASE || c >= BASE + SIZE) {
                throw new IllegalStateException("date word outside the CJK range: " + l.get(0).word());
            }
            byFirst[c - BASE] = l.toArray(new Entry[0]);
            char[] seconds = new char[l.size()];
            for (int j = 0; j < seconds.length; j++) {
                String w = l.get(j).word();
                seconds[j] = w.length() == 1 ? ONE_CHAR : w.charAt(1);
                if (seconds[j] == ONE_CHAR && w.length() > 1) {
                    throw new IllegalStateException("a date word's second char is U+FFFF: " + w);
                }
            }
            secondsByFirst[c - BASE] = seconds;
        }
        indexReigns();
    }

    /**
     * An era name that counts years: a reign title (洪武, 乾隆), the Republic (民国) or a Japanese era (平成).
     * {@code first}/{@code last}: its first and last year; {@code gregorian} when its months and days are Gregorian
     * ones (民国, 平成), so 民国三十八年十月一日 is a full date while 光绪二十六年五月 (a lunar month) keeps only its year.
     */
    record Reign(String name, int first, int last, boolean gregorian) {
    }

    private final Reign[][] reignsByFirst = new Reign[SIZE][];

    /** Era names starting with {@code c}, or null. */
    Reign[] reignsStartingWith(char c) {
        int k = c - BASE;
        return k >= 0 && k < SIZE ? reignsByFirst[k] : null;
    }

    /**
     * Reign titles with their years, from the standard chronology (中国历史年代简表; Ming and Qing complete, the
     * best-known Tang, Song and Yuan ones), the Republic and the modern Japanese eras. Titles that are also common
     * place names (绍兴, 嘉定, 政和) are left out: 绍兴十年 is as likely a city's decade.
     */
    private static Object[][] reigns() {
        return new Object[][]{
            {"洪武", 1368, 1398}, {"建文", 1399, 1402}, {"永乐", 1403, 1424}, {"洪熙", 1425, 1425}, {"宣德", 1426, 1435},
            {"正统", 1436, 1449}, {"景泰", 1450, 1457}, {"天顺", 1457, 1464}, {"成化", 1465, 1487}, {"弘治", 1488, 1505},
            {"正德", 1506, 1521}, {"嘉靖", 1522, 1566}, {"隆庆", 1567, 1572}, {"万历", 1573, 1620}, {"泰昌", 1620, 1620},
            {"天启", 1621, 1627}, {"崇祯", 1628, 1644}, {"天命", 1616, 1626}, {"天聪", 1627, 1636}, {"崇德", 1636, 1643},
            {"顺治", 1644, 1661}, {"康熙", 1662, 1722}, {"雍正", 1723, 1735}, {"乾隆", 1736, 1795}, {"嘉庆", 1796, 1820},
            {"道光", 1821, 1850}, {"咸丰", 1851, 1861}, {"同治", 1862, 1874}, {"光绪", 1875, 1908}, {"宣统", 1909, 1911},
            {"武德", 618, 626}, {"贞观", 627, 649}, {"永徽", 650, 655}, {"开元", 713, 741}, {"天宝", 742, 756},
            {"贞元", 785, 805}, {"元和", 806, 820}, {"建隆", 960, 963}, {"庆历", 1041, 1048}, {"皇祐", 1049, 1054},
            {"嘉祐", 1056, 1063}, {"熙宁", 1068, 1077}, {"元丰", 1078, 1085}, {"元祐", 1086, 1094}, {"崇宁", 1102, 1106},
            {"宣和", 1119, 1125}, {"靖康", 1126, 1127}, {"建炎", 1127, 1130}, {"淳熙", 1174, 1189}, {"至正", 1341, 1368},
        };
    }

    /**
     * Eras whose months are Gregorian: the Republic of China (still counted in Taiwan: 民國112年 is 2023) and the
     * Japanese eras since 1873.
     */
    private static Object[][] gregorianEras() {
        return new Object[][]{
            {"民国", 1912, 9999}, {"明治", 1868, 1912}, {"大正", 1912, 1926}, {"昭和", 1926, 1989}, {"平成", 1989, 2019},
            {"令和", 2019, 9999},
        };
    }

    private void indexReigns() {
        Map<Character, List<Reign>> m = new HashMap<>();
        for (int g = 0; g < 2; g++) {
            for (Object[] r : g == 0 ? reigns() : gregorianEras()) {
                String name = (String) r[0];
                m.computeIfAbsent(name.charAt(0), k -> new ArrayList<>())
                        .add(new Reign(name, (Integer) r[1], (Integer) r[2], g == 1));
            }
        }
        for (Map.Entry<Character, List<Reign>> me : m.entrySet()) {
            reignsByFirst[me.getKey() - BASE] = me.getValue().toArray(new Reign[0]);
        }
    }

    /** Entries whose word starts with {@code c}, longest first, or null. */
    Entry[] startingWith(char c) {
        int k = c - BASE;
        return k >= 0 && k < SIZE ? byFirst[k] : null;
    }

    /**
     * The second chars of {@link #startingWith}'s entries, in its order ({@link #ONE_CHAR} for a one-char word), or
     * null: a scan compares them in one small array instead of loading every entry's word.
     */
    char[] secondChars(char c) {
        int k = c - BASE;
        return k >= 0 && k < SIZE ? secondsByFirst[k] : null;
    }

    /** Whether some word starts with {@code c}. */
    boolean isFirst(char c) {
        return startingWith(c) != null;
    }

    private static final int U = DateExpr.U;

    private static void build(List<Entry> l) {
        final String[] weekdays = {"一", "二", "三", "四", "五", "六", "日", "天"};
        l.add(new Entry("元月", Kind.MONTH_ABS, 1, U, null, null, false));
        rel(l, Kind.YEAR_REL, 0, "今年", "本年", "本年度", "今年度");
        l.add(new Entry("年内", Kind.YEAR_REL, 0, U, null, null, true));
        rel(l, Kind.YEAR_REL, -1, "去年", "去年度", "去岁", "旧岁");
        // 上年 is the year before the one the text speaks of (1997年……比上年增长 = 1996), else before the reference year
        for (String w : new String[]{"上年", "上年度", "上一年"}) {
            l.add(new Entry(w, Kind.YEAR_ANA, -1, 2, null, null, false)); // b = 2: a comparison, no new anchor
        }
        rel(l, Kind.YEAR_REL, -2, "前年");
        rel(l, Kind.YEAR_REL, -3, "大前年");
        rel(l, Kind.YEAR_REL, 1, "明年", "来年", "明年度", "下一年", "下年");
        anaphoricYear(l, 0, 0, "同年", "同一年", "这一年", "是年");
        anaphoricYear(l, 0, 1, "当年", "那一年", "那年");
        anaphoricYear(l, 1, 0, "次年", "翌年", "第二年");
        anaphoricYear(l, -1, 0, "前一年");
        rel(l, Kind.YEAR_REL, 2, "后年");
        rel(l, Kind.MONTH_REL, 0, "本月", "这个月", "本月份", "月底", "月末", "月初", "月中旬", "上旬", "中旬", "下旬");
        anaphoric(l, Kind.MONTH_REL, 0, null, "当月", "同月");
        anaphoric(l, Kind.MONTH_REL, 1, null, "次月");
        rel(l, Kind.MONTH_REL, -1, "上月", "上个月", "上月份");
        rel(l, Kind.MONTH_REL, 1, "下月", "下个月", "下月份");
        rel(l, Kind.DAY_REL, 0, "今天", "今日", "本日", "今儿", "即日");
        rel(l, Kind.DAY_REL, -1, "昨天", "昨日");
        rel(l, Kind.DAY_REL, -2, "前天");
        rel(l, Kind.DAY_REL, -3, "大前天");
        rel(l, Kind.DAY_REL, 1, "明天", "明日");
        // anaphoric: the day the text just mentioned (8月15日……当天 = the 15th), else the reference date
        anaphoric(l, Kind.DAY_REL, 0, null, "当天", "当日", "同日", "同一天", "这一天", "那一天");
        anaphoric(l, Kind.DAY_REL, -1, null, "前一天", "头天", "头一天");
        anaphoric(l, Kind.DAY_REL, 1, null, "次日", "翌日", "第二天");
        anaphoric(l, Kind.DAY_REL, 0, "EV", "当晚", "当天晚上");
        anaphoric(l, Kind.DAY_REL, 0, "NI", "当夜");
        anaphoric(l, Kind.DAY_REL, 1, "MO", "次日凌晨", "翌日凌晨", "第二天凌晨");
        // 后天 is also "acquired" (先天和后天, 两岸后天的创造): only as a time word
        l.add(new Entry("后天", Kind.DAY_REL, 2, U, null, null, true));
        rel(l, Kind.DAY_REL, 3, "大后天");
        dayPart(l, 0, "MO", "今晨", "今早");
        dayPart(l, 0, "EV", "今晚", "今天晚上");
        dayPart(l, 0, "NI", "今夜");
        dayPart(l, -1, "MO", "昨晨");
        dayPart(l, -1, "EV", "昨晚");
        dayPart(l, -1, "NI", "昨夜");
        dayPart(l, 1, "MO", "明晨", "明早");
        dayPart(l, 1, "EV", "明晚");
        String[][] weeks = {{"本周", "0"}, {"这周", "0"}, {"本星期", "0"}, {"这个星期", "0"}, {"上周", "-1"},
                {"上星期", "-1"}, {"上个星期", "-1"}, {"下周", "1"}, {"下星期", "1"}, {"下个星期", "1"}};
        for (String[] w : weeks) {
            int off = Integer.parseInt(w[1]);
            l.add(new Entry(w[0], Kind.WEEK, off, U, null, null, false));
            for (int d = 0; d < weekdays.length; d++) {
                if (w[0].endsWith("周") && d == 7) {
                    continue;
                }
                l.add(new Entry(w[0] + weekdays[d], Kind.WEEK_DAY, off, Math.min(d + 1, 7), null, null, false));
            }
            if (w[0].endsWith("周")) {
                l.add(new Entry(w[0] + "末", Kind.WEEKEND, off, U, null, null, false));
            }
        }
        l.add(new Entry("周末", Kind.WEEKEND, 0, U, null, null, false));
        l.add(new Entry("双休日", Kind.WEEKEND, 0, U, null, null, false)); // the two days off: the weekend
        for (int d = 0; d < weekdays.length; d++) {
            l.add(new Entry("星期" + weekdays[d], Kind.WEEKDAY, U, Math.min(d + 1, 7), null, null, false));
            l.add(new Entry("礼拜" + weekdays[d], Kind.WEEKDAY, U, Math.min(d + 1, 7), null, null, false));
            if (d < 7) {
                // 周一 .. 周日 need the segmenter's agreement: 周三 can also be a name
                l.add(new Entry("周" + weekdays[d], Kind.WEEKDAY, U, d + 1, null, null, false));
            }
        }
        part(l, "MO", "上午", "早上", "早晨", "清晨", "早间", "晨间", "一早", "一大早", "拂晓", "黎明", "清早", "大清早",
                "一清早", "天明");
        part(l, DateExpr.DAYTIME, "白天");
        part(l, "AF", "下午", "午后");
        part(l, "EV", "晚上", "晚间", "傍晚", "黄昏", "夜晚");
        part(l, "NI", "夜间", "夜里", "深夜", "午夜", "凌晨", "半夜", "子夜", "夜半", "下半夜", "后半夜", "上半夜", "前半夜");
        add(l, Kind.PART, U, 12, null, null, false, "中午", "正午");
        sub(l, "H1", "上半年", "上半年度", "前半年");
        sub(l, "H2", "下半年", "下半年度", "后半年");
        String[] q = {"一", "二", "三", "四"};
        for (int k = 0; k < 4; k++) {
            sub(l, "Q" + (k + 1), q[k] + "季度", "第" + q[k] + "季度");
        }
        edge(l, 12, "年底", "年末", "年终", "岁末", "岁尾", "年尾", "岁暮");
        edge(l, 1, "年初", "岁初", "开年", "岁首");
        // mid-year: reported as June, the last month of the first half (like 年底 = December)
        edge(l, 6, "年中");
        season(l, "SP", U, "春天", "春季", "春日", "初春", "早春", "暮春", "仲春", "阳春", "开春", "入春");
        season(l, "SU", U, "夏天", "夏季", "夏日", "初夏", "盛夏", "仲夏", "炎夏");
        season(l, "FA", U, "秋天", "秋季", "秋日", "初秋", "深秋", "晚秋", "仲秋", "金秋", "暮秋", "入秋");
        season(l, "WI", U, "冬天", "冬季", "冬日", "初冬", "深冬", "隆冬", "严冬", "残冬", "寒冬", "入冬");
        // a night of a season (秋夜) is that season; a span of two seasons (秋冬季) is reported as its first one
        season(l, "SP", U, "春夜", "春夏季");
        season(l, "SU", U, "夏夜", "夏秋季");
        season(l, "FA", U, "秋夜", "秋冬季");
        season(l, "WI", U, "冬夜", "冬春季");
        // the coldest nine-day periods after 冬至 (三九) and the hottest ones of summer (三伏): reported as the season;
        // 三九 and 四九 only as time words (三九集团 is a company)
        add(l, Kind.SEASON, U, U, "WI", null, true, "三九", "四九", "二九", "五九");
        season(l, "WI", U, "三九天", "数九");
        season(l, "SU", U, "三伏", "三伏天", "伏天", "入伏");
        // the school holidays: periods of the year, reported as their season (去年暑假 = 1997-SU)
        season(l, "WI", U, "寒假");
        season(l, "SU", U, "暑假", "暑期");
        season(l, "SP", 0, "今春", "今年春天", "今年春季");
        season(l, "SU", 0, "今夏");
        season(l, "FA", 0, "今秋");
        season(l, "WI", 0, "今冬", "今年冬天");
        season(l, "WI", -1, "去冬");
        season(l, "SU", -1, "去夏");
        season(l, "FA", -1, "去秋");
        season(l, "SP", -1, "去春");
        season(l, "SP", 1, "明春", "来春");
        // named days with a fixed date (Gregorian)
        obs(l, 1, 1, "元旦", "新年元旦");
        obs(l, 2, 14, "情人节");
        obs(l, 3, 8, "三八妇女节", "国际劳动妇女节", "三八国际妇女节", "妇女节", "国际妇女节");
        obs(l, 3, 12, "植树节");
        obs(l, 3, 15, "国际消费者权益日", "消费者权益日", "三一五");
        obs(l, 3, 22, "世界水日");
        obs(l, 3, 23, "世界气象日");
        obs(l, 4, 7, "世界卫生日");
        obs(l, 4, 15, "全民国家安全教育日", "国家安全教育日");
        obs(l, 4, 22, "世界地球日");
        obs(l, 4, 23, "世界读书日");
        obs(l, 4, 24, "中国航天日");
        obs(l, 4, 26, "世界知识产权日");
        obs(l, 5, 1, "国际劳动节", "五一劳动节", "五一国际劳动节", "劳动节", "五一节");
        obs(l, 5, 4, "五四青年节", "青年节");
        obs(l, 5, 12, "国际护士节", "护士节", "全国防灾减灾日");
        obs(l, 5, 18, "国际博物馆日");
        obs(l, 5, 31, "世界无烟日");
        obs(l, 6, 1, "国际儿童节", "六一儿童节", "儿童节");
        obs(l, 6, 5, "世界环境日", "六五环境日");
        obs(l, 6, 8, "世界海洋日");
        obs(l, 6, 26, "国际禁毒日");
        obs(l, 7, 1, "建党节", "七一建党节", "香港回归纪念日");
        obs(l, 7, 11, "世界人口日", "中国航海日");
        obs(l, 8, 1, "建军节", "八一建军节");
        obs(l, 8, 19, "中国医师节");
        obs(l, 9, 3, "中国人民抗日战争胜利纪念日", "抗战胜利纪念日");
        obs(l, 9, 10, "教师节");
        obs(l, 9, 30, "烈士纪念日");
        obs(l, 10, 1, "国庆节", "国庆日", "十一国庆节");
        // 国庆 alone is also a given name (杨国庆): only where the segmenter reads a time word
        l.add(new Entry("国庆", Kind.OBS, U, U, null, Observance.fixed(10, 1, 0), true));
        obs(l, 10, 16, "世界粮食日");
        obs(l, 10, 17, "国家扶贫日", "国际消除贫困日");
        obs(l, 10, 24, "联合国日");
        obs(l, 11, 8, "记者节", "中国记者节");
        obs(l, 11, 11, "双十一", "光棍节"); // the shopping festivals of online retail
        obs(l, 12, 12, "双十二");
        obs(l, 12, 1, "世界艾滋病日");
        obs(l, 12, 2, "全国交通安全日");
        obs(l, 12, 4, "国家宪法日", "全国法制宣传日");
        obs(l, 12, 13, "南京大屠杀死难者国家公祭日", "国家公祭日");
        obs(l, 12, 24, "平安夜");
        obs(l, 12, 25, "圣诞节", "圣诞");
        // movable Gregorian feasts
        obsOf(l, Observance.nthWeekday(5, 2, 7), "母亲节");
        obsOf(l, Observance.nthWeekday(6, 3, 7), "父亲节");
        obsOf(l, Observance.nthWeekday(11, 4, 4), "感恩节");
        obsOf(l, Observance.easter(), "复活节");
        l.add(new Entry("全国生态日", Kind.OBS, U, U, null, Observance.fixed(8, 15, 2023), false));
        l.add(new Entry("世界青年技能日", Kind.OBS, U, U, null, Observance.fixed(7, 15, 2015), false));
        // lunar festivals and solar terms
        lunar(l, Observance.CHUNJIE, "春节", "年初一", "新春");
        lunar(l, Observance.YUANXIAO, "元宵节", "元宵", "上元节", "灯节");
        lunar(l, Observance.CHUXI, "除夕", "大年三十", "除夕夜", "年三十", "大年夜", "年关", "大年三十儿", "年三十儿");
        lunar(l, Observance.DUANWU, "端午节", "端午", "端阳节", "端阳");
        lunar(l, Observance.QIXI, "七夕节", "七夕");
        lunar(l, Observance.ZHONGQIU, "中秋节", "中秋", "八月十五");
        lunar(l, Observance.CHONGYANG, "重阳节", "重阳");
        lunar(l, Observance.LABA, "腊八节", "腊八");
        rel(l, Kind.LUNAR_MONTH, 12, "腊月");
        rel(l, Kind.LUNAR_MONTH, 1, "正月", "大年");
        // a month named as lunar (农历八月十五, 阴历七月初七): without 农历 or 阴历, 八月 is the Gregorian month
        String[] lunarMonths = {"正月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "冬月", "腊月"};
        for (int m = 1; m <= 12; m++) {
            String name = lunarMonths[m - 1];
            rel(l, Kind.LUNAR_MONTH, m, "农历" + name, "阴历" + name);
            if (m == 1 || m == 11 || m == 12) { // also written as numbered months
                String numbered = m == 1 ? "一月" : m == 11 ? "十一月" : "十二月";
                rel(l, Kind.LUNAR_MONTH, m, "农历" + numbered, "阴历" + numbered);
            }
        }
        String stems = "甲乙丙丁戊己庚辛壬癸";
        String branches = "子丑寅卯辰巳午未申酉戌亥";
        for (int k = 0; k < 60; k++) {
            String gz = "" + stems.charAt(k % 10) + branches.charAt(k % 12);
            l.add(new Entry(gz + "年", Kind.GANZHI, k, U, null, null, false));
            // without 年 (戊寅春梦, 送别丁丑) only where the segmenter read a time word
            l.add(new Entry(gz, Kind.GANZHI, k, U, null, null, true));
        }
        lunar(l, Observance.XIAONIAN, "小年");
        // 年节 (the new-year festival), only as a time word
        l.add(new Entry("年节", Kind.OBS, U, U, null, Observance.lunar(Observance.CHUNJIE), true));
        lunar(l, Observance.QINGMING, "清明节");
        // 清明 alone is also an adjective (政治清明)
        l.add(new Entry("清明", Kind.OBS, U, U, null, Observance.lunar(Observance.QINGMING), true));
        // the other solar terms (清明 and 冬至 above); the ones that are also weather words (雨水, 大雪, 霜降 ...) need
        // a context that names the term (see DateScanner#termContext)
        String[] terms = {"小寒", "大寒", "立春", "雨水", "惊蛰", "春分", "清明", "谷雨", "立夏", "小满", "芒种", "夏至", "小暑",
                "大暑", "立秋", "处暑", "白露", "秋分", "寒露", "霜降", "立冬", "小雪", "大雪", "冬至"};
        for (int k = 0; k < terms.length; k++) {
            if (k != 6 && k != 23) {
                obsOf(l, Observance.solarTerm(k), terms[k]);
            }
        }
        lunar(l, Observance.DONGZHI, "冬至");
        String animals = "鼠牛虎兔龙蛇马羊猴鸡狗猪";
        for (int k = 0; k < 12; k++) {
            l.add(new Entry(animals.charAt(k) + "年", Kind.ZODIAC, k, U, null, null, false));
        }
        obsOf(l, Observance.hijri(10, 1), "开斋节", "肉孜节", "尔德节");
        obsOf(l, Observance.hijriMonth(9), "斋月");
        obsOf(l, Observance.hijri(12, 10), "古尔邦节", "宰牲节", "忠孝节");
        // Nowruz, the new year of the Uyghur and Kazakh calendars, on the vernal equinox (Uyghur and Kazakh spellings)
        obsOf(l, Observance.solarTerm(5), "诺鲁孜节", "纳吾肉孜节", "纳吾热孜节"); // 5: 春分
        // 初一 .. 初十 of the first lunar month, where the segmenter reads them as time words (not 初三 = grade 9)
        String[] firstDays = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        for (int k = 0; k < firstDays.length; k++) {
            // 初一 .. 初三 are also school grades; 初四 .. 初十 are only days (初十、十五将举办棋赛)
            l.add(new Entry("初" + firstDays[k], Kind.LUNAR_DAY, k, U, null, null, k < 3));
        }
        add(l, Kind.NEW_YEAR, U, U, null, null, false, "新年", "新岁");
        rel(l, Kind.CENTURY_REL, 0, "本世纪", "这个世纪", "当今世纪");
        rel(l, Kind.CENTURY_REL, -1, "上世纪", "上个世纪", "上一世纪");
        rel(l, Kind.CENTURY_REL, 1, "下世纪", "下个世纪", "下一世纪", "下一个世纪");
        value(l, DateValues.PRESENT, false, "目前", "当前", "如今", "眼下", "当下", "时下", "现阶段", "当今", "而今",
                "现今", "此刻", "此时", "今时今日");
        value(l, DateValues.PRESENT, true, "现在", "近期", "这时", "这个时候", "近来", "今朝", "现如今", "眼前", "现时");
        value(l, DateValues.PAST, false, "近年来", "近年", "近些年", "近些年来", "近几年", "近几年来", "这些年",
                "这些年来", "多年来", "几年来", "数年来", "历年来", "最近", "近日", "日前", "前不久", "不久前", "此前",
                "前些年", "前些日子", "早些时候", "昔日", "往年", "以往", "早年", "前几年", "前两年",
                "前段时间", "前一段时间", "前一阵", "近一时期", "近一个时期", "多年以来");
        value(l, DateValues.PAST, false, "之前", "以前");
        value(l, DateValues.PAST, true, "过去", "当时", "那时", "彼时", "从前", "后来", "当年",
                "往日", "往昔", "此后", "其后", "刚才", "方才", "古代", "近代", "古时", "历史上", "那年", "那一年", "先前", "起初", "当初",
                "最初", "早先", "旧时", "初时", "那阵子", "那会儿", "远古", "上古");
        value(l, DateValues.FUTURE, false, "今后", "未来", "将来", "日后", "往后", "今後", "明后年");
        value(l, DateValues.FUTURE, true, "以后", "届时", "不久", "之后", "后期");
        value(l, "2012/2022", false, "新时代十年", "新时代的十年", "新时代这十年");
        l.add(new Entry("年前", Kind.TURN, U, U, null, null, true));
        // named days by their numbers, where the segmenter reads a time word (去年“七一”前夕, “五四”以来)
        obsTime(l, 7, 1, "七一");
        obsTime(l, 5, 1, "五一");
        obsTime(l, 3, 8, "三八", "三八节");
        obsTime(l, 5, 4, "五四");
        obsTime(l, 6, 1, "六一");
        // not 八一: it names the army's teams, studios and factories far more often than the day (八一女排)
        // dynasties, where the segmenter reads a time word (明代, 清朝, 明清时期); years from the standard chronology
        // (the early ones as dated by the Xia-Shang-Zhou Chronology Project)
        String[][] dynasties = {{"BC2070/BC1600", "夏朝", "夏代"}, {"BC1600/BC1046", "商朝", "商代", "殷商"},
                {"BC1046/BC0771", "西周"}, {"BC0770/BC0256", "东周"}, {"BC1046/BC0256", "周朝", "周代"},
                {"BC0475/BC0221", "战国"}, {"BC0221/BC0207", "秦朝", "秦代"}, {"BC0202/0220", "汉朝", "汉代"},
                {"BC0202/0008", "西汉"}, {"0025/0220", "东汉"}, {"0266/0420", "晋朝", "晋代"}, {"0266/0316", "西晋"},
                {"0317/0420", "东晋"}, {"0420/0589", "南北朝"}, {"0581/0618", "隋朝", "隋代"},
                {"0618/0907", "唐朝", "唐代"}, {"0907/0960", "五代"}, {"0960/1279", "宋朝", "宋代"},
                {"0960/1127", "北宋"}, {"1127/1279", "南宋"}, {"1271/1368", "元朝", "元代"},
                {"1368/1644", "明朝", "明代"}, {"1644/1912", "清朝", "清代"}, {"BC0221/0220", "秦汉"},
                {"0581/0907", "隋唐"}, {"0618/1279", "唐宋"}, {"0960/1368", "宋元"}, {"1271/1644", "元明"},
                {"1368/1912", "明清"}, {"BC1600/BC0256", "商周"}, {"BC2070/BC0256", "夏商周"},
                {"0220/0280", "三国"}, {"0222/0589", "六朝"}, {"BC0770/BC0476", "春秋"}, {"BC2070/BC0221", "先秦"},
                {"BC0770/BC0221", "春秋战国"}, {"1912/1949", "民国"}, {"0476/1453", "中世纪"}};
        for (String[] d : dynasties) {
            for (int k = 1; k < d.length; k++) {
                l.add(new Entry(d[k], Kind.VALUE, U, U, d[0], null, true));
            }
        }
        // the beginning and the end of a dynasty (明初, 清末): the first or last year of its span above, as the
        // guideline reads the end of a period ("十四五"末 = 2025); 民初 is the early Republic
        String[][] edges = {{"BC0202", "0220", "汉"}, {"0618", "0907", "唐"}, {"0960", "1279", "宋"},
                {"1271", "1368", "元"}, {"1368", "1644", "明"}, {"1644", "1912", "清"}};
        for (String[] d : edges) {
            value(l, d[0], false, d[2] + "初");
            value(l, d[1], false, d[2] + "末");
        }
        value(l, "1912", false, "民初");
        // the targeted poverty campaign from its launch (2013) to its completion (2020)
        value(l, "2013/2020", false, "脱贫攻坚期");
    }

    /** Adds one entry per word, all with the same kind and fields. */
    private static void add(List<Entry> l, Kind k, int a, int b, String s, Observance o, boolean needsTime,
            String... words) {
        for (String w : words) {
            l.add(new Entry(w, k, a, b, s, o, needsTime));
        }
    }

    private static void rel(List<Entry> l, Kind k, int off, String... words) {
        add(l, k, off, U, null, null, false, words);
    }

    private static void anaphoric(List<Entry> l, Kind k, int off, String part, String... words) {
        add(l, k, off, 1, part, null, false, words);
    }

    private static void anaphoricYear(List<Entry> l, int off, int needsAnchor, String... words) {
        for (String w : words) {
            l.add(new Entry(w, Kind.YEAR_ANA, off, needsAnchor, null, null, "当年".equals(w) || "那年".equals(w)));
        }
    }

    private static void dayPart(List<Entry> l, int off, String part, String... words) {
        add(l, Kind.DAY_REL, off, U, part, null, false, words);
    }

    private static void part(List<Entry> l, String code, String... words) {
        add(l, Kind.PART, U, U, code, null, false, words);
    }

    private static void sub(List<Entry> l, String code, String... words) {
        add(l, Kind.SUB, U, U, code, null, false, words);
    }

    private static void edge(List<Entry> l, int month, String... words) {
        add(l, Kind.YEAR_EDGE, U, month, null, null, false, words);
    }

    private static void season(List<Entry> l, String code, int yearOff, String... words) {
        add(l, Kind.SEASON, yearOff, U, code, null, false, words);
    }

    private static void obs(List<Entry> l, int month, int day, String... words) {
        obsOf(l, Observance.fixed(month, day, 0), words);
    }

    private static void obsOf(List<Entry> l, Observance o, String... words) {
        add(l, Kind.OBS, U, U, null, o, false, words);
    }

    private static void obsTime(List<Entry> l, int month, int day, String... words) {
        add(l, Kind.OBS, U, U, null, Observance.fixed(month, day, 0), true, words);
    }

    private static void lunar(List<Entry> l, int which, String... words) {
        obsOf(l, Observance.lunar(which), words);
    }

    private static void value(List<Entry> l, String v, boolean needsTime, String... words) {
        add(l, Kind.VALUE, U, U, v, null, needsTime, words);
    }

    @Override
    public String toString() {
        return "DateLexicon" + Arrays.stream(byFirst).filter(a -> a != null).mapToInt(a -> a.length).sum();
    }
}
