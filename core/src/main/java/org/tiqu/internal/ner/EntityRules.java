package org.tiqu.internal.ner;

import org.tiqu.internal.text.CharSet;
import org.tiqu.EntityType;
import org.tiqu.internal.recognize.Mention;
import org.tiqu.internal.text.Chars;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Grammar and lexicon rules applied on top of the tagger's mentions (all in cleaned-text coordinates):
 * <ul>
 *   <li>organisations composed of known parts and a suffix: 昌吉州党委, 兵团第六师, 兵团第六师五家渠市党委, and
 *       well-known bodies by name or abbreviation (北约, 全国人大);</li>
 *   <li>place names from the lexicon of real-world places where the tagger proposed nothing of another type;</li>
 *   <li>person names after a title (州长郑敏, 记者孙学良报道) and in 、-lists with a recognized name;</li>
 *   <li>a person name that is a fragment of a place or organisation name is dropped (察布查尔锡伯自治县 does not give
 *       查尔锡, 第四师可克达拉市 does not give 师可).</li>
 * </ul>
 * Stateless; every method is a pure function of its arguments.
 */
final class EntityRules {
    private EntityRules() {
    }

    /** Suffixes that make an organisation out of a place or organisation name directly before them. */
    static final Set<String> GOV_SUFFIXES = Set.of("党委", "党组", "纪委", "政府", "人民政府", "人大", "人大常委会",
            "政协", "委员会", "管委会", "公安局", "法院", "人民法院", "中级人民法院", "高级人民法院", "检察院", "人民检察院",
            "军区", "团委", "妇联", "总工会", "工会", "工商联", "科协", "党校", "市委", "县委", "州委", "区委", "省委",
            "师委", "团党委", "人民代表大会", "常委会", "政法委", "宣传部", "组织部", "统战部", "办公厅", "办公室",
            // the party's working committees for a level's own organs (自治区直属机关工委, 伊犁州直机关工委: 直 for 直属)
            // and for zones (新区党工委)
            "工委", "党工委", "机关工委", "机关党委", "直属机关工委", "直属机关党工委", "直属机关党委", "直机关工委",
            "直机关党工委", "直机关党委",
            // the weather service's forecasters of a province, prefecture or city (自治区气象台, 上海市中心气象台)
            "气象台", "中心气象台");

    /**
     * Working departments of a provincial, city, county or XPCC government, by their standard names and the short forms
     * news uses (general knowledge: the departments before and after the reforms of 2018): after a place or a level
     * word they name one body (五家渠市|人力资源和社会保障局, 自治区|发展和改革委员会, 乌鲁木齐市|投资促进局, 深圳市|投资推广署).
     * Each stem is a department as 厅 (province) and 局 (city, county, division); the 委员会 and 办公室 bodies are
     * listed whole.
     */
    static final Set<String> DEPARTMENTS = departments();

    private static Set<String> departments() {
        Set<String> out = new java.util.HashSet<>();
        for (String stem : ("公安 教育 财政 民政 司法 科学技术 科技 工业和信息化 工信 人力资源和社会保障 人社 自然资源 "
                + "自然资源和规划 国土资源 生态环境 环境保护 环保 住房和城乡建设 住建 交通运输 交通 水利 水务 农业农村 农业 "
                + "林业 商务 文化和旅游 文旅 文化体育广电和旅游 文体广旅 文化广电和旅游 文化广电旅游 文化 旅游 卫生 "
                + "退役军人事务 应急管理 审计 统计 体育 广播电视 林业和草原 林草 粮食和物资储备 粮食 市场监督管理 "
                + "市场监管 医疗保障 医保 机关事务管理 地方金融监督管理 乡村振兴 药品监督管理 知识产权 数据 大数据 "
                + "信访 民族宗教事务 外事 人事 劳动和社会保障 劳动 监察 建设 规划 城市管理 城市管理综合执法 行政审批 "
                + "政务服务和数据管理 工商行政管理 工商 质量技术监督 食品药品监督管理 安全生产监督管理 物价 税务 气象 "
                + "人民防空 档案 招商 畜牧兽医 畜牧 扶贫开发 住房城乡建设 人力资源社会保障 发展和改革 发展改革 发改 民族宗教 "
                + "民宗 政务服务 能源 文化体育广播电视和旅游 文化广播电视和旅游 文化广电体育和旅游 文化体育和旅游 "
                + "文化广电新闻出版 新闻出版广电 投资促进 投资推广 经济合作 经济协作 口岸管理 "
                // short forms news uses (自治区药监局, 州应急局, 县退役军人局)
                + "药监 应急 退役军人 机关事务 粮食和储备 国资 金融监管 地方金融").split(" ")) {
            out.add(stem + "厅");
            out.add(stem + "局");
        }
        out.addAll(List.of(("发展和改革委员会 发展改革委员会 发展改革委 发改委 卫生健康委员会 卫生健康委 卫健委 卫生和计划生育委员会 卫计委 "
                + "人口和计划生育委员会 计划生育委员会 计生委 民族事务委员会 民族宗教事务委员会 民宗委 教育委员会 教委 "
                + "科学技术委员会 科委 国有资产监督管理委员会 国资委 经济和信息化委员会 经信委 工业和信息化委员会 工信委 "
                + "住房和城乡建设委员会 住建委 建设委员会 建委 计划委员会 计委 经济委员会 经委 体育委员会 体委 农业委员会 "
                + "农委 交通委员会 交委 商务委员会 商委 规划委员会 机构编制委员会办公室 编办 外事办公室 外办 "
                + "侨务办公室 侨办 台湾事务办公室 台办 金融工作办公室 金融办 人民防空办公室 人防办 扶贫开发办公室 扶贫办 "
                + "网信办 政策研究室 参事室 公安局 国家安全厅 国家安全局 融媒体中心 投资推广署 国防动员办公室 口岸办公室 "
                + "口岸办 经济协作办公室 协作办").split(" ")));
        return Set.copyOf(out);
    }

    /** Words that may follow a person's name directly. */
    private static final String[] AFTER_NAME = {"报道", "摄", "等", "同志", "一同", "一行", "说", "表示", "指出", "强调",
            "认为", "介绍", "来到", "主持", "出席", "参加", "会见", "签订", "陪同", "率", "在", "和", "与", "及", "为",
            "是", "对", "向", "也", "还", "又", "都", "代表", "讲话", "致辞", "宣布", "告诉", "回答", "要求", "提出",
            "希望", "看望", "慰问", "视察", "调研", "考察", "会见", "接见", "听取", "举行", "举办", "通报", "汇报", "发言",
            "带领", "率领", "部署", "作了"};

    /**
     * @param c        folded cleaned text
     * @param cut      cut[i]: a word boundary of the segmentation lies at offset i (length c.length + 1)
     * @param notName  notName[i]: the word at i is a verb, numeral or function word (never inside a company name)
     * @param brand    brand[i]: end of the proper noun (POS nz/nx: 步长, 索尼, ＴＣＬ) that starts at i, else 0
     * @param hits     every lexicon match in c as {begin, end, categories}
     * @param mentions the tagger's mentions; rule mentions are added, fragments removed
     */
    static void apply(char[] c, boolean[] cut, boolean[] notName, int[] brand, NerLexicon lex, List<int[]> hits,
                      List<Mention> mentions) {
        apply(c, cut, notName, brand, lex, hits, new HitIndex(hits, c.length), mentions);
    }

    /** As above, with the hits already indexed by start ({@code byStart}, built once per text by the caller). */
    static void apply(char[] c, boolean[] cut, boolean[] notName, int[] brand, NerLexicon lex, List<int[]> hits,
                      HitIndex byStart, List<Mention> mentions) {
        // every rule below is linear in the text (or n log n): hits and mentions are looked up through position
        // indexes, never by scanning all of them per hit or mention (huge entity-dense documents)
        titleClosers(c, mentions);
        unitFragments(c, mentions);
        knownPlaceStarts(c, cut, byStart, mentions);
        knownPlaceEnds(c, cut, byStart, mentions);
        placesCutShort(c, cut, byStart, mentions);
        trimPlaces(c, cut, lex, mentions);
        websites(c, cut, mentions);
        bodiesTaggedAsPlaces(c, cut, mentions);
        dropNonPlaceWords(c, mentions);
        dropCommonWordPlaces(c, byStart, mentions);
        subordinateBodies(c, cut, lex, mentions);
        meetingsAsOrganisations(c, lex, mentions);
        organisationWordStarts(c, cut, notName, lex, mentions);
        headlessOrganisations(c, lex, byStart, mentions);
        commonTails(c, cut, lex, byStart, mentions);
        splitPlaces(c, lex, byStart, mentions);
        reservePlaces(c, mentions); // after splitPlaces, which would cut a reserve into its place and kind
        placeOrganisations(c, cut, notName, lex, mentions);
        brandCompanies(c, cut, notName, brand, mentions);
        extendCompanies(c, notName, byStart, mentions);
        registeredCompanies(c, cut, notName, byStart, mentions);
        closeParentheses(c, notName, mentions);
        latinHeads(c, mentions);
        numberedUnits(c, cut, mentions);
        numeralUnits(c, cut, notName, mentions);
        trimPersons(c, lex, mentions);
        extendPersons(c, cut, notName, lex, mentions);
        trimDots(c, mentions);
        trimOrganisationTails(c, cut, notName, lex, mentions);
        trimTitleTails(c, cut, lex, byStart, mentions);
        plannedSites(c, cut, notName, lex, mentions);
        mentions.removeIf(m -> m.type() == EntityType.PERSON && m.priority() < Mention.Priority.RULE
                && (Words.common(new String(c, m.start(), m.length())) || reduplicated(c, m)));
        List<Mention> added = new ArrayList<>();
        organisations(c, cut, notName, lex, hits, mentions, added);
        Overlaps persons = new Overlaps(c.length, mentions, m -> m.type() == EntityType.PERSON);
        places(c, cut, hits, mentions, persons, added);
        persons(c, cut, notName, lex, hits, persons, added);
        familiarNames(c, cut, notName, lex, persons, added);
        java.util.Set<Long> pairs = abbreviations(c, cut, notName, lex, added);
        dottedNames(c, persons, added);
        // 西山农牧场, a farm the lexicon knows as a place (People's Daily tags a named farm ns), tagged an organisation
        // in a list of units: a place, not also an organisation
        giveWay(added, EntityType.PLACE, EntityType.ORGANIZATION, mentions);
        if (!pairs.isEmpty()) { // 中欧|班列: China and Europe, not the tagger's Central Europe
            mentions.removeIf(m -> m.type() == EntityType.PLACE && m.priority() < Mention.Priority.RULE
                    && pairs.contains(span(m.start(), m.end())));
        }
        mentions.addAll(added);
        orgChains(c, cut, notName, lex, byStart, mentions);
        pairedAssistanceBodies(c, mentions);
        bracketedSeatBodies(c, cut, mentions);
        jointCommissions(c, mentions);
        seatedCompanies(c, cut, mentions);
        eventCommittees(c, cut, notName, mentions);
        sponsoredTeams(c, cut, notName, mentions);
        teamsAroundScores(c, cut, notName, mentions);
        placeSuffixes(c, cut, mentions);
        ownerAbbreviations(c, cut, notName, lex, mentions);
        prefixedUnits(c, cut, notName, mentions);
        headedPlaceOrganisations(c, cut, brand, lex, byStart, mentions);
        stationedOffices(c, cut, mentions);
        regionalOffices(c, cut, lex, byStart, mentions);
        embassies(c, cut, mentions);
        unownedOffices(c, cut, byStart, mentions);
        placeAssociations(c, cut, mentions);
        inspectionTeams(c, mentions);
        numberedCongresses(c, mentions);
        Overlaps ruleOrgs = new Overlaps(c.length, mentions,
                m -> m.type() == EntityType.ORGANIZATION && m.priority() == Mention.Priority.RULE);
        boolean[] personEnd = new boolean[c.length + 1];
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON) {
                personEnd[m.end()] = true;
            }
        }
        foreignNamesOverKnownNames(c, byStart, mentions);
        mentions.removeIf(m -> m.type() == EntityType.PERSON && fragment(m, byStart, ruleOrgs)
                && !joinedToPerson(c, m, personEnd));
        mentions.removeIf(m -> m.type() == EntityType.PLACE && m.priority() < Mention.Priority.RULE
                && insideKnownOrganisation(m, byStart));
        venues(c, cut, byStart, mentions);
        knownNameStarts(c, cut, byStart, mentions); // and the rules' own
        definedAliases(c, mentions);
        townsAfterUnits(c, cut, byStart, mentions);
        higherDivisionsBefore(c, mentions);
        propagate(c, cut, mentions);
        // 东盟 is an organisation, not also a place
        giveWay(added, EntityType.ORGANIZATION, EntityType.PLACE, mentions);
        mentions.removeIf(m -> m.type() == EntityType.PLACE && byline(c, m));
        abbreviationsInsideCompanies(c, mentions);
        freeTradeZones(c, mentions);
        datelinePlaces(c, byStart, mentions);
        newsSiteDatelines(c, cut, byStart, mentions);
        placeZones(c, mentions);
    }

    /** Words for a development or bonded zone, named by the place before them (准东|经济技术开发区). */
    private static final String[] ZONE_WORDS = {"经济技术开发区", "高新技术产业开发区", "高新技术开发区", "经济开发区",
            "开发区", "高新区", "综合保税区", "保税区", "工业园区", "产业园区", "农业科技园区"};

    /**
     * A development zone word is no place by itself: where the tagger gave a PLACE and, right after it, the generic
     * PLACE of one of {@link #ZONE_WORDS} (准东|经济技术开发区), the two are one PLACE, as People's Daily writes
     * [北京/ns 经济/n 技术/n 开发区/n]ns. Where only the place was tagged, it stays alone, as People's Daily writes it
     * as often (广州/ns 开发区/n: a version that grew such places over the zone word changed five People's Daily
     * places, all against the gold).
     */
    static void placeZones(char[] c, List<Mention> mentions) {
        Mention[] placeByEnd = null; // built at the first zone word: most texts have none
        java.util.Set<Mention> joined = null;
        List<Mention> zones = null;
        for (Mention z : mentions) {
            if (z.type() != EntityType.PLACE || z.priority() >= Mention.Priority.RULE || !isZoneWord(c, z)) {
                continue;
            }
            if (placeByEnd == null) {
                placeByEnd = longest(c.length, mentions, true, m -> m.type() == EntityType.PLACE);
                joined = new java.util.HashSet<>();
                zones = new ArrayList<>();
            }
            Mention place = placeByEnd[z.start()];
            if (place != null) {
                joined.add(place);
                joined.add(z);
                zones.add(new Mention(EntityType.PLACE, place.start(), z.end(), null, Mention.Priority.RULE));
            }
        }
        if (zones != null && !zones.isEmpty()) {
            mentions.removeIf(joined::contains);
            mentions.addAll(zones);
        }
    }

    private static boolean isZoneWord(char[] c, Mention m) {
        for (String w : ZONE_WORDS) {
            if (m.length() == w.length() && startsWith(c, m.start(), w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A news site's dateline (天山网讯, 新华网讯): the segmenter reads 天山|网讯 and the tagger a place (天山, or 新华网 as a
     * place), where the lexicon knows the site (天山网) as an organisation. The site before 讯 at a word start is that
     * organisation, and no other name lies over the site or its 讯.
     */
    static void newsSiteDatelines(char[] c, boolean[] cut, HitIndex hits, List<Mention> mentions) {
        int n = c.length;
        List<int[]> sites = null;
        for (int p = 2; p + 1 < n; p++) {
            if (c[p] != '网' || c[p + 1] != '讯') {
                continue;
            }
            for (int s = Math.max(0, p - 6); s < p; s++) {
                if (!cut[s]) {
                    continue;
                }
                boolean known = false;
                for (int x = hits.from(s); x < hits.to(s); x++) {
                    int[] h = hits.get(x);
                    known |= h[1] == p + 1 && (h[2] & NerLexicon.ORG) != 0;
                }
                if (known) {
                    if (sites == null) {
                        sites = new ArrayList<>();
                    }
                    sites.add(new int[]{s, p + 1});
                    break;
                }
            }
        }
        if (sites == null) {
            return;
        }
        boolean[] inSite = new boolean[n + 1]; // the site's chars and its 讯
        for (int[] site : sites) {
            java.util.Arrays.fill(inSite, site[0], site[1] + 1, true);
        }
        mentions.removeIf(m -> inSite[m.start()] || inSite[m.end() - 1]);
        for (int[] site : sites) {
            mentions.add(new Mention(EntityType.ORGANIZATION, site[0], site[1], null, Mention.Priority.RULE));
        }
    }

    /** Heads of a free-trade zone's or port's name. */
    private static final String[] FREE_TRADE_HEADS = {"自由贸易试验区", "自由贸易港", "自贸试验区", "自贸区", "自贸港"};

    /**
     * A free-trade zone is a place, as the guideline counts areas named for a strategy (粤港澳大湾区): a place and a
     * free-trade head (海南|自由贸易港), or 中国 and the place in brackets before it (中国（新疆）自由贸易试验区), with the
     * area of the zone after it that ends in 片区 (乌鲁木齐片区, 临港新片区).
     */
    static void freeTradeZones(char[] c, List<Mention> mentions) {
        int n = c.length;
        List<int[]> heads = null;
        for (int p = 0; p + 3 <= n; p++) {
            if (c[p] == '自' && (c[p + 1] == '由' || c[p + 1] == '贸')) {
                for (String h : FREE_TRADE_HEADS) {
                    if (startsWith(c, p, h)) {
                        if (heads == null) {
                            heads = new ArrayList<>();
                        }
                        heads.add(new int[]{p, p + h.length()});
                        break;
                    }
                }
            }
        }
        if (heads == null) {
            return;
        }
        Mention[] placeByEnd = longest(n, mentions, true, m -> m.type() == EntityType.PLACE);
        for (int[] h : heads) {
            int b = h[0], start = -1;
            if (b >= 5 && c[b - 1] == ')' && placeByEnd[b - 1] != null) {
                int open = placeByEnd[b - 1].start() - 1; // 中国(新疆)|自由贸易试验区
                if (open >= 2 && c[open] == '(' && startsWith(c, open - 2, "中国")) {
                    start = open - 2;
                }
            } else if (placeByEnd[b] != null) {
                start = placeByEnd[b].start(); // 海南|自由贸易港
            }
            if (start < 0) {
                continue;
            }
            int end = h[1];
            for (int j = end + 1; j <= n && j - end <= 8 && isHan(c[j - 1]); j++) {
                if (j - end >= 3 && c[j - 2] == '片' && c[j - 1] == '区') {
                    end = j; // 乌鲁木齐片区, 临港新片区
                    break;
                }
            }
            mentions.add(new Mention(EntityType.PLACE, start, end, null, Mention.Priority.RULE));
        }
    }

    /** Sources that open a dateline: 本报北京1月5日讯, 新华社乌鲁木齐8月15日电. */
    private static final String[] DATELINE_SOURCES = {"本报", "新华社", "中新社", "中新网"};

    /** Chars a dateline's date is written with, between its place and 讯 or 电 (digits fold to 0). */
    private static final String DATELINE_DATE = "0〇一二三四五六七八九十月日";

    /**
     * The place of a dateline is the lexicon's place right after its source, before its date and 讯 or 电 (本报五家渠讯,
     * 本报石河子8月15日讯, 新华社北京电), whatever the tagger read there (五家渠 missed where the segmenter read 五|家|渠讯;
     * 石河子讯 with the 讯): that PLACE, and no other name inside the dateline.
     */
    static void datelinePlaces(char[] c, HitIndex hits, List<Mention> mentions) {
        int n = c.length;
        List<int[]> lines = null; // [source end, place end, dateline end]
        for (int p = 0; p + 2 < n; p++) {
            if ((c[p] != '本' && c[p] != '新' && c[p] != '中') || !startsWithAny(c, p, DATELINE_SOURCES)) {
                continue;
            }
            int q = p + (c[p] == '本' ? 2 : 3);
            int e = 0;
            for (int k = hits.from(q); k < hits.to(q); k++) {
                int[] h = hits.get(k);
                if ((h[2] & NerLexicon.PLACE) != 0 && h[1] > e) {
                    e = h[1];
                }
            }
            int d = e;
            while (e > 0 && d < n && d - e < 10 && DATELINE_DATE.indexOf(c[d]) >= 0) {
                d++;
            }
            if (e > 0 && d < n && (c[d] == '讯' || c[d] == '电')) {
                if (lines == null) {
                    lines = new ArrayList<>();
                }
                lines.add(new int[]{q, e, d + 1});
            }
        }
        if (lines == null) {
            return;
        }
        boolean[] inside = new boolean[n + 1]; // chars of a dateline's place, date and 讯/电
        for (int[] l : lines) {
            java.util.Arrays.fill(inside, l[0], l[2], true);
        }
        mentions.removeIf(m -> m.type() != EntityType.ORGANIZATION && inside[m.start()] && inside[m.end() - 1]
                && m.priority() < Mention.Priority.USER_LEXICON);
        for (int[] l : lines) {
            mentions.add(new Mention(EntityType.PLACE, l[0], l[1], null, Mention.Priority.RULE));
        }
    }

    /** What a province or city does for the region it is paired with: 对口支援 (paired assistance) and its variants. */
    private static final String[] PAIRED_ASSISTANCE = {"对口支援", "对口援助", "对口帮扶"};

    /**
     * The body a province or city keeps in the region it is paired with is named after both: 广东省|对口支援|新疆工作
     * 前方指挥部, 北京市|对口支援|和田指挥部. Where an organisation starts right after 对口支援 (or 对口援助, 对口帮扶)
     * and a place ends right before it, the organisation starts at that place.
     */
    static void pairedAssistanceBodies(char[] c, List<Mention> mentions) {
        Mention[] placeByEnd = null; // built at the first candidate
        List<Mention> added = null;
        for (Mention m : mentions) {
            int s = m.start() - 4;
            if (m.type() != EntityType.ORGANIZATION || s < 1 || c[s] != '对'
                    || !startsWithAny(c, s, PAIRED_ASSISTANCE)) {
                continue;
            }
            if (placeByEnd == null) {
                placeByEnd = longest(c.length, mentions, true, p -> p.type() == EntityType.PLACE);
            }
            if (placeByEnd[s] != null) {
                if (added == null) {
                    added = new ArrayList<>();
                }
                added.add(new Mention(EntityType.ORGANIZATION, placeByEnd[s].start(), m.end(), null,
                        Mention.Priority.RULE));
            }
        }
        if (added != null) {
            mentions.addAll(added);
        }
    }

    /** Bodies of a zone or division that shares its government with a district (党工委 and 管委会 of a zone). */
    private static final String[] SHARED_BODIES = {"党工委", "管委会", "人民政府", "人大常委会", "党委", "政府", "纪工委"};

    /**
     * A development zone that shares its government with the district that hosts it is named with that district in
     * brackets before its bodies: 乌鲁木齐经济技术开发区（头屯河区）党工委, 乌鲁木齐高新技术产业开发区（新市区）管委会. Where
     * a PLACE or ORGANIZATION mention ends right before a bracket that holds exactly a PLACE mention, and one of
     * {@link #SHARED_BODIES} follows the closing bracket as a word, the whole is one organisation (the places nest).
     */
    static void bracketedSeatBodies(char[] c, boolean[] cut, List<Mention> mentions) {
        Mention[] headByEnd = null; // built at the first bracketed place
        List<Mention> added = null;
        for (Mention m : mentions) {
            int open = m.start() - 1;
            if (m.type() != EntityType.PLACE || open < 1 || m.end() + 1 >= c.length || c[open] != '('
                    || c[m.end()] != ')') {
                continue;
            }
            int end = listedWordEnd(c, cut, m.end() + 1, SHARED_BODIES);
            if (end == 0) {
                continue;
            }
            if (headByEnd == null) {
                headByEnd = longest(c.length, mentions, true,
                        o -> o.type() == EntityType.PLACE || o.type() == EntityType.ORGANIZATION);
            }
            if (headByEnd[open] != null) {
                if (added == null) {
                    added = new ArrayList<>();
                }
                added.add(new Mention(EntityType.ORGANIZATION, headByEnd[open].start(), end, null,
                        Mention.Priority.RULE));
            }
        }
        if (added != null) {
            mentions.addAll(added);
        }
    }

    /**
     * A township of the lexicon (a 镇 or 乡 of three chars or more) that is one word of the segmenter right after a
     * place or unit mention is a place, whatever part of speech the segmenter gave it: 一四三团|花园镇 (花园镇/n),
     * 石河子市|北泉镇, as a township after its county is; also inside an organisation (墨玉县|萨依巴格乡|党委: the place
     * nests in it), not inside any other mention.
     */
    static void townsAfterUnits(char[] c, boolean[] cut, HitIndex hits, List<Mention> mentions) {
        boolean[] ends = null; // built at the first township, with taken: most texts name none
        Overlaps taken = null;
        List<Mention> found = null;
        int n = c.length;
        for (int k = hits.from(0); k < hits.to(n); k++) {
            int[] h = hits.get(k);
            int b = h[0], e = h[1];
            if ((h[2] & NerLexicon.TOWN) == 0 || e - b < 3 || (c[e - 1] != '镇' && c[e - 1] != '乡') || !cut[b] || !cut[e]
                    || b == 0) {
                continue;
            }
            if (ends == null) {
                ends = new boolean[n + 1];
                for (Mention m : mentions) {
                    ends[m.end()] |= m.type() != EntityType.PERSON;
                }
                taken = new Overlaps(n, mentions, m -> m.type() != EntityType.ORGANIZATION);
            }
            if (!ends[b] || taken.any(b, e)) {
                continue;
            }
            if (found == null) {
                found = new ArrayList<>();
            }
            found.add(new Mention(EntityType.PLACE, b, e, null, Mention.Priority.RULE));
        }
        if (found != null) {
            mentions.addAll(found);
        }
    }

    /** Last chars of divisions above a district or county (乌鲁木齐市, 昌吉州, 阿克苏地区, 新疆维吾尔自治区). */
    private static final String HIGHER_DIVISION_ENDS = "省市州区盟";
    /** Last chars of divisions at or below a county (米东区, 木垒县, 古牧地镇, 花园乡, 东工村). */
    private static final String LOWER_DIVISION_ENDS = "区县旗镇乡村";

    /**
     * An organisation that starts with a district, county or township right after the place above it takes that place
     * in (乌鲁木齐市|米东区古牧地镇东工村党支部, as 昌吉市六工镇十三户村党支部 is read whole; People's Daily brackets
     * [北京市/ns 海淀区/ns 人民法院/n]nt), over a chain of such places.
     */
    static void higherDivisionsBefore(char[] c, List<Mention> mentions) {
        Mention[] ending = null, starting = null; // the longest place mention ending / starting at each offset
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() != EntityType.ORGANIZATION || m.start() == 0) {
                continue;
            }
            if (ending == null) {
                ending = longest(c.length, mentions, true, p -> p.type() == EntityType.PLACE);
                starting = longest(c.length, mentions, false, p -> p.type() == EntityType.PLACE);
            }
            Mention head = starting[m.start()]; // the place the organisation starts with
            if (head == null || head.end() >= m.end() || LOWER_DIVISION_ENDS.indexOf(c[head.end() - 1]) < 0) {
                continue;
            }
            int start = m.start();
            for (int steps = 0; steps < 4; steps++) {
                Mention before = ending[start];
                if (before == null || before.length() < 2 || HIGHER_DIVISION_ENDS.indexOf(c[before.end() - 1]) < 0) {
                    break;
                }
                start = before.start();
            }
            if (start < m.start()) {
                mentions.set(k, new Mention(m.type(), start, m.end(), m.value(), m.priority()));
            }
        }
    }

    /** Words that open a short name defined in brackets after a name: （以下简称“信发铝业”）, （简称热科院）. */
    private static final String[] ALIAS_CUES = {"以下简称为", "以下简称", "以下称为", "以下称", "下称", "简称为", "简称",
            "英文简称", "英文缩写", "缩写为", "缩写"};
    /** Longest alias taken, in chars. */
    private static final int MAX_ALIAS = 12;

    /**
     * A short name defined in brackets right after an organisation or place is that entity too:
     * 新疆信发铝业有限公司（以下简称“信发铝业”）, 中国远洋运输（集团）总公司（简称中远集团）, 热带农业科学院、
     * 华南热带农业大学（简称热科院、热农大）, and a Latin acronym alone in the brackets (世界卫生组织（WHO）); then
     * {@link #propagate} finds it again further on. A Han alias must take its chars in order from the name (an
     * abbreviation does; 甲方, 本公司 do not) and not be an ordinary word (公司, 集团).
     */
    static void definedAliases(char[] c, List<Mention> mentions) {
        List<Mention> found = null;
        Mention[] byEnd = null; // the longest organisation or place ending at each offset, built when first needed
        for (int k = 0, size = mentions.size(); k < size; k++) {
            Mention m = mentions.get(k);
            int at = m.end();
            if ((m.type() != EntityType.ORGANIZATION && m.type() != EntityType.PLACE) || at >= c.length
                    || c[at] != '(') { // folded: （ is (
                continue;
            }
            int p = at + 1;
            boolean cued = false;
            for (String cue : ALIAS_CUES) {
                if (startsWith(c, p, cue)) {
                    p += cue.length();
                    cued = true;
                    break;
                }
            }
            if (cued && p < c.length && c[p] == ':') { // folded: ： is :
                p++;
            }
            int names = 0;
            while (p < c.length && names < 4) {
                boolean quoted = c[p] == '“' || c[p] == '「' || c[p] == '『' || c[p] == '"';
                int b = quoted ? p + 1 : p, e = b;
                while (e < c.length && e - b <= MAX_ALIAS && aliasChar(c[e])) {
                    e++;
                }
                if (e == b || e - b > MAX_ALIAS) {
                    break;
                }
                if (quoted) {
                    if (e >= c.length || !(c[e] == '”' || c[e] == '」' || c[e] == '』' || c[e] == '"')) {
                        break;
                    }
                    e++;
                }
                int end = quoted ? e - 1 : e;
                if (e >= c.length || (c[e] != ')' && c[e] != '、' && c[e] != ',' && c[e] != '，')) {
                    break;
                }
                Mention owner = null;
                if (cued || latinOnly(c, b, end)) {
                    if (alias(c, m, b, end)) {
                        owner = m;
                    } else if (m.start() > 0 && c[m.start() - 1] == '、') {
                        if (byEnd == null) {
                            byEnd = longest(c.length, mentions, true, o -> o.type() == EntityType.ORGANIZATION
                                    || o.type() == EntityType.PLACE);
                        }
                        owner = listedOwner(c, byEnd, m, b, end);
                    }
                }
                if (owner != null) {
                    if (found == null) {
                        found = new ArrayList<>();
                    }
                    found.add(new Mention(owner.type(), b, end, null, Mention.Priority.RULE));
                }
                names++;
                if (c[e] == ')' || !cued) {
                    break;
                }
                p = e + 1;
            }
        }
        if (found != null) {
            java.util.Set<Long> spans = new java.util.HashSet<>();
            for (Mention a : found) {
                spans.add(span(a.start(), a.end()));
            }
            mentions.removeIf(m -> spans.contains(span(m.start(), m.end())));
            mentions.addAll(found);
        }
    }

    /**
     * The name of a 、-list before {@code last} (热带农业科学院、华南热带农业大学（简称热科院、热农大）) that
     * {@code c[b, e)} abbreviates, or null. Asked only where an alias was defined and did not fit the last name.
     */
    private static Mention listedOwner(char[] c, Mention[] byEnd, Mention last, int b, int e) {
        Mention next = last;
        for (int n = 0; n < 4 && next.start() > 0 && c[next.start() - 1] == '、'; n++) {
            Mention before = byEnd[next.start() - 1];
            if (before == null) {
                return null;
            }
            if (alias(c, before, b, e)) {
                return before;
            }
            next = before;
        }
        return null;
    }

    /** The longest selected mention ending ({@code byEnd}) or starting at each offset of a text of n chars. */
    static Mention[] longest(int n, List<Mention> mentions, boolean byEnd,
                             java.util.function.Predicate<Mention> selected) {
        Mention[] at = new Mention[n + 1];
        for (Mention o : mentions) {
            int p = byEnd ? o.end() : o.start();
            if (selected.test(o) && (at[p] == null || o.length() > at[p].length())) {
                at[p] = o;
            }
        }
        return at;
    }

    /** Chars of an alias: Han, Latin letters (folded to A), digits (folded to 0), and · of foreign names. */
    private static boolean aliasChar(char ch) {
        return Chars.isHan(ch) || ch == 'A' || ch == '0' || ch == '·' || ch == '&';
    }

    private static boolean latinOnly(char[] c, int b, int e) {
        for (int i = b; i < e; i++) {
            if (c[i] != 'A' && c[i] != '&') {
                return false;
            }
        }
        return e - b >= 2;
    }

    /** Whether {@code c[b, e)} may be a short name of {@code m}: an acronym, or its chars in order from the name. */
    private static boolean alias(char[] c, Mention m, int b, int e) {
        if (e - b < 2) {
            return false;
        }
        if (latinOnly(c, b, e)) {
            return true;
        }
        int from = m.start();
        for (int i = b; i < e; i++) {
            if (!Chars.isHan(c[i])) {
                return false;
            }
            while (from < m.end() && c[from] != c[i]) {
                from++;
            }
            if (from == m.end()) {
                return false;
            }
            from++;
        }
        return e - b < m.length() && !Words.mostlyOrdinary(new String(c, b, e - b));
    }

    /** Longest title in 《》 that names the body after it (《企业管理》杂志社). */
    private static final int MAX_TITLE = 20;

    /**
     * 《企业管理》杂志社 tagged 》杂志社: a mention that starts with a closing title mark starts with the title it closes
     * (People's Daily: [《/w 企业/n 管理/vn 》/w 杂志社/n]nt), when that title opened within {@value #MAX_TITLE} chars
     * without a stop between; else the mark is no part of it, and a mention of nothing more is dropped.
     */
    static void titleClosers(char[] c, List<Mention> mentions) {
        for (int k = mentions.size() - 1; k >= 0; k--) {
            Mention m = mentions.get(k);
            if (c[m.start()] != '》') {
                continue;
            }
            int open = -1;
            for (int p = m.start() - 1; p >= 0 && m.start() - p <= MAX_TITLE; p--) {
                if (c[p] == '《') {
                    open = p;
                    break;
                }
                if (c[p] == '》' || Chars.isSentenceEnd(c[p]) || c[p] == '\n') {
                    break;
                }
            }
            if (open >= 0) {
                mentions.set(k, new Mention(m.type(), open, m.end(), m.value(), m.priority()));
            } else if (m.length() > 2) {
                mentions.set(k, new Mention(m.type(), m.start() + 1, m.end(), m.value(), m.priority()));
            } else {
                mentions.remove(k);
            }
        }
    }

    /**
     * 新疆中泰（集团）有限责任公司 gives no places 中 and 泰: a one-char place (a country's or province's abbreviation)
     * inside a company's name after its start is part of a trade name.
     */
    static void abbreviationsInsideCompanies(char[] c, List<Mention> mentions) {
        boolean[] inside = null;
        for (Mention m : mentions) {
            if (m.type() == EntityType.ORGANIZATION && m.length() > 2 && endsWithAny(c, m.end(), COMPANY)) {
                if (inside == null) {
                    inside = new boolean[c.length];
                }
                java.util.Arrays.fill(inside, m.start() + 1, m.end(), true);
            }
        }
        if (inside != null) {
            boolean[] in = inside;
            mentions.removeIf(m -> m.type() == EntityType.PLACE && m.length() == 1 && in[m.start()]);
        }
    }

    /** Markers that open a byline or a caption line on a newspaper page (◆ 昌平: an author's pen name). */
    private static final String BYLINE_MARKS = "◆◇■□●○▲△★☆";

    /**
     * A line holding nothing but a marker and this name (◆ 昌平) is a byline: an author's name or pen name, not a
     * place, even when a district has that name.
     */
    static boolean byline(char[] c, Mention m) {
        int b = m.start() - 1;
        while (b >= 0 && (c[b] == ' ' || c[b] == '\u3000')) {
            b--;
        }
        if (b < 0 || BYLINE_MARKS.indexOf(c[b]) < 0 || (b > 0 && c[b - 1] != '\n')) {
            return false;
        }
        int e = m.end();
        while (e < c.length && (c[e] == ' ' || c[e] == '\u3000')) {
            e++;
        }
        return e == c.length || c[e] == '\n' || c[e] == '\r';
    }

    private static long span(int start, int end) {
        return (long) start << 32 | end;
    }

    /** The lexicon hits grouped by start offset (counting sort), and the longest hit's length. */
    static final class HitIndex {
        private final int[] first; // hits starting at p: order[first[p] .. first[p + 1])
        private final int[][] order;
        final int maxLength;

        HitIndex(List<int[]> hits, int n) {
            first = new int[n + 2];
            int max = 0;
            for (int[] h : hits) {
                first[h[0] + 1]++;
                max = Math.max(max, h[1] - h[0]);
            }
            for (int p = 0; p <= n; p++) {
                first[p + 1] += first[p];
            }
            order = new int[hits.size()][];
            int[] next = java.util.Arrays.copyOf(first, n + 1);
            for (int[] h : hits) {
                order[next[h[0]]++] = h;
            }
            maxLength = max;
        }

        int from(int p) {
            return first[p];
        }

        int to(int p) {
            return first[p + 1];
        }

        int[] get(int k) {
            return order[k];
        }
    }

    /**
     * Answers "does a selected mention overlap [start, end)?": reach(p) is the largest end of a selected mention
     * starting at or before p, and one overlaps [start, end) exactly when reach(end - 1) > start. Kept sparse (the
     * selected mentions' starts in order, with the running maximum of their ends, binary-searched) rather than one
     * slot per char: the rules build one of these a couple of dozen times per document, which holds far fewer
     * mentions than chars, and a dense table cost more to fill than all its look-ups.
     */
    static final class Overlaps {
        private final int n;
        private final int[] starts;
        private final int[] reaches;

        Overlaps(int n, List<Mention> mentions, java.util.function.Predicate<Mention> selected) {
            this.n = n;
            long[] packed = new long[mentions.size()];
            int k = 0;
            boolean ordered = true;
            for (Mention m : mentions) {
                if (m.start() >= 0 && m.start() <= n && selected.test(m)) {
                    packed[k] = (long) m.start() << 32 | m.end();
                    ordered &= k == 0 || packed[k - 1] <= packed[k];
                    k++;
                }
            }
            if (!ordered) {
                java.util.Arrays.sort(packed, 0, k);
            }
            starts = new int[k];
            reaches = new int[k];
            int reach = 0;
            for (int i = 0; i < k; i++) {
                starts[i] = (int) (packed[i] >>> 32);
                reach = Math.max(reach, (int) packed[i]);
                reaches[i] = reach;
            }
        }

        boolean any(int start, int end) {
            return end >= 1 && reach(end - 1) > Math.max(start, 0);
        }

        /** The furthest end of a selected mention that starts at or before p (0: none). */
        int reach(int p) {
            int lo = 0, hi = starts.length; // the first start after min(p, n)
            int at = Math.min(p, n);
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] <= at) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo == 0 ? 0 : reaches[lo - 1];
        }
    }

    /**
     * A name found once is found everywhere in the text: the tagger sees each occurrence in its own context and
     * misses some (褚时健 ... 开除褚时健党籍). Other occurrences at word boundaries that no mention touches are added
     * with the same type (the longest name at a position wins). Not a word the core dictionary knows mostly as an
     * ordinary word (大厦, 共和国): found once as a name, it is more often a false alarm to keep to one place. A city,
     * county or banner is also found by its name without 市, 县 or 旗 ({@link #STEM_DIVISIONS}).
     */
    static void propagate(char[] c, boolean[] cut, List<Mention> mentions) {
        propagate(c, cut, mentions, m -> true, name -> true, true);
    }

    static void propagate(char[] c, boolean[] cut, List<Mention> mentions, java.util.function.Predicate<Mention> spread,
                          java.util.function.Predicate<String> keep) {
        propagate(c, cut, mentions, spread, keep, false);
    }

    /** Last chars of divisions whose name news writes again without them (库车市 … 库车的小白杏, 和静县 … 和静). */
    private static final String STEM_DIVISIONS = "市县旗";

    /**
     * As {@link #propagate(char[], boolean[], List)}, spreading only the names of the mentions {@code spread} accepts
     * and, of those, the names {@code keep} accepts besides (asked only of names found again, once each: most names
     * have no other occurrence to spread to, and the dictionary look-ups add up).
     */
    private static void propagate(char[] c, boolean[] cut, List<Mention> mentions,
                                  java.util.function.Predicate<Mention> spread, java.util.function.Predicate<String> keep,
                                  boolean stems) {
        java.util.Map<String, EntityType> names = new java.util.HashMap<>();
        for (Mention m : mentions) {
            if (m.length() >= (m.type() == EntityType.ORGANIZATION ? 3 : 2) && !folded(c, m) && spread.test(m)) {
                names.putIfAbsent(new String(c, m.start(), m.length()), m.type());
                // 库车市 … 库车: a city, county or banner named again without its division word
                if (stems && m.type() == EntityType.PLACE && m.length() >= 3
                        && STEM_DIVISIONS.indexOf(c[m.end() - 1]) >= 0) {
                    names.putIfAbsent(new String(c, m.start(), m.length() - 1), EntityType.PLACE);
                }
            }
        }
        if (names.isEmpty()) {
            return;
        }
        boolean[] covered = new boolean[c.length];
        for (Mention m : mentions) {
            java.util.Arrays.fill(covered, m.start(), m.end(), true);
        }
        // one pass over the text (not one indexOf per name, which is quadratic on long documents): the names by
        // their first two chars (every name has two or more), binary-searched at each position
        String[] sorted = names.keySet().toArray(new String[0]);
        java.util.Arrays.sort(sorted, java.util.Comparator.comparingInt(EntityRules::key2));
        int[] keys = new int[sorted.length];
        long[] pairs = new long[16]; // a 1,024-bit filter of the names' first two chars: most positions fail it at once
        for (int k = 0; k < sorted.length; k++) {
            keys[k] = key2(sorted[k]);
            int bit = pairBit(keys[k]);
            pairs[bit >>> 6] |= 1L << bit;
        }
        // nextCovered[i]: first covered offset at or after i, so "is any of [at, end) covered" is O(1); offsets
        // covered by the names added below are never asked again (the scan jumps past them)
        int[] nextCovered = new int[c.length + 1];
        nextCovered[c.length] = c.length;
        for (int i = c.length - 1; i >= 0; i--) {
            nextCovered[i] = covered[i] ? i : nextCovered[i + 1];
        }
        java.util.Map<String, Boolean> kept = new java.util.HashMap<>();
        java.util.function.Predicate<String> spreads = name -> kept.computeIfAbsent(name,
                x -> !Words.mostlyOrdinary(x) && keep.test(x));
        List<Mention> added = new ArrayList<>();
        for (int at = 0; at + 1 < c.length; at++) {
            if (covered[at] || !cut[at]) {
                continue;
            }
            int key = c[at] << 16 | c[at + 1], bit = pairBit(key);
            if ((pairs[bit >>> 6] & 1L << bit) == 0) {
                continue;
            }
            int k = java.util.Arrays.binarySearch(keys, key);
            if (k < 0) {
                continue;
            }
            while (k > 0 && keys[k - 1] == key) {
                k--;
            }
            int bestEnd = -1;
            String best = null;
            for (; k < sorted.length && keys[k] == key; k++) {
                String name = sorted[k];
                int end = at + name.length();
                if (end > bestEnd && end <= c.length && (cut[end] || endsInsideWord(cut, at, name, names.get(name)))
                        && startsWith(c, at, name) && nextCovered[at] >= end && spreads.test(name)) {
                    bestEnd = end;
                    best = name;
                }
            }
            if (best != null) {
                added.add(new Mention(names.get(best), at, bestEnd));
                java.util.Arrays.fill(covered, at, bestEnd, true);
                at = bestEnd - 1;
            }
        }
        mentions.addAll(added);
    }

    /**
     * Whether a mention holds a Latin letter or a digit, which the folded text no longer tells apart (WHO reads as
     * AAA, like GDP): such a name is not looked for again.
     */
    private static boolean folded(char[] c, Mention m) {
        for (int i = m.start(); i < m.end(); i++) {
            if (c[i] == 'A' || c[i] == '0') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a name may be found again where the segmenter glued its last chars to the next (于|居洋年年, 于|居洋班):
     * a person of three Han chars or more, too distinctive to be the start of another word, and cut inside, so that
     * the word it ends in starts inside it (not 马克思主义, one word of the dictionary).
     */
    private static boolean endsInsideWord(boolean[] cut, int at, String name, EntityType type) {
        if (type != EntityType.PERSON || name.length() < 3 || !hanName(name.toCharArray(), 0, name.length())) {
            return false;
        }
        for (int k = at + 1; k < at + name.length(); k++) {
            if (cut[k]) {
                return true;
            }
        }
        return false;
    }

    private static int key2(String name) {
        return name.charAt(0) << 16 | name.charAt(1);
    }

    /** Bit of a {@link #key2} in a 1,024-bit filter. */
    private static int pairBit(int key) {
        return (key * 0x9E3779B1) >>> 22;
    }

    // ---- organisations

    /** Last chars of organisation names beyond the ORGSUF lexicon (国民党, 解放军, 东盟, 分行, 人民日报, 电视台, 财政司). */
    private static final String ORG_END = "党会军盟行报台馆店园场院校处科组社局部委厅署办所站厂矿队团师旅营连司";

    /**
     * The tagger reads some phrases around organisation names as one name: 邯郸钢铁公司兼并舞阳钢铁公司,
     * 中央电视台联合江苏省委宣传部, 北京担任中学, 武汉一家工厂, 如英特尔公司. A tagged ORGANIZATION that no lexicon
     * knows and that holds a word of the segmenter that never sits inside a name (a verb, preposition, adverb,
     * pronoun, particle, or a count such as 一家 / 许多; a conjunction only after an organisation's name, 美食品和药物
     * 管理局 stays whole) is cut there: each stretch between such words that ends like an organisation is one
     * (not the stretch after a count: 几家|商贸公司 is no name), and one that does not gives the known places it
     * starts with (北京|担任中学 → 北京).
     *
     * @param posStart posStart[p]: {@link PersonRules#posClass} of the segmenter's word starting at p, else 0
     */
    static void splitOrganisations(char[] c, boolean[] cut, byte[] posStart, boolean[] notName, NerLexicon lex,
                                   List<int[]> hitList, List<Mention> mentions) {
        HitIndex hits = null;
        boolean[] inPlace = null;
        List<Mention> parts = new ArrayList<>();
        for (int k = mentions.size() - 1; k >= 0; k--) {
            Mention m = mentions.get(k);
            if (m.type() != EntityType.ORGANIZATION || m.priority() >= Mention.Priority.RULE || m.length() < 3
                    || (lex.categories(new String(c, m.start(), m.length())) & (NerLexicon.ORG | NerLexicon.SEEN_ORG)) != 0) {
                continue;
            }
            boolean any = false;
            for (int p = m.start(); p < m.end() && !any; p++) {
                any = cut[p] && (breaks(c, cut, posStart, m, p, true) || (posStart[p] == PersonRules.VERB && p > m.start())
                        || describes(posStart, notName, p));
            }
            if (!any) {
                continue;
            }
            if (inPlace == null) {
                inPlace = insidePlaces(c.length, hitList);
            }
            if (hits == null) {
                hits = new HitIndex(hitList, c.length);
            }
            final HitIndex h = hits;
            List<Mention> found = new ArrayList<>();
            int from = m.start();
            boolean afterCount = false;
            boolean split = false;
            for (int p = m.start(); p <= m.end(); p++) {
                if (p < m.end() && (!cut[p] || inPlace[p] || !(breaks(c, cut, posStart, m, p, from < p && nameEndsBefore(c, p, h))
                        || verbBetween(c, cut, posStart, lex, h, m, from, p) || describes(posStart, notName, p)))) {
                    continue;
                }
                if (p > from) {
                    // a name after a break has four chars or more (not 宇航局, 奥委会 of 国防部与宇航局: People's
                    // Daily leaves such short forms untagged where they stand for a foreign body)
                    int known = lex.categories(new String(c, from, p - from));
                    if (!afterCount && p - from >= (from == m.start() ? 3 : 4) && orgEnds(c, from, p, lex)
                            && (known & NerLexicon.ORGSUF) == 0
                            || !afterCount && p - from >= 2 && (known & (NerLexicon.ORG | NerLexicon.SEEN_ORG)) != 0) {
                        found.add(new Mention(EntityType.ORGANIZATION, from, p));
                    } else {
                        placesAt(c, from, p, hits, found);
                    }
                }
                if (p == m.end()) {
                    break;
                }
                split = true;
                int q = p + 1;
                while (q < m.end() && !cut[q]) {
                    q++;
                }
                // after a count, a pronoun or 等 comes a kind, not a name (几家|商贸公司, 西安等|铁路局)
                afterCount = posStart[p] == PersonRules.NUMERAL || posStart[p] == PersonRules.PRONOUN || c[p] == '等'
                        || describes(posStart, notName, p);
                from = q;
                p = q - 1;
            }
            if (split) {
                mentions.remove(k);
                parts.addAll(found);
            }
        }
        mentions.addAll(parts);
    }

    /**
     * A name ends right before p, so that a conjunction at p joins two names: an organisation's last char (国防部|与),
     * a school (塔里木大学|与: not any 学, 计算机科学与技术学院 is one name), a place written as a division
     * (石河子市|与|石河子大学: the city and the university are two) or an organisation of the lexicon (微软|与).
     */
    private static boolean nameEndsBefore(char[] c, int p, HitIndex hits) {
        if (ORG_END.indexOf(c[p - 1]) >= 0 || (p >= 2 && c[p - 1] == '学' && "大中小".indexOf(c[p - 2]) >= 0)) {
            return true;
        }
        boolean division = WRITTEN_AS_DIVISION.indexOf(c[p - 1]) >= 0;
        // a lexicon place written as a division ends there (not 城市 of 城市与环境学院), or a lexicon organisation
        // (微软|与|开放人工智能研究中心)
        for (int q = Math.max(0, p - 10); q < p - 1; q++) {
            for (int k = hits.from(q); k < hits.to(q); k++) {
                int[] hit = hits.get(k);
                if (hit[1] == p && (division && (hit[2] & NerLexicon.PLACE) != 0
                        || (hit[2] & (NerLexicon.ORG | NerLexicon.SEEN_ORG)) != 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * inside[p]: p lies strictly inside a place of the lexicon of three chars or more, where no organisation breaks
     * whatever the segmenter reads there (五/m 家/q 渠/n 市/n 人民医院).
     */
    private static boolean[] insidePlaces(int n, List<int[]> hitList) {
        boolean[] inside = new boolean[n + 1];
        for (int[] h : hitList) {
            if (longLexiconPlace(h)) {
                for (int p = h[0] + 1; p < h[1]; p++) {
                    inside[p] = true;
                }
            }
        }
        return inside;
    }

    /** A lexicon place of three chars or more: a name whatever the segmenter reads in it (五/m 家/q 渠/n 市/n). */
    private static boolean longLexiconPlace(int[] hit) {
        return (hit[2] & NerLexicon.PLACE) != 0 && hit[1] - hit[0] >= 3;
    }

    /** An adjective the recognizer marked as no part of a name (建设|新|工厂: it describes a verbal noun's object). */
    private static boolean describes(byte[] posStart, boolean[] notName, int p) {
        return posStart[p] == PersonRules.ADJECTIVE && notName[p];
    }

    /** The word at p inside m never sits inside an organisation's name ({@link #splitOrganisations}). */
    private static boolean breaks(char[] c, boolean[] cut, byte[] posStart, Mention m, int p, boolean afterOrg) {
        byte pc = posStart[p];
        switch (pc) {
            case PersonRules.PRONOUN, PersonRules.PARTICLE:
                // not the name's last word (检验|所, 社会学|所: 所 read as a particle) nor 本 (本昌文化传播中心)
                return p + 1 < m.end() && c[p] != '本';
            case PersonRules.PREP:
                // 由, 如, 在 ...; not 驻 (中国驻俄使馆) or 对 (对外友协), which do sit inside names; 同, 与 and 和
                // join names as conjunctions do (黄埔同学会 is not one)
                if (p + 1 >= c.length || !cut[p + 1] || "驻对".indexOf(c[p]) >= 0) {
                    return false;
                }
                return "同与和跟及".indexOf(c[p]) < 0 || afterOrg;
            case PersonRules.CONJ:
                return afterOrg;
            case PersonRules.NUMERAL: {
                // a count (一家, 许多, 几家), not an ordinal or a number in the name (第三军医大学, 二十六团)
                int q = p + 1;
                while (q < c.length && !cut[q]) {
                    q++;
                }
                for (int i = p; i < q; i++) {
                    if ("家些多几许".indexOf(c[i]) >= 0) {
                        return true;
                    }
                }
                return false;
            }
            default:
                return false;
        }
    }

    /**
     * A verb at p inside m ends the name before it (邯郸钢铁公司|兼并|舞阳钢铁公司, 北京|担任|中学, 内蒙古|插队) when what
     * lies before it, from {@code from}, is an organisation's name (three chars or more, an organisation ending) and
     * what follows up to m's end is nothing or another such name of four chars or more; or when what lies before is
     * a run of known places and what follows is nothing or one short word. The segmenter tags many name words as
     * verbs (警卫中队, 强化轮胎有限公司, 顶新集团), hence both sides are checked.
     */
    private static boolean verbBetween(char[] c, boolean[] cut, byte[] posStart, NerLexicon lex, HitIndex hits,
                                       Mention m, int from, int p) {
        if (posStart[p] != PersonRules.VERB || p <= from || c[p] == '驻') {
            return false;
        }
        int q = p + 1;
        while (q < m.end() && !cut[q]) {
            q++;
        }
        int right = m.end() - q;
        // 河南|建业|队: a short word that ends like an organisation makes the whole a team's name
        if (right == 0 || (right <= 2 && ORG_END.indexOf(c[m.end() - 1]) < 0)) {
            List<Mention> places = new ArrayList<>();
            placesAt(c, from, p, hits, places);
            if (!places.isEmpty() && places.get(places.size() - 1).end() == p) {
                return true;
            }
        }
        boolean leftOrg = p - from >= 3 && ORG_END.indexOf(c[p - 1]) >= 0 && q - p >= 2;
        return leftOrg && (right == 0 || (right >= 4 && orgEnds(c, q, m.end(), lex) && namedAt(c, q, hits)));
    }

    /** A known place or organisation name starts at p (舞阳钢铁公司, 江苏省委宣传部; not 射箭运动管理中心). */
    private static boolean namedAt(char[] c, int p, HitIndex hits) {
        for (int k = hits.from(p); k < hits.to(p); k++) {
            int[] h = hits.get(k);
            if ((h[2] & (NerLexicon.PLACE | NerLexicon.ORG)) != 0 && (h[2] & NerLexicon.SHORT) == 0) {
                return true;
            }
        }
        return false;
    }

    /** [from, end) ends like an organisation's name (国民党, 人民日报, a lexicon suffix). */
    private static boolean orgEnds(char[] c, int from, int end, NerLexicon lex) {
        return ORG_END.indexOf(c[end - 1]) >= 0 || orgSuffixEnds(c, end, lex);
    }

    /** Adds the known places (full names) that [from, end) starts with, one after the other. */
    private static void placesAt(char[] c, int from, int end, HitIndex hits, List<Mention> out) {
        int at = from;
        while (at < end) {
            int best = 0;
            for (int k = hits.from(at); k < hits.to(at); k++) {
                int[] h = hits.get(k);
                if (h[1] <= end && (h[2] & NerLexicon.PLACE) != 0 && (h[2] & NerLexicon.SHORT) == 0 && h[1] > best) {
                    best = h[1];
                }
            }
            if (best == 0) {
                return;
            }
            out.add(new Mention(EntityType.PLACE, at, best));
            at = best;
        }
    }

    /**
     * Ordinary words that end in an organisation char but name no body: people (干部), parts and sides (内部, 东部),
     * places of a kind (后院, 场所) and events (晚会).
     */
    private static final Set<String> COMMON_TAILS = Set.of("干部", "内部", "外部", "全部", "局部", "东部", "南部", "西部",
            "北部", "中部", "底部", "后院", "庭院", "场所", "住所", "晚会", "宴会", "舞会", "现场");

    /**
     * 欧佩克内部, 湖北省襄樊市青年干部, 非洲西海岸中部, 俄罗斯后院: a tagged ORGANIZATION that no lexicon knows and that
     * ends in one of {@link #COMMON_TAILS} (a word of the segmenter) names no body; it is replaced by the known
     * organisation or the known places it starts with (欧佩克; 湖北省, 襄樊市), or dropped.
     */
    static void commonTails(char[] c, boolean[] cut, NerLexicon lex, HitIndex hits, List<Mention> mentions) {
        List<Mention> found = new ArrayList<>();
        mentions.removeIf(m -> {
            int e = m.end();
            if (m.type() != EntityType.ORGANIZATION || m.priority() >= Mention.Priority.RULE || m.length() < 3
                    || !cut[e - 2] || !COMMON_TAILS.contains(new String(c, e - 2, 2))
                    || (lex.categories(new String(c, m.start(), m.length())) & (NerLexicon.ORG | NerLexicon.SEEN_ORG)) != 0) {
                return false;
            }
            int head = e - 2;
            if ((lex.categories(new String(c, m.start(), head - m.start())) & NerLexicon.ORG) != 0) {
                found.add(new Mention(EntityType.ORGANIZATION, m.start(), head));
            } else {
                placesAt(c, m.start(), head, hits, found);
            }
            return true;
        });
        mentions.addAll(found);
    }

    /**
     * Buildings where things take place, which People's Daily tags as places and never as organisations (1998-01-01..20:
     * 体育馆 4:0, 音乐厅 14:0, 博物馆 12:0, 纪念馆 8:0, 剧场 5:0); not 剧院 (16 organisations to 4 places) or 图书馆.
     */
    private static final String[] VENUES = {"体育馆", "体育场", "剧场", "杂技场", "马戏厅", "礼堂", "小礼堂",
            "大礼堂", "大会堂", "音乐厅", "博物馆", "纪念馆", "展览馆"};

    /**
     * 沈阳军区八一体育馆, 全国政协礼堂, 北京国家奥林匹克中心体育馆: a tagged ORGANIZATION that ends in one of
     * {@link #VENUES} at a word boundary, with no title inside, is a PLACE.
     */
    static void venues(char[] c, boolean[] cut, HitIndex hits, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() != EntityType.ORGANIZATION || m.length() < 4 || m.priority() >= Mention.Priority.RULE) {
                continue;
            }
            for (String v : VENUES) {
                int s = m.end() - v.length();
                if (s > m.start() && cut[s] && startsWith(c, s, v)) {
                    if (titleWithin(m, hits)) {
                        break;
                    }
                    mentions.set(k, new Mention(EntityType.PLACE, m.start(), m.end(), m.value(), m.priority()));
                    break;
                }
            }
        }
    }

    /** A title of the lexicon lies inside m (日本前首相田中角荣纪念馆: a wrong span, better left alone). */
    private static boolean titleWithin(Mention m, HitIndex hits) {
        for (int p = m.start(); p < m.end(); p++) {
            for (int k = hits.from(p); k < hits.to(p); k++) {
                int[] h = hits.get(k);
                if (h[1] <= m.end() && (h[2] & NerLexicon.TITLE) != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Longest stretch of a word before a tagged organisation's start that {@link #organisationWordStarts} takes. */
    private static final int MAX_WORD_HEAD = 3;

    /**
     * 首|都骨伤病研究所, 紫禁|城影业公司, 昆|士兰大学: a tagged ORGANIZATION that starts inside a word of the
     * segmenter (a name word: not a verb, numeral or function word), with Han chars only before it in that word,
     * starts where the word starts, unless it is a name the lexicon knows or another organisation ends right
     * before it (兵团发展改革委|兵团财政局, which the segmenter cut 委兵团).
     */
    static void organisationWordStarts(char[] c, boolean[] cut, boolean[] notName, NerLexicon lex,
                                       List<Mention> mentions) {
        boolean[] orgEnds = null;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int s = m.start();
            // a known name keeps its start (如何|同联|合国安理会: the segmenter is wrong there)
            if (m.type() != EntityType.ORGANIZATION || m.priority() >= Mention.Priority.RULE || cut[s]
                    || (lex.categories(new String(c, s, m.length())) & (NerLexicon.ORG | NerLexicon.SEEN_ORG)) != 0) {
                continue;
            }
            if (orgEnds == null) {
                orgEnds = new boolean[c.length + 1];
                for (Mention o : mentions) {
                    orgEnds[o.end()] |= o.type() == EntityType.ORGANIZATION;
                }
            }
            if (orgEnds[s]) {
                continue;
            }
            int w = s - 1;
            while (w > 0 && !cut[w] && s - w <= MAX_WORD_HEAD) {
                w--;
            }
            if (!cut[w] || s - w > MAX_WORD_HEAD || notName[w]) {
                continue;
            }
            boolean han = true;
            for (int i = w; i < s && han; i++) {
                han = isHan(c[i]);
            }
            if (han) {
                mentions.set(k, new Mention(m.type(), w, m.end(), m.value(), m.priority()));
            }
        }
    }

    /**
     * The tagger sometimes reads places followed by an ordinary word as an organisation (湖南省长沙市综合调控,
     * 浙江省小康县): an ORGANIZATION that is not a known name and has no organisation ending is replaced by the
     * known places it starts with. A numbered school (北京四中, [昆明/ns 八中/j]nt in People's Daily) has its ending.
     */
    static void headlessOrganisations(char[] c, NerLexicon lex, HitIndex hits, List<Mention> mentions) {
        List<Mention> places = new ArrayList<>();
        mentions.removeIf(m -> {
            if (m.type() != EntityType.ORGANIZATION || m.priority() >= Mention.Priority.RULE
                    || ORG_END.indexOf(c[m.end() - 1]) >= 0 || orgSuffixEnds(c, m.end(), lex)
                    || numberedSchool(c, m.start(), m.end()) || partyCentre(c, m.start(), m.end())
                    || (lex.categories(new String(c, m.start(), m.length()))
                    & (NerLexicon.ORG | NerLexicon.SEEN_ORG)) != 0) {
                return false;
            }
            // the places it is made of, from its start: 湖南省|长沙市|综合
            int at = m.start();
            List<Mention> found = new ArrayList<>();
            while (at < m.end()) {
                int best = 0;
                for (int k = hits.from(at); k < hits.to(at); k++) {
                    int[] h = hits.get(k);
                    if (h[1] <= m.end() && (h[2] & NerLexicon.PLACE) != 0 && (h[2] & NerLexicon.SHORT) == 0
                            && h[1] > best) {
                        best = h[1];
                    }
                }
                if (best == 0) {
                    break;
                }
                found.add(new Mention(EntityType.PLACE, at, best));
                at = best;
            }
            if (found.isEmpty()) {
                return false;
            }
            places.addAll(found);
            return true;
        });
        mentions.addAll(places);
    }

    /**
     * [from, to) is a party or league and 中央, its central committee (越南共产党中央, 民革中央, 共青团中央: [民革/j
     * 中央/n]nt in People's Daily).
     */
    private static boolean partyCentre(char[] c, int from, int to) {
        return to - from >= 4 && c[to - 2] == '中' && c[to - 1] == '央' && ORG_END.indexOf(c[to - 3]) >= 0;
    }

    /** [from, to) ends in a number and 中, a school (北京四中, 乌鲁木齐市一中), after at least two chars of place. */
    private static boolean numberedSchool(char[] c, int from, int to) {
        return to - from >= 4 && c[to - 1] == '中' && "一二三四五六七八九十".indexOf(c[to - 2]) >= 0;
    }

    /** Longest organisation {@link #knownNameStarts} moves: a longer one is more often a roster of bodies run together. */
    private static final int MAX_RESTARTED = 12;

    /** Zone words the division lexicon lists as townships of their own (a 旅游度假区 somewhere): no name. */
    private static final Set<String> GENERIC_ZONES = Set.of("开发区", "经济开发区", "高新区", "工业园区", "旅游度假区",
            "度假区", "工业园", "产业园", "保税区", "新区", "园区", "示范区", "管理区", "风景区", "林区", "片区", "地区",
            "社区", "工业区", "农场", "林场", "牧场");

    /**
     * 富蕴县可可托海镇 tagged 托海镇 (the segmenter's 可可/v 托海镇/ns): a tagged place that ends where a longer known place
     * or township (not a short form, not one of {@link #GENERIC_ZONES}) ends, which starts a word before it, is that
     * place.
     */
    static void knownPlaceStarts(char[] c, boolean[] cut, HitIndex hits, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() != EntityType.PLACE || m.priority() >= Mention.Priority.RULE || m.start() == 0
                    || !isHan(c[m.start() - 1])) {
                continue;
            }
            for (int p = Math.max(0, m.end() - hits.maxLength); p < m.start(); p++) {
                if (!cut[p]) {
                    continue;
                }
                int found = -1;
                for (int x = hits.from(p); x < hits.to(p); x++) {
                    int[] h = hits.get(x);
                    if (h[1] == m.end() && (h[2] & (NerLexicon.PLACE | NerLexicon.TOWN)) != 0
                            && (h[2] & NerLexicon.SHORT) == 0 && !GENERIC_ZONES.contains(new String(c, p, h[1] - p))) {
                        found = p;
                    }
                }
                if (found >= 0) {
                    mentions.set(k, new Mention(m.type(), found, m.end(), m.value(), m.priority()));
                    break;
                }
            }
        }
    }

    /**
     * 托克|逊|段 tagged 托克 (the segmenter's 托克/nr 逊/Vg): a tagged place that ends one char short of a known place
     * starting with it, where that char is a word of its own, is the known place (托克逊, a county's short name).
     */
    static void placesCutShort(char[] c, boolean[] cut, HitIndex hits, List<Mention> mentions) {
        int n = c.length;
        Overlaps others = null; // built at the first candidate: most places end where the lexicon's do
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int e = m.end();
            if (m.type() != EntityType.PLACE || m.priority() >= Mention.Priority.RULE || e >= n || !cut[e]
                    || !cut[e + 1] || !isHan(c[e])) {
                continue;
            }
            for (int x = hits.from(m.start()); x < hits.to(m.start()); x++) {
                int[] h = hits.get(x);
                if (h[1] == e + 1 && (h[2] & NerLexicon.PLACE) != 0 && (h[2] & NerLexicon.ORG) == 0) {
                    if (others == null) {
                        others = new Overlaps(n, mentions, o -> true);
                    }
                    if (!others.any(e, e + 1)) {
                        mentions.set(k, new Mention(m.type(), m.start(), e + 1, m.value(), m.priority()));
                    }
                    break;
                }
            }
        }
    }

    /**
     * 第六师共青团农场 tagged 第六师共青团 or 共青团 (the League, before a farm of the XPCC named after it): a tagged
     * organisation or place that ends inside a longer known place (a full name, not a short form) whose name starts and
     * ends a word, at or after the mention's start, ends where that place starts, and the place is one. An
     * organisation that starts with the place stays inside it, as bodies do in the places named after them
     * (全国政协|礼堂); a place that does is left alone, and so is a mention whose place runs into another mention.
     * Linear in the mentions and the hits they end in.
     */
    static void knownPlaceEnds(char[] c, boolean[] cut, HitIndex hits, List<Mention> mentions) {
        int n = c.length;
        List<Mention> places = null;
        Overlaps placeMentions = null, others = null;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() == EntityType.PERSON || m.priority() >= Mention.Priority.RULE || m.end() >= n
                    || !cut[m.end()]) {
                continue;
            }
            int placeStart = -1, placeEnd = -1;
            for (int p = Math.max(m.start(), m.end() - hits.maxLength + 1); p < m.end() && placeStart < 0; p++) {
                if (!cut[p]) {
                    continue;
                }
                for (int x = hits.from(p); x < hits.to(p); x++) {
                    int[] h = hits.get(x);
                    if (h[1] > m.end() && cut[h[1]] && (h[2] & NerLexicon.PLACE) != 0
                            && (h[2] & (NerLexicon.SHORT | NerLexicon.ORG)) == 0 && h[1] > placeEnd) {
                        placeStart = p;
                        placeEnd = h[1];
                    }
                }
            }
            if (placeStart < 0) {
                continue;
            }
            if (placeMentions == null) {
                placeMentions = new Overlaps(n, mentions, o -> o.type() == EntityType.PLACE);
            }
            if (placeMentions.reach(placeStart) >= placeEnd || placeStart == m.start() && m.type() == EntityType.PLACE) {
                continue; // inside a place already found (全国政协 in 全国政协礼堂, not cut at 政协礼堂)
            }
            if (others == null) {
                others = new Overlaps(n, mentions, o -> true);
            }
            if (others.any(m.end(), placeEnd)) {
                continue; // the rest of the place is another mention's (江苏|省南京市卫生局 in a run-on roster)
            }
            if (placeStart > m.start()) {
                mentions.set(k, new Mention(m.type(), m.start(), placeStart, m.value(), m.priority()));
            }
            if (places == null) {
                places = new ArrayList<>();
            }
            places.add(new Mention(EntityType.PLACE, placeStart, placeEnd, null, m.priority()));
        }
        if (places != null) {
            mentions.addAll(places);
        }
    }

    /**
     * 国家统计局新疆调查总队 read as 统计局新疆调查总队 (the tagger's 新疆调查总队 joined to the short form 统计局): an
     * organisation of at most {@value #MAX_RESTARTED} chars that starts inside a known place or organisation name (not
     * a short form) that starts and ends a word and ends inside the organisation starts where that name starts (but
     * 美|国防部: 美国 ends no word there).
     */
    static void knownNameStarts(char[] c, boolean[] cut, HitIndex hits, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() != EntityType.ORGANIZATION || m.priority() >= Mention.Priority.USER_LEXICON
                    || m.length() > MAX_RESTARTED || m.start() == 0 || !isHan(c[m.start() - 1])) {
                continue;
            }
            int start = m.start();
            for (int p = Math.max(0, m.start() - hits.maxLength + 1); p < m.start(); p++) {
                if (!cut[p]) {
                    continue;
                }
                for (int x = hits.from(p); x < hits.to(p) && start == m.start(); x++) {
                    int[] h = hits.get(x);
                    if ((h[2] & (NerLexicon.ORG | NerLexicon.PLACE)) != 0 && (h[2] & NerLexicon.SHORT) == 0
                            && h[1] > m.start() && h[1] < m.end() && cut[h[1]]) {
                        start = p;
                    }
                }
                if (start < m.start()) {
                    break;
                }
            }
            if (start < m.start()) {
                mentions.set(k, new Mention(m.type(), start, m.end(), m.value(), m.priority()));
            }
        }
    }

    /** Teams the centre, the State Council or a party committee sends out to inspect and supervise. */
    private static final String[] INSPECTION_TEAMS = {"巡视组", "巡察组", "督察组", "督查组", "督导组", "指导组"};

    /** Senders of {@link #INSPECTION_TEAMS} named without a place: 中央第十巡视组, 国务院第三督查组. */
    private static final String[] TEAM_SENDERS = {"中央", "国务院"};

    /** Longest stretch between a team's sender and its head (第三生态环境保护|督察组 is 10 chars). */
    private static final int MAX_TEAM_NAME = 12;

    /** By end offset: 1 + the start of the longest mention of {@code type} ending there (0: none). */
    private static int[] longestEndingAt(int n, List<Mention> mentions, EntityType type) {
        int[] starts = new int[n + 1];
        for (Mention m : mentions) {
            if (m.type() == type) {
                int at = starts[m.end()];
                starts[m.end()] = at == 0 ? m.start() + 1 : Math.min(at, m.start() + 1);
            }
        }
        return starts;
    }

    /** By start offset: the end of the longest mention of {@code type} starting there, else 0. */
    private static int[] longestStartingAt(int n, List<Mention> mentions, EntityType type) {
        int[] ends = new int[n + 1];
        for (Mention m : mentions) {
            if (m.type() == type) {
                ends[m.start()] = Math.max(ends[m.start()], m.end());
            }
        }
        return ends;
    }

    /** What the CPPCC's name starts with before its place and term. */
    private static final String[] CPPCC = {"中国人民政治协商会议", "政协"};

    /** Bodies elected for a term, by whether they need the CPPCC's name before them. */
    private static final String[] TERM_BODIES = {"全国人民代表大会", "人民代表大会", "人大常委会", "立法会"};
    private static final String[] CPPCC_BODIES = {"全国委员会", "委员会"};
    /** What a party committee's full name starts with before its place and term (中国共产党新疆维吾尔自治区第十届委员会). */
    private static final String[] PARTY = {"中国共产党", "中共"};
    private static final String[] PARTY_BODIES = {"中央委员会", "委员会"};
    private static final String STANDING = "常务委员会";

    /**
     * Bodies elected for a numbered term are organisations, as People's Daily tags them (政协第九届全国委员会,
     * 政协甘肃省第八届委员会, 中国人民政治协商会议第八届全国委员会常务委员会, 武汉市第十届人大常委会, 香港首届立法会):
     * a term (第 and numerals, or 首, before 届) after a place mention, the CPPCC's name or both, then the body and
     * its standing committee if named; a committee of the CPPCC needs its name. Not before a session
     * (河北省第九届人民代表大会第一次会议, …委员会会议), which People's Daily tags as an event, but for a standing
     * committee's numbered session (武汉市第十六届人民代表大会常务委员会|第二十次会议), and not without a
     * place or the CPPCC's name (第九届全国人民代表大会 is tagged with and without its term there). A party committee
     * (中国共产党|中共 + place + term + 委员会, 中央委员会) is one before its plenary session's number too: People's Daily
     * tags neither it nor the session there (中共/j 四川省/ns 第七/m 届/q 委员会/n 第一/m 次/q 全体/n 会议/n), and a
     * reader looks for the committee.
     */
    static void numberedCongresses(char[] c, List<Mention> mentions) {
        int n = c.length;
        int[] placeStartEnding = null; // by end offset: start of the longest place ending there, plus one
        int[] placeEndStarting = null; // by start offset: end of the longest place starting there, else 0
        List<Mention> added = new ArrayList<>();
        for (int t = 1; t + 2 < n; t++) {
            if (c[t] != '届') {
                continue;
            }
            int o = t;
            while (o > 0 && t - o < 4 && isNumeral(c[o - 1])) {
                o--;
            }
            if (o == t && c[t - 1] != '首') {
                continue;
            }
            if (o == t) {
                o--;
            } else if (o > 0 && c[o - 1] == '第') {
                o--;
            }
            if (placeStartEnding == null) {
                placeStartEnding = longestEndingAt(n, mentions, EntityType.PLACE);
            }
            int start = placeStartEnding[o] > 0 ? placeStartEnding[o] - 1 : o;
            for (int k = 0; start == o && k < LEVEL_UNITS.length; k++) {
                if (o >= LEVEL_UNITS[k].length() && startsWith(c, o - LEVEL_UNITS[k].length(), LEVEL_UNITS[k])) {
                    start = o - LEVEL_UNITS[k].length(); // 自治区十四届人大常委会: the level word stands for its place
                }
            }
            boolean cppcc = false, party = false;
            for (String h : CPPCC) {
                if (start >= h.length() && startsWith(c, start - h.length(), h)) {
                    start -= h.length();
                    cppcc = true;
                    break;
                }
            }
            for (int k = 0; !cppcc && k < PARTY.length; k++) {
                if (start >= PARTY[k].length() && startsWith(c, start - PARTY[k].length(), PARTY[k])) {
                    start -= PARTY[k].length();
                    party = true;
                }
            }
            int body = t + 1, end = -1;
            if (cppcc) {
                if (placeEndStarting == null) {
                    placeEndStarting = longestStartingAt(n, mentions, EntityType.PLACE);
                }
                body = Math.max(body, placeEndStarting[body]); // 政协第十三届新疆维吾尔自治区委员会: a place after the term
            }
            for (String b : cppcc ? CPPCC_BODIES : party ? PARTY_BODIES : TERM_BODIES) {
                if (startsWith(c, body, b)) {
                    end = body + b.length();
                    break;
                }
            }
            if (end < 0 || !cppcc && start == o) {
                continue; // 第九届全国人民代表大会, 特区第一届立法会: People's Daily tags these with and without the term
            }
            if (startsWith(c, end, STANDING) && !startsWith(c, end - 3, "常委会")) {
                end += STANDING.length();
            }
            // a local standing committee is a body before its session's number too: [新疆维吾尔自治区八届人大常委会]nt
            // 第三十次会议, as People's Daily tags it; the national one leaves its term out there (中华人民共和国/ns
            // 第八/m 届/q [全国人民代表大会常务委员会]nt 第二十九/m 次/q 会议/n), which the tagger finds
            boolean standing = (endsWith(c, end, STANDING) || endsWith(c, end, "人大常委会"))
                    && !startsWith(c, t + 1, "全国人民代表大会");
            // a party committee is named before its plenary session's number too (…第十届委员会|第十四次全体会议)
            if (end < n && (c[end] == '第' && !standing && !party || startsWith(c, end, "会议"))) {
                continue; // 河北省第九届人民代表大会第一次会议, …第一届全国委员会会议: a session's name, an event
            }
            added.add(new Mention(EntityType.ORGANIZATION, start, end, null, Mention.Priority.RULE));
            t = end - 1;
        }
        mentions.addAll(added);
    }

    /**
     * 中央第十巡视组, 中央第三生态环境保护督察组, 自治区党委第二巡视组: an inspection team named by its sender (中央, 国务院,
     * or an organisation found in the text), an optional ordinal (第三) and subject words, then its head, is an
     * ORGANIZATION from the sender's start. The segmenter splits these heads (巡视/v 组/n), so the heads are read as
     * strings; only Han chars that break no organisation's name lie between.
     */
    static void inspectionTeams(char[] c, List<Mention> mentions) {
        int n = c.length;
        int[] orgStartEnding = null; // by end offset: start of the longest organisation ending there, plus one
        List<Mention> added = new ArrayList<>();
        for (int e = 3; e <= n; e++) {
            if (c[e - 1] != '组') {
                continue;
            }
            int head = -1;
            for (String t : INSPECTION_TEAMS) {
                if (e - t.length() >= 0 && startsWith(c, e - t.length(), t)) {
                    head = e - t.length();
                }
            }
            if (head < 0) {
                continue;
            }
            if (orgStartEnding == null) {
                orgStartEnding = longestEndingAt(n, mentions, EntityType.ORGANIZATION);
            }
            for (int b = head; b >= 0 && head - b <= MAX_TEAM_NAME; b--) {
                int start = -1;
                for (String sender : TEAM_SENDERS) {
                    if (b - sender.length() >= 0 && startsWith(c, b - sender.length(), sender)) {
                        start = b - sender.length();
                    }
                }
                if (orgStartEnding[b] > 0) {
                    start = start < 0 ? orgStartEnding[b] - 1 : Math.min(start, orgStartEnding[b] - 1);
                }
                if (start >= 0) {
                    added.add(new Mention(EntityType.ORGANIZATION, start, e, null, Mention.Priority.RULE));
                    break;
                }
                if (b > 0 && (!isHan(c[b - 1]) || BREAK_IN_ORG.indexOf(c[b - 1]) >= 0)) {
                    break;
                }
            }
        }
        mentions.addAll(added);
    }

    /** Longest numbered unit {@link #military} reads (第一百二十师): a mention starting inside one starts this near it. */
    private static final int MAX_UNIT_NAME = 8;

    /**
     * 第八师石河子市 tagged 师石河子市, 第四师可克达拉市 tagged 师可: a place or person of the tagger that starts inside a
     * numbered unit (第X师, X团) starts where the unit ends (石河子市), or goes when fewer than two chars are left or it
     * lies inside the unit. Otherwise it would cross the unit, which {@link #organisations} makes an organisation,
     * and the longer of the two would win.
     */
    static void unitFragments(char[] c, List<Mention> mentions) {
        for (int k = mentions.size() - 1; k >= 0; k--) {
            Mention m = mentions.get(k);
            char first = c[m.start()];
            // a unit's chars after its first are numerals, 师 or 团: most mentions fail this at once
            if (m.type() == EntityType.ORGANIZATION || m.priority() >= Mention.Priority.RULE
                    || !(isNumeral(first) || first == '师' || first == '团')) {
                continue;
            }
            int unitEnd = 0;
            for (int u = Math.max(0, m.start() - MAX_UNIT_NAME); u < m.start(); u++) {
                // a unit's numerals are few: a long run of numerals (a table, a hostile input) is read no further
                int e = military(c, u, u + MAX_UNIT_NAME);
                if (e > m.start()) {
                    unitEnd = Math.max(unitEnd, e);
                }
            }
            if (unitEnd == 0) {
                continue;
            }
            if (m.end() - unitEnd >= 2) {
                mentions.set(k, new Mention(m.type(), unitEnd, m.end(), m.value(), m.priority()));
            } else {
                mentions.remove(k);
            }
        }
    }

    /**
     * 武汉市场, 保定市民, 四川省情: a tagged place that ends in 市/省/县/区 where the segmenter starts a word with that
     * char (市场, 市民, 省情) ends before it; one that ends in 市场 after a known place is that place (天津市场).
     */
    static void trimPlaces(char[] c, boolean[] cut, NerLexicon lex, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() != EntityType.PLACE || m.priority() >= Mention.Priority.RULE || m.length() < 3) {
                continue;
            }
            int e = m.end();
            // but 杭州市|属, 山西省|辖: 市属, 省辖 are written after the full name
            // and 胡杨河市长 read as one word: the office is 市长, the place 胡杨河 (上海/ns 市长/n)
            if ("市省县区".indexOf(c[e - 1]) >= 0 && e < c.length && isHan(c[e]) && !cut[e]
                    && (cut[e - 1] || c[e] == '长' && cut[e + 1]) && "属辖直".indexOf(c[e]) < 0) {
                mentions.set(k, new Mention(m.type(), m.start(), e - 1, m.value(), m.priority()));
            } else if (m.length() >= 4 && c[e - 2] == '市' && c[e - 1] == '场' && cut[e - 2]
                    && isPlace(lex, new String(c, m.start(), m.length() - 2))) {
                mentions.set(k, new Mention(m.type(), m.start(), e - 2, m.value(), m.priority()));
            } else {
                // 新疆|城镇, 河北|农村: a known place and a word for a kind of area, which People's Daily writes apart
                for (String area : AREA_WORDS) {
                    int b = e - area.length();
                    if (b - m.start() >= 2 && cut[b] && endsWith(c, e, area)
                            && isPlace(lex, new String(c, m.start(), b - m.start()))) {
                        mentions.set(k, new Mention(m.type(), m.start(), b, m.value(), m.priority()));
                        break;
                    }
                }
            }
        }
    }

    /** One-char words for breeds and produce named after their place (伊犁马, 巴音布鲁克羊, 和田玉, 若羌枣). */
    private static final String PRODUCE_CHARS = "马牛羊驴驼鸡鸭鹅鱼玉枣梨瓜桃杏茶酒米棉麦";

    /**
     * 库尔勒|香梨, 吐鲁番|葡萄: a place the tagger ran on into one common noun after a known place is the known place,
     * as People's Daily writes a place's produce apart from it; so is one that ends in one char of a breed or produce
     * ({@link #PRODUCE_CHARS}: 伊犁马, 巴音布鲁克羊) after a known place, however the segmenter reads it. Not where
     * the noun names a kind of place or building ({@link #PLACE_WORD_ENDS}: 喀纳斯|景区, 天安门|广场, 吕梁|山区), which
     * People's Daily keeps in the place.
     */
    static void producePlaces(char[] c, boolean[] cut, byte[] posStart, NerLexicon lex, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int e = m.end();
            if (m.type() != EntityType.PLACE || m.priority() >= Mention.Priority.RULE || m.length() < 3
                    || PLACE_WORD_ENDS.indexOf(c[e - 1]) >= 0) {
                continue;
            }
            // 伊犁|马, 巴音布鲁克|羊: one char of a breed or produce after a known place
            if (PRODUCE_CHARS.indexOf(c[e - 1]) >= 0 && isPlace(lex, new String(c, m.start(), m.length() - 1))) {
                mentions.set(k, new Mention(m.type(), m.start(), e - 1, m.value(), m.priority()));
                continue;
            }
            if (m.length() < 4) {
                continue;
            }
            int b = e - 1; // the start of the last word
            while (b > m.start() && !cut[b]) {
                b--;
            }
            if (e - b >= 2 && b - m.start() >= 2 && posStart[b] == PersonRules.NOUN
                    && isPlace(lex, new String(c, m.start(), b - m.start()))) {
                mentions.set(k, new Mention(m.type(), m.start(), b, m.value(), m.priority()));
            }
        }
    }

    /**
     * 京津冀协|同发展: an organisation the tagger ends on the first char of a two-char verb of the segmenter (协同)
     * names nothing; the tagger read 协 as a short 协会 (中国篮协). Not a noun there (党委|书记, 宣传部|长 are a body
     * and a title the segmenter glued).
     */
    static void organisationsIntoVerbs(char[] c, boolean[] cut, byte[] posStart, List<Mention> mentions) {
        int n = c.length;
        mentions.removeIf(m -> m.type() == EntityType.ORGANIZATION && m.priority() < Mention.Priority.RULE
                && m.end() < n && !cut[m.end()] && cut[m.end() - 1] && cut[m.end() + 1]
                && posStart[m.end() - 1] == PersonRules.VERB);
    }

    /** Verbs of building that the tagger reads into a facility's name after a place (在新疆|建设|数据中心). */
    private static final Set<String> BUILDING_VERBS = Set.of("建设", "新建", "兴建", "筹建", "建立", "设立", "打造",
            "建成", "投建", "布局", "落地");
    /** Facilities that are built: what follows a building verb, no body (数据中心, 物流基地, 产业园). */
    private static final String[] BUILT_FACILITIES = {"中心", "基地", "园区", "产业园", "工厂", "项目", "仓库"};

    /**
     * 将在新疆建设数据中心: an organisation of the tagger that starts with a place word, then a verb of building
     * ({@link #BUILDING_VERBS}) as a word of its own, and ends in a facility ({@link #BUILT_FACILITIES}) names
     * nothing: the place is where something is built. People's Daily's organisations after a place and 建设 are
     * banks and commissions (中国建设银行, 国务院三峡建设委员会), which end in no facility.
     */
    static void placesBuildingFacilities(char[] c, boolean[] cut, byte[] posStart, List<Mention> mentions) {
        mentions.removeIf(m -> {
            if (m.type() != EntityType.ORGANIZATION || m.priority() >= Mention.Priority.RULE
                    || posStart[m.start()] != PersonRules.PLACE || !endsWithAny(c, m.end(), BUILT_FACILITIES)) {
                return false;
            }
            int w = wordEnd(cut, m.start()); // the end of the place word
            int v = w < m.end() ? wordEnd(cut, w) : m.end();
            return v < m.end() && v - w == 2 && BUILDING_VERBS.contains(new String(c, w, 2));
        });
    }

    /** Trades that companies are registered with, no name of one (科技有限公司, 投资管理有限公司). */
    private static final Set<String> GENERIC_TRADES = Set.of("科技", "投资", "贸易", "实业", "商贸", "物流", "建筑",
            "建设", "房地产", "网络", "信息", "电子", "文化", "传媒", "医药", "生物", "农业", "食品", "能源", "环保",
            "教育", "咨询", "管理", "发展", "工程", "置业", "餐饮", "旅游", "汽车", "电子商务", "网络科技", "信息技术");

    /**
     * 该科技有限公司, 一家科技有限公司, 某某科技有限公司: after a determiner, a count or 某 an organisation of the
     * tagger that starts with a trade and ends in a legal form names no company; it says which one, or hides it.
     */
    private static boolean unnamedCompany(char[] c, boolean[] cut, int s, int e) {
        if (s == 0 || !endsWithAny(c, e, LEGAL_FORMS) || !(c[s - 1] == '某' || whichOne(c, s - 1)
                || s >= 2 && whichOne(c, s - 2) && c[s - 1] == '家')) {
            return false;
        }
        int w = s + 1;
        while (w < e && !cut[w]) {
            w++;
        }
        return GENERIC_TRADES.contains(new String(c, s, w - s));
    }

    /** Verbs that make a word with 厂 (扩厂, 建厂, 设厂): what is done to a plant, not a plant's name. */
    private static final String PLANT_VERBS = "扩建设办迁关停开";

    /**
     * 宁德时代与特斯拉|签署: an organisation of the tagger whose last word is a verb of two chars or more names nothing
     * (of 7,400 organisations of People's Daily's training days one ends so, 中策制药). The tagger, trained on 1998's
     * news, ran a company it never saw on into the clause; the lexicon's names inside are found by the rules that
     * follow. A verb by the segmenter and almost only a verb (v) in the core dictionary (签署, 宣布, 发布): the
     * segmenter alone reads 麦迪逊|分校 so, and companies end in words mostly verbs there too (制药, 开发, 出版).
     * Such a verb inside names nothing either where only places stand before it and an organisation the lexicon
     * knows after it (巴西里约热内卢|出席|二十国集团); elsewhere names hold such verbs (中国国际贸易促进委员会,
     * 中国关心下一代工作委员会: 15 organisations of People's Daily's 19,484 paragraphs; one with places alone before it, 陕西省延安市|延长|
     * 油矿管理局, has no known organisation after it).
     */
    static void organisationsOverVerbs(char[] c, boolean[] cut, byte[] posStart, byte[] posEnd, HitIndex hits,
                                       List<Mention> mentions) {
        mentions.removeIf(m -> {
            if (m.type() != EntityType.ORGANIZATION || m.priority() >= Mention.Priority.RULE || !cut[m.end()]) {
                return false;
            }
            int end = m.end();
            if (end - m.start() >= 4 && c[end - 1] == '厂' && cut[end - 2] && !cut[end - 1]
                    && PLANT_VERBS.indexOf(c[end - 2]) >= 0) {
                return true; // 在高雄|扩厂: building a plant there, which the segmenter reads as one noun
            }
            if (unnamedCompany(c, cut, m.start(), end)) {
                return true; // 该|科技有限公司, 一家|科技有限公司, 某某|科技有限公司
            }
            if (posEnd[m.end()] == PersonRules.VERB && !cut[m.end() - 1]) {
                int b = m.end() - 1; // the start of the last word
                while (b > m.start() && !cut[b]) {
                    b--;
                }
                if (clauseVerb(c, b, m.end())) {
                    return true;
                }
            }
            // 巴西里约热内卢|出席|二十国集团: places, a clause verb, a known organisation
            for (int b = m.start() + 2; b < m.end() - 2; b++) {
                if (cut[b] && posStart[b] == PersonRules.VERB) {
                    int e = b + 1;
                    while (e < m.end() && !cut[e]) {
                        e++;
                    }
                    if (e - b >= 2 && clauseVerb(c, b, e) && lexiconHas(hits, e, m.end(), NerLexicon.ORG)
                            && lexiconPlaces(hits, m.start(), b)) {
                        return true;
                    }
                }
            }
            return false;
        });
    }

    /** The lexicon knows [s, e) as one of {@code kinds}. */
    private static boolean lexiconHas(HitIndex hits, int s, int e, int kinds) {
        for (int x = hits.from(s); x < hits.to(s); x++) {
            int[] h = hits.get(x);
            if (h[1] == e && (h[2] & kinds) != 0) {
                return true;
            }
        }
        return false;
    }

    /** [s, e) is a run of places the lexicon knows (巴西|里约热内卢). */
    private static boolean lexiconPlaces(HitIndex hits, int s, int e) {
        boolean[] reached = new boolean[e - s + 1];
        reached[0] = true;
        for (int p = s; p < e; p++) {
            if (!reached[p - s]) {
                continue;
            }
            for (int x = hits.from(p); x < hits.to(p); x++) {
                int[] h = hits.get(x);
                if (h[1] <= e && (h[2] & (NerLexicon.PLACE | NerLexicon.SEEN_LOC)) != 0 && (h[2] & NerLexicon.ORG) == 0) {
                    reached[h[1] - s] = true;
                }
            }
        }
        return reached[e - s];
    }

    /** Branch words that name a firm's office in a place (深圳分公司, 北京分行), a branch of a firm named before it. */
    private static final String[] BRANCH_WORDS = {"分公司", "分行", "支行", "分店", "分厂"};
    /** Trades that end a firm's name before a branch ([上海/ns 三菱/nz 电梯/n 北京/ns 分公司/n]nt, 平安保险). */
    private static final java.util.Set<String> BRANCH_TRADES = java.util.Set.of("保险", "人寿", "财险", "寿险", "银行",
            "证券", "电梯", "电器", "汽车", "石油", "石化", "电信", "移动", "联通", "烟草", "邮政", "航空", "物流", "快递",
            "地产", "置业", "医药");

    /**
     * 平安保险深圳分公司: an organisation of a place and a branch word alone (the tagger's 深圳分公司) is a branch of the
     * firm named right before it by a word and a trade, which People's Daily holds in the organisation
     * ([上海/ns 三菱/nz 电梯/n 北京/ns 分公司/n]nt, [太平洋/ns 保险/n 公司/n 北京/ns 分公司/n]nt): it grows over the two
     * words. The word before the trade is a name, noun or adjective of two to four Han chars (平安, 三菱, 中保).
     */
    static void branchesOfFirms(char[] c, boolean[] cut, byte[] posStart, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int s = m.start(), e = m.end();
            if (m.type() != EntityType.ORGANIZATION || m.priority() >= Mention.Priority.USER_LEXICON || s < 4
                    || !cut[s] || posStart[s] != PersonRules.PLACE) {
                continue;
            }
            int b = branchStart(c, s, e);
            if (b < 0 || !PersonRules.oneWord(cut, s, b)) {
                continue;
            }
            int t = s - 1; // the trade: the word right before
            while (t > 0 && !cut[t]) {
                t--;
            }
            if (!BRANCH_TRADES.contains(new String(c, t, s - t)) || t < 2) {
                continue;
            }
            int w = t - 1;
            while (w > 0 && !cut[w]) {
                w--;
            }
            byte pc = posStart[w];
            if (t - w < 2 || t - w > 4 || !PersonRules.allHan(c, w, t) || !(pc == PersonRules.NOUN
                    || pc == PersonRules.NAME || pc == PersonRules.ADJECTIVE || pc == PersonRules.PLACE
                    || pc == PersonRules.OTHER)) {
                continue;
            }
            mentions.set(k, new Mention(EntityType.ORGANIZATION, w, e, m.value(), m.priority()));
        }
    }

    /**
     * 出席阿里巴巴成立活动: a place inside an organisation that ends inside one word of the segmenter (阿里 of
     * 阿里巴巴/ns) is no place of the name but a reading of its first chars, unless the lexicon holds it as a place
     * (中国 of 中国工商银行).
     */
    static void placesInsideNameWords(char[] c, boolean[] cut, NerLexicon lex, List<Mention> mentions) {
        List<Mention> readings = null;
        for (Mention m : mentions) {
            if (m.type() == EntityType.PLACE && !cut[m.end()] && insideOrganisation(mentions, m)
                    && (lex.categories(new String(c, m.start(), m.end() - m.start())) & NerLexicon.PLACE) == 0) {
                if (readings == null) {
                    readings = new ArrayList<>();
                }
                readings.add(m);
            }
        }
        if (readings != null) {
            mentions.removeAll(readings);
        }
    }

    private static boolean insideOrganisation(List<Mention> mentions, Mention p) {
        for (Mention o : mentions) {
            if (o.type() == EntityType.ORGANIZATION && o.start() <= p.start() && p.end() < o.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * 老挝人民革命党|中央 tagged as two organisations: a party or league and the 中央 right after it are one, its
     * central committee (as {@link #partyCentre} keeps a tagged one).
     */
    static void partyCentres(char[] c, List<Mention> mentions) {
        java.util.Map<Integer, Integer> bodyByEnd = null; // index of a body ending in ORG_END, by its end
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() == EntityType.ORGANIZATION && m.length() >= 2 && ORG_END.indexOf(c[m.end() - 1]) >= 0
                    && m.end() + 2 <= c.length && c[m.end()] == '中' && c[m.end() + 1] == '央') {
                if (bodyByEnd == null) {
                    bodyByEnd = new java.util.HashMap<>();
                }
                bodyByEnd.put(m.end(), k);
            }
        }
        if (bodyByEnd == null) {
            return; // the common case: no body right before 中央
        }
        boolean merged = false;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            Integer p = m.type() == EntityType.ORGANIZATION && m.length() == 2 ? bodyByEnd.get(m.start()) : null;
            if (p == null || c[m.start()] != '中' || c[m.start() + 1] != '央') {
                continue;
            }
            Mention party = mentions.get(p);
            mentions.set(p, new Mention(EntityType.ORGANIZATION, party.start(), m.end(), party.value(),
                    party.priority()));
            mentions.set(k, null);
            merged = true;
        }
        if (merged) {
            mentions.removeIf(java.util.Objects::isNull);
        }
    }

    /**
     * 农行|兵团分行: a branch tagged without the bank whose short or full name stands right before it (农行, 建行,
     * 农业银行) is that bank's branch, as 农行新疆分行 already is.
     */
    static void branchesAfterBanks(char[] c, boolean[] cut, NerLexicon lex, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int s = m.start();
            if (m.type() != EntityType.ORGANIZATION || m.length() < 4 || !cut[s] || c[m.end() - 1] != '行'
                    || (c[m.end() - 2] != '分' && c[m.end() - 2] != '支')) {
                continue;
            }
            for (int len = 2; len <= 4 && s - len >= 0; len++) {
                if (cut[s - len] && c[s - 1] == '行'
                        && (lex.categories(new String(c, s - len, len)) & NerLexicon.ORG) != 0) {
                    mentions.set(k, new Mention(EntityType.ORGANIZATION, s - len, m.end(), m.value(), m.priority()));
                    break;
                }
            }
        }
    }

    /**
     * 兵团|军垦博物馆: a museum or memorial hall right after a body the lexicon knows by name is that body's (People's Daily:
     * [中国/ns 历史/n 博物馆/n]ns, [荷兰/ns 邮政/n 博物馆/n]ns); and a hall of one char and 史馆 (校史馆, 村史馆, a
     * school's or village's history room) is no name.
     */
    static void museumsOfBodies(char[] c, boolean[] cut, NerLexicon lex, List<Mention> mentions) {
        boolean any = false;
        for (Mention m : mentions) {
            any |= m.type() == EntityType.PLACE && c[m.end() - 1] == '馆';
        }
        if (!any) {
            return; // the common case: no hall
        }
        java.util.Map<Integer, Integer> bodyByEnd = new java.util.HashMap<>();
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() == EntityType.ORGANIZATION && m.length() >= 2 && m.end() < c.length && c[m.end()] != '馆'
                    && (lex.categories(new String(c, m.start(), m.length())) & NerLexicon.ORG) != 0) {
                bodyByEnd.put(m.end(), k);
            }
        }
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() != EntityType.PLACE || c[m.end() - 1] != '馆') {
                continue;
            }
            if (m.length() == 3 && c[m.start() + 1] == '史' && m.priority() < Mention.Priority.RULE) {
                mentions.set(k, null); // 校史馆, 村史馆
                continue;
            }
            Integer b = bodyByEnd.get(m.start());
            if (b != null && cut[m.start()] && endsWithAny(c, m.end(), MEMORIAL_HEADS) && m.length() > 3) {
                int s = mentions.get(b).start();
                mentions.set(k, new Mention(EntityType.PLACE, s, m.end(), m.value(), m.priority()));
            }
        }
        mentions.removeIf(java.util.Objects::isNull);
    }

    /** Words that say a body belongs to the one before them (所属, 下属, 旗下). */
    private static final String[] OWNED_BY = {"所属", "下属", "旗下"};

    /**
     * 新疆能源有限责任公司所属哈密煤电公司 tagged as one: a body, an ownership word and a body are two organisations,
     * the owner and the owned.
     */
    static void ownedBodies(char[] c, boolean[] cut, List<Mention> mentions) {
        List<Mention> owned = null;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() != EntityType.ORGANIZATION || m.length() < 8) {
                continue;
            }
            for (int i = m.start() + 2; i + 4 <= m.end(); i++) {
                if (c[i] != '所' && c[i] != '下' && c[i] != '旗' || !cut[i] || !cut[i + 2]
                        || !startsWithAny(c, i, OWNED_BY) || ORG_END.indexOf(c[i - 1]) < 0
                        || ORG_END.indexOf(c[m.end() - 1]) < 0) {
                    continue;
                }
                mentions.set(k, new Mention(EntityType.ORGANIZATION, m.start(), i, m.value(), m.priority()));
                if (owned == null) {
                    owned = new ArrayList<>();
                }
                owned.add(new Mention(EntityType.ORGANIZATION, i + 2, m.end(), m.value(), m.priority()));
                break;
            }
        }
        if (owned != null) {
            mentions.addAll(owned);
        }
    }

    /**
     * 陆家嘴环路1000号恒生银行: an organisation read over an address starts after its house number (digits and 号);
     * 乌鲁木齐至奎屯段: a place that ends in 段, a word of its own after a place word, is that place (a road's section
     * is named by the places at its ends).
     */
    static void addressesAndSections(char[] c, boolean[] cut, int[] placeWord, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() == EntityType.ORGANIZATION) {
                for (int i = m.end() - 3; i > m.start(); i--) {
                    if (c[i] == '号' && c[i - 1] == '0' && cut[i + 1]) { // digits fold to 0
                        mentions.set(k, new Mention(m.type(), i + 1, m.end(), m.value(), m.priority()));
                        break;
                    }
                }
            } else if (m.type() == EntityType.PLACE && m.length() >= 3 && c[m.end() - 1] == '段' && cut[m.end() - 1]
                    && placeWord[m.start()] == m.end() - 1) {
                mentions.set(k, new Mention(m.type(), m.start(), m.end() - 1, m.value(), m.priority()));
            }
        }
    }

    /** Heads of a programme right after its quoted name. */
    private static final String[] PROGRAMME_HEADS = {"行动", "工程", "计划"};

    /**
     * “万企兴万村”行动: the quoted name of a programme (行动, 工程, 计划 right after the closing quote) is no place, body or
     * person of the tagger's (万企兴万村 read as a village), but the programme's name, a POLICY.
     */
    static void programmeNames(char[] c, List<Mention> mentions) {
        mentions.removeIf(m -> m.priority() < Mention.Priority.RULE && m.type() != EntityType.DATE
                && m.start() > 0 && c[m.start() - 1] == '“' && m.end() < c.length && c[m.end()] == '”'
                && startsWithAny(c, m.end() + 1, PROGRAMME_HEADS));
    }

    /** Numerals that count before 大 (三大石油公司, 两大集团); not 一 (一大 is the first congress) nor 第 ordinals. */
    private static final String COUNT_NUMERALS = "两三四五六七八九十几";

    /**
     * 中海油三大石油公司: a numeral word and 大 inside an organisation count the bodies its name is one of (three
     * big oil firms), which no name holds; the organisation ends before the count.
     */
    static void countsInsideOrganisations(char[] c, boolean[] cut, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() != EntityType.ORGANIZATION) {
                continue;
            }
            for (int i = m.start() + 2; i + 2 < m.end(); i++) {
                if (cut[i] && COUNT_NUMERALS.indexOf(c[i]) >= 0 && c[i + 1] == '大' && cut[i + 2]
                        && c[i - 1] != '第') {
                    mentions.set(k, new Mention(EntityType.ORGANIZATION, m.start(), i, m.value(), m.priority()));
                    break;
                }
            }
        }
    }

    /** Ends of a firm's full name, after which a place and a branch word name its branch. */
    private static final String[] FIRM_ENDS = {"公司", "集团", "银行"};

    /**
     * 中国邮政集团有限公司|新疆维吾尔自治区分公司: a place and a branch word right after a firm's full name is that
     * firm's branch, one organisation with it, as 中国邮政集团有限公司新疆分公司 already is.
     */
    static void branchesAfterFirms(char[] c, List<Mention> mentions) {
        java.util.Map<Integer, Integer> firmByEnd = null; // index of a firm's organisation by its end
        java.util.Set<Long> places = null;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() == EntityType.ORGANIZATION && endsWithAny(c, m.end(), FIRM_ENDS)) {
                if (firmByEnd == null) {
                    firmByEnd = new java.util.HashMap<>();
                }
                firmByEnd.put(m.end(), k);
            } else if (m.type() == EntityType.PLACE) {
                if (places == null) {
                    places = new java.util.HashSet<>();
                }
                places.add((long) m.start() << 32 | m.end());
            }
        }
        if (firmByEnd == null || places == null) {
            return;
        }
        boolean[] drop = null;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            Integer firm = m.type() == EntityType.ORGANIZATION ? firmByEnd.get(m.start()) : null;
            int b = firm == null ? -1 : branchStart(c, m.start(), m.end());
            if (b < 0 || !places.contains((long) m.start() << 32 | b)) {
                continue;
            }
            Mention f = mentions.get(firm);
            mentions.set(k, new Mention(EntityType.ORGANIZATION, f.start(), m.end(), m.value(), m.priority()));
            if (drop == null) {
                drop = new boolean[mentions.size()];
            }
            drop[firm] = true;
        }
        if (drop != null) {
            List<Mention> kept = new ArrayList<>(mentions.size());
            for (int k = 0; k < mentions.size(); k++) {
                if (!drop[k]) {
                    kept.add(mentions.get(k));
                }
            }
            mentions.clear();
            mentions.addAll(kept);
        }
    }

    /** Start of the branch word that ends {@code c[s, e)} after one char or more, else -1. */
    private static int branchStart(char[] c, int s, int e) {
        for (String w : BRANCH_WORDS) {
            if (e - s > w.length() && startsWith(c, e - w.length(), w)) {
                return e - w.length();
            }
        }
        return -1;
    }

    /** Who founded a school or hospital, written before its name ([国立/b 艺专/j]nt, [上海/ns 国立/b 音专/j]nt). */
    private static final String FOUNDERS = "国私省市县公";

    /**
     * 国立台湾大学, 私立东吴大学: an organisation right after 国立, 私立, 省立, 市立, 县立 or 公立 begins with that word,
     * as People's Daily writes it, and with a place right before the word ([上海/ns 国立/b 音专/j]nt, 台北市立…); the
     * word tells 国立清华大学 (Taiwan) from 清华大学. Not where another organisation or a person holds the word.
     */
    static void foundedBodies(char[] c, List<Mention> mentions) {
        int n = c.length;
        int[] placeStartByEnd = null; // built at the first such body: most texts have none
        Overlaps others = null;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int p = m.start() - 2;
            if (m.type() != EntityType.ORGANIZATION || p < 0 || c[p + 1] != '立' || FOUNDERS.indexOf(c[p]) < 0) {
                continue;
            }
            if (placeStartByEnd == null) {
                placeStartByEnd = new int[n + 1];
                java.util.Arrays.fill(placeStartByEnd, -1);
                for (Mention o : mentions) {
                    if (o.type() == EntityType.PLACE) {
                        placeStartByEnd[o.end()] = o.start();
                    }
                }
                others = new Overlaps(n, mentions, o -> o.type() != EntityType.PLACE);
            }
            if (others.any(p, p + 2)) {
                continue;
            }
            int s = p;
            if (placeStartByEnd[p] >= 0) {
                s = placeStartByEnd[p]; // 上海|国立
            } else if (c[p] == '市' && placeStartByEnd[p + 1] >= 0) {
                s = placeStartByEnd[p + 1]; // 台北市|立: the place took the 市
            }
            mentions.set(k, new Mention(EntityType.ORGANIZATION, s, m.end(), m.value(), m.priority()));
        }
    }

    /** Words that relate a company to another rather than name it (谷歌|母公司, 旗下|子公司|蚂蚁集团). */
    private static final String[] RELATED_COMPANIES = {"母公司", "子公司", "全资子公司", "控股子公司"};

    /**
     * 谷歌母公司, 子公司蚂蚁集团: an organisation of the tagger that ends in 母公司 or starts with one of {@link
     * #RELATED_COMPANIES} is the company on the other side of the word (谷歌, 蚂蚁集团); the word says how the two are
     * related (a subsidiary is named 分公司 or by its own name). Dropped where no name of two chars or more is left.
     */
    static void relatedCompanies(char[] c, List<Mention> mentions) {
        for (int k = mentions.size() - 1; k >= 0; k--) {
            Mention m = mentions.get(k);
            if (m.type() != EntityType.ORGANIZATION || m.priority() >= Mention.Priority.USER_LEXICON || m.length() < 3) {
                continue;
            }
            int s = m.start(), e = m.end();
            if (endsWith(c, e, "母公司")) {
                e -= 3;
            }
            for (String w : RELATED_COMPANIES) {
                if (startsWith(c, s, w) && s + w.length() <= e) {
                    s += w.length();
                    break;
                }
            }
            if (s == m.start() && e == m.end()) {
                continue;
            }
            if (e - s >= 2) {
                mentions.set(k, new Mention(m.type(), s, e, m.value(), m.priority()));
            } else {
                mentions.remove(k);
            }
        }
    }

    /** [b, e) is almost only a verb (v) in the core dictionary, seen 20 times or more (签署, 宣布, 出席). */
    private static boolean clauseVerb(char[] c, int b, int e) {
        com.hankcs.hanlp.dictionary.CoreDictionary.Attribute a =
                com.hankcs.hanlp.dictionary.CoreDictionary.get(new String(c, b, e - b));
        int verb = Words.uses(a, "v");
        return verb >= 20 && verb * 100 >= 85 * a.totalFrequency;
    }

    /**
     * 加州|库比蒂诺|总部: an organisation of the tagger that is places and 总部 is no body but where a company has its
     * headquarters; People's Daily tags 西雅图总部, 巴格达总部 nothing and [武警 总部]nt only after a body. The places
     * stay: those found, and a place word of the segmenter the tagger had taken in (库比蒂诺/ns).
     */
    static void headquartersOfPlaces(char[] c, int[] placeWord, List<Mention> mentions) {
        List<Mention> places = null;
        java.util.Map<Integer, List<Mention>> placesFrom = null; // the places by start, built at the first 总部
        for (int k = mentions.size() - 1; k >= 0; k--) {
            Mention m = mentions.get(k);
            int hq = m.end() - 2;
            if (m.type() != EntityType.ORGANIZATION || m.priority() >= Mention.Priority.RULE || hq <= m.start()
                    || c[hq] != '总' || c[hq + 1] != '部') {
                continue;
            }
            if (placesFrom == null) {
                placesFrom = new java.util.HashMap<>();
                for (Mention x : mentions) {
                    if (x.type() == EntityType.PLACE) {
                        placesFrom.computeIfAbsent(x.start(), key -> new ArrayList<>()).add(x);
                    }
                }
            }
            List<Mention> found = new ArrayList<>();
            int q = m.start();
            while (q < hq) {
                int e = placeEnd(placesFrom.getOrDefault(q, List.of()), q, hq);
                if (e < 0 && placeWord[q] > q && placeWord[q] <= hq) {
                    e = placeWord[q];
                    found.add(new Mention(EntityType.PLACE, q, e, null, m.priority()));
                }
                if (e < 0) {
                    break;
                }
                q = e;
            }
            if (q == hq) {
                mentions.remove(k);
                if (places == null) {
                    places = new ArrayList<>();
                }
                places.addAll(found);
            }
        }
        if (places != null) {
            mentions.addAll(places);
        }
    }

    /**
     * 山东舰, 福建舰: a warship named after a province or city is no place, as a place followed by 舰 (not 舰队, a fleet,
     * or 舰艇, 舰载) names the ship. The tagger read 山东舰 as one place and 福建 of 福建舰 as a place. A place the
     * lexicon does not know stays (添马舰, which People's Daily tags ns, the naval base).
     */
    static void warships(char[] c, NerLexicon lex, List<Mention> mentions) {
        int n = c.length;
        mentions.removeIf(m -> {
            if (m.type() != EntityType.PLACE || m.priority() >= Mention.Priority.USER_LEXICON) {
                return false;
            }
            int e = m.end();
            if (c[e - 1] == '舰' && m.length() >= 3) { // 山东舰 as one place
                e--;
            } else if (e >= n || c[e] != '舰') {
                return false;
            }
            boolean ship = e + 1 >= n || "队艇载船".indexOf(c[e + 1]) < 0;
            return ship && isPlace(lex, new String(c, m.start(), e - m.start()));
        });
    }

    /** The end of the longest place among {@code mentions} that starts at {@code s} and ends by {@code limit}, or -1. */
    private static int placeEnd(List<Mention> mentions, int s, int limit) {
        int end = -1;
        for (Mention x : mentions) {
            if (x.type() == EntityType.PLACE && x.start() == s && x.end() <= limit) {
                end = Math.max(end, x.end());
            }
        }
        return end;
    }

    /**
     * 托木尔峰|国家级|自然保护区: a place with a nature reserve or scenic area named after it, its level written between,
     * is the reserve, a place as People's Daily writes it ([盐城/ns 自然保护区/n]ns, [黑龙江/ns 扎龙/ns 自然保护区/n]ns).
     */
    static void reservePlaces(char[] c, List<Mention> mentions) {
        Overlaps taken = null; // built at the first reserve: most texts name none
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() != EntityType.PLACE || m.end() >= c.length) {
                continue;
            }
            int e = m.end();
            if (RESERVE_FIRSTS.indexOf(c[e]) < 0
                    || !startsWithAny(c, e, RESERVE_LEVELS) && !startsWithAny(c, e, RESERVE_KINDS)) {
                e = protectedThing(c, e); // 艾比湖|湿地|国家级自然保护区, 卡拉麦里山|有蹄类野生动物|自然保护区
                if (e < 0) {
                    continue;
                }
            }
            for (String level : RESERVE_LEVELS) {
                if (startsWith(c, e, level)) {
                    e += level.length();
                    break;
                }
            }
            for (String kind : RESERVE_KINDS) {
                if (startsWith(c, e, kind)) {
                    int end = e + kind.length();
                    if (taken == null) {
                        taken = new Overlaps(c.length, mentions, x -> true);
                    }
                    if (!taken.any(m.end(), end)) {
                        mentions.set(k, new Mention(m.type(), m.start(), end, m.value(), m.priority()));
                    }
                    break;
                }
            }
        }
    }

    /** Longest stretch between a reserve's place and its level or kind: what it protects (有蹄类野生动物). */
    private static final int MAX_PROTECTED = 8;
    /** Chars that a reserve's name does not hold between its place and its kind (各地自然保护区, 和自然保护区). */
    private static final String NOT_PROTECTED = "的和与及或等各每该本全这那其在是了对为";

    /**
     * The end of what a reserve protects, written between its place and its level or kind (湿地, 胡杨, 有蹄类野生动物):
     * Han chars up to {@value #MAX_PROTECTED}, no function word, right before a level or kind; -1 where none follows.
     */
    private static int protectedThing(char[] c, int from) {
        for (int e = from + 1; e <= from + MAX_PROTECTED && e < c.length; e++) {
            if (!isHan(c[e - 1]) || NOT_PROTECTED.indexOf(c[e - 1]) >= 0) {
                return -1;
            }
            if (RESERVE_FIRSTS.indexOf(c[e]) >= 0 && (startsWithAny(c, e, RESERVE_LEVELS)
                    || startsWithAny(c, e, RESERVE_KINDS))) {
                return e;
            }
        }
        return -1;
    }

    private static final String[] RESERVE_LEVELS = {"国家级", "自治区级", "省级", "市级", "州级", "县级"};
    private static final String[] RESERVE_KINDS = {"自然保护区", "风景名胜区", "湿地自然保护区"};
    /** First chars of {@link #RESERVE_LEVELS} and {@link #RESERVE_KINDS}: after most places comes none of them. */
    private static final String RESERVE_FIRSTS = "国自省市州县风湿";

    /**
     * 老兵|村纪念馆: a place the tagger starts at 村 or 乡 right after a noun or place word is a village or township
     * named by that word (老兵村, 象角村), so the place starts with the word. The tagger has seen such names mostly as
     * one word (冯湾村/ns) and cuts an unseen one after its name part.
     */
    static void villagePlaces(char[] c, boolean[] cut, byte[] posStart, List<Mention> mentions) {
        Overlaps taken = null; // built at the first candidate: most texts have none
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int s = m.start();
            if (m.type() != EntityType.PLACE || m.priority() >= Mention.Priority.RULE || s == 0 || !cut[s]
                    || c[s] != '村' && c[s] != '乡') {
                continue;
            }
            int b = s - 1; // the start of the word before
            while (b > 0 && !cut[b]) {
                b--;
            }
            if (s - b > 3 || !hanName(c, b, s)
                    || posStart[b] != PersonRules.NOUN && posStart[b] != PersonRules.PLACE) {
                continue;
            }
            if (taken == null) {
                taken = new Overlaps(c.length, mentions, x -> true);
            }
            if (!taken.any(b, s)) {
                mentions.set(k, new Mention(m.type(), b, m.end(), m.value(), m.priority()));
            }
        }
    }

    /**
     * Last chars of the words that end places of People's Daily's training days ([吕梁/ns 山区/n]ns, [喀什/ns 地区/n]ns,
     * 大会堂, 机场, 公园, 平原, 清真寺 …) and of the other words for kinds of places, landforms and waters.
     */
    private static final String PLACE_WORD_ENDS = "乡区厅原厦县口园国地场城域堂塔墓宫寨寺岛峡峰州店府廊心所旗村桥楼河洲漠站街路道"
            + "镇阁院馆山江湖海湾港关洞泉井台池溪坪坡沟谷岭庙殿坊巷里庄屯营堡苑亭市省盟滩渠林田";

    /**
     * Words for a kind of area after a place name (新疆|城镇, 河北|农村): never inside a place of People's Daily. Not
     * 山区 or 牧区, which make names of mountain and grazing regions ([吕梁/ns 山区/n]ns, 祁连山区).
     */
    private static final String[] AREA_WORDS = {"城镇", "农村", "城乡", "城市", "乡村", "各地", "沿海", "大地", "全境",
            "境内"};

    /** Ends of venues, whose city is part of their name (乌鲁木齐奥体中心, [北京/ns 工人/n 体育场/n]ns). */
    private static final String[] VENUE_ENDS = {"中心", "体育场", "体育馆"};

    /**
     * Adjacent places are separate names (天津塘沽区 → 天津, 塘沽区; 内蒙古包头市 → 内蒙古, 包头市), as in People's
     * Daily: a tagged PLACE that is not itself a known name and is exactly a run of two or more known places (the
     * first a full name, the others full names or short forms) is replaced by them.
     */
    static void splitPlaces(char[] c, NerLexicon lex, HitIndex hits, List<Mention> mentions) {
        List<Mention> parts = new ArrayList<>();
        mentions.removeIf(m -> {
            if (m.type() != EntityType.PLACE || m.priority() >= Mention.Priority.RULE || m.length() < 4
                    || (lex.categories(new String(c, m.start(), m.length())) & (NerLexicon.PLACE | NerLexicon.SEEN_LOC)) != 0) {
                return false;
            }
            List<Mention> found = new ArrayList<>();
            if (!placeRun(c, m.start(), m.end(), hits, true, found) || found.size() < 2
                    || endsWithAny(c, m.end(), VENUE_ENDS)) {
                return false;
            }
            parts.addAll(found);
            return true;
        });
        mentions.addAll(parts);
    }

    /**
     * 天山网 tagged as a place: a tagged place of three chars or more ending in 网 at a word boundary is a news
     * website, an organisation (as 人民网, 新华网). No place name of People's Daily 1998-01 ends in 网.
     */
    static void websites(char[] c, boolean[] cut, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() == EntityType.PLACE && m.priority() < Mention.Priority.RULE && m.length() >= 3
                    && c[m.end() - 1] == '网' && cut[m.end()]) {
                // a rule's mention: 网 is no organisation ending the headless rule knows
                mentions.set(k, new Mention(EntityType.ORGANIZATION, m.start(), m.end(), null, Mention.Priority.RULE));
            }
        }
    }

    /** Last chars of bodies that no place of People's Daily 1998-01-01..27 ends in (against 站, 厅, 院 of 北京站, 北京音乐厅). */
    private static final String BODY_ENDS = "局委办处署队司团会社";

    /**
     * 市|工信局 tagged as a place: a tagged place of three chars or more ending in a body's last char ({@link
     * #BODY_ENDS}) at a word boundary names a body, an organisation; so does one of four chars or more ending in
     * 海关 (阿拉山口海关, 喀什海关; not 山海关).
     */
    static void bodiesTaggedAsPlaces(char[] c, boolean[] cut, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() == EntityType.PLACE && m.priority() < Mention.Priority.RULE && m.length() >= 3
                    && (BODY_ENDS.indexOf(c[m.end() - 1]) >= 0 || m.length() >= 4 && startsWith(c, m.end() - 2, "海关"))
                    && cut[m.end()]) {
                mentions.set(k, new Mention(EntityType.ORGANIZATION, m.start(), m.end(), null, Mention.Priority.RULE));
            }
        }
    }

    /**
     * Meetings, which end like organisations (in 会) but are events: 学习会, 座谈会 ... People's Daily 1998-01-01..27
     * ends no organisation with any of them (its 会 organisations end in 委员会, 协会, 学会, 研究会, 联谊会 ...).
     */
    private static final String[] MEETINGS = {"学习会", "座谈会", "研讨会", "推进会", "交流会", "动员会", "现场会",
            "表彰会", "报告会", "发布会", "见面会", "茶话会", "联欢会", "洽谈会", "运动会", "展销会", "交易会", "招聘会",
            "培训会", "调度会", "部署会", "分析会", "总结会", "评审会", "听证会", "恳谈会", "协调会", "观摩会", "推介会",
            "对接会", "誓师会", "宣讲会", "汇报会", "通报会", "警示会", "办公会", "常务会", "例会", "年会", "全会"};

    /**
     * A tagged organisation that ends in a meeting ({@link #MEETINGS}: 师市党委理论学习中心组|学习会) is the body that
     * holds it, where what comes before the meeting ends like an organisation; otherwise no organisation.
     */
    static void meetingsAsOrganisations(char[] c, NerLexicon lex, List<Mention> mentions) {
        boolean dropAny = false;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() != EntityType.ORGANIZATION || m.priority() >= Mention.Priority.RULE || c[m.end() - 1] != '会') {
                continue;
            }
            int end = -1;
            for (String w : MEETINGS) {
                if (m.length() >= w.length() && startsWith(c, m.end() - w.length(), w)) {
                    end = m.end() - w.length();
                    break;
                }
            }
            if (end < 0) {
                continue;
            }
            if (end - m.start() >= 3 && orgEnds(c, m.start(), end, lex)) {
                mentions.set(k, new Mention(m.type(), m.start(), end, m.value(), m.priority()));
            } else {
                mentions.set(k, null); // removed below, in one pass however many meetings a long text holds
                dropAny = true;
            }
        }
        if (dropAny) {
            mentions.removeIf(java.util.Objects::isNull);
        }
    }

    /**
     * A tagged organisation that holds a word putting one body under another (中粮集团|旗下|蒙牛乳业公司, 新疆天业集团|
     * 下属|天业化工公司) is two bodies: the one after the word, and the one before it when that ends like a body or is
     * one of the lexicon (字节跳动); the tagger, which saw no such word in its training month, read them as one. The
     * word must stand alone in the segmenter's words (旗|下 counts; 管辖区 does not).
     */
    static void subordinateBodies(char[] c, boolean[] cut, NerLexicon lex, List<Mention> mentions) {
        List<Mention> parents = null;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() != EntityType.ORGANIZATION || m.priority() >= Mention.Priority.RULE) {
                continue;
            }
            int at = -1;
            for (int j = m.start(); j + 4 <= m.end() && at < 0; j++) {
                if (cut[j] && cut[j + 2] && SUBORDINATE_FIRST.indexOf(c[j]) >= 0
                        && startsWithAny(c, j, SUBORDINATION)) {
                    at = j;
                }
            }
            if (at < 0) {
                continue;
            }
            int after = at + 2;
            mentions.set(k, new Mention(m.type(), after, m.end(), m.value(), m.priority()));
            if (at - m.start() >= 2 && (orgSuffixEnds(c, at, lex)
                    || (lex.categories(new String(c, m.start(), at - m.start())) & NerLexicon.ORG) != 0)) {
                if (parents == null) {
                    parents = new ArrayList<>();
                }
                parents.add(new Mention(m.type(), m.start(), at, m.value(), m.priority()));
            }
        }
        if (parents != null) {
            mentions.addAll(parents);
        }
    }

    /** First chars of {@link #SUBORDINATION}. */
    private static final String SUBORDINATE_FIRST = "所下隶旗管";

    /** Chars of administrative levels: a word made of them alone (师市, 省市, 县乡) names levels, no place. */
    private static final String LEVELS = "省市县区乡镇村州盟旗师团";

    /**
     * A tagged place of two or three chars that are all {@link #LEVELS} (师市领导, 省市县三级) is dropped, and so is one
     * whose banner 旗 is the 旗 of 旗下, "under the banner of" (阿里巴巴|旗下: a company, no banner of Inner Mongolia).
     */
    static void dropNonPlaceWords(char[] c, List<Mention> mentions) {
        mentions.removeIf(m -> m.type() == EntityType.PLACE && m.priority() < Mention.Priority.RULE
                && (m.length() >= 2 && m.length() <= 3 && allOf(c, m.start(), m.end(), LEVELS)
                || c[m.end() - 1] == '旗' && m.end() < c.length && c[m.end()] == '下'));
    }

    /**
     * 新疆|薰衣草/ns: a tagged place that HanLP's core dictionary knows only as an ordinary word (never a name) and no
     * lexicon knows as a place is dropped: the tagger, seeing a place before it, reads a plant or a product on as a
     * second place, and the segmenter may agree. On People's Daily 1998-01 the rule fires on 虎林园 only (gold n).
     */
    static void dropCommonWordPlaces(char[] c, HitIndex byStart, List<Mention> mentions) {
        mentions.removeIf(m -> m.type() == EntityType.PLACE && m.priority() < Mention.Priority.RULE && m.length() >= 2
                && !lexiconPlace(byStart, m.start(), m.end()) // most tagged places: no dictionary lookup
                && Words.common(new String(c, m.start(), m.length())));
    }

    /** A hit of the lexicon over exactly [s, e) is a place, a township or a place seen in training. */
    static boolean lexiconPlace(HitIndex byStart, int s, int e) {
        for (int k = byStart.from(s); k < byStart.to(s); k++) {
            int[] h = byStart.get(k);
            if (h[1] == e && (h[2] & (NerLexicon.PLACE | NerLexicon.TOWN | NerLexicon.SEEN_LOC)) != 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean allOf(char[] c, int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(c[i]) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Longest stretch after a place that may still belong to an organisation's name (阿根廷|经济部). */
    private static final int MAX_AFTER_PLACE = 10;

    /**
     * A place followed by name words and an organisation suffix names that organisation (阿根廷经济部, 绵阳市就业局,
     * 罗马尼亚众参两院), which the tagger often reads as the place alone: an ORGANIZATION from the place's start to
     * the farthest suffix (a lexicon ORGSUF ending a word) within {@value #MAX_AFTER_PLACE} chars, when only name
     * words lie between (no verb, numeral, function word or punctuation) and no person or organisation mention
     * crosses it.
     */
    static void placeOrganisations(char[] c, boolean[] cut, boolean[] notName, NerLexicon lex, List<Mention> mentions) {
        int n = c.length;
        // startsAt[p]: the kinds of mention starting at p (1 person, 2 place, 4 organisation)
        byte[] startsAt = new byte[n + 1];
        for (Mention m : mentions) {
            int bit = m.type() == EntityType.PERSON ? 1 : m.type() == EntityType.PLACE ? 2 : 4;
            startsAt[m.start()] |= (byte) bit;
        }
        List<Mention> added = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.PLACE || m.priority() >= Mention.Priority.RULE) {
                continue;
            }
            int b = m.end();
            if (!ownsBody(c, b)) {
                continue; // 中南海|国务院
            }
            int best = -1;
            for (int j = b; j < n && j - b < MAX_AFTER_PLACE; j++) {
                char ch = c[j];
                if (nameConjunction(c, cut, notName, startsAt, b, j)) {
                    continue;
                }
                // a person or an organisation (中南海|国务院: the tagger saw two names) ends the search
                if (!isHan(ch) || notName[j] || breakWord(c, cut, j) || (startsAt[j] & 5) != 0) {
                    break;
                }
                if (cut[j + 1] && institutionEnds(c, b, j + 1)) {
                    best = j + 1;
                }
            }
            if (best > b && !bareHead(c, b, best) && !competitionLeg(c, startsAt, b, best)) {
                added.add(new Mention(EntityType.ORGANIZATION, m.start(), best));
            }
        }
        if (added.isEmpty()) {
            return;
        }
        // 乌鲁木齐海关: the institution word itself is no place of its own (海关 is one in the names seen in training)
        boolean[] orgEnd = new boolean[n + 1];
        for (Mention o : added) {
            orgEnd[o.end()] = true;
        }
        mentions.removeIf(m -> m.type() == EntityType.PLACE && m.priority() < Mention.Priority.RULE && orgEnd[m.end()]
                && INSTITUTIONS.contains(new String(c, m.start(), m.length())));
        mentions.addAll(added);
    }

    /**
     * [b, e) ends in the leg of a competition held in a place (新疆马拉松系列赛|喀什|站, 世界杯|北京|站): 站 after a
     * place that follows 赛 or 杯, no station of a body.
     */
    private static boolean competitionLeg(char[] c, byte[] startsAt, int b, int e) {
        if (c[e - 1] != '站') {
            return false;
        }
        for (int p = e - 2; p > b; p--) {
            if ((startsAt[p] & 2) != 0 && (c[p - 1] == '赛' || c[p - 1] == '杯')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Heads that right after a place describe rather than name (美国公司 = American companies, 以色列电台 = Israeli
     * radio): People's Daily 1998-01-01..20 leaves place+公司 untagged 5 times of 6, place+电台 4 of 4 (while
     * place+银行, 大学, 集团, 电视台, 医院 are names 41:6, 36:0, 5:0, 12:0, 11:0).
     */
    private static final String[] BARE_HEADS = {"公司", "电台"};

    /** [b, e) is nothing but one of {@link #BARE_HEADS}. */
    private static boolean bareHead(char[] c, int b, int e) {
        for (String w : BARE_HEADS) {
            if (e - b == w.length() && startsWith(c, b, w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 和 or 与 joining two name words inside an organisation's name after its place (越南计划和投资部, 美国国家航空和
     * 宇宙航行局, 以色列建设和住房部; 23 such names in People's Daily 1998-01-01..24): a one-char conjunction word at
     * j with a name word before it (not the place itself) and a name word after it that starts no mention.
     */
    private static boolean nameConjunction(char[] c, boolean[] cut, boolean[] notName, byte[] startsAt, int b, int j) {
        return (c[j] == '和' || c[j] == '与') && j > b + 1 && cut[j] && cut[j + 1] && j + 2 < c.length
                && isHan(c[j - 1]) && !notName[j - 1] && isHan(c[j + 1]) && !notName[j + 1]
                && BREAK_IN_ORG.indexOf(c[j + 1]) < 0 && startsAt[j + 1] == 0;
    }

    /**
     * Words that make a larger place of the place before them, as People's Daily writes it ([张家口/ns 地区/n]ns,
     * [首都/n 机场/n]ns): 地区 follows a place inside one name in 70% of its uses there, the facility words in
     * 70–95% (市场 is not one of them: 天津市场 is Tianjin's market). And the landforms the training days do not name
     * after a place but the tagger then leaves outside (马里亚纳|海沟, 雅鲁藏布|大峡谷); not 山脉 and 大裂谷, which
     * People's Daily leaves outside (喜马拉雅/ns 山脉/n, 东非/ns 大/a 裂谷/n).
     */
    private static final String[] PLACE_SUFFIXES = {"地区", "机场", "国际机场", "公园", "广场", "大厦", "商厦", "商场",
            "宾馆", "饭店", "大酒店", "纪念馆", "火车站", "南站", "北站", "东站", "西站", "海沟", "峡谷", "大峡谷", "地峡"};

    /** Heads of a company named after its site (深圳机场集团公司, 西单商场集团). */
    private static final String[] SITE_COMPANY_HEADS = {"集团", "公司", "股份", "有限", "总公司", "分公司", "管理局"};

    /** First chars of {@link #PLACE_SUFFIXES} and 市. */
    private static final CharSet SUFFIX_FIRST = new CharSet();

    static {
        for (String w : PLACE_SUFFIXES) {
            SUFFIX_FIRST.add(w.charAt(0));
        }
        SUFFIX_FIRST.add('市');
        SUFFIX_FIRST.addAll(EntityRules.TERRAIN); // declared below; a constant, so already set
    }

    /**
     * 自治区纪委监委, 州纪委监委: since 2018 the discipline commission and the supervisory commission of a level work as
     * one body, written together; an organisation ending in 纪委 right before 监委 takes it in, and a mention inside
     * 监委 gives way.
     */
    static void jointCommissions(char[] c, List<Mention> mentions) {
        boolean[] supervisory = null; // supervisory[p]: a joined 监委 covers [p, p + 2)
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int e = m.end();
            if (m.type() == EntityType.ORGANIZATION && endsWith(c, e, "纪委") && startsWith(c, e, "监委")) {
                mentions.set(k, new Mention(m.type(), m.start(), e + 2, m.value(), m.priority()));
                supervisory = supervisory == null ? new boolean[c.length] : supervisory;
                supervisory[e] = true;
            }
        }
        if (supervisory != null) {
            boolean[] joined = supervisory; // what lies inside a joined 监委: at most two chars, starting on it
            mentions.removeIf(o -> o.length() <= 2 && (joined[o.start()]
                    || o.start() > 0 && joined[o.start() - 1] && o.length() == 1));
        }
    }

    /** Buildings of an airport, which the tagger runs an airport's name into as if a body (天府国际机场航站楼). */
    private static final String[] AIRPORT_BUILDINGS = {"航站楼", "候机楼", "候机厅", "航站区"};

    /**
     * 成都天府国际机场|航站楼: an organisation of the tagger that is an airport and one of its buildings is the
     * airport, a place as People's Daily writes airports ([首都/n 国际/n 机场/n]ns), not the building.
     */
    static void airportBuildings(char[] c, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() != EntityType.ORGANIZATION || m.priority() >= Mention.Priority.RULE || m.length() < 6
                    || c[m.end() - 1] != '楼' && c[m.end() - 1] != '厅' && c[m.end() - 1] != '区') {
                continue;
            }
            for (String w : AIRPORT_BUILDINGS) {
                int b = m.end() - w.length();
                if (b - 2 > m.start() && startsWith(c, b, w) && c[b - 2] == '机' && c[b - 1] == '场') {
                    mentions.set(k, new Mention(EntityType.PLACE, m.start(), b, null, m.priority()));
                    break;
                }
            }
        }
    }

    /** Heads of memorial halls and museums, which are named after what they remember. */
    private static final String[] MEMORIAL_HEADS = {"纪念馆", "纪念堂", "博物馆", "陈列馆"};

    /** Longest stretch between a place and the common word that starts a memorial's tagged name. */
    private static final int MAX_MEMORIAL_GAP = 8;

    /**
     * 南京大屠杀遇难|同胞纪念馆: the tagger sometimes starts a memorial hall's name at a common word (同胞); where a
     * place of the lexicon starts a word shortly before it with only Han chars of a name between (大屠杀遇难), the
     * name starts at the place.
     */
    static void memorialHalls(char[] c, boolean[] cut, boolean[] notName, List<int[]> hits, List<Mention> mentions) {
        int[] placeStart = null; // placeStart[q]: 1 + the start of a place of the lexicon ending at q, else 0
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int s = m.start();
            if (m.type() == EntityType.PERSON || m.priority() >= Mention.Priority.RULE || m.length() < 5
                    || !endsWithAny(c, m.end(), MEMORIAL_HEADS) || !cut[s]) {
                continue;
            }
            int w = s + 1;
            while (w < m.end() && !cut[w]) {
                w++;
            }
            if (w - s < 2 || !Words.common(new String(c, s, w - s))) {
                continue;
            }
            if (placeStart == null) {
                placeStart = new int[c.length + 1];
                for (int[] h : hits) {
                    if (h[1] - h[0] >= 2 && (h[2] & NerLexicon.PLACE) != 0 && cut[h[0]]) {
                        placeStart[h[1]] = h[0] + 1;
                    }
                }
            }
            for (int q = s - 1; q >= Math.max(1, s - MAX_MEMORIAL_GAP); q--) {
                if (!isHan(c[q]) || NOT_IN_COMPANY.indexOf(c[q]) >= 0) {
                    break;
                }
                if (placeStart[q] > 0) {
                    // a place inside a longer word (南京大屠杀) names an event; else no verb may stand between
                    // (北京市民参观|同胞纪念馆)
                    if (!cut[q] || !any(notName, q, s)) {
                        mentions.set(k, new Mention(m.type(), placeStart[q] - 1, m.end(), m.value(), m.priority()));
                    }
                    break;
                }
            }
        }
    }

    /**
     * 世界杯北京站, 大奖赛上海站: a place of the tagger ending in 站 right after a cup or a series is the leg of the
     * competition held in that place, not a station; the place is the city before 站.
     */
    static void competitionLegs(char[] c, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int s = m.start(), e = m.end();
            if (m.type() == EntityType.PLACE && m.priority() < Mention.Priority.RULE && m.length() >= 3
                    && c[e - 1] == '站' && s > 0 && (c[s - 1] == '杯' || c[s - 1] == '赛')) {
                mentions.set(k, new Mention(EntityType.PLACE, s, e - 1, m.value(), m.priority()));
            }
        }
    }

    /**
     * 内蒙古中东部, 中西部地区: two compass points before 部 name a part of a region, not a place (the tagger reads
     * 中东 of 中东部 as the Middle East). 部长, 部队, 部落, 部门 after them are other words (中东部落). Nor is a
     * compass point and 路 alone (南路 of 北京|南路, which People's Daily writes 长江/ns 中路/n).
     */
    static void compassParts(char[] c, List<Mention> mentions) {
        int n = c.length;
        mentions.removeIf(m -> {
            int s = m.start(), e = m.end();
            if (m.type() != EntityType.PLACE || m.priority() >= Mention.Priority.RULE || e - s != 2
                    || "东西南北中".indexOf(c[s]) < 0) {
                return false;
            }
            return c[s + 1] == '路' || e < n && c[e] == '部' && (e + 1 == n || "长队落门".indexOf(c[e + 1]) < 0)
                    && "东西南北中".indexOf(c[s + 1]) >= 0;
        });
    }

    /**
     * …纪检监察组组长, …办公室综合处处长: before a title that repeats the unit's last char (组长, 处长), the tagger
     * sometimes stops one char short of the unit (国家卫生健康委纪检监察); the organisation takes that char. So does
     * one that ends on 社 of the segmenter's word 社区 (…北京南路社|区: a community, not a 社 like 新华社), and one
     * holding 街道 that ends right before the word 社区 (…粤海街道科技园|社区: an address).
     */
    static void unitsBeforeTheirHeads(char[] c, boolean[] cut, List<Mention> mentions) {
        int n = c.length;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int e = m.end();
            if (m.type() != EntityType.ORGANIZATION || e >= n) {
                continue;
            }
            if (e + 2 < n && c[e] == c[e + 1] && c[e + 2] == '长' && "组处科局队部所站院厅社室股".indexOf(c[e]) >= 0
                    || c[e - 1] == '社' && c[e] == '区' && !cut[e] && (e + 1 == n || cut[e + 1])) {
                mentions.set(k, new Mention(EntityType.ORGANIZATION, m.start(), e + 1, m.value(), m.priority()));
            } else if (e + 2 <= n && c[e] == '社' && c[e + 1] == '区' && cut[e] && (e + 2 == n || cut[e + 2])
                    && containsAny(c, m.start(), e, STREET)) {
                // …粤海街道科技园|社区: an address down to the community, which then gives way to its places
                mentions.set(k, new Mention(EntityType.ORGANIZATION, m.start(), e + 2, m.value(), m.priority()));
            }
        }
    }

    /** The word that makes an organisation ending before 社区 an address (…粤海街道科技园|社区). */
    private static final String[] STREET = {"街道"};

    /** The XPCC's branches of the region's higher court and procuratorate, written after them. */
    private static final String[] CORPS_BRANCHES = {"生产建设兵团分院", "兵团分院"};

    /**
     * 新疆维吾尔自治区高级人民法院生产建设兵团分院 is one court (the XPCC's branch of the region's higher court, and
     * likewise of its procuratorate): an organisation ending in 法院 or 检察院 right before 生产建设兵团分院 or 兵团分院
     * runs on to the branch's end, and the organisations inside the branch (兵团, 兵团分院) give way.
     */
    static void corpsBranches(char[] c, List<Mention> mentions) {
        int n = c.length;
        List<Mention> joined = null;
        int[] courtStart = null; // at each char of a branch's name: 1 + the start of the court it joins
        for (Mention m : mentions) {
            int e = m.end();
            if (m.type() != EntityType.ORGANIZATION || e + 4 > n || (c[e] != '生' && c[e] != '兵')
                    || !endsWith(c, e, "法院") && !endsWith(c, e, "检察院")) {
                continue;
            }
            for (String b : CORPS_BRANCHES) {
                if (startsWith(c, e, b)) {
                    joined = joined == null ? new ArrayList<>() : joined;
                    courtStart = courtStart == null ? new int[n] : courtStart;
                    joined.add(new Mention(EntityType.ORGANIZATION, m.start(), e + b.length(), null,
                            Mention.Priority.RULE));
                    java.util.Arrays.fill(courtStart, e, e + b.length(), m.start() + 1);
                    break;
                }
            }
        }
        if (joined == null) {
            return;
        }
        // 兵团 and 兵团分院 end inside a branch's name and start after its court's start
        int[] court = courtStart;
        mentions.removeIf(o -> o.type() == EntityType.ORGANIZATION && court[o.end() - 1] > 0
                && o.start() >= court[o.end() - 1]);
        mentions.addAll(joined);
    }

    /** Competitions, which People's Daily never tags as part of a body ([甲Ａ/nz 联赛/n]nz). */
    private static final String[] COMPETITIONS = {"联赛", "锦标赛", "大奖赛", "公开赛", "联盟杯"};

    /**
     * 美国职业篮球联赛|休斯敦火箭队: a team the tagger ran its league into begins after the league. A tagged
     * organisation with one of {@link #COMPETITIONS} inside and at least three chars after it starts after the last.
     */
    static void teamsAfterLeagues(char[] c, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() != EntityType.ORGANIZATION || m.priority() >= Mention.Priority.RULE || m.length() < 6) {
                continue;
            }
            int start = m.start();
            for (int i = m.start() + 1; i + 3 < m.end(); i++) {
                if ("赛杯".indexOf(c[i]) < 0) {
                    continue;
                }
                for (String w : COMPETITIONS) {
                    int b = i + 1 - w.length();
                    if (b >= m.start() && startsWith(c, b, w) && m.end() - (i + 1) >= 3) {
                        start = i + 1;
                    }
                }
            }
            if (start > m.start()) {
                mentions.set(k, new Mention(m.type(), start, m.end(), m.value(), m.priority()));
            }
        }
    }

    /** Centres that are bodies which serve or report, not venues (not 会展中心, 购物中心, 体育中心). */
    private static final String[] SERVICE_CENTRES = {"融媒体中心", "媒体中心", "政务服务中心", "服务中心", "疾控中心",
            "文明实践中心", "指挥中心", "调度中心", "监测中心", "检测中心", "救助中心", "研发中心", "研究中心", "技术中心",
            "数据中心", "培训中心"};

    /**
     * 乌鲁木齐市融媒体中心, 县融|媒体中心: the tagger, which learnt venues ending in 中心 as places ([西单/ns 购物/vn
     * 中心/n]ns), reads a body that serves or reports as one. A tagged PLACE ending in one of {@link
     * #SERVICE_CENTRES} is an ORGANIZATION when it starts with a known place, else nothing.
     */
    static void serviceCentres(char[] c, HitIndex byStart, List<Mention> mentions) {
        List<Mention> bare = null;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() != EntityType.PLACE || m.priority() >= Mention.Priority.RULE || m.length() < 4
                    || c[m.end() - 1] != '心' || !endsWithAny(c, m.end(), SERVICE_CENTRES)) {
                continue;
            }
            boolean placed = false;
            for (int x = byStart.from(m.start()); x < byStart.to(m.start()) && !placed; x++) {
                int[] h = byStart.get(x);
                placed = (h[2] & (NerLexicon.PLACE | NerLexicon.SEEN_LOC)) != 0 && (h[2] & NerLexicon.SHORT) == 0
                        && h[1] < m.end() - 3;
            }
            if (placed) {
                mentions.set(k, new Mention(EntityType.ORGANIZATION, m.start(), m.end(), null, m.priority()));
            } else {
                bare = bare == null ? new ArrayList<>() : bare;
                bare.add(m);
            }
        }
        if (bare != null) {
            java.util.Set<Mention> drop = new java.util.HashSet<>(bare); // removeAll on lists is quadratic
            mentions.removeIf(drop::contains);
        }
    }

    /**
     * A PLACE directly followed by one of {@link #PLACE_SUFFIXES} at a word boundary takes it in (东亚地区, 大理机场), and
     * so does one followed by a one-char word of {@link #TERRAIN} (凤凰岭). Not where a company's head follows the
     * suffix (深圳|机场|集团公司, 西单|商场|集团: People's Daily tags the whole an organisation, with only the place
     * inside): the site is then part of the company's name.
     */
    static void placeSuffixes(char[] c, boolean[] cut, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() != EntityType.PLACE || m.length() < 2 || m.end() >= c.length || !SUFFIX_FIRST.has(c[m.end()])) {
                continue;
            }
            int best = m.end();
            // 阿比让|市: a city known without 市 (a word boundary after 市: not 天津|市场, 北京|市民)
            if (m.end() + 1 <= c.length && c[m.end()] == '市' && cut[m.end() + 1] && "市省县区州".indexOf(c[m.end() - 1]) < 0) {
                best = m.end() + 1;
            }
            for (String w : PLACE_SUFFIXES) {
                int e = m.end() + w.length();
                if (e > best && e <= c.length && cut[e] && startsWith(c, m.end(), w)) {
                    best = e;
                }
            }
            // 凤凰|岭, 双泾|村: a one-char word of terrain or settlement after a place names a place of its own
            if (best == m.end() && TERRAIN.indexOf(c[m.end()]) >= 0 && cut[m.end() + 1]) {
                best = m.end() + 1;
            }
            if (best > m.end() && startsWithAny(c, best, SITE_COMPANY_HEADS)) {
                continue;
            }
            if (best > m.end()) {
                mentions.set(k, new Mention(m.type(), m.start(), best, m.value(), m.priority()));
            }
        }
    }

    /**
     * One-char words of terrain and settlement that People's Daily joins to the place before them (凤凰岭/ns,
     * 双泾村/ns): 277 such places in 1998-01-01..27, and 2 where it writes the two apart.
     */
    private static final String TERRAIN = "村镇乡河山岭岛桥湖寨峰";

    /**
     * One-char abbreviations of countries that Xinhua writes before a foreign body without a separator (罗 Romania,
     * 哈 Kazakhstan, 乌 Ukraine, 波 Poland, 捷 Czechia, 匈 Hungary, 保 Bulgaria, 塔 Tajikistan): not {@code PLACE1}
     * chars of the lexicon, which would make 罗哈 or 保加 a pair of places, but owners in the rule below.
     */
    static final String OWNER_ONLY = "罗哈乌波捷匈保塔";

    /**
     * 俄外交部, 日大藏省, 罗国家统计委员会, 以政府: a country's one-char abbreviation written directly before a body's
     * name belongs to that organisation (inside the name in 72 of 74 such cases in People's Daily 1998-01-01..24).
     * An ORGANIZATION that starts right after a one-char word that is such an abbreviation, itself after a
     * non-name word (not another abbreviation: 中美国防部), punctuation or the start of the text, is extended back over
     * it; not a preposition (以|友谊集团|为例).
     */
    static void ownerAbbreviations(char[] c, boolean[] cut, boolean[] notName, NerLexicon lex, List<Mention> mentions) {
        int n = c.length;
        boolean[] covered = null; // chars inside a mention of another kind (任菲: part of a name)
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int a = m.start() - 1;
            if (m.type() != EntityType.ORGANIZATION || a < 0 || !cut[a] || !cut[m.start()] || !isHan(c[a])
                    || ((lex.categories(c[a]) & NerLexicon.PLACE1) == 0 && OWNER_ONLY.indexOf(c[a]) < 0)
                    || notName[a] // 以|友谊集团|为例: the preposition, not Israel
                    || (lex.categories(c[m.start()]) & NerLexicon.PLACE1) != 0 // 中|美国防部: it has its owner
                    || (a > 0 && isHan(c[a - 1]) && (!notName[a - 1] || (lex.categories(c[a - 1]) & NerLexicon.PLACE1) != 0))) {
                continue; // 中美|国防部: a pair of countries, not an owner
            }
            if (covered == null) {
                covered = new boolean[n];
                for (Mention o : mentions) {
                    if (o.type() != EntityType.ORGANIZATION && o.length() > 1) {
                        java.util.Arrays.fill(covered, o.start(), o.end(), true);
                    }
                }
            }
            if (!covered[a]) {
                mentions.set(k, new Mention(m.type(), a, m.end(), m.value(), m.priority()));
            }
        }
    }

    /**
     * A body's local office is named with the body first (中共北京市委, 武警张家口支队, 农行河南省分行, 美军太平洋总部,
     * 空军昆明医院: 95 names in People's Daily 1998-01-01..24 open with such a head before a place, while a common
     * noun before one, 单位|浙江省临安市气象局, stays outside): an ORGANIZATION that starts with a known place is
     * extended back over the word right before it when that word is a known organisation or the head of one (a
     * lexicon ORG, 农行), the name of an armed force ({@link #force}) or a brand (鲁能|泰山队, POS nz/nx).
     */
    static void headedPlaceOrganisations(char[] c, boolean[] cut, int[] brand, NerLexicon lex, HitIndex hits,
                                         List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int s = m.start();
            if (m.type() != EntityType.ORGANIZATION || s < 2 || !cut[s] || !placeAt(c, s, hits)) {
                continue;
            }
            int head = -1;
            for (int w = Math.max(0, s - MAX_FORCE); w <= s - 2 && head < 0; w++) {
                if (!cut[w] || !nameChars(c, w, s)) {
                    continue;
                }
                if (c[s - 1] == '军' && anyCut(cut, w + 1, s)) {
                    continue; // 军 ends one word from w
                }
                if (force(c, w, s, lex) || knownOrgEndingAt(hits, w, s) || (brand[w] == s && brandChars(c, w, s))) {
                    head = w;
                }
            }
            if (head >= 0) {
                mentions.set(k, new Mention(m.type(), head, m.end(), m.value(), m.priority()));
            }
        }
    }

    /**
     * [from, to) names an armed force: 新四军, 八路军, 志愿军, 空军, 海军, 美军 (a country's one-char abbreviation and
     * 军); not 冠军, 亚军, 将军 (世界冠军美国队 is the champion, the American team).
     */
    private static boolean force(char[] c, int from, int to, NerLexicon lex) {
        if (c[to - 1] != '军' || "冠亚季将全我敌".indexOf(c[to - 2]) >= 0) {
            return false;
        }
        return to - from >= 3 || "空海陆红".indexOf(c[from]) >= 0 || (lex.categories(c[from]) & NerLexicon.PLACE1) != 0;
    }

    private static boolean anyCut(boolean[] cut, int from, int to) {
        for (int i = from; i < to; i++) {
            if (cut[i]) {
                return true;
            }
        }
        return false;
    }

    /** A lexicon organisation (or head of one) spans exactly [from, to). */
    private static boolean knownOrgEndingAt(HitIndex hits, int from, int to) {
        for (int x = hits.from(from); x < hits.to(from); x++) {
            int[] h = hits.get(x);
            if (h[1] == to && (h[2] & NerLexicon.ORG) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A place's sports teams (四川女排, 上海男排, 中国游泳队: [ns 女排]nt 55 times, never apart, and [ns 游泳队]nt,
     * [ns 举重队]nt, [ns 跳水队]nt 14 times in 1998-01-01..24; [中国/ns 女足/j]nt and [广东/ns 女足/j]nt too).
     */
    private static final String[] TEAMS = {"女排", "男排", "女篮", "男篮", "女足", "男足", "女乒", "男乒", "足球队",
            "篮球队", "排球队", "乒乓球队", "羽毛球队", "网球队", "冰球队", "手球队", "游泳队", "跳水队", "举重队", "体操队",
            "田径队", "射击队", "击剑队", "柔道队", "摔跤队", "拳击队", "滑冰队", "滑雪队"};

    /** Two-char words ending in 协 or 联 that are no association's short name. */
    private static final Set<String> NOT_ASSOCIATIONS = Set.of("苏联", "春联", "对联", "楹联", "挽联", "关联", "串联",
            "互联", "并联", "蝉联", "横联", "上联", "下联", "三联", "妥协", "政协");

    /**
     * A place and the short name of its association (中国篮协, 中国剧协, 朝阳区青联, 广东省妇联: 75 such [ns j]nt in
     * People's Daily 1998-01-01..24) are one organisation: a PLACE followed by a two-char word ending in 协 or 联
     * (not an ordinary word such as 春联, nor 政协, which a government suffix rule reads), or by one of its
     * {@link #TEAMS}, becomes an ORGANIZATION.
     */
    static void placeAssociations(char[] c, boolean[] cut, List<Mention> mentions) {
        List<Mention> added = null;
        for (Mention m : mentions) {
            int e = m.end();
            if (m.type() != EntityType.PLACE || e + 1 > c.length || !isHan(c[e])) {
                continue;
            }
            int end = cut[e] && e + 2 <= c.length && cut[e + 2] && (c[e + 1] == '协' || c[e + 1] == '联')
                    && !NOT_ASSOCIATIONS.contains(new String(c, e, 2)) ? e + 2 : 0;
            // 秘鲁队, 中国女排: the segmenter reads the place and its team as one word (秘鲁队/nt, 中国女排/ns)
            if (end == 0 && !cut[e] && c[e] == '队' && cut[e + 1]) {
                end = e + 1;
            }
            for (int t = 0; t < TEAMS.length && end == 0; t++) {
                int te = e + TEAMS[t].length();
                if (te <= c.length && cut[te] && startsWith(c, e, TEAMS[t]) && (cut[e] || !anyCut(cut, m.start() + 1, te))) {
                    end = te;
                }
            }
            if (end == 0) {
                continue;
            }
            if (added == null) {
                added = new ArrayList<>();
            }
            added.add(new Mention(EntityType.ORGANIZATION, m.start(), end));
        }
        if (added != null) {
            mentions.addAll(added);
        }
    }

    /** Offices a body keeps elsewhere, named "body 驻 place office" (上海花纱布公司驻武汉办事处). */
    private static final String[] OFFICES = {"办事处", "代表处", "大使馆", "使馆", "总领事馆", "领事馆", "分社",
            "记者站", "联络处"};

    /**
     * "Body 驻 place office" is one organisation (伊拉克驻约旦大使馆, 八路军驻桂林办事处, 上海花纱布公司驻武汉办事处:
     * every such name in People's Daily 1998-01-01..24 is one nt), which the tagger reads as two: an ORGANIZATION
     * that ends right before a one-char word 驻 joins the ORGANIZATION right after it when that one holds an office
     * word ({@link #OFFICES}), or the PLACE right after it with a word of {@link #STATIONED_UNITS} after that
     * (中国人民解放军驻香港部队).
     */
    static void stationedOffices(char[] c, boolean[] cut, List<Mention> mentions) {
        int n = c.length;
        int[] orgAt = null; // orgAt[p]: 1 + index of the longest organisation mention starting at p, else 0
        int[] placeAt = null; // the same for places
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int p = m.end();
            if (m.type() != EntityType.ORGANIZATION || p + 1 >= n || c[p] != '驻' || !cut[p] || !cut[p + 1]) {
                continue;
            }
            if (orgAt == null) {
                orgAt = longestAt(n, mentions, EntityType.ORGANIZATION);
                placeAt = longestAt(n, mentions, EntityType.PLACE);
            }
            int end = 0;
            if (orgAt[p + 1] != 0) {
                Mention office = mentions.get(orgAt[p + 1] - 1);
                end = containsAny(c, office.start(), office.end(), OFFICES) ? office.end() : 0;
            }
            if (end == 0 && placeAt[p + 1] != 0) { // 中国人民解放军驻|香港|部队: the place and the unit word
                end = listedWordEnd(c, cut, mentions.get(placeAt[p + 1] - 1).end(), STATIONED_UNITS);
            }
            if (end > 0) {
                mentions.set(k, new Mention(m.type(), m.start(), end, m.value(), m.priority()));
            }
        }
    }

    /**
     * Words for what a body keeps in a place, written right after the place ([北京/ns 军区/n 驻/v 张家口/ns
     * 部队/n]nt).
     */
    private static final String[] STATIONED_UNITS = {"部队", "办事处", "代表处", "联络处", "记者站", "分社"};

    private static boolean endsWith(char[] c, int end, String w) {
        return end >= w.length() && startsWith(c, end - w.length(), w);
    }

    /**
     * Offices a national body keeps in a region, and an academy's institutes and branches there, written after the
     * body and the region (新疆|监管办公室, 乌鲁木齐市|税务局, 新疆|生态与地理研究所).
     */
    private static final String[] REGIONAL_OFFICES = {"监管办公室", "监管办", "监管局", "监管分局", "调查总队", "调查队",
            "分行", "分局", "分公司", "特派员办事处", "专员办事处", "税务局", "稽查局", "海关", "分院", "研究所", "研究院",
            "研究中心"};

    /**
     * 国家能源局|新疆监管办公室, 中国移动|新疆分公司, 国家税务总局|乌鲁木齐市税务局, 中国科学院|新疆生态与地理研究所: an
     * organisation the lexicon knows right before an organisation that starts with a known place and ends in a
     * regional office ({@link #REGIONAL_OFFICES}), or in a company's legal form after a group
     * (国家电投集团|新疆能源化工有限责任公司), is one organisation with it, and so is the army with a command or service
     * the lexicon knows (中国人民解放军|东部战区), as People's Daily writes a body's unit in a place
     * ([铁道部/nt 西安/ns 车辆厂/n]nt).
     */
    static void regionalOffices(char[] c, boolean[] cut, NerLexicon lex, HitIndex hits, List<Mention> mentions) {
        int n = c.length;
        int[] orgAt = null; // orgAt[p]: 1 + index of the longest organisation mention starting at p, else 0
        int[] placeAt = null; // the same for places
        boolean[] joinedAway = null;
        for (int k = 0; k < mentions.size(); k++) {
            Mention body = mentions.get(k);
            int p = body.end();
            if (body.type() != EntityType.ORGANIZATION || p >= n || !cut[p]
                    || joinedAway != null && k < joinedAway.length && joinedAway[k] || !knownBody(c, body, lex)) {
                continue;
            }
            if (orgAt == null) {
                orgAt = longestAt(n, mentions, EntityType.ORGANIZATION);
                joinedAway = new boolean[mentions.size()];
            }
            int x = orgAt[p] - 1;
            if (x < 0 || joinedAway[x]) {
                continue;
            }
            int officeEnd = mentions.get(x).end();
            // the army's commands and services the lexicon knows (解放军|东部战区), as People's Daily writes
            // [解放军/n 总后勤部/n]nt
            boolean armyUnit = endsWith(c, p, "解放军")
                    && (lex.categories(new String(c, p, officeEnd - p)) & NerLexicon.ORG) != 0;
            if (!armyUnit && !startsWithPlace(cut, hits, p, officeEnd)) {
                continue;
            }
            // a group's company in a region is registered under the group's name (国家电投集团|新疆能源化工有限责任公司)
            boolean groupsCompany = endsWith(c, p, "集团") && endsWithAny(c, officeEnd, LEGAL_FORMS);
            if (!armyUnit && !groupsCompany && !endsWithAny(c, officeEnd, REGIONAL_OFFICES)) {
                continue;
            }
            mentions.set(k, new Mention(body.type(), body.start(), mentions.get(x).end(), body.value(),
                    body.priority()));
            joinedAway[x] = true;
        }
        if (joinedAway != null) {
            dropAndAdd(mentions, joinedAway, List.of());
        }
    }

    /** The lexicon knows the organisation, or the group it names (国家电投|集团). */
    private static boolean knownBody(char[] c, Mention m, NerLexicon lex) {
        return (lex.categories(new String(c, m.start(), m.length())) & NerLexicon.ORG) != 0
                || m.length() > 4 && endsWith(c, m.end(), "集团")
                && (lex.categories(new String(c, m.start(), m.length() - 2)) & NerLexicon.ORG) != 0;
    }

    /** A known place (no short form) starts at {@code p} and ends at a word boundary before {@code end}. */
    private static boolean startsWithPlace(boolean[] cut, HitIndex hits, int p, int end) {
        for (int x = hits.from(p); x < hits.to(p); x++) {
            int[] h = hits.get(x);
            if ((h[2] & NerLexicon.PLACE) != 0 && (h[2] & NerLexicon.SHORT) == 0 && h[1] < end && cut[h[1]]) {
                return true;
            }
        }
        return false;
    }

    /** By offset: 1 + the index of the longest mention of {@code type} starting there, else 0. */
    private static int[] longestAt(int n, List<Mention> mentions, EntityType type) {
        int[] at = new int[n + 1];
        for (int x = 0; x < mentions.size(); x++) {
            Mention o = mentions.get(x);
            if (o.type() == type && (at[o.start()] == 0 || mentions.get(at[o.start()] - 1).end() < o.end())) {
                at[o.start()] = x + 1;
            }
        }
        return at;
    }

    /** A country's missions abroad. */
    private static final String[] MISSIONS = {"大使馆", "使馆", "总领事馆", "领事馆"};

    /**
     * A country's mission is an organisation named with the country: 中国大使馆, 中华人民共和国驻南非共和国大使馆,
     * 伊拉克使馆 (People's Daily 1998-01-01..27: a place before 大使馆 or 使馆 is inside one nt 23 times of 29, the
     * others being 驻南非大使馆 with no owner). A PLACE followed by a mission word, or by 驻, a PLACE (or an
     * ORGANIZATION ending in such a word) and a mission or office word ({@link #OFFICES}: 新疆维吾尔自治区驻上海办事处),
     * gives the ORGANIZATION from the first place on.
     * Not after 驻 (我国驻|美国大使馆: {@link #unownedOffices}).
     */
    static void embassies(char[] c, boolean[] cut, List<Mention> mentions) {
        int n = c.length;
        List<Mention> added = null;
        java.util.Map<Integer, List<Mention>> byStart = null;
        for (Mention m : mentions) {
            int s = m.start(), e = m.end();
            // cheapest tests first: after most places comes neither 驻 nor the first char of a mission word
            if (m.type() != EntityType.PLACE || e + 1 >= n || !cut[e] || (c[e] != '驻' && c[e] != '使' && c[e] != '大'
                    && c[e] != '总' && c[e] != '领') || (s > 0 && c[s - 1] == '驻')) {
                continue;
            }
            int end = listedWordEnd(c, cut, e, MISSIONS);
            if (end == 0 && c[e] == '驻' && cut[e + 1]) {
                if (byStart == null) {
                    byStart = new java.util.HashMap<>();
                    for (Mention x : mentions) {
                        byStart.computeIfAbsent(x.start(), k -> new ArrayList<>()).add(x);
                    }
                }
                for (Mention y : byStart.getOrDefault(e + 1, List.of())) {
                    int ye = y.type() == EntityType.PLACE ? listedWordEnd(c, cut, y.end(), OFFICES)
                            : y.type() == EntityType.ORGANIZATION && endsWithAny(c, y.end(), OFFICES) ? y.end() : 0;
                    end = Math.max(end, ye);
                }
            }
            if (end > 0) {
                if (added == null) {
                    added = new ArrayList<>();
                }
                added.add(new Mention(EntityType.ORGANIZATION, s, end, null, Mention.Priority.RULE));
            }
        }
        if (added != null) {
            mentions.addAll(added);
        }
    }

    /** End of the first of {@code words} that starts at p and ends at a word boundary, else 0. */
    static int listedWordEnd(char[] c, boolean[] cut, int p, String[] words) {
        for (String w : words) {
            int e = p + w.length();
            if (e < cut.length && cut[e] && startsWith(c, p, w)) {
                return e;
            }
        }
        return 0;
    }

    /**
     * An office after 驻 with no body before it (本报驻|香港办事处, 我国驻|美国大使馆) is no organisation of its own in
     * People's Daily, only its place is a name: such an ORGANIZATION that starts with a known place and ends in an
     * office word ({@link #OFFICES}) is replaced by that place.
     */
    static void unownedOffices(char[] c, boolean[] cut, HitIndex hits, List<Mention> mentions) {
        boolean[] orgEnds = null;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int s = m.start();
            if (m.type() != EntityType.ORGANIZATION || s == 0 || c[s - 1] != '驻' || !cut[s - 1] || !cut[s]
                    || !endsWithAny(c, m.end(), OFFICES)) {
                continue;
            }
            if (orgEnds == null) {
                orgEnds = new boolean[c.length + 1];
                for (Mention o : mentions) {
                    orgEnds[o.end()] |= o.type() == EntityType.ORGANIZATION;
                }
            }
            int place = 0;
            for (int x = hits.from(s); x < hits.to(s); x++) {
                int[] h = hits.get(x);
                if ((h[2] & (NerLexicon.PLACE | NerLexicon.SEEN_LOC)) != 0 && (h[2] & NerLexicon.ORG) == 0
                        && h[1] < m.end() && cut[h[1]] && h[1] > place) {
                    place = h[1];
                }
            }
            if (place > s && !orgEnds[s - 1]) {
                mentions.set(k, new Mention(EntityType.PLACE, s, place));
            }
        }
    }

    private static boolean containsAny(char[] c, int from, int to, String[] words) {
        for (int i = from; i < to; i++) {
            for (String w : words) {
                if (i + w.length() <= to && startsWith(c, i, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Longest name word of an armed force before its numbered unit (新四军, 人民军, 志愿军). */
    private static final int MAX_FORCE = 4;

    /**
     * A numbered unit is named with its parent when nothing separates them (新四军二十六团, 人民军第３８０部队,
     * 大庆油田１２０５钻井队, People's Daily's [空军 四五八 医院]nt): an ORGANIZATION that starts with a numeral
     * (after an optional 第) is extended back over an organisation mention that ends right there, or else over a
     * name word of two to {@value #MAX_FORCE} chars ending in 军 (新四军, 空军, 人民军).
     */
    static void prefixedUnits(char[] c, boolean[] cut, boolean[] notName, List<Mention> mentions) {
        int n = c.length;
        int[] orgStart = null; // orgStart[e]: start of the longest organisation mention ending at e, -1 when none
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int p = m.start();
            if (m.type() != EntityType.ORGANIZATION || p == 0 || !numberedUnit(c, p, m.end())) {
                continue;
            }
            if (c[p - 1] == '第') {
                p--;
            }
            if (p == 0 || !cut[p] || !isHan(c[p - 1]) || notName[p - 1]) {
                continue;
            }
            if (orgStart == null) {
                orgStart = new int[n + 1];
                java.util.Arrays.fill(orgStart, -1);
                for (Mention o : mentions) {
                    if (o.type() == EntityType.ORGANIZATION && (orgStart[o.end()] < 0 || o.start() < orgStart[o.end()])) {
                        orgStart[o.end()] = o.start();
                    }
                }
            }
            int start = orgStart[p];
            if (start < 0 && c[p - 1] == '军') {
                int s = p - 1;
                while (s > 0 && !cut[s]) {
                    s--;
                }
                if (p - s >= 2 && p - s <= MAX_FORCE && !any(notName, s, p) && nameChars(c, s, p)) {
                    start = s;
                }
            }
            if (start >= 0 && m.end() - start <= MAX_UNIT_CHAIN) {
                mentions.set(k, new Mention(m.type(), start, m.end(), m.value(), m.priority()));
            }
        }
    }

    /**
     * [from, end) opens with a number that names a unit: digits (１２０５钻井队), two or more Chinese numerals
     * (二十六团), or one before a unit char (六连); not 四川男排.
     */
    private static boolean numberedUnit(char[] c, int from, int end) {
        int j = from;
        while (j < end && isNumeral(c[j])) {
            j++;
        }
        return j > from && j < end && (c[from] == '0' || j - from >= 2 || UNIT_CHARS.indexOf(c[j]) >= 0);
    }

    private static final String UNIT_CHARS = "军师旅团营连排队厂矿所站局处科院";

    /** Longest stretch of sub-unit words after an organisation's name (东北局|组织部行政科). */
    private static final int MAX_CHAIN = 10;

    /**
     * Sub-units named after their parent, which People's Daily (and users) read as one organisation: 中央纪委信访室,
     * 人民日报经济部, 建行北京市分行, 北京大学物理系, 中共中央办公厅. An ORGANIZATION mention followed by name words
     * (places included) that end in a sub-unit word at a word boundary, within {@value #MAX_CHAIN} chars, with no
     * verb, numeral, function word, punctuation or person between, is extended to that end (the farthest such
     * end). An organisation mention right after it stops the scan when it names a body of its own (starts with a
     * place or a scope word: 台盟中央|全国台联, 党中央|中央军委).
     */
    static void orgChains(char[] c, boolean[] cut, boolean[] notName, NerLexicon lex, HitIndex hits,
                          List<Mention> mentions) {
        int n = c.length;
        // heads: organisation mentions, and the heads of organisation names of the lexicon (工商银行, 农行)
        List<int[]> heads = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.ORGANIZATION && m.length() >= 2) {
                heads.add(new int[]{m.start(), m.end()});
            }
        }
        for (int k = hits.from(0); k < hits.to(n); k++) {
            int[] h = hits.get(k);
            if ((h[2] & NerLexicon.ORG) != 0 && (h[2] & NerLexicon.SHORT) != 0 && cut[h[0]] && cut[h[1]]) {
                heads.add(new int[]{h[0], h[1]});
            }
        }
        if (heads.isEmpty()) {
            return;
        }
        byte[] startsAt = new byte[n + 1];
        boolean[] placeEnds = new boolean[n + 1]; // 新华社莫斯科: 科 ends a place, not a sub-unit
        int[] orgEnd = new int[n + 1]; // end of the longest organisation mention starting at p
        int[] placeEnd = new int[n + 1]; // end of the longest place mention starting at p
        for (Mention m : mentions) {
            startsAt[m.start()] |= (byte) (m.type() == EntityType.PERSON ? 1 : m.type() == EntityType.ORGANIZATION ? 4 : 2);
            placeEnds[m.end()] |= m.type() == EntityType.PLACE;
            if (m.type() == EntityType.ORGANIZATION) {
                orgEnd[m.start()] = Math.max(orgEnd[m.start()], m.end());
            } else if (m.type() == EntityType.PLACE && cut[m.end()]) {
                placeEnd[m.start()] = Math.max(placeEnd[m.start()], m.end());
            }
        }
        List<Mention> added = new ArrayList<>();
        for (int[] m : heads) {
            int b = m[1];
            int best = -1;
            String level = levelHead(c, m[0]);
            for (int j = b; j < n && j - b < MAX_CHAIN; j++) {
                char ch = c[j];
                if ((startsAt[j] & 4) != 0 && companyPlant(c, b, j, orgEnd[j]) && cut[orgEnd[j]]) {
                    best = orgEnd[j]; // 特变电工股份有限公司|新疆变压器厂
                    break;
                }
                boolean free = (startsAt[j] & 1) == 0 && ((startsAt[j] & 4) == 0 || branchAt(c, j, orgEnd[j]));
                // 中国银行|五家渠|分行: a lexicon place whatever the segmenter read in it (五/m 家/q 渠/n), or a place
                // mention (昌吉/v|分行)
                int place = cut[j] && free ? Math.max(lexiconPlaceEnd(j, hits), placeEnd[j]) : 0;
                if (place > j && place - b < MAX_CHAIN) {
                    j = place - 1;
                    continue;
                }
                int branch = j > b && placeEnds[j] ? branchWordEnd(c, cut, j) : -1;
                if (branch > 0) {
                    best = branch; // 金杜律师事务所|上海|分/v 所/u: a branch word the segmenter cut in two
                    break;
                }
                if (!isHan(ch) || notName[j] || BREAK_IN_ORG.indexOf(ch) >= 0 || (startsAt[j] & 1) != 0
                        || cut[j] && startsWithAny(c, j, SUBORDINATION)) { // 字节跳动|旗下|抖音集团: two bodies
                    break;
                }
                if (ch == '原' && cut[j] && cut[j + 1]) {
                    break; // 财政厅|原|党组书记: "former" opens a title, no sub-unit of the body follows
                }
                if ((startsAt[j] & 4) != 0 && (startsWithAny(c, j, SCOPES) || knownOrgAt(c, j, hits)
                        || (placeAt(c, j, hits) && !branchAt(c, j, orgEnd[j])))) {
                    break;
                }
                if (level != null && startsWith(c, j, level)) {
                    break; // 自治区财政厅|自治区住房城乡建设厅: a body of the same level, not a sub-unit
                }
                if (cut[j + 1] && !placeEnds[j + 1] && subUnitEnds(c, b, j + 1)) {
                    best = j + 1;
                }
            }
            if (best > b) {
                added.add(new Mention(EntityType.ORGANIZATION, m[0], best, null, Mention.Priority.RULE));
            }
        }
        mentions.addAll(added);
    }

    /** Last chars of a government body's name: where one body of a run-on list ends and the next may start. */
    private static final String GOVERNMENT_BODY_ENDS = "委厅局办部院会处室";

    /**
     * Bodies of one level written one after another without a separator (兵团发展改革委兵团财政局兵团住房城乡建设局,
     * a layout's table cell or a run-on list): an organisation mention of the statistics that starts with a
     * {@link #LEVEL_HEADS} word and holds that word again right after the end of a body's name is cut there, each
     * part an organisation of its own. Linear in the mentions' length.
     */
    static void parallelBodies(char[] c, List<Mention> mentions) {
        List<Mention> parts = null;
        for (int k = mentions.size() - 1; k >= 0; k--) {
            Mention m = mentions.get(k);
            if (m.type() != EntityType.ORGANIZATION || m.priority() >= Mention.Priority.RULE || m.length() < 6) {
                continue;
            }
            if (bareLevelRun(c, m)) {
                mentions.remove(k);
                continue;
            }
            if (m.length() < 8) {
                continue;
            }
            String level = levelHead(c, m.start());
            // 自治区发展|改革委自治区财政厅: the tagger began inside the first body, whose level word lies just before
            boolean headCut = level == null && (level = levelBefore(c, m.start())) != null;
            if (level == null) {
                continue;
            }
            int from = m.start();
            int min = level.length() + 2; // the level word and a name of two chars at least (自治区|民政厅)
            List<Mention> found = new ArrayList<>();
            for (int p = from + (headCut ? 2 : min); p + min <= m.end(); p++) {
                if (GOVERNMENT_BODY_ENDS.indexOf(c[p - 1]) >= 0 && startsWith(c, p, level)) {
                    found.add(new Mention(EntityType.ORGANIZATION, from, p));
                    from = p;
                    p += min - 1;
                }
            }
            if (found.isEmpty() || GOVERNMENT_BODY_ENDS.indexOf(c[m.end() - 1]) < 0) {
                continue; // no cut, or the last part is no body (兵团财政局兵团农场的): leave the mention alone
            }
            found.add(new Mention(EntityType.ORGANIZATION, from, m.end()));
            if (headCut) {
                found.remove(0); // a piece of a body: the rules make it whole from its level word (organisations)
            }
            mentions.remove(k);
            if (parts == null) {
                parts = new ArrayList<>();
            }
            parts.addAll(found);
        }
        if (parts != null) {
            mentions.addAll(parts);
        }
    }

    /** The {@link #LEVEL_HEADS} word that ends at most four chars before {@code at}, or null. */
    private static String levelBefore(char[] c, int at) {
        for (String level : LEVEL_HEADS) {
            for (int d = 0; d <= 4; d++) {
                int b = at - d - level.length();
                if (b >= 0 && startsWith(c, b, level)) {
                    return level;
                }
            }
        }
        return null;
    }

    /** One-char levels that People's Daily writes before a department as a common noun (市|财政局, 县|公安局). */
    private static final String BARE_LEVELS = "市县区州";

    /**
     * 市|发改委市财政局市住建局: the tagger read a run of departments, each after a bare one-char level, as one name
     * starting after the first level. Each of them alone is no organisation (as 市|财政局 is not), so neither is the
     * run: a mention right after a bare level that holds the same level again right after a body's end, followed by a
     * department ({@link #DEPARTMENTS}).
     */
    private static boolean bareLevelRun(char[] c, Mention m) {
        int b = m.start();
        if (b == 0 || BARE_LEVELS.indexOf(c[b - 1]) < 0 || b >= 2 && isHan(c[b - 2]) && !isBodyEnd(c[b - 2])) {
            return false;
        }
        char level = c[b - 1];
        for (int p = b + 2; p + 2 < m.end(); p++) {
            if (c[p] == level && isBodyEnd(c[p - 1]) && departmentAt(c, p + 1, m.end())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBodyEnd(char ch) {
        return GOVERNMENT_BODY_ENDS.indexOf(ch) >= 0;
    }

    /** A {@link #DEPARTMENTS} name starts at {@code p} and ends by {@code end}. */
    private static boolean departmentAt(char[] c, int p, int end) {
        for (int len = 2; len <= 12 && p + len <= end; len++) {
            if (DEPARTMENTS.contains(new String(c, p, len))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Level words that open the names of a region's bodies in its own news (自治区财政厅, 兵团发展改革委): a name that
     * starts with one again, right after a body that started with it, names a second body of that level.
     */
    private static final String[] LEVEL_HEADS = {"自治区", "自治州", "师市", "兵团"};

    /** @return the {@link #LEVEL_HEADS} word that starts at {@code at}, or null */
    private static String levelHead(char[] c, int at) {
        for (String level : LEVEL_HEADS) {
            if (startsWith(c, at, level)) {
                return level;
            }
        }
        return null;
    }

    /**
     * A branch named by its place (浙江省分行 after 农业银行, 云南省委 after 共青团) ends at {@code end}, or the
     * branch's own committee does (新疆维吾尔自治区分行党委 after 中国银行股份有限公司).
     */
    private static boolean branchAt(char[] c, int start, int end) {
        for (String own : BRANCH_COMMITTEES) {
            if (end - start > own.length() && startsWith(c, end - own.length(), own)) {
                end -= own.length();
                break;
            }
        }
        return endsWithAfter(c, start, end, BRANCHES) || endsWithAfter(c, start, end, COMMITTEES);
    }

    /**
     * A company's plant or mine named by its place (特变电工股份有限公司|新疆变压器厂, People's Daily's [江苏 悦达 公司 盐城
     * 汽车厂]nt) ends at {@code end}, right after the company's name that ends at {@code company}.
     */
    private static boolean companyPlant(char[] c, int company, int start, int end) {
        return start == company && end - start >= 3 && "厂矿".indexOf(c[end - 1]) >= 0
                && endsWithAny(c, company, COMPANY_ENDS);
    }

    /** How the names of companies end. */
    private static final String[] COMPANY_ENDS = {"公司", "集团"};

    /** A body's own committees, named after it (分行党委, 分公司工会). */
    private static final String[] BRANCH_COMMITTEES = {"党委", "党组", "纪委", "工会", "团委"};

    /** One of {@code words} ends at {@code end}, with more of the name before it, from {@code start} on. */
    private static boolean endsWithAfter(char[] c, int start, int end, String[] words) {
        for (String w : words) {
            if (end - start > w.length() && startsWith(c, end - w.length(), w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * End of a {@link #BRANCHES} word at {@code j} that the segmenter cut inside (分/v 所/u) and that ends a word of
     * its (not 分会|场), else -1. One read whole (江苏/ns 分部/n) is left to the sub-unit words: People's Daily has
     * [上海大世界吉尼斯总部]nt 江苏/ns 分部/n.
     */
    private static int branchWordEnd(char[] c, boolean[] cut, int j) {
        for (String w : BRANCHES) {
            int e = j + w.length();
            if (startsWith(c, j, w) && cut[e]) {
                for (int k = j + 1; k < e; k++) {
                    if (cut[k]) {
                        return e;
                    }
                }
            }
        }
        return -1;
    }

    /** Ends of a body's branch named by its place (农业银行浙江省分行, 中国银行北京分行). */
    private static final String[] BRANCHES = {"分行", "支行", "分公司", "分局", "分社", "分会", "分院", "分馆", "分部",
            "分校", "分所", "分厂", "分店", "分中心", "办事处", "代表处", "记者站", "营业部", "校区"};

    /** A body's party or youth-league committee named by its place (共青团云南省委). */
    private static final String[] COMMITTEES = {"省委", "市委", "县委", "区委", "团委"};

    /** Words that open the name of a body of its own, not of a sub-unit. */
    private static final String[] SCOPES = {"全国", "中央", "中国", "国家", "国际", "世界", "全球", "亚洲", "欧洲"};

    /** A known organisation (民政部, 财政部) starts at p: a list of bodies written without separators. */
    private static boolean knownOrgAt(char[] c, int p, HitIndex hits) {
        for (int k = hits.from(p); k < hits.to(p); k++) {
            if ((hits.get(k)[2] & NerLexicon.ORG) != 0) {
                return true;
            }
        }
        return false;
    }

    /** End of the longest {@link #longLexiconPlace} starting at p (五家渠, 五家渠市), else 0. */
    private static int lexiconPlaceEnd(int p, HitIndex hits) {
        int end = 0;
        for (int k = hits.from(p); k < hits.to(p); k++) {
            int[] h = hits.get(k);
            if (longLexiconPlace(h)) {
                end = Math.max(end, h[1]);
            }
        }
        return end;
    }

    private static boolean placeAt(char[] c, int p, HitIndex hits) {
        for (int k = hits.from(p); k < hits.to(p); k++) {
            int[] h = hits.get(k);
            if ((h[2] & (NerLexicon.PLACE | NerLexicon.SEEN_LOC)) != 0 && (h[2] & NerLexicon.SHORT) == 0) {
                return true;
            }
        }
        return false;
    }

    /** Words that end a sub-unit's name (办公厅, 信访室, 分行); beyond these, {@link #SUBUNIT_CHARS}. */
    private static final Set<String> SUBUNITS = Set.of("办公厅", "办公室", "书记处", "政治局", "常委会", "委员会",
            "理事会", "董事会", "分行", "支行", "总行", "分馆", "省委", "市委", "县委", "区委", "分公司", "子公司", "公司", "分局", "分社", "分会", "分院", "分校",
            "办事处", "代表处", "营业部", "营业厅", "研究室", "实验室", "研究中心", "中心", "小组", "工作组", "党组", "党委",
            "纪委", "团委", "工会", "党支部", "支部", "政治部", "宣传部", "组织部", "统战部", "机务段", "客运段", "工务段",
            "车务段", "电务段", "信访室", "计划室", "附中", "附小", "医院", "学院", "研究院", "设计院", "出版社", "杂志社", "编辑部", "剧团",
            "艺术团", "歌舞团", "文工团", "集团", "基金会", "协会", "学会", "联合会", "研究会");

    /** One-char endings of sub-units (情报所, 营运科, 物理系, 新闻司), unless the word is one of {@link #NOT_SUBUNITS}. */
    private static final String SUBUNIT_CHARS = "科处系所司厅局部署站办";

    private static final Set<String> NOT_SUBUNITS = Set.of("关系", "体系", "联系", "派系", "水系", "维系", "好处",
            "到处", "之处", "用处", "长处", "短处", "难处", "益处", "住处", "去处", "深处", "各处", "此处", "何处", "别处",
            "四处", "随处", "相处", "共处", "坏处", "出处", "上司", "官司", "当局", "大局", "全局", "格局", "结局", "布局",
            "僵局", "时局", "政局", "东部", "南部", "西部", "北部", "中部", "内部", "外部", "全部", "局部", "干部", "底部",
            "头部", "顶部", "本部", "场所", "住所", "厕所", "网站", "车站", "基站", "部署", "教室", "温室", "卧室", "会议室",
            "科室", "分部", "总部", "儿科", "外科", "内科", "眼科", "牙科", "妇科", "专科", "本科", "学科", "工科", "理科",
            "文科", "医科", "民办", "公办", "官办", "私办", "合办", "主办", "承办", "协办", "创办", "举办", "开办", "兴办",
            "大厅", "餐厅", "客厅", "展厅", "所");

    /** Last chars of {@link #SUBUNITS} and {@link #SUBUNIT_CHARS}: most positions are ruled out by one lookup. */
    private static final CharSet SUBUNIT_LAST = new CharSet();

    static {
        for (String w : SUBUNITS) {
            SUBUNIT_LAST.add(w.charAt(w.length() - 1));
        }
        SUBUNIT_LAST.addAll(SUBUNIT_CHARS);
    }

    /** A sub-unit's name ends at e, after the parent organisation's name that ends at b. */
    private static boolean subUnitEnds(char[] c, int b, int e) {
        if (!SUBUNIT_LAST.has(c[e - 1])) {
            return false;
        }
        for (int len = 2; len <= 5 && e - len >= b; len++) {
            if (SUBUNITS.contains(new String(c, e - len, len))) {
                return true;
            }
        }
        return e - b >= 2 && SUBUNIT_CHARS.indexOf(c[e - 1]) >= 0 && !NOT_SUBUNITS.contains(new String(c, e - 2, 2));
    }

    /**
     * A char of {@link #BREAK_IN_ORG} that is a word of its own (等, 和, 的): inside a longer word it is part of a name
     * (高等|专科学校, 首都|师范大学, 和平).
     */
    private static boolean breakWord(char[] c, boolean[] cut, int j) {
        return BREAK_IN_ORG.indexOf(c[j]) >= 0 && cut[j] && cut[j + 1] || cut[j] && startsWithAny(c, j, SUBORDINATION);
    }

    /** Words that put one body under another (乌鲁木齐海关|所属|霍尔果斯海关): two names, not one. */
    private static final String[] SUBORDINATION = {"所属", "下属", "所辖", "隶属", "旗下", "管辖"};

    private static final String BREAK_IN_ORG = "的了在是把被将就都也还又这那从向对等和与及、";

    /**
     * Endings of institutions that People's Daily and users alike name with their place (玉溪卷烟厂, 江苏省见义勇为
     * 基金会): a narrower list than the tagger's ORGSUF feature, which also holds 代表团, 开发区, 政协.
     */
    private static final Set<String> INSTITUTIONS = Set.of("有限责任公司", "股份有限公司", "有限公司", "公司", "集团",
            "集团公司", "总公司", "分公司", "银行", "大学", "学院", "中学", "小学", "学校", "医院", "研究所", "研究院",
            "研究中心", "科学院", "设计院", "法院", "人民法院", "检察院", "人民检察院", "公安局", "派出所", "委员会",
            "基金会", "协会", "学会", "商会", "联合会", "促进会", "研究会", "出版社", "报社", "杂志社", "电视台", "电台",
            "广播电台", "博物馆", "图书馆", "纪念馆", "体育馆", "俱乐部", "招待所", "事务所", "合作社", "工厂", "总厂",
            "师专", "财校", "体校", "卫校", "技校", "职校", "党校", "幼儿园", "专科学校", "职业学校", "技工学校",
            "海关", "军分区", "办事处", "气象台", "特区政府", "村委会", "居委会", "发射中心", "航天发射场");

    /** One-char endings of institutions (经济部, 卷烟厂, 检疫站, 经济财政司), unless the word they end is one of {@link #NOT_INSTITUTIONS}. */
    private static final String INSTITUTION_CHARS = "厂局所院站矿社署厅部司";

    /**
     * Ordinary words ending in an institution char: 台湾当局, 德国东部, 领导干部, 农家庭院, 俄罗斯后院, 中国空间站; and
     * railway stations, which are places ([北京/ns 西/f 站/n]ns).
     */
    private static final Set<String> NOT_INSTITUTIONS = Set.of("当局", "政局", "格局", "大局", "全局", "结局", "布局",
            "僵局", "时局", "东部", "南部", "西部", "北部", "中部", "内部", "外部", "全部", "局部", "干部", "底部",
            "头部", "顶部", "本部", "总部", "庭院", "寺院", "后院", "前院", "宅院", "场所", "住所", "厕所", "网站", "车站", "基站",
            "公社", "大厅", "餐厅", "客厅", "展厅", "空间站", "南站", "北站", "东站", "西站", "上司", "官司", "寿司");

    /** An institution's name ends at e, after a place that ends at b. */
    private static boolean institutionEnds(char[] c, int b, int e) {
        for (int len = 2; len <= 6 && e - len >= b; len++) {
            if (INSTITUTIONS.contains(new String(c, e - len, len))) {
                return true;
            }
        }
        return e - b >= 2 && INSTITUTION_CHARS.indexOf(c[e - 1]) >= 0 && !NOT_INSTITUTIONS.contains(new String(c, e - 2, 2))
                && !(e - b >= 3 && NOT_INSTITUTIONS.contains(new String(c, e - 3, 3)));
    }

    /**
     * Covers [at, end) with known places, longest first (with backtracking); false when it cannot. After the first
     * part, townships count as known (南漳县|长坪镇), and so does a last part of two to four chars ending in a
     * division word (天津市|大港区, 西峡县|五里桥乡: divisions renamed or merged since).
     */
    private static boolean placeRun(char[] c, int at, int end, HitIndex hits, boolean first, List<Mention> out) {
        if (at == end) {
            return true;
        }
        int[] ends = new int[hits.to(at) - hits.from(at) + 1];
        int k = 0;
        for (int x = hits.from(at); x < hits.to(at); x++) {
            int[] h = hits.get(x);
            int kinds = NerLexicon.PLACE | NerLexicon.SEEN_LOC | (first ? 0 : NerLexicon.TOWN);
            boolean place = (h[2] & kinds) != 0 && (h[2] & NerLexicon.ORG) == 0;
            if (place && h[1] <= end && !(first && (h[2] & NerLexicon.SHORT) != 0 && (h[2] & NerLexicon.SEEN_LOC) == 0)) {
                ends[k++] = h[1];
            }
        }
        if (!first && end - at >= 3 && end - at <= 5 && DIVISION_ENDS.indexOf(c[end - 1]) >= 0 && nameChars(c, at, end)) {
            ends[k++] = end;
        }
        java.util.Arrays.sort(ends, 0, k);
        for (int j = k - 1; j >= 0; j--) {
            if (j < k - 1 && ends[j] == ends[j + 1]) {
                continue;
            }
            int size = out.size();
            out.add(new Mention(EntityType.PLACE, at, ends[j]));
            if (placeRun(c, ends[j], end, hits, false, out)) {
                return true;
            }
            out.subList(size, out.size()).clear();
        }
        return false;
    }

    /** Last chars of division names: 区, 县, 市, 镇, 乡. */
    private static final String DIVISION_ENDS = "区县市镇乡";

    private static boolean orgSuffixEnds(char[] c, int end, NerLexicon lex) {
        for (int len = 1; len <= 6 && len <= end; len++) {
            int cat = len == 1 ? lex.categories(c[end - 1]) : lex.categories(new String(c, end - len, len));
            if ((cat & NerLexicon.ORGSUF) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Longest chain of name units read as one organisation (People's Daily 1998-01's longest is 34 chars). */
    private static final int MAX_UNIT_CHAIN = 64;

    private static void organisations(char[] c, boolean[] cut, boolean[] notName, NerLexicon lex, List<int[]> hits,
                                      List<Mention> tagged,
                                      List<Mention> out) {
        int n = c.length;
        // unitEnd[i] = end of the longest name unit starting at i (0 when none); unitOrg[i] = that unit names a body
        int[] unitEnd = new int[n + 1];
        boolean[] unitOrg = new boolean[n + 1];
        int[] placeEnd = new int[n + 1]; // end of the longest known place starting at i (0 when none)
        for (int[] h : hits) {
            if ((h[2] & (NerLexicon.PLACE | NerLexicon.SEEN_LOC)) != 0 && (h[2] & (NerLexicon.SHORT | NerLexicon.ORG)) == 0) {
                placeEnd[h[0]] = Math.max(placeEnd[h[0]], h[1]);
            }
            boolean aligned = cut[h[0]] && cut[h[1]];
            // 镇政府和|县政府: a two-char place the segmenter reads as a one-char word and the start of another
            // (和/c 县政府/n) is none
            boolean split = h[1] - h[0] == 2 && cut[h[0] + 1] && !cut[h[1]];
            if ((h[2] & (NerLexicon.PLACE | NerLexicon.ORG | NerLexicon.TOWN)) != 0 && h[1] > unitEnd[h[0]]
                    && (aligned || (h[2] & NerLexicon.SHORT) == 0) && !split) {
                unitEnd[h[0]] = h[1];
                unitOrg[h[0]] = (h[2] & NerLexicon.ORG) != 0;
            }
        }
        // 李|清华, 王|新安: known names that a tagged person holds after its start are part of the name, no unit
        boolean[] heldByPerson = null; // built at the first such name: most texts have none
        for (Mention m : tagged) {
            for (int p = m.start() + 1; m.type() == EntityType.PERSON && p < m.end(); p++) {
                if (unitEnd[p] != 0 && unitEnd[p] <= m.end()) {
                    unitEnd[p] = 0;
                    if (heldByPerson == null) {
                        heldByPerson = new boolean[n + 1];
                    }
                    heldByPerson[p] = true;
                }
            }
        }
        for (Mention m : tagged) {
            if (m.type() != EntityType.PERSON && m.end() > unitEnd[m.start()]) {
                unitEnd[m.start()] = m.end();
                unitOrg[m.start()] = m.type() == EntityType.ORGANIZATION;
            }
        }
        int[] mil = militaryEnds(c);
        for (int i = 0; i < n; i++) {
            int e = mil[i];
            if (e > unitEnd[i]) {
                unitEnd[i] = e;
                unitOrg[i] = true;
            }
        }
        levelUnits(c, cut, unitEnd);
        // each chain of adjacent units (i, unitEnd[i], unitEnd[unitEnd[i]], ...) summarised right to left, so
        // that a long run of units is walked once, not once per start: chainEnd = end of the last unit,
        // chainMilitary = some unit is numbered, chainLastBody = the last unit names a body, chainMilitaryEnd =
        // end of the last numbered unit (0: none)
        int[] chainEnd = new int[n + 1];
        boolean[] chainMilitary = new boolean[n + 1];
        boolean[] chainLastBody = new boolean[n + 1];
        int[] chainMilitaryEnd = new int[n + 1];
        int[] chainLastStart = new int[n + 1];
        int[] chainBodyEnd = new int[n + 1]; // end of the chain's last unit that names a body (0: none)
        // linked[p]: the unit at p goes on into the unit after it; not past MAX_UNIT_CHAIN chars (a long run of units
        // without a separator, 第八师第八师…, would otherwise give a name from every unit to the run's end)
        boolean[] linked = new boolean[n + 1];
        for (int p = n - 1; p >= 0; p--) {
            int e = unitEnd[p];
            if (e == 0) {
                continue;
            }
            boolean numbered = mil[p] == e;
            linked[p] = e < n && unitEnd[e] > 0 && chainEnd[e] - p <= MAX_UNIT_CHAIN;
            chainLastStart[p] = linked[p] ? chainLastStart[e] : p;
            chainBodyEnd[p] = linked[p] && chainBodyEnd[e] > 0 ? chainBodyEnd[e] : unitOrg[p] ? e : 0;
            if (linked[p]) {
                chainEnd[p] = chainEnd[e];
                chainMilitary[p] = numbered || chainMilitary[e];
                chainLastBody[p] = chainLastBody[e];
                chainMilitaryEnd[p] = chainMilitaryEnd[e] > 0 ? chainMilitaryEnd[e] : numbered ? e : 0;
            } else {
                chainEnd[p] = e;
                chainMilitary[p] = numbered;
                chainLastBody[p] = unitOrg[p];
                chainMilitaryEnd[p] = numbered ? e : 0;
            }
        }
        for (int i = 0; i < n; i++) {
            if (unitEnd[i] == 0) {
                continue;
            }
            if (i > 0 && unitEnd[i - 1] == 0 && !cut[i]) {
                continue; // a name unit starts inside a word
            }
            int first = unitEnd[i];
            boolean more = linked[i];
            int end = chainEnd[i];
            int units = more ? 2 : 1; // only "two or more" matters
            boolean military = chainMilitary[i];
            boolean lastIsBody = chainLastBody[i];
            // end of the last numbered unit after the first unit (兵团第六师 in 兵团第六师五家渠市)
            int militaryEnd = more ? chainMilitaryEnd[first] : 0;
            if (mil[i] == unitEnd[i]) {
                out.add(new Mention(EntityType.ORGANIZATION, i, unitEnd[i], null, Mention.Priority.RULE)); // 第四师
            }
            if (militaryEnd > 0 && militaryEnd < end) {
                out.add(new Mention(EntityType.ORGANIZATION, i, militaryEnd, null, Mention.Priority.RULE));
            }
            int suffixEnd = govSuffix(c, cut, end, lex);
            if (suffixEnd == end && end + 2 < n && startsWithAny(c, end, ZONE_PARTS) && cut[end + 2]) {
                int zoneBody = govSuffix(c, cut, end + 2, lex); // 霍尔果斯经济开发区兵团|分区|管委会
                suffixEnd = zoneBody > end + 2 ? zoneBody : end;
            }
            if (suffixEnd == end && end - 1 > i && "市县区省州".indexOf(c[end - 1]) >= 0) {
                suffixEnd = Math.max(end, govSuffix(c, cut, end - 1, lex)); // 柳州市|委: the place swallowed 市 of 市委
            }
            if (suffixEnd > end && lastIsBody && endsWith(c, suffixEnd, "政府")) {
                // 国务院|政府特殊津贴, 工党|政府: a government follows a place, not a body (People's Daily: 工党/n 政府/n)
            } else if (suffixEnd > end) {
                out.add(new Mention(EntityType.ORGANIZATION, i, suffixEnd, null, Mention.Priority.RULE));
            } else if (units >= 2 && military && lastIsBody && !namedInstitution(c, chainLastStart[i], end, mil, placeEnd)) {
                // 兵团第六师, 第六师一〇二团, 兵团第六师 + 五家渠市党委: a body and its numbered units
                out.add(new Mention(EntityType.ORGANIZATION, i, end, null, Mention.Priority.RULE));
            } else if (more && !lastIsBody && mil[i] == unitEnd[i] && chainBodyEnd[first] > first) {
                // 第十四师 + 昆玉市四十七团 + 老兵村纪念馆: a division and its units, then a place within them
                out.add(new Mention(EntityType.ORGANIZATION, i, chainBodyEnd[first], null, Mention.Priority.RULE));
            } else if (more && end == unitEnd[first] && !unitOrg[i] && unitOrg[first] && cut[i] && cut[end]
                    && !notName[i] && ownsBody(c, first) && !Words.common(new String(c, i, first - i))) {
                // 浙江农行, 香港政协, 美国国防部: a place and a body named after it; not a common word that is also a
                // county's short form (黎巴嫩南部|真主党: 南部 f, and 南部县)
                out.add(new Mention(EntityType.ORGANIZATION, i, end, null, Mention.Priority.RULE));
            }
        }
        for (int[] h : hits) {
            // a two-char name the segmenter cut in two is two other words (比赛|中|共|获: 中共 is no body there)
            // 澎湃新闻|记者 read 澎湃/v 新闻记者/n: an outlet whose last word the segmenter glued to 记者
            boolean reporter = !cut[h[1]] && h[1] + 2 <= n && c[h[1]] == '记' && c[h[1] + 1] == '者' && cut[h[1] + 2];
            if ((h[2] & NerLexicon.ORG) != 0 && (h[2] & (NerLexicon.PLACE | NerLexicon.SHORT)) == 0 && cut[h[0]]
                    && (cut[h[1]] || reporter) && (h[1] - h[0] != 2 || !cut[h[0] + 1])
                    && (heldByPerson == null || !heldByPerson[h[0]])) {
                out.add(new Mention(EntityType.ORGANIZATION, h[0], h[1], null, Mention.Priority.RULE));
            }
        }
    }

    /**
     * A department of a level's party committee written without its place (州委宣传部, 县委组织部, or the tagger's
     * 州委|统战部) is no organisation: People's Daily tags the department with its place (大连市委宣传部, 江西省委宣传部
     * nt) and leaves it bare as common nouns (省委/n 统战部/n), and the tagger, trained on that, tagged some bare ones
     * and not others beside them in one list. Kept where a place or body ends right before it (昌吉|州委宣传部).
     */
    static void dropBareLevelDepartments(char[] c, List<Mention> mentions) {
        List<Mention> bare = null; // found first, so the list is scanned for names before them only when there are any
        boolean[] nameEnd = null; // nameEnd[p]: a place or body ends at p; built at the first candidate
        for (Mention m : mentions) {
            int s = m.start(), e = m.end();
            int committee = m.type() != EntityType.ORGANIZATION ? -1
                    : levelCommitteeAt(c, s) ? s : s >= 2 && levelCommitteeAt(c, s - 2) ? s - 2 : -1;
            if (committee >= 0 && e - (committee + 2) >= 2
                    && LEVEL_DEPARTMENTS.contains(new String(c, committee + 2, e - committee - 2))) {
                if (nameEnd == null) {
                    nameEnd = placeOrBodyEnds(c.length, mentions);
                }
                if (nameEnd[committee]) {
                    continue;
                }
                if (bare == null) {
                    bare = new ArrayList<>();
                }
                bare.add(m);
            }
        }
        if (bare != null) {
            java.util.Set<Mention> drop = new java.util.HashSet<>(bare); // removeAll on lists is quadratic
            mentions.removeIf(drop::contains);
        }
    }

    /**
     * A people's congress or political consultative conference after a bare level word (市|人大常委会, 区|政协), or a
     * people's organisation of the level (州|总工会, 县|妇联, 市|科协), is the level's own, one organisation with it:
     * the lexicon's short name matched after the level and gave 人大常委会 without its 市, which names no one body. DESIGN.md counts well-known abbreviated bodies as organisations;
     * People's Daily writes these bare (市/n 人大/j 常委会/j, never tagged on the training days), so there they stay
     * false alarms, as before, but of the whole name. The level a word of its own (not 城市|人大常委会, 本市|政协), and
     * no place or body ending right before or with it (昌吉|州, 昌吉州|人大常委会: the place's).
     */
    static void levelCongresses(char[] c, boolean[] cut, List<Mention> mentions) {
        boolean[] nameEnd = null; // nameEnd[p]: a place or body ends at p; built at the first candidate
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int s = m.start();
            if (m.type() == EntityType.ORGANIZATION && m.priority() < Mention.Priority.USER_LEXICON && s >= 1
                    && "省市县区州".indexOf(c[s - 1]) >= 0 && cut[s - 1] && cut[s]
                    && LEVEL_BODIES.contains(new String(c, s, m.length()))) {
                if (nameEnd == null) {
                    nameEnd = placeOrBodyEnds(c.length, mentions);
                }
                if (!nameEnd[s - 1] && !nameEnd[s]) {
                    mentions.set(k, new Mention(m.type(), s - 1, m.end(), m.value(), m.priority()));
                }
            }
        }
    }

    /**
     * A hospital after a level word that stands for a place in regional news (自治区人民医院, 兵团中医医院, 师市第一人民医院:
     * {@link #LEVEL_UNITS} and 兵团) is one organisation, as People's Daily tags a hospital after its place
     * ([广西/ns 壮族/nz 自治区/n 人民/n 医院/n]nt); an organisation of the tagger inside it (人民医院) gives way. A level
     * word of its own, and the hospital's name two to eight Han chars ending a word (not 自治区|医院 alone: 医院 is
     * a common noun there).
     */
    static void levelHospitals(char[] c, boolean[] cut, List<Mention> mentions) {
        int n = c.length;
        int[] hospitalEnd = null; // hospitalEnd[s]: end of the hospital named from s, else 0
        for (int s = 0; s + 5 <= n; s++) {
            if (c[s] != '自' && c[s] != '兵' && c[s] != '师' || !cut[s]) {
                continue;
            }
            int b = startsWith(c, s, "自治区") ? s + 3 : startsWith(c, s, "兵团") || startsWith(c, s, "师市") ? s + 2 : -1;
            if (b < 0 || !cut[b]) {
                continue;
            }
            int e = -1;
            for (int j = b + 1; j <= n && j - b <= 8 && isHan(c[j - 1]); j++) {
                if (cut[j] && j - b > 2 && (endsWith(c, j, "医院") || endsWith(c, j, "保健院"))) {
                    e = j;
                }
            }
            if (e < 0) {
                continue;
            }
            if (hospitalEnd == null) {
                hospitalEnd = new int[n + 1];
            }
            hospitalEnd[s] = e;
            s = e - 1;
        }
        if (hospitalEnd == null) {
            return;
        }
        int[] at = spanStarts(n, hospitalEnd);
        // not where a longer name runs over it, or a person or place lies inside
        for (Mention m : mentions) {
            for (int p = m.start(); p < m.end(); p++) {
                int s = at[p] - 1;
                if (s >= 0 && hospitalEnd[s] > 0 && (m.start() < s || m.end() > hospitalEnd[s]
                        || m.type() != EntityType.ORGANIZATION)) {
                    hospitalEnd[s] = 0;
                }
            }
        }
        final int[] inside = at, ends = hospitalEnd;
        mentions.removeIf(m -> {
            int s = inside[m.start()] - 1;
            return s >= 0 && ends[s] > 0 && m.end() <= ends[s] && m.priority() < Mention.Priority.RULE;
        });
        for (int s = 0; s < n; s++) {
            if (hospitalEnd[s] > 0) {
                mentions.add(new Mention(EntityType.ORGANIZATION, s, hospitalEnd[s], null, Mention.Priority.RULE));
            }
        }
    }

    /**
     * For spans that do not overlap, given as {@code ends[s]} = end of the span starting at s (0: none): by offset
     * below n, 1 + the start of the span covering it, else 0. Rules that weigh many candidate spans against the
     * mentions look each mention's offsets up here instead of scanning all candidates.
     */
    static int[] spanStarts(int n, int[] ends) {
        int[] at = new int[n];
        for (int s = 0; s < n; s++) {
            for (int p = s; p < ends[s]; p++) {
                at[p] = s + 1;
            }
        }
        return at;
    }

    /** By offset up to n: whether a place or organisation mention ends there. */
    private static boolean[] placeOrBodyEnds(int n, List<Mention> mentions) {
        boolean[] ends = new boolean[n + 1];
        for (Mention m : mentions) {
            ends[m.end()] |= m.type() != EntityType.PERSON;
        }
        return ends;
    }

    /** Bodies a level names by itself (市人大常委会, 县政协). */
    private static final Set<String> LEVEL_BODIES = Set.of("人大常委会", "人大", "政协", "常委会", "总工会", "妇联", "科协",
            "工商联", "残联", "侨联", "文联", "红十字会");

    /** The party committees of a level, by its one char (省委, 市委, 县委, 州委, 区委, 地委, 盟委, 旗委, 师委). */
    private static final String LEVEL_CHARS = "省市县州区地盟旗师";

    private static boolean levelCommitteeAt(char[] c, int i) {
        return i >= 0 && i + 1 < c.length && c[i + 1] == '委' && LEVEL_CHARS.indexOf(c[i]) >= 0;
    }

    /** The working departments of a party committee. */
    private static final Set<String> LEVEL_DEPARTMENTS = Set.of("宣传部", "组织部", "统战部", "政法委", "办公室", "办公厅",
            "政研室", "编办", "网信办", "农办", "老干部局");

    /** Parts of a development zone that have a body of their own (喀什经济开发区兵团分区管委会). */
    private static final String[] ZONE_PARTS = {"分区", "片区", "园区"};

    /**
     * Level words that stand for a place in regional news (自治区 for Xinjiang, 自治州 for a prefecture such as 昌吉,
     * 师市 for a division and its city) are name units before a body (自治区|公安厅, 自治州|党委书记, 师市|市场监督管理局),
     * as 兵团 is, where they start a word and no longer unit runs over them (新疆维吾尔自治区 is one place). People's
     * Daily writes a bare 自治区/n 党委/n or 自治州/n 党委/n as common nouns; readers of regional news mean the body.
     * One-char levels (省, 市, 县) are not: People's Daily writes 省/n 公安厅/n and 县/n 司法局/n as common nouns.
     */
    private static void levelUnits(char[] c, boolean[] cut, int[] unitEnd) {
        int reach = 0; // the furthest end of a unit starting before i
        for (int i = 0; i < c.length; i++) {
            if (i >= reach && cut[i]) {
                for (String level : LEVEL_UNITS) {
                    if (startsWith(c, i, level) && cut[i + level.length()] && i + level.length() > unitEnd[i]) {
                        unitEnd[i] = i + level.length();
                    }
                }
            }
            reach = Math.max(reach, unitEnd[i]);
        }
    }

    private static final String[] LEVEL_UNITS = {"自治区", "自治州", "师市"};

    /**
     * The last unit of a chain [start, end), an organisation that is no numbered unit, is named by a place of its own
     * (第一师阿拉尔市|塔里木大学): an institution located there, not a body of the division, so the chain is no one name.
     * Not a place written as a division (昆玉市|党委, 石河子市|人民医院: the city's bodies), nor a farm or ranch named
     * by its place (昆玉市|皮山农场|党委): those are the division's regiments (团场), as numbered ones are.
     */
    private static boolean namedInstitution(char[] c, int start, int end, int[] mil, int[] placeEnd) {
        if (mil[start] == end) {
            return false;
        }
        int q = start;
        if (placeEnd[q] > q && placeEnd[q] < end && WRITTEN_AS_DIVISION.indexOf(c[placeEnd[q] - 1]) >= 0) {
            q = placeEnd[q]; // the tagger's 阿拉尔市塔里木大学: past the city
        }
        int p = placeEnd[q];
        return p > q && p < end && WRITTEN_AS_DIVISION.indexOf(c[p - 1]) < 0 && !regimentFarm(c, q, p);
    }

    /** The place [start, end) is a farm or ranch (芳草湖农场), or the name of one (皮山|农场). */
    private static boolean regimentFarm(char[] c, int start, int end) {
        for (String farm : REGIMENT_FARMS) {
            if (startsWith(c, end, farm) || end - start > farm.length() && startsWith(c, end - farm.length(), farm)) {
                return true;
            }
        }
        return false;
    }

    /** What a regiment named by a place is (皮山农场, 北塔山牧场). */
    private static final String[] REGIMENT_FARMS = {"农场", "牧场"};

    /** Last chars of a place written as a division (昆玉市, 和田县), not by its bare name (塔里木). */
    private static final String WRITTEN_AS_DIVISION = "市县区州省";

    /**
     * Whether the place before {@code body} can own that body (浙江|农行, 美国|国防部) rather than just being where it
     * sits: only a country has a 国务院 (中国国务院, 泰国国务院, 中华人民共和国国务院: every place joined to 国务院 in
     * People's Daily 1998-01-01..20 ends in 国), so 中南海|国务院 is the State Council at its seat. No place owns a
     * body of the world or of a bloc of countries (纽约|联合国, 日内瓦|世界卫生组织, 布鲁塞尔|欧盟: where it sits);
     * People's Daily names such a seat with what the body has there (纽约联合国总部), which these two units never are.
     */
    private static boolean ownsBody(char[] c, int body) {
        return (!startsWith(c, body, "国务院") || c[body - 1] == '国') && !startsWithAny(c, body, GLOBAL_BODIES);
    }

    /** Heads of the names of bodies of the world and of blocs of countries. */
    private static final String[] GLOBAL_BODIES = {"联合国", "世界", "欧盟", "北约", "东盟", "非盟", "阿盟"};

    /** Buildings, markets and parks named by a brand: 华联商厦, 贵友大厦. */
    private static final String[] FACILITIES = {"商场", "商厦", "大厦", "广场", "公园", "宾馆", "饭店", "大饭店",
            "酒店", "大酒店", "机场", "庄园", "果园", "市场", "商城", "购物中心"};

    /**
     * Company endings after a brand name, and those of banks, works, schools and hospitals, which People's Daily
     * names the same way (大和银行, 协和医院, 新海中学: inside an organisation after a proper noun 78 of 79 times in
     * 1998-01-01..24).
     */
    private static final String[] BRAND_COMPANY = {"公司", "集团", "集团公司", "有限公司", "股份有限公司", "有限责任公司",
            "总公司", "分公司", "银行", "厂", "中学", "小学", "学校", "大学", "学院", "医院", "研究所", "剧团", "俱乐部"};

    /** Longest stretch of name words between a brand and its company ending (赛格|电子|公司). */
    private static final int MAX_BRAND_TAIL = 6;

    /**
     * A proper noun of the segmenter (POS nz/nx) followed by name words and a company ending names that company
     * (步长公司, 索尼公司, ＴＣＬ集团): in People's Daily such a brand before 公司/集团 starts an organisation 96% of
     * the time, while the tagger, which has not seen the brand, often misses it.
     */
    static void brandCompanies(char[] c, boolean[] cut, boolean[] notName, int[] brand, List<Mention> mentions) {
        int n = c.length;
        List<Mention> added = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            int b = brand[p];
            if (b == 0 || !cut[p] || !brandChars(c, p, b) || startsWith(c, b, "自治")) {
                continue; // 昌吉|回族/nz|自治州人民医院: a people before 自治 is the middle of a division's name
            }
            // 华联商厦, 贵友大厦, 中桥商场: a named building or park is a PLACE in People's Daily (not ＶＣＤ市场)
            for (String w : FACILITIES) {
                if (!isHan(c[p])) {
                    break;
                }
                int e = b + w.length();
                if (e <= n && cut[e] && startsWith(c, b, w)) {
                    added.add(new Mention(EntityType.PLACE, p, e));
                    break;
                }
            }
            int best = -1;
            for (int j = b; j <= n && j - b <= MAX_BRAND_TAIL; j++) {
                if (j > b && (notName[j - 1] || !isHan(c[j - 1]) || BREAK_IN_ORG.indexOf(c[j - 1]) >= 0)) {
                    break;
                }
                for (String w : BRAND_COMPANY) {
                    int e = j + w.length();
                    if (e <= n && cut[e] && startsWith(c, j, w) && e > best) {
                        best = e;
                    }
                }
                // PDD控股, 汇丰控股: a holding company, not the verb (ＴＣＬ控股了…, 控股权, 控股子公司)
                if (j + 2 <= n && c[j] == '控' && c[j + 1] == '股' && cut[j + 2] && j + 2 > best
                        && (j + 2 == n || "了权股比地子".indexOf(c[j + 2]) < 0)) {
                    best = j + 2;
                }
            }
            if (best > 0) {
                added.add(new Mention(EntityType.ORGANIZATION, p, best));
            }
        }
        mentions.addAll(added);
    }

    /** No char that joins phrases (得利于 is not a brand), no ordinal or numeral (第二十二大|银行). */
    private static boolean brandChars(char[] c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (BREAK_IN_ORG.indexOf(c[i]) >= 0 || c[i] == '于' || c[i] == '第' || isNumeral(c[i])) {
                return false;
            }
        }
        return true;
    }

    private static final String[] COMPANY = {"公司", "集团", "厂", "银行", "商行", "酒店", "饭店", "宾馆", "商场"};

    /** Legal forms that end a registered company's or cooperative's name. */
    private static final String[] LEGAL_FORMS = {"有限公司", "有限责任公司", "农民专业合作社", "专业合作社", "律师事务所",
            "会计师事务所"};

    /**
     * Firms whose name is a place and a trade name of any words (北京市|大成/v|律师事务所, 上海市|锦天城|律师事务所): the
     * trade name may be read as a verb, unless it is a verb that sets such a firm up or engages it (北京|成立|律师事务所).
     */
    private static final String[] FIRM_FORMS = {"律师事务所", "会计师事务所"};

    private static final Set<String> ENGAGING_VERBS = Set.of("成立", "设立", "开办", "创办", "组建", "筹建", "开设", "注册",
            "聘请", "委托", "选择", "联系", "咨询", "引进", "设有", "拥有", "建立", "发展", "规范", "整顿", "清理");

    /** First chars of {@link #LEGAL_FORMS}: most positions are ruled out by one lookup. */
    private static final CharSet LEGAL_FORM_FIRST = new CharSet();

    static {
        for (String form : LEGAL_FORMS) {
            LEGAL_FORM_FIRST.add(form.charAt(0));
        }
    }

    /** Longest stretch from a company's place to its legal form (新疆天鹅现代农业机械装备|有限公司 has 13). */
    private static final int MAX_REGISTERED = 16;

    /** Chars that never stand between a company's place and its legal form (新疆的三家有限公司, 新疆和北京…). */
    private static final String NOT_IN_COMPANY = "的了在是把被将就都也还又这那从向对等和与及、到为由";

    /**
     * A registered company's name is its place, trade name, trade and legal form (新疆其亚铝电有限公司, 新疆和田果之初
     * 食品股份有限公司): the segmenter cuts an unknown trade name into odd words (其/r 亚铝电/n, 和/c 田果/n 之/u 初/Ng)
     * and the tagger then finds no company or only its tail (初食品股份有限公司). Cooperatives are registered the same
     * way (阿瓦提县丰收棉花种植农民专业合作社). Before 有限公司, 有限责任公司 or (农民)专业合作社: the
     * nearest known place (not a short form) within {@value #MAX_REGISTERED} chars that starts a word after a
     * break (punctuation, a verb or function word, the text's start), with any places right after it, then at least
     * two chars of Han (or brackets: 天业（集团）) holding no word of two or more chars that is a verb, numeral or
     * function word and none of {@link #NOT_IN_COMPANY}, is one ORGANIZATION, or extends the one the tagger found.
     */
    static void registeredCompanies(char[] c, boolean[] cut, boolean[] notName, HitIndex hits, List<Mention> mentions) {
        int n = c.length;
        List<int[]> found = new ArrayList<>();
        for (int s = 2; s + 4 <= n; s++) {
            if (!LEGAL_FORM_FIRST.has(c[s])) {
                continue;
            }
            int e = 0;
            for (String form : LEGAL_FORMS) {
                if (startsWith(c, s, form)) {
                    e = Math.max(e, s + form.length());
                }
            }
            if (e == 0 || !cut[e]) {
                continue;
            }
            // the nearest place that qualifies: 大亚湾核电站由|广东核电合营有限公司 starts at 广东
            for (int p = s - 3; p >= Math.max(0, s - MAX_REGISTERED); p--) {
                if (!cut[p] || (p > 0 && isHan(c[p - 1]) && !notName[p - 1])) {
                    continue;
                }
                int q = placeChainEnd(c, p, s, hits);
                if (q > p && s - q >= 2 && (registeredName(c, cut, notName, q, s) || firmName(c, cut, notName, q, s))) {
                    found.add(new int[]{p, e});
                    break;
                }
            }
            s = e - 1; // 农民专业合作社 holds 专业合作社
        }
        if (found.isEmpty()) {
            return;
        }
        // by offset: the organisation ending there that starts first (its index + 1), and the farthest end of an
        // organisation starting at or before it, so that each company is checked in O(1)
        int[] endingAt = new int[n + 1];
        int[] maxEnd = new int[n + 1];
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() == EntityType.ORGANIZATION) {
                int at = endingAt[m.end()];
                if (at == 0 || mentions.get(at - 1).start() > m.start()) {
                    endingAt[m.end()] = k + 1;
                }
                maxEnd[m.start()] = Math.max(maxEnd[m.start()], m.end());
            }
        }
        for (int p = 1; p <= n; p++) {
            maxEnd[p] = Math.max(maxEnd[p], maxEnd[p - 1]);
        }
        for (int[] f : found) {
            int k = endingAt[f[1]] - 1;
            if (k >= 0 && mentions.get(k).start() > f[0]) {
                Mention m = mentions.get(k);
                mentions.set(k, new Mention(m.type(), f[0], f[1], m.value(), m.priority())); // 初食品股份有限公司
            } else if (k < 0 && maxEnd[f[0]] < f[1]) {
                mentions.add(new Mention(EntityType.ORGANIZATION, f[0], f[1], null, Mention.Priority.RULE));
            }
        }
    }

    /**
     * A company registered with its seat in brackets before its legal form (腾讯科技（深圳）有限公司, 阿里巴巴（中国）网络
     * 技术有限公司) is one organisation: where the tagger gave the trade name alone (腾讯, a known company) and the rest
     * apart (科技（深圳）有限公司), an organisation ending right where such a company mention starts is joined to it, or
     * where the segmenter's word it starts inside starts (百度|在线 read 百/m 度/q 在线/vn: 百度 and 线网络技术（北京）有限公司).
     */
    static void seatedCompanies(char[] c, boolean[] cut, List<Mention> mentions) {
        Mention[] orgByEnd = null; // built at the first seated company: most texts have none
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() != EntityType.ORGANIZATION || !endsWithAny(c, m.end(), LEGAL_FORMS) || !seatInBrackets(c, m)) {
                continue;
            }
            if (orgByEnd == null) {
                orgByEnd = longest(c.length, mentions, true, o -> o.type() == EntityType.ORGANIZATION);
            }
            int start = PersonRules.wordStart(cut, m.start() + 1); // the start of the word holding m's first char
            Mention trade = orgByEnd[start];
            if (trade != null && !endsWithAny(c, start, LEGAL_FORMS)) {
                mentions.set(k, new Mention(m.type(), trade.start(), m.end(), m.value(), m.priority()));
            }
        }
    }

    /** Bodies that organise a games, fair or festival, named after it (杭州亚运会|组委会). */
    private static final String[] EVENT_COMMITTEES = {"组委会", "组织委员会", "执委会", "筹委会"};

    /** Longest name of an event between its place and its committee (第19届亚运会, 少数民族传统体育运动会). */
    private static final int MAX_EVENT = 12;

    /**
     * The committee of an event held in a place (杭州亚运会组委会, 北京冬奥会组委会, 杭州第19届亚运会组委会) is one
     * organisation from the place on, as People's Daily tags [长野/ns 冬奥会/j 组委会/n]nt; the tagger gave the place
     * alone. A PLACE mention, then at most {@value #MAX_EVENT} Han chars ending in 会, 节 or 赛 at a word boundary (an
     * ordinal term allowed, no verb or function word), then one of {@link #EVENT_COMMITTEES} ending a word; of places
     * in a row, the one nearest the event.
     */
    static void eventCommittees(char[] c, boolean[] cut, boolean[] notName, List<Mention> mentions) {
        int n = c.length;
        List<Mention> added = null;
        for (Mention place : mentions) {
            if (place.type() != EntityType.PLACE || place.end() + 5 > n || !cut[place.end()]) {
                continue;
            }
            for (int h = place.end() + 1; h <= Math.min(n - 3, place.end() + MAX_EVENT); h++) {
                char last = c[h - 1];
                boolean term = isNumeral(last) || last == '第' || last == '届'; // 杭州|第19届|亚运会
                if (!term && (!isHan(last) || notName[h - 1])) {
                    break;
                }
                if ((last == '会' || last == '节' || last == '赛') && h >= place.end() + 2 && cut[h]) {
                    int e = committeeEnd(c, cut, h);
                    if (e > 0) {
                        added = added == null ? new ArrayList<>() : added;
                        added.add(new Mention(EntityType.ORGANIZATION, place.start(), e, null, Mention.Priority.RULE));
                        break;
                    }
                }
            }
        }
        if (added == null) {
            return;
        }
        // of places in a row the nearest names the event: 日本|长野冬奥会组委会, as People's Daily tags it
        int[] nearestStart = new int[n + 1]; // by a committee's end: 1 + the latest start, else 0
        for (Mention a : added) {
            nearestStart[a.end()] = Math.max(nearestStart[a.end()], a.start() + 1);
        }
        int[] committeeAt = new int[n]; // 1 + the end of the committee covering p, else 0
        for (int e = 1; e <= n; e++) {
            for (int p = nearestStart[e] - 1; nearestStart[e] > 0 && p < e; p++) {
                committeeAt[p] = Math.max(committeeAt[p], e + 1);
            }
        }
        // the tagger's organisations inside, across or over a committee's start give way to it (亚冬会组委会 after
        // 哈尔滨, 日本长野冬奥会组委会)
        mentions.removeIf(m -> {
            if (m.type() != EntityType.ORGANIZATION) {
                return false;
            }
            for (int p = m.start(); p < m.end(); p++) {
                int e = committeeAt[p] - 1;
                if (e > 0 && m.end() <= e && (m.start() != nearestStart[e] - 1 || m.end() != e)) {
                    return true;
                }
            }
            return false;
        });
        int[] orgReach = new int[n + 1]; // the furthest end of an organisation starting at or before p
        for (Mention m : mentions) {
            if (m.type() == EntityType.ORGANIZATION) {
                orgReach[m.start()] = Math.max(orgReach[m.start()], m.end());
            }
        }
        for (int p = 1; p <= n; p++) {
            orgReach[p] = Math.max(orgReach[p], orgReach[p - 1]);
        }
        for (int e = 1; e <= n; e++) {
            int start = nearestStart[e] - 1;
            if (start >= 0 && orgReach[start] < e) {
                mentions.add(new Mention(EntityType.ORGANIZATION, start, e, null, Mention.Priority.RULE));
            }
        }
    }

    /** @return the end of one of {@link #EVENT_COMMITTEES} starting at {@code h} and ending a word, else 0 */
    private static int committeeEnd(char[] c, boolean[] cut, int h) {
        for (String w : EVENT_COMMITTEES) {
            if (startsWith(c, h, w) && cut[h + w.length()]) {
                return h + w.length();
            }
        }
        return 0;
    }

    /** Words for a province's or city's team in a sport, which name it after the place (四川男排, 天津女排). */
    private static final String[] TEAM_WORDS = {"男篮", "女篮", "男排", "女排", "男足", "女足"};

    /** Longest sponsor's name between a team's place and its team word (浙江|稠州金租|男篮). */
    private static final int MAX_SPONSOR = 4;

    /**
     * A team named by its place, its sponsor and its sport (新疆广汇男篮, 浙江稠州金租男篮) is one organisation, as People's
     * Daily writes a place's team ([四川/ns 男排/n]nt): the tagger gave the place alone, or the sponsor's team without
     * it, or read the sponsor as a place (广汇). A PLACE mention ending at most {@value #MAX_SPONSOR} chars before a team
     * word that ends a word, with only Han chars of no verb, numeral or function word between, starts the team.
     */
    static void sponsoredTeams(char[] c, boolean[] cut, boolean[] notName, List<Mention> mentions) {
        int n = c.length;
        List<int[]> teams = null;
        Mention[] placeByEnd = null;
        for (int t = 2; t + 2 <= n; t++) {
            if ((c[t + 1] != '篮' && c[t + 1] != '排' && c[t + 1] != '足') || !startsWithAny(c, t, TEAM_WORDS)
                    || !cut[t + 2]) {
                continue;
            }
            if (placeByEnd == null) {
                placeByEnd = longest(n, mentions, true, m -> m.type() == EntityType.PLACE);
            }
            for (int p = t; p >= Math.max(1, t - MAX_SPONSOR); p--) {
                if (p < t && !sponsorChar(c[p], notName[p])) {
                    break;
                }
                Mention place = placeByEnd[p];
                if (place != null) {
                    Mention outer = place.start() > 0 ? placeByEnd[place.start()] : null;
                    if (p == t && outer != null && place.length() <= MAX_SPONSOR && sponsorChars(c, notName, place)) {
                        place = outer; // 新疆|广汇|男篮: the sponsor read as a place right after the team's place
                    }
                    if (p < t || place == outer) { // the sponsor's chars
                        teams = teams == null ? new ArrayList<>() : teams;
                        teams.add(new int[]{place.start(), t + 2});
                    }
                    break;
                }
            }
        }
        if (teams == null) {
            return;
        }
        addTeams(n, teams, mentions);
    }

    /**
     * 辽宁本钢|主场以102比95战胜|广东东莞大益: clubs of today's leagues are written as their place and sponsor, without
     * the 队 People's Daily wrote ([山东 宝元队]nt, [广东 宏远队]nt), so around a score and a result the tagger found
     * the place alone (and 泰山 of 山东泰山 as a place). A place and two to {@value #MAX_SPONSOR} sponsor chars
     * ({@link #clubChar}) right before a score and its result verb (主场 or 客场 and 以 between), or right after
     * them, are a team, one organisation.
     */
    static void teamsAroundScores(char[] c, boolean[] cut, boolean[] notName, List<Mention> mentions) {
        int n = c.length;
        List<int[]> teams = null;
        Mention[] placeByEnd = null, placeByStart = null;
        for (int i = 0; i + 2 < n; i++) {
            if (c[i] != '比' && c[i] != '∶' && c[i] != ':' && c[i] != '：' || c[i + 1] != '0' || i == 0
                    || c[i - 1] != '0') {
                continue;
            }
            int from = i - 1, to = i + 1; // the score [from, to)
            while (from > 0 && c[from - 1] == '0') {
                from--;
            }
            while (to < n && c[to] == '0') {
                to++;
            }
            int verbEnd = resultVerbEnd(c, to);
            if (verbEnd < 0) {
                continue;
            }
            if (placeByEnd == null) {
                placeByEnd = longest(n, mentions, true, m -> m.type() == EntityType.PLACE);
                placeByStart = longest(n, mentions, false, m -> m.type() == EntityType.PLACE);
            }
            int before = from;
            before -= before > 0 && c[before - 1] == '以' ? 1 : 0;
            before -= before >= 2 && (c[before - 1] == '场' && (c[before - 2] == '主' || c[before - 2] == '客')) ? 2 : 0;
            for (int p = before - 2; p >= Math.max(1, before - MAX_SPONSOR) && cut[before]; p--) {
                if (!clubChar(c[p + 1], notName[p + 1]) || !clubChar(c[p], notName[p])) {
                    break;
                }
                Mention place = placeByEnd[p];
                if (place != null) {
                    Mention outer = placeByEnd[place.start()]; // 浙江|稠州|金租: a sponsor read as a place
                    teams = teams == null ? new ArrayList<>() : teams;
                    teams.add(new int[]{outer != null && place.length() <= MAX_SPONSOR ? outer.start() : place.start(),
                            before});
                    break;
                }
            }
            int s = verbEnd < n && c[verbEnd] == '了' ? verbEnd + 1 : verbEnd;
            Mention place = placeByStart[s];
            if (place != null) {
                int e = place.end();
                while (e < n && e - place.end() <= MAX_SPONSOR && clubChar(c[e], notName[e])
                        && !(cut[e] && cut[e + 1] && "后前时中".indexOf(c[e]) >= 0) && (e == 0 || c[e - 1] != '队')) {
                    e++; // up to 队 (四川蓝剑队|后)
                }
                if (e - place.end() >= 2 && e - place.end() <= MAX_SPONSOR && cut[e]) {
                    teams = teams == null ? new ArrayList<>() : teams;
                    teams.add(new int[]{s, e});
                }
            }
        }
        if (teams == null) {
            return;
        }
        addTeams(n, teams, mentions);
    }

    /**
     * Adds the teams {@code [start, end)} as organisations; the tagger's organisations and places inside a team give
     * way to it, but for the place it starts with, and so do those that start with the team and run on past it
     * (北京国安客场 of 北京国安|客场|2比1战胜: the tagger's place).
     */
    private static void addTeams(int n, List<int[]> teams, List<Mention> mentions) {
        int[] coverEnd = new int[n + 1];
        boolean[] teamStart = new boolean[n + 1];
        for (int[] team : teams) {
            teamStart[team[0]] = true;
            for (int p = team[0]; p < team[1]; p++) {
                coverEnd[p] = Math.max(coverEnd[p], team[1]);
            }
        }
        mentions.removeIf(m -> (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.PLACE)
                && m.priority() < Mention.Priority.RULE
                && (coverEnd[m.start()] >= m.end() && !(m.type() == EntityType.PLACE && teamStart[m.start()])
                || teamStart[m.start()] && m.end() > coverEnd[m.start()]));
        for (int[] team : teams) {
            mentions.add(new Mention(EntityType.ORGANIZATION, team[0], team[1], null, Mention.Priority.RULE));
        }
    }

    /** A char of a club's sponsor: as {@link #sponsorChar}, 国 too (北京国安, 青岛国信海天) beside a score. */
    private static boolean clubChar(char ch, boolean notName) {
        return isHan(ch) && !notName && !isNumeral(ch) && NOT_IN_COMPANY.indexOf(ch) < 0;
    }

    /** Verbs of a match's result after its score, longest first where one starts another (战胜, 击败, 逼平). */
    private static final String[] RESULT_VERBS = {"战胜", "击败", "负于", "逼平", "战平", "不敌", "力克", "险胜", "大胜",
            "完胜", "横扫", "输给", "败给", "击溃", "淘汰", "零封", "惜败", "憾负", "胜"};

    /** First chars of {@link #RESULT_VERBS}: most chars start none of them. */
    static final CharSet RESULT_FIRSTS = new CharSet();

    static {
        for (String v : RESULT_VERBS) {
            RESULT_FIRSTS.add(v.charAt(0));
        }
    }

    /** The end of a result verb at {@code p} (after a score), or -1. */
    static int resultVerbEnd(char[] c, int p) {
        for (String v : RESULT_VERBS) {
            if (startsWith(c, p, v)) {
                return p + v.length();
            }
        }
        return -1;
    }

    /**
     * A char of a team's sponsor: Han, in no verb, numeral or function word, and none that makes the words before
     * the team word a tournament's or a group's (广州|四国|女足, 葡萄牙|国际|女足, 古巴|等|女排).
     */
    private static boolean sponsorChar(char ch, boolean notName) {
        return isHan(ch) && !notName && !isNumeral(ch) && NOT_IN_COMPANY.indexOf(ch) < 0 && "国际界洲全各".indexOf(ch) < 0;
    }

    private static boolean sponsorChars(char[] c, boolean[] notName, Mention m) {
        for (int i = m.start(); i < m.end(); i++) {
            if (!sponsorChar(c[i], notName[i])) {
                return false;
            }
        }
        return true;
    }

    /** The mention holds a bracketed part, its seat: 科技（深圳）有限公司. */
    private static boolean seatInBrackets(char[] c, Mention m) {
        for (int i = m.start(); i < m.end(); i++) {
            if (c[i] == '（' || c[i] == '(') {
                return true;
            }
        }
        return false;
    }

    /** End of the run of known places (not short forms) that starts at p and ends by {@code limit}, or p. */
    private static int placeChainEnd(char[] c, int p, int limit, HitIndex hits) {
        int q = p;
        while (q < limit) {
            int next = q;
            for (int x = hits.from(q); x < hits.to(q); x++) {
                int[] h = hits.get(x);
                if ((h[2] & NerLexicon.PLACE) != 0 && (h[2] & NerLexicon.SHORT) == 0 && h[1] <= limit) {
                    next = Math.max(next, h[1]);
                }
            }
            if (next == q) {
                break;
            }
            q = next;
        }
        return q;
    }

    /** [from, to) can be a trade name and trade: Han or brackets, no break char, no multi-char verb or function word. */
    private static boolean registeredName(char[] c, boolean[] cut, boolean[] notName, int from, int to) {
        if (whichOne(c, from)) {
            return false;
        }
        int wordStart = from;
        for (int i = from; i < to; i++) {
            char ch = c[i];
            boolean bracket = ch == '（' || ch == '）' || ch == '(' || ch == ')';
            if (!(isHan(ch) || bracket) || NOT_IN_COMPANY.indexOf(ch) >= 0) {
                return false;
            }
            if (cut[i]) {
                wordStart = i;
            }
            if (notName[i] && i > wordStart && !(i == wordStart + 1 && i + 1 <= to && cut[i + 1]
                    && TRADE_VERBS.contains(new String(c, wordStart, 2)))) {
                return false; // the second char of a verb, numeral or function word of two or more chars
            }
        }
        return true;
    }

    /** 南京市|一家|律师事务所, 该|有限公司: a determiner or a numeral with 家 or 个 says which company, not its name. */
    private static boolean whichOne(char[] c, int from) {
        return "该这那此本各每某".indexOf(c[from]) >= 0
                || from + 1 < c.length && "一两几多数".indexOf(c[from]) >= 0 && "家个所".indexOf(c[from + 1]) >= 0;
    }

    /**
     * [from, to) before one of {@link #FIRM_FORMS} at {@code to} is a firm's trade name: one word of two to four Han
     * chars, read as a verb perhaps (大成), but none of {@link #ENGAGING_VERBS}, or Han words that {@link #registeredName}
     * takes.
     */
    private static boolean firmName(char[] c, boolean[] cut, boolean[] notName, int from, int to) {
        if (!startsWithAny(c, to, FIRM_FORMS) || to - from > 4 || !cut[from] || !cut[to] || whichOne(c, from)) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isHan(c[i]) || NOT_IN_COMPANY.indexOf(c[i]) >= 0 || i > from && cut[i]) {
                return false;
            }
        }
        return !ENGAGING_VERBS.contains(new String(c, from, to - from));
    }

    /** Chars before a firm's trade name that end the phrase before it (任职于|立信, 加入|天健, 和|致同). */
    private static final String BEFORE_TRADE_NAME = "于在和与及、由任到从向";

    /**
     * Accounting and law firms named by a trade name alone (立信会计师事务所, 天健会计师事务所, 普华永道会计师事务所,
     * 安永华明会计师事务所, 普华永道中天会计师事务所): the tagger finds none, or reads the trade name as a person
     * (普华永道, 安永华). Before 会计师事务所 or 律师事务所 that no organisation ends with: a person starting at most
     * six chars before it and ending at most one Han char or one two-char word before it becomes the firm; else two to four Han chars of whole words after a break
     * (punctuation, a verb or function word, 于/在/和/与/、…), no numeral, pronoun or determiner among them and no
     * verb, function word or ordinary word of the core dictionary of two or more chars (not 国际, 大型, 外资), are the
     * firm's name.
     */
    static void tradeNameFirms(char[] c, boolean[] cut, boolean[] notName, List<Mention> mentions) {
        int n = c.length;
        List<Mention> firms = null;
        int[] orgEndBefore = null; // orgEndBefore[p]: farthest end of an organisation starting before p
        int[] personByEnd = null; // personByEnd[p]: index + 1 of a person ending at p, else 0
        boolean[] taken = null; // by index: persons that became firms
        for (int s = 2; s + 5 <= n; s++) {
            if (c[s] != '会' && c[s] != '律' || !startsWithAny(c, s, FIRM_FORMS)) {
                continue;
            }
            int e = s + (c[s] == '会' ? 6 : 5); // 会计师事务所 or 律师事务所
            if (orgEndBefore == null) { // built at the first firm: most texts have none
                orgEndBefore = new int[n + 1];
                personByEnd = new int[n + 1];
                taken = new boolean[mentions.size()];
                for (int k = 0; k < mentions.size(); k++) {
                    Mention m = mentions.get(k);
                    if (m.type() == EntityType.ORGANIZATION) {
                        orgEndBefore[m.start() + 1] = Math.max(orgEndBefore[m.start() + 1], m.end());
                    } else if (m.type() == EntityType.PERSON && m.priority() < Mention.Priority.USER_LEXICON) {
                        personByEnd[m.end()] = k + 1;
                    }
                }
                for (int p = 1; p <= n; p++) {
                    orgEndBefore[p] = Math.max(orgEndBefore[p], orgEndBefore[p - 1]);
                }
            }
            boolean named = orgEndBefore[s] >= e; // an organisation starting before the firm's kind covers it
            int personAt = personByEnd[s] - 1;
            if (personAt < 0 && isHan(c[s - 1]) && NOT_IN_COMPANY.indexOf(c[s - 1]) < 0) {
                personAt = personByEnd[s - 1] - 1; // 安永华|明
            }
            if (personAt < 0 && s >= 3 && cut[s - 2] && !cut[s - 1] && isHan(c[s - 2]) && isHan(c[s - 1])
                    && NOT_IN_COMPANY.indexOf(c[s - 2]) < 0 && NOT_IN_COMPANY.indexOf(c[s - 1]) < 0) {
                personAt = personByEnd[s - 2] - 1; // 普华永道|中天: the Chinese partner's name, one word
            }
            if (personAt >= 0 && (taken[personAt] || mentions.get(personAt).start() < s - 6)) {
                personAt = -1;
            }
            if (named) {
                continue;
            }
            firms = firms == null ? new ArrayList<>() : firms;
            if (personAt >= 0) {
                taken[personAt] = true;
                // a person starting inside a word starts the firm at the next word (会计师事务|所天健 → 天健…)
                int from = mentions.get(personAt).start();
                while (!cut[from] && from < s - 2) {
                    from++;
                }
                firms.add(new Mention(EntityType.ORGANIZATION, from, e, null, Mention.Priority.RULE));
                continue;
            }
            for (int f = Math.max(0, s - 6); f <= s - 2; f++) { // six: 普华永道中天, with the Chinese partner's name
                if (cut[f] && tradeName(c, cut, notName, f, s)) {
                    firms.add(new Mention(EntityType.ORGANIZATION, f, e, null, Mention.Priority.RULE));
                    break;
                }
            }
        }
        if (firms != null) {
            dropAndAdd(mentions, taken, firms);
        }
    }

    private static boolean tradeName(char[] c, boolean[] cut, boolean[] notName, int from, int to) {
        if (from > 0 && isHan(c[from - 1]) && !notName[from - 1] && BEFORE_TRADE_NAME.indexOf(c[from - 1]) < 0) {
            return false;
        }
        // the segmenter reads an unknown trade name as one-char verbs and measure words (致/v 同/p, 天/q 健/nr) or
        // as a verb HanLP's dictionary lacks (立信/v): those pass; a known word of two or more chars that is ordinary
        // (国际, 大型, 中介) or a verb or function word does not
        int wordStart = from;
        for (int i = from; i < to; i++) {
            if (!isHan(c[i]) || isNumeral(c[i]) || NOT_IN_COMPANY.indexOf(c[i]) >= 0 || NOT_IN_TRADE_NAME.indexOf(c[i]) >= 0
                    || c[i] == '于' && cut[i] && cut[i + 1]) { // 任职|于|…: the preposition as a word of its own
                return false;
            }
            if (cut[i + 1] && i + 1 - wordStart >= 2) {
                String word = new String(c, wordStart, i + 1 - wordStart);
                if (Words.common(word) || notName[i] && Words.known(word)) { // not 立信/v, which HanLP does not know
                    return false;
                }
            }
            if (cut[i + 1]) {
                wordStart = i + 1;
            }
        }
        return !Words.common(new String(c, from, to - from));
    }

    /** Pronouns, determiners and counts that stand before a firm's kind, not in its name (该律师事务所, 多家). */
    private static final String NOT_IN_TRADE_NAME = "他她它我你们该其本此各某每另原前现多几诸众";

    /**
     * Verbs that name a trade inside company and cooperative names (丰收棉花种植农民专业合作社, 果品加工有限公司), and
     * the wishes that cooperatives take as trade names (兴农棉花种植农民专业合作社, 惠民, 致富).
     */
    private static final Set<String> TRADE_VERBS = Set.of("种植", "养殖", "加工", "销售", "营销", "运输", "开发", "生产",
            "培育", "经营", "丰收", "制造", "贸易", "批发", "兴农", "富民", "惠农", "惠民", "致富", "兴旺", "益农", "助农",
            "利民", "兴业", "增收");

    /**
     * Long company names lose their head in the tagger (新疆天鹅现代农业机械装备有限公司 → 械装备有限公司): a company
     * mention is extended back to a place name that starts at most {@value #MAX_COMPANY} chars before its end when
     * only name chars lie between.
     */
    static void extendCompanies(char[] c, boolean[] notName, HitIndex hits, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() != EntityType.ORGANIZATION || !endsWithAny(c, m.end(), COMPANY)) {
                continue;
            }
            // the leftmost qualifying place: only hits starting within MAX_COMPANY of the end can qualify
            int best = m.start();
            for (int p = Math.max(0, m.end() - MAX_COMPANY); p < m.start() && best == m.start(); p++) {
                for (int x = hits.from(p); x < hits.to(p); x++) {
                    int[] h = hits.get(x);
                    // 新疆|天鹅现代农业|机械装备有限公司, but not 广州|参观|金鹏集团 or 广州|三家|远洋公司
                    if ((h[2] & NerLexicon.PLACE) != 0 && (h[2] & NerLexicon.SHORT) == 0
                            && h[1] <= m.start() + 1 && nameChars(c, h[1], m.start())
                            && !any(notName, h[1], m.start())) {
                        best = h[0];
                        break;
                    }
                }
            }
            if (best < m.start()) {
                mentions.set(k, new Mention(m.type(), best, m.end(), m.value(), m.priority()));
            }
        }
    }

    private static final int MAX_COMPANY = 20;

    /**
     * 东计电脑（北京）有限公司 tagged 北京）有限公司: an organisation with a closing parenthesis it does not open is
     * extended back over the opening one and the name words before it (no verb, numeral, function word or
     * punctuation, at most {@value #MAX_COMPANY} chars); when there are none, the mention is dropped.
     */
    static void closeParentheses(char[] c, boolean[] notName, List<Mention> mentions) {
        for (int k = mentions.size() - 1; k >= 0; k--) {
            Mention m = mentions.get(k);
            if (m.type() != EntityType.ORGANIZATION || balance(c, m.start(), m.end()) >= 0) {
                continue;
            }
            int open = m.start() - 1;
            while (open >= 0 && open >= m.start() - 8 && c[open] != '（' && c[open] != '(') {
                open--;
            }
            int s = open;
            while (s > 0 && open - s < MAX_COMPANY && (isHan(c[s - 1]) || c[s - 1] == 'A' || c[s - 1] == '0')
                    && !notName[s - 1] && BREAK_IN_ORG.indexOf(c[s - 1]) < 0) {
                s--;
            }
            if (open >= 0 && s < open && balance(c, s, m.end()) == 0) {
                mentions.set(k, new Mention(m.type(), s, m.end(), m.value(), m.priority()));
            } else {
                mentions.remove(k);
            }
        }
    }

    /**
     * A township of one char and 乡 or 镇 right after its county or city (托克逊县|夏|乡, 县|郭|镇) is a place: the
     * segmenter, which knows no such name, leaves two one-char words there, and a name of one char is in no lexicon.
     * Not a word of the segmenter (城乡, 全镇), nor after a determiner or numeral char (各乡, 一镇), nor where a
     * mention lies.
     */
    static void oneCharTownships(char[] c, boolean[] cut, List<Mention> mentions) {
        int n = c.length;
        List<Mention> added = null;
        Overlaps taken = null; // built at the first township: most texts have none
        for (Mention m : mentions) {
            int e = m.end();
            if (m.type() != EntityType.PLACE || e + 2 > n || "县市旗区".indexOf(c[e - 1]) < 0 || m.length() < 2
                    || c[e + 1] != '乡' && c[e + 1] != '镇' || !cut[e] || !cut[e + 1] || !cut[e + 2] || !isHan(c[e])
                    || "全各本该每此某其一二三四五六七八九十两几".indexOf(c[e]) >= 0) {
                continue;
            }
            if (taken == null) {
                taken = new Overlaps(n, mentions, o -> true);
                added = new ArrayList<>();
            }
            if (!taken.any(e, e + 2)) {
                added.add(new Mention(EntityType.PLACE, e, e + 2, null, Mention.Priority.RULE));
            }
        }
        if (added != null) {
            mentions.addAll(added);
        }
    }

    /**
     * 亚尔镇亚尔果勒村, read by the segmenter and the tagger as one place: a tagged place ending in 村 that starts with a
     * township of the lexicon (a division name or a place seen in training) is the township and the village, as
     * People's Daily writes them (洋洲镇/ns 洋洲村/ns, 64 times in January 1998 and never as one place). The village
     * keeps two chars or more. The same for a district, county, city or township and a road, street or avenue.
     */
    static void townshipVillages(char[] c, NerLexicon lex, List<Mention> mentions) {
        List<Mention> villages = null;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int s = m.start(), e = m.end();
            if (m.type() != EntityType.PLACE || m.priority() >= Mention.Priority.RULE || e - s < 5
                    || c[e - 1] != '村' && c[e - 1] != '路' && c[e - 1] != '道' && c[e - 1] != '街') {
                continue;
            }
            // 浦东新区世纪大道, 朝阳区建国路: a district, county, city or township and a road in it are two places
            // too (长沙市/ns 五一路/ns, 城关镇/ns 胜利街/ns), the road keeping three chars or more
            boolean road = c[e - 1] != '村';
            String levels = road ? "区县市镇乡" : "镇乡";
            for (int i = s + 2; i + (road ? 4 : 3) <= e; i++) {
                if (levels.indexOf(c[i]) >= 0 && (lex.categories(new String(c, s, i + 1 - s))
                        & (NerLexicon.TOWN | NerLexicon.PLACE | NerLexicon.SEEN_LOC)) != 0) {
                    mentions.set(k, new Mention(EntityType.PLACE, s, i + 1, m.value(), m.priority()));
                    if (villages == null) {
                        villages = new ArrayList<>();
                    }
                    villages.add(new Mention(EntityType.PLACE, i + 1, e, null, m.priority()));
                    break;
                }
            }
        }
        if (villages != null) {
            mentions.addAll(villages);
        }
    }

    /**
     * A village the segmenter reads as one place word (阔什艾日克村/ns, three chars or more, ending in 村) right after a
     * township place (托克扎克镇) is a place, nested in the organisation it names (…托克扎克镇阔什艾日克村党支部): the
     * tagger reads the whole body and gives no place inside it. Villages are in no lexicon; the township before is
     * the evidence. Not where another place or a person overlaps it.
     */
    static void villagesAfterTownships(char[] c, boolean[] cut, byte[] posStart, int[] placeWord, List<Mention> mentions) {
        int n = c.length;
        boolean[] townEnd = null; // built at the first village word: most texts have none
        Overlaps taken = null, persons = null;
        int[] villageEnd = null; // end of the village cut in two that starts here
        List<Mention> found = null;
        for (int p = 1; p < n; p++) {
            int e = placeWord[p];
            boolean cutInTwo = false;
            if (e > p && e < n && c[e - 1] != '村' && e - p <= 3 && "镇乡县市区州村".indexOf(c[e - 1]) < 0
                    && placeWord[e] - e >= 2 && c[placeWord[e] - 1] == '村') {
                e = placeWord[e]; // 阔纳/ns 巴扎村/ns: the segmenter cut the village's name in two place words
                cutInTwo = true;
            } else if (e == 0 && (c[p - 1] == '镇' || c[p - 1] == '乡') && cut[p] && p + 3 < n) {
                e = villageWords(c, cut, posStart, p);
            }
            if (e - p < 3 || c[e - 1] != '村') {
                continue;
            }
            if (townEnd == null) {
                townEnd = new boolean[n + 1];
                for (Mention m : mentions) {
                    char last = c[m.end() - 1];
                    townEnd[m.end()] |= m.type() == EntityType.PLACE && (last == '镇' || last == '乡');
                }
                taken = new Overlaps(n, mentions, m -> m.type() != EntityType.ORGANIZATION);
            }
            if (!townEnd[p]) {
                continue;
            }
            if (cutInTwo) { // the tagger's places on the two words give way to the village, a person does not
                if (persons == null) {
                    persons = new Overlaps(n, mentions, m -> m.type() == EntityType.PERSON);
                    villageEnd = new int[n + 1];
                }
                if (persons.any(p, e)) {
                    continue;
                }
                villageEnd[p] = e;
            } else if (taken.any(p, e)) {
                continue;
            }
            if (found == null) {
                found = new ArrayList<>();
            }
            found.add(new Mention(EntityType.PLACE, p, e, null, Mention.Priority.RULE));
        }
        if (villageEnd != null) {
            int[] reach = villageEnd;
            for (int p = 1; p <= n; p++) {
                reach[p] = Math.max(reach[p], reach[p - 1]);
            }
            mentions.removeIf(m -> m.type() == EntityType.PLACE && m.priority() < Mention.Priority.RULE
                    && reach[m.start()] >= m.end() && reach[m.start()] > m.start());
        }
        if (found != null) {
            mentions.addAll(found);
        }
    }

    /**
     * End of a village named by ordinary words from p, the end of its township (月亮/n 地/u 村/n, 柳树/n 沟村/n): words
     * of nouns, names or adjectives (地 also as a particle) with two to four Han chars before a 村 that ends a word,
     * none of them a function char, the last not a kind of village the core dictionary knows (小康村, 贫困村; 华西村 is
     * a place there); else 0.
     */
    private static int villageWords(char[] c, boolean[] cut, byte[] posStart, int p) {
        int n = c.length;
        for (int w = p; w < n && w - p <= 4; ) {
            int e = w + 1;
            while (e < n && !cut[e]) {
                e++;
            }
            byte pc = posStart[w];
            boolean nounLike = pc == PersonRules.NOUN || pc == PersonRules.PLACE || pc == PersonRules.NAME
                    || pc == PersonRules.ADJECTIVE || pc == PersonRules.OTHER
                    || pc == PersonRules.PARTICLE && e - w == 1 && c[w] == '地';
            if (!nounLike) {
                return 0;
            }
            for (int i = w; i < e - 1; i++) {
                if (!isHan(c[i]) || NOT_IN_VILLAGE.indexOf(c[i]) >= 0) {
                    return 0;
                }
            }
            if (c[e - 1] == '村') { // not a common noun in 村 (郊区|农村, 偏远|山村, 边境|小康村, 贫困村, 示范村)
                return e - 1 - p >= 2 && e - 1 - p <= 4 && !(e - w == 2 && "农乡山渔邻外同".indexOf(c[w]) >= 0)
                        && !(e - w >= 3 && Words.ordinaryAtLeastHalf(new String(c, w, e - w))) ? e : 0;
            }
            if (!isHan(c[e - 1]) || NOT_IN_VILLAGE.indexOf(c[e - 1]) >= 0) {
                return 0;
            }
            w = e;
        }
        return 0;
    }

    /** Chars that do not stand in a village's name between its township and 村 (乡的村, 镇各村, 乡和村). */
    private static final String NOT_IN_VILLAGE = "的了在是和与及等各每该本全这那其";

    /**
     * A place of the lexicon or a place seen in training (南京东路 of 上海南京东路步行街) that the segmenter also reads as
     * one place word (淮北/ns of 开发淮北煤层气) and no mention touches is a place: the tagger, seeing it in an unusual
     * context, left it out. Not a word the core dictionary knows as an ordinary word too (安宁, 盘山), nor one that
     * starts a longer word (大理|石) or an organisation's name (吉首|军分区).
     */
    static void lexiconPlaces(char[] c, int[] placeWord, List<int[]> hits, List<Mention> mentions) {
        Overlaps taken = null;
        List<Mention> added = null;
        boolean[] suffixAt = null; // an organisation suffix of the lexicon starts here (吉首|军分区)
        for (int[] h : hits) {
            if ((h[2] & (NerLexicon.PLACE | NerLexicon.SEEN_LOC)) == 0 || h[1] - h[0] < 2 || placeWord[h[0]] != h[1]) {
                continue;
            }
            if (taken == null) {
                taken = new Overlaps(c.length, mentions, m -> true);
                added = new ArrayList<>();
                suffixAt = new boolean[c.length + 1];
                for (int[] o : hits) {
                    suffixAt[o[0]] |= (o[2] & NerLexicon.ORGSUF) != 0;
                }
            }
            if (taken.any(h[0], h[1]) || suffixAt[h[1]]) {
                continue; // most places are the tagger's already: the dictionary is asked only about the rest
            }
            String name = new String(c, h[0], h[1] - h[0]);
            // not an ordinary word too (安宁, 盘山), nor the start of one (大理|石), nor the head of a body (吉首军分区)
            if (!Words.ordinaryToo(name) && (h[1] == c.length || !Words.known(name + c[h[1]]))) {
                added.add(new Mention(EntityType.PLACE, h[0], h[1], null, Mention.Priority.RULE));
            }
        }
        if (added != null) {
            mentions.addAll(added);
        }
    }

    /**
     * 义乌市长, 桃园市长: a place of the lexicon that ends in 市, 县 or 省 before 长, where the segmenter ends a word
     * right after the 长 and starts none at it, is the place without that char, as People's Daily writes the office
     * apart (上海/ns 市长/n, 灵寿/ns 县长/n); the tagger often misses it there, reading a city's name as a person's
     * (义乌/nr) or a common word (桃园). Not where a mention touches it.
     */
    static void placesBeforeHeads(char[] c, boolean[] cut, List<int[]> hits, List<Mention> mentions) {
        Overlaps taken = null;
        List<Mention> added = null;
        for (int[] h : hits) {
            int e = h[1] - 1; // the level char
            if ((h[2] & NerLexicon.PLACE) == 0 || e - h[0] < 2 || h[1] >= c.length || c[h[1]] != '长'
                    || "市县省".indexOf(c[e]) < 0 || !cut[h[0]] || cut[h[1]] || !cut[h[1] + 1]) {
                continue;
            }
            if (taken == null) {
                taken = new Overlaps(c.length, mentions, m -> true);
                added = new ArrayList<>();
            }
            if (!taken.any(h[0], h[1] + 1)) {
                added.add(new Mention(EntityType.PLACE, h[0], e, null, Mention.Priority.RULE));
            }
        }
        if (added != null) {
            mentions.addAll(added);
        }
    }

    /**
     * 京秦（皇岛）线, 绥（芬河）, （长）江: a place written as its one- or two-char abbreviation with the rest of its name
     * in brackets (People's Daily names the ends of roads and railways so), or with its first char in brackets, is
     * one place, brackets included, where the name read without them is a place of the lexicon; the mentions made of
     * its parts (秦（皇岛, 洲里) give way, and a longer mention that holds it (甬（宁波）台...) keeps it. Run after every
     * other rule; linear in the text and the mentions.
     */
    static void bracketedPlaces(char[] c, NerLexicon lex, List<Mention> mentions) {
        int n = c.length;
        List<int[]> places = null;
        for (int p = 0; p + 2 < n; p++) {
            if (c[p] != '(') {
                continue; // c is folded: （ is (
            }
            int q = p + 1;
            while (q < n && q - p <= 4 && isHan(c[q])) {
                q++;
            }
            if (q == p + 1 || q >= n || c[q] != ')' || allNumerals(c, p + 1, q)) {
                continue; // a list's number: （四）会同 is no 四会
            }
            String inside = new String(c, p + 1, q - p - 1);
            int s = -1, e = -1;
            for (int a = 1; a <= 2 && s < 0; a++) {
                if (p - a >= 0 && hanName(c, p - a, p) && isPlace(lex, new String(c, p - a, a) + inside)) {
                    s = p - a;
                    e = q + 1;
                }
            }
            for (int k = 1; k <= 2 && s < 0; k++) {
                if (q + 1 + k <= n && hanName(c, q + 1, q + 1 + k) && isPlace(lex, inside + new String(c, q + 1, k))) {
                    s = p;
                    e = q + 1 + k;
                }
            }
            if (s >= 0) {
                if (places == null) {
                    places = new ArrayList<>();
                }
                places.add(new int[]{s, e});
                p = e - 1;
            }
        }
        if (places == null) {
            return;
        }
        // in one pass each (a text may hold many): which places a longer mention holds, then what the rest replace
        int[] reach = new int[n + 1]; // reach[i]: the furthest end of a mention starting before i
        int[] endAt = new int[n];     // endAt[i]: the furthest end of a mention starting at i
        for (Mention m : mentions) {
            endAt[m.start()] = Math.max(endAt[m.start()], m.end());
        }
        for (int i = 0; i < n; i++) {
            reach[i + 1] = Math.max(reach[i], endAt[i]);
        }
        int[] newPlaces = new int[n + 1]; // prefix counts of chars inside the places kept
        boolean[] inPlace = new boolean[n];
        List<Mention> kept = new ArrayList<>();
        for (int[] pl : places) {
            int s = pl[0], e = pl[1];
            if (reach[s] >= e || endAt[s] > e) {
                continue; // inside a longer mention: 甬（宁波）台 ...
            }
            java.util.Arrays.fill(inPlace, s, e, true);
            kept.add(new Mention(EntityType.PLACE, s, e, null, Mention.Priority.RULE));
        }
        for (int i = 0; i < n; i++) {
            newPlaces[i + 1] = newPlaces[i] + (inPlace[i] ? 1 : 0);
        }
        mentions.removeIf(m -> newPlaces[m.end()] > newPlaces[m.start()]);
        mentions.addAll(kept);
    }

    private static boolean allNumerals(char[] c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isNumeral(c[i])) {
                return false;
            }
        }
        return true;
    }

    /** China, then its province-level divisions (short forms: each is the start of its full name too). */
    private static final String[] COUNTRY = {"中华人民共和国", "中国"};
    private static final String[] PROVINCES = {"北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江",
            "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南",
            "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门"};

    /** First chars of {@link #COUNTRY} and {@link #PROVINCES}: most chars start neither, and are told so at once. */
    private static final CharSet NATIONAL_FIRST = new CharSet();

    static {
        for (String[] names : new String[][] {COUNTRY, PROVINCES}) {
            for (String w : names) {
                NATIONAL_FIRST.add(w.charAt(0));
            }
        }
    }

    /** 0: the text at p names China; 1: a province-level division; -1: neither. */
    private static int nationalLevel(char[] c, int p) {
        if (p >= c.length || !NATIONAL_FIRST.has(c[p])) {
            return -1;
        }
        if (startsWithAny(c, p, COUNTRY)) {
            return 0;
        }
        return startsWithAny(c, p, PROVINCES) ? 1 : -1;
    }

    /**
     * 中国农业科学院中国电影公司中国农学会科普部, 天津儿童艺术剧团天津科学技术出版社: People's Daily runs a list of units
     * together without separators, and the tagger reads the run as one organisation. An organisation that starts with
     * China or a province-level division is cut where a unit's name ends (an organisation suffix of the lexicon, 书店,
     * 科协) and the next starts with China or a province-level division again, not below the one before (中国科学院|上海
     * 有机化学研究所 and 中国人民解放军|北京军区 stay whole: a unit under its parent), and the next is no branch of it
     * (中国银行|北京分行), nor a university's centre named for China (北京大学|中国经济研究中心). Run after every
     * other rule.
     */
    static void splitUnitLists(char[] c, NerLexicon lex, List<Mention> mentions) {
        List<Mention> pieces = null;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int s = m.start(), e = m.end();
            if (m.type() != EntityType.ORGANIZATION || m.length() < 8 || m.priority() > Mention.Priority.RULE) {
                continue;
            }
            int level = nationalLevel(c, s);
            if (level < 0) {
                continue;
            }
            List<Integer> cuts = null;
            int from = s;
            for (int p = s + 4; p + 4 <= e; p++) {
                int next = nationalLevel(c, p);
                if (p - from < 4 || next < 0 || next > level
                        || !(orgSuffixEnds(c, p, lex) || c[p - 1] == '店' || c[p - 1] == '协')) {
                    continue;
                }
                // 北京大学|中国经济研究中心: a university's centre named for China is the university's
                if (endsWithUnitBranch(c, p, e) || next == 0 && startsWith(c, p - 2, "大学")) {
                    continue;
                }
                if (cuts == null) {
                    cuts = new ArrayList<>();
                }
                cuts.add(p);
                from = p;
                level = next;
            }
            if (cuts == null) {
                continue;
            }
            if (pieces == null) {
                pieces = new ArrayList<>();
            }
            int a = s;
            for (int p : cuts) {
                pieces.add(new Mention(EntityType.ORGANIZATION, a, p, m.value(), m.priority()));
                a = p;
            }
            pieces.add(new Mention(EntityType.ORGANIZATION, a, e, m.value(), m.priority()));
            mentions.set(k, null);
        }
        if (pieces != null) {
            mentions.removeIf(java.util.Objects::isNull);
            mentions.addAll(pieces);
        }
    }

    /**
     * An organisation named after a pair of places joined by a dash (奎屯—独山子经济技术开发区管委会, a zone of two
     * cities) starts at the first place: where a PLACE mention ends right before the dash and a place (a mention or
     * one of the lexicon) starts the organisation right after it.
     */
    static void dashedPairOrganisations(char[] c, List<int[]> hits, List<Mention> mentions) {
        boolean[] placeStart = null;
        int[] placeStartOf = null; // by end: the start of the longest place mention ending there, -1: none
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int s = m.start();
            if (m.type() != EntityType.ORGANIZATION || s < 3 || !isDash(c[s - 1])) {
                continue;
            }
            if (placeStart == null) {
                placeStart = new boolean[c.length + 1];
                placeStartOf = new int[c.length + 1];
                java.util.Arrays.fill(placeStartOf, -1);
                for (Mention p : mentions) {
                    if (p.type() == EntityType.PLACE) {
                        placeStart[p.start()] = true;
                        if (placeStartOf[p.end()] < 0 || p.start() < placeStartOf[p.end()]) {
                            placeStartOf[p.end()] = p.start();
                        }
                    }
                }
                for (int[] h : hits) {
                    placeStart[h[0]] |= (h[2] & NerLexicon.PLACE) != 0;
                }
            }
            if (placeStartOf[s - 1] >= 0 && placeStart[s]) {
                mentions.set(k, new Mention(m.type(), placeStartOf[s - 1], m.end(), m.value(), m.priority()));
            }
        }
    }

    private static boolean isDash(char ch) {
        return ch == '—' || ch == '－' || ch == '-' || ch == '―' || ch == '–';
    }

    /**
     * The body that builds a project is named after it: 南水北调中线干线工程|建设|管理局, 京沪高速铁路|建设|指挥部
     * (People's Daily: [国务院/nt 三峡/ns 工程/n 建设/vn 委员会/n]nt). Where 建设 and a body's suffix follow a word that
     * ends in a project's head (工程, 铁路, 机场 …), the organisation runs from the first of the words before that
     * hold no verb, numeral or function word, back to punctuation (twelve chars at most before 建设), unless another
     * mention crosses it.
     */
    static void projectBodies(char[] c, boolean[] cut, boolean[] notName, List<Mention> mentions) {
        Overlaps persons = null; // built at the first candidate, with the arrays below: most texts have none
        int[] minStartByEnd = null, maxEndByStart = null;
        List<Mention> found = null;
        for (int i = 2; i + 5 <= c.length; i++) {
            if (c[i] != '建' || c[i + 1] != '设' || !cut[i] || !cut[i + 2]) {
                continue;
            }
            int end = listedWordEnd(c, cut, i + 2, PROJECT_BODIES);
            if (end == 0 || !endsWithAny(c, i, PROJECT_HEADS)) {
                continue;
            }
            int k = i;
            while (k > 0 && i - k < 12 && isHan(c[k - 1]) && !notName[k - 1]) {
                k--;
            }
            while (k < i && !cut[k]) {
                k++; // start at a word
            }
            if (i - k < 4) {
                continue;
            }
            if (persons == null) {
                persons = new Overlaps(c.length, mentions, x -> x.type() == EntityType.PERSON);
                minStartByEnd = new int[c.length + 1];
                maxEndByStart = new int[c.length + 1];
                java.util.Arrays.fill(minStartByEnd, Integer.MAX_VALUE);
                for (Mention m : mentions) {
                    minStartByEnd[m.end()] = Math.min(minStartByEnd[m.end()], m.start());
                    maxEndByStart[m.start()] = Math.max(maxEndByStart[m.start()], m.end());
                }
            }
            // no person inside, and no mention that crosses an edge (one that holds the body or lies in it may)
            boolean crossed = persons.any(k, end);
            for (int p = k + 1; p < end && !crossed; p++) {
                crossed = minStartByEnd[p] < k || maxEndByStart[p] > end;
            }
            if (!crossed) {
                found = found == null ? new ArrayList<>() : found;
                found.add(new Mention(EntityType.ORGANIZATION, k, end, null, Mention.Priority.RULE));
            }
        }
        if (found != null) {
            mentions.addAll(found);
        }
    }

    /** Longer first: {@link #listedWordEnd} takes the first that ends at a word boundary. */
    private static final String[] PROJECT_BODIES = {"管理委员会", "管理局", "指挥部", "委员会", "领导小组"};
    private static final String[] PROJECT_HEADS = {"工程", "铁路", "公路", "机场", "大桥", "枢纽", "水库", "电站",
            "隧道", "管道"};

    /**
     * The four-char names of national transfer projects, a direction, a good, another direction and a verb of moving
     * it (西电东送, 西气东输, 南水北调, 东数西算, 北煤南运), are one phrase: no place, person or organisation ends or
     * starts inside one (the segmenter reads 西电东/ns in 西电东送); a longer name that holds one stays
     * (南水北调中线干线工程建设管理局).
     */
    static void transferProjects(char[] c, List<Mention> mentions) {
        boolean[] at = null; // a project's name starts here
        for (int i = 0; i + 3 < c.length; i++) {
            if (DIRECTIONS.indexOf(c[i]) >= 0 && DIRECTIONS.indexOf(c[i + 2]) >= 0 && c[i] != c[i + 2]
                    && TRANSFERS.indexOf(c[i + 3]) >= 0 && isHan(c[i + 1])) {
                at = at == null ? new boolean[c.length] : at;
                at[i] = true;
            }
        }
        if (at == null) {
            return;
        }
        boolean[] starts = at;
        // a mention [s, e) cuts a name that starts before it and reaches in (s - 3 .. s - 1) or starts in it and
        // reaches past its end (e - 3 .. e - 1): a look at six offsets, not at every name (linear in huge texts)
        mentions.removeIf(m -> cutsProject(starts, Math.max(0, m.start() - 3), m.start(), m.start(), m.end())
                || cutsProject(starts, Math.max(m.start(), m.end() - 3), m.end(), m.start(), m.end()));
    }

    private static boolean cutsProject(boolean[] starts, int from, int to, int s, int e) {
        for (int p = from; p < to && p < starts.length; p++) {
            if (starts[p] && p + 4 > s && p < e && !(s <= p && e >= p + 4)) {
                return true;
            }
        }
        return false;
    }

    private static final String DIRECTIONS = "东西南北";
    private static final String TRANSFERS = "送输调运算";

    /**
     * An honour roll runs unit, title and name together without separators (…主任医师付孝仁四川省天地出版社社长林万清…),
     * and the tagger reads a name and the next unit as one organisation (孝仁四川省天地出版社, 农艺师张谊模云南省…歌舞团).
     * Where a surname and one or two more Han chars stand right before China or a province-level division and right
     * after a title (of the lexicon, or a word ending as titles do), inside an organisation or where one starts, they
     * are a person and the organisation is cut around the title and the name: People's Daily 1998-01 never starts an
     * organisation with a person followed by a place. Not without the title: 武警|湖北总队, 农行|河南分行 start with
     * surname chars too. Outside any organisation the same slot after a title of the lexicon gives a person too, where
     * the name is no word of the core dictionary (演员黄精一宁夏…, not 演员来到北京). Run after {@link #splitUnitLists}.
     */
    static void namesBeforeUnits(char[] c, NerLexicon lex, List<int[]> hits, List<Mention> mentions) {
        int n = c.length;
        int[] titleStart = null; // start of a lexicon title ending at i, else -1
        List<Mention> added = null;
        List<int[]> persons = null;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int s = m.start(), e = m.end();
            if (m.type() != EntityType.ORGANIZATION || m.length() < 5 || m.priority() > Mention.Priority.RULE) {
                continue;
            }
            int from = s; // start of the organisation's piece not yet cut off
            boolean cut = false;
            for (int p = s + 1; p + 2 <= e; p++) {
                if (nationalLevel(c, p) < 0) {
                    continue;
                }
                if (titleStart == null) {
                    titleStart = titleStarts(n, hits);
                }
                for (int q = Math.max(from - 1, p - 3); q <= p - 2; q++) {
                    if (q < 0 || !nameBefore(c, q, p, lex)) {
                        continue;
                    }
                    // the title before the name: one of the lexicon's, or a word ending as titles do (主任医师,
                    // 高级农艺师, 副编审), which starts where the unit before it ends in an organisation suffix
                    int t = q > 0 ? titleStart[q] : -1;
                    if (t < 0 && q > 0 && ROLE_END.indexOf(c[q - 1]) >= 0) {
                        for (int a = q - 2; a > from + 1 && t < 0; a--) {
                            if (orgSuffixEnds(c, a, lex)) {
                                t = a;
                            }
                        }
                        t = t < 0 && q <= from ? q - 2 : t;
                    }
                    if (t < 0 || t < from && q > from) {
                        continue;
                    }
                    if (added == null) {
                        added = new ArrayList<>();
                        persons = new ArrayList<>();
                    }
                    if (t > from) {
                        added.add(new Mention(EntityType.ORGANIZATION, from, t, m.value(), m.priority()));
                    }
                    persons.add(new int[] {q, p});
                    from = p;
                    cut = true;
                    break;
                }
            }
            if (cut) {
                added.add(new Mention(EntityType.ORGANIZATION, from, e, m.value(), m.priority()));
                mentions.set(k, null);
            }
        }
        // the same slot outside any organisation, after a title of the lexicon (演员黄精一宁夏…: the tagger gave 黄精)
        boolean[] taken = null;
        for (int p = 3; p + 2 <= n; p++) {
            if (nationalLevel(c, p) < 0) {
                continue;
            }
            for (int q = p - 3; q <= p - 2; q++) {
                if (!nameBefore(c, q, p, lex) || Words.known(new String(c, q, p - q)) || wordAndPreposition(c, q, p)) {
                    continue;
                }
                if (titleStart == null) {
                    titleStart = titleStarts(n, hits);
                }
                if (titleStart[q] < 0) {
                    continue;
                }
                if (taken == null) {
                    // organisations and the names this rule cut out of them above are no place for another name
                    taken = new boolean[n];
                    List<Mention> all = new ArrayList<>(mentions);
                    if (added != null) {
                        all.addAll(added);
                        persons.forEach(pr -> all.add(new Mention(EntityType.ORGANIZATION, pr[0], pr[1])));
                    }
                    for (Mention m : all) {
                        if (m != null && m.type() != EntityType.PERSON) {
                            java.util.Arrays.fill(taken, m.start(), m.end(), true);
                        }
                    }
                }
                boolean free = true;
                for (int i = q; i < p && free; i++) {
                    free = !taken[i];
                }
                if (free) {
                    if (added == null) {
                        added = new ArrayList<>();
                        persons = new ArrayList<>();
                    }
                    persons.add(new int[] {q, p});
                }
                break;
            }
        }
        if (added == null) {
            return;
        }
        mentions.removeIf(java.util.Objects::isNull);
        // a person the tagger read across a name's edge gives way (付 of 付孝仁, 边巴西 of 边巴|西藏): one pass, with
        // the chars the names cover counted up to each offset
        int[] named = new int[n + 1];
        for (int[] pr : persons) {
            for (int i = pr[0]; i < pr[1]; i++) {
                named[i + 1] = 1;
            }
            added.add(new Mention(EntityType.PERSON, pr[0], pr[1], null, Mention.Priority.RULE));
        }
        for (int i = 0; i < n; i++) {
            named[i + 1] += named[i];
        }
        mentions.removeIf(x -> x.type() == EntityType.PERSON && named[x.end()] > named[x.start()]);
        mentions.addAll(added);
    }

    /**
     * Whether [q, p) reads as a name: a surname, Han name chars, each given-name char one of some training name (not
     * 到 of 记者|来到南|中国), and no place the lexicon knows.
     */
    private static boolean nameBefore(char[] c, int q, int p, NerLexicon lex) {
        if ((lex.categories(c[q]) & NerLexicon.SURNAME) == 0 || !hanName(c, q, p)) {
            return false;
        }
        for (int i = q + 1; i < p; i++) {
            if (lex.givenNameCount(c[i]) == 0) {
                return false;
            }
        }
        return !isPlace(lex, new String(c, q, p - q));
    }

    /** Whether [q, p) is a word and a preposition (女士|毕业于|北京师范大学 is no name 毕业于). */
    private static boolean wordAndPreposition(char[] c, int q, int p) {
        return p - q == 3 && "于在到从向".indexOf(c[p - 1]) >= 0 && Words.notAName(new String(c, q, 2));
    }

    /** By end: the start of the longest title of the lexicon ending there, else -1. */
    private static int[] titleStarts(int n, List<int[]> hits) {
        int[] start = new int[n + 1];
        java.util.Arrays.fill(start, -1);
        for (int[] h : hits) {
            if ((h[2] & NerLexicon.TITLE) != 0) {
                start[h[1]] = start[h[1]] < 0 ? h[0] : Math.min(start[h[1]], h[0]);
            }
        }
        return start;
    }

    /** Last chars of titles (医师, 农艺师, 研究员, 巡视员, 股长, 编审, 主任, 主席, 书记, 教授). */
    private static final String ROLE_END = "师员长审任席记授";

    /** Whether a branch ({@link #BRANCHES}) ends the unit that starts at p, before the next national name or e. */
    private static boolean endsWithUnitBranch(char[] c, int p, int e) {
        for (int q = p + 3; q <= e; q++) {
            if (q < e && nationalLevel(c, q) >= 0) {
                return false; // the next unit starts: no branch before it
            }
            if (endsWithAfter(c, p, q, BRANCHES)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPlace(NerLexicon lex, String name) {
        return (lex.categories(name) & NerLexicon.PLACE) != 0;
    }

    /**
     * ＢＨＡ航空复合材料有限公司 tagged 航空复合材料有限公司, ＳＴＲＡＴＡＣＯＭ公司 tagged ＴＲＡＴＡＣＯＭ公司: an organisation
     * that starts inside a run of Latin letters (and digits), or right after a run of Latin letters, starts with it.
     * Letters and digits are folded to 'A' and '0' in {@code c}.
     */
    static void latinHeads(char[] c, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int s = m.start();
            if (m.type() != EntityType.ORGANIZATION || s == 0 || c[s - 1] != 'A') {
                continue;
            }
            while (s > 0 && (c[s - 1] == 'A' || c[s - 1] == '0')) {
                s--;
            }
            mentions.set(k, new Mention(m.type(), s, m.end(), m.value(), m.priority()));
        }
    }

    /** Opening minus closing parentheses in [from, to), or -1 as soon as a closing one is unmatched. */
    private static int balance(char[] c, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            if (c[i] == '（' || c[i] == '(') {
                depth++;
            } else if (c[i] == '）' || c[i] == ')') {
                if (--depth < 0) {
                    return -1;
                }
            }
        }
        return depth;
    }

    /**
     * Units named by a number (１２０２钻井队, 国有４１３０厂): three digits or more, then name words ending in a unit or
     * institution char at a word boundary, at most {@value #MAX_UNIT} chars after the digits; a count (３个钻井队)
     * has a classifier between and is not one. The digits are folded to '0' in {@code c}.
     */
    static void numberedUnits(char[] c, boolean[] cut, List<Mention> mentions) {
        int n = c.length;
        List<Mention> added = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (c[i] != '0' || (i > 0 && (c[i - 1] == '0' || c[i - 1] == 'A' || c[i - 1] == '.'))) {
                continue;
            }
            int j = i;
            while (j < n && c[j] == '0') {
                j++;
            }
            // ６９０多所, ３５７支分队, １００多支球队: a count (approximate or with a classifier), not a number naming
            if (j - i < 3 || j >= n || !isHan(c[j]) || COUNT_AFTER_DIGITS.indexOf(c[j]) >= 0
                    || i > 0 && c[i - 1] == '比' || RESULT_FIRSTS.has(c[j]) && resultVerbEnd(c, j) > 0) {
                continue; // 以112比108险胜勇士队: a score, and the result
            }
            int end = -1;
            for (int e = j + 1; e <= n && e - j <= MAX_UNIT; e++) {
                char last = c[e - 1];
                if (!isHan(last) || BREAK_IN_ORG.indexOf(last) >= 0 || "个名位年月日号次台辆件元吨米斤亩".indexOf(last) >= 0) {
                    break;
                }
                if (e - j >= 2 && cut[e] && "队厂矿所站".indexOf(last) >= 0) {
                    end = e;
                }
            }
            if (end > 0) {
                added.add(new Mention(EntityType.ORGANIZATION, i, end));
            }
            i = j;
        }
        mentions.addAll(added);
    }

    private static final int MAX_UNIT = 5;

    /**
     * 伊犁州直八县三市: a numeral right before 县, 市 or 区 counts divisions (八县), so a place read over it (直八县/ns)
     * is none, unless the lexicon knows it as a place (万县, the old name of 万州).
     */
    static void countedDivisions(char[] c, NerLexicon lex, List<Mention> mentions) {
        mentions.removeIf(m -> m.type() == EntityType.PLACE && m.end() - m.start() >= 2
                && "县市区".indexOf(c[m.end() - 1]) >= 0 && "一二三四五六七八九十两".indexOf(c[m.end() - 2]) >= 0
                && (lex.categories(new String(c, m.start(), m.end() - m.start()))
                        & (NerLexicon.PLACE | NerLexicon.SEEN_LOC)) == 0);
    }

    /** Chars after a number that make it a count: approximations (多, 余, 来) and classifiers (１０１处煤矿, ３５７支). */
    private static final String COUNT_AFTER_DIGITS = "多余来几支家个座所批处";

    /**
     * Works numbered after a name (刘桥一矿, 川棉一厂, 申新九厂): a name word of two to four chars, then one or two
     * Chinese numerals and 矿 or 厂 at a word boundary. The tagger, which has not seen the name, reads it as a person
     * (刘桥一); person mentions inside are dropped.
     */
    static void numeralUnits(char[] c, boolean[] cut, boolean[] notName, List<Mention> mentions) {
        int n = c.length;
        List<Mention> added = new ArrayList<>();
        for (int i = 2; i + 1 < n; i++) {
            if (!UNIT_NUMERAL.has(c[i]) || !cut[i]) {
                continue;
            }
            int j = i + 1;
            if (UNIT_NUMERAL.has(c[j])) {
                j++;
            }
            if (j >= n || (c[j] != '矿' && c[j] != '厂') || !cut[j + 1]) {
                continue;
            }
            int s = i - 1;
            while (s > 0 && !cut[s]) {
                s--;
            }
            // the segmenter tags an unknown name as a verb as often (刘桥/v 一/m 矿/n): a verb that is no ordinary
            // word is taken (not 新建|一厂)
            if (i - s < 2 || i - s > 4 || !nameChars(c, s, i)
                    || (any(notName, s, i) && (!cut[s] || Words.common(new String(c, s, i - s))))) {
                continue;
            }
            added.add(new Mention(EntityType.ORGANIZATION, s, j + 1, null, Mention.Priority.RULE));
        }
        if (!added.isEmpty()) {
            Overlaps units = new Overlaps(n, added, m -> true);
            mentions.removeIf(m -> m.type() == EntityType.PERSON && units.any(m.start(), m.end()));
            mentions.addAll(added);
        }
    }

    private static final CharSet UNIT_NUMERAL = new CharSet();

    static {
        UNIT_NUMERAL.addAll("一二三四五六七八九十");
    }

    private static boolean any(boolean[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (a[i]) {
                return true;
            }
        }
        return false;
    }

    static boolean endsWithAny(char[] c, int end, String[] words) {
        for (String w : words) {
            if (end >= w.length() && startsWith(c, end - w.length(), w)) {
                return true;
            }
        }
        return false;
    }

    /** Only Han chars that do not end or join phrases (no 的, 和, 在, 、) in [from, to). */
    private static boolean nameChars(char[] c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isHan(c[i]) || "的和与及在是为、对向从".indexOf(c[i]) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** 利兹·简 tagged 利兹·: a name neither starts nor ends with a middle dot. */
    static void trimDots(char[] c, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int s = m.start(), e = m.end();
            while (e - s > 1 && isDot(c[e - 1])) {
                e--;
            }
            while (e - s > 1 && isDot(c[s])) {
                s++;
            }
            if (m.type() == EntityType.PERSON && (s != m.start() || e != m.end())) {
                mentions.set(k, new Mention(m.type(), s, e, m.value(), m.priority()));
            }
        }
    }

    /**
     * A tagged organisation that runs on into a verb or function word (中央电视台联合江苏省委 tagged 中央电视台联合)
     * ends before it: names of bodies end in a noun. Only whole words at the end are cut, never one that ends like
     * a body or is an organisation suffix of the lexicon (针灸学会, 一局三处), and only when two chars or more are left.
     * One that ends one char into a word of the segmenter after a known body ends at that body (联合国|会费).
     */
    static void trimOrganisationTails(char[] c, boolean[] cut, boolean[] notName, NerLexicon lex,
                                      List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() != EntityType.ORGANIZATION || m.priority() >= Mention.Priority.RULE) {
                continue;
            }
            if (!cut[m.end()]) {
                // 联合国|会费 tagged 联合国会: a known body that ends where the segmenter's word across the end begins
                int b = m.end() - 1;
                while (b > m.start() && !cut[b]) {
                    b--;
                }
                if (b - m.start() >= 2 && m.end() - b == 1
                        && (lex.categories(new String(c, m.start(), b - m.start())) & NerLexicon.ORG) != 0) {
                    mentions.set(k, new Mention(m.type(), m.start(), b, m.value(), m.priority()));
                }
                continue;
            }
            int e = m.end();
            while (e - m.start() > 2 && notName[e - 1]) {
                int b = e - 1;
                while (b > m.start() && !cut[b]) {
                    b--;
                }
                if (b - m.start() < 2 || !notName[b] || ORG_END.indexOf(c[e - 1]) >= 0 || endsWith(c, e, "控股")
                        || (lex.categories(new String(c, b, e - b)) & NerLexicon.ORGSUF) != 0) {
                    break; // 学会 in 针灸学会, 三处 in 一局三处, 控股 of 汇丰控股: a body's own ending, whatever the segmenter saw
                }
                e = b;
            }
            if (e == m.end()) {
                e = afterSchoolOrFirm(c, cut, m);
            }
            if (e != m.end()) {
                mentions.set(k, new Mention(m.type(), m.start(), e, m.value(), m.priority()));
            }
        }
    }

    /** Heads that end a school's, hospital's or firm's name: a verb after them is no part of it. */
    private static final String[] CLOSED_HEADS = {"大学", "学院", "学校", "医院", "公司", "集团", "银行", "中学", "小学"};

    /**
     * 空军航空大学|飞行|学员: the tagger ran the school on into a verb (verbal noun) that describes the people after
     * it; where the organisation's last word of two chars or more is mostly a verb in the core dictionary and a
     * closed head ({@link #CLOSED_HEADS}) ends the word before it, the organisation ends at that head. Returns the
     * new end, or the mention's own.
     */
    private static int afterSchoolOrFirm(char[] c, boolean[] cut, Mention m) {
        int e = m.end();
        int b = e - 1;
        while (b > m.start() && !cut[b]) {
            b--;
        }
        if (e - b < 2 || b - m.start() < 4 || !endsWithAny(c, b, CLOSED_HEADS)
                || !Words.mostlyVerb(com.hankcs.hanlp.dictionary.CoreDictionary.get(new String(c, b, e - b)))) {
            return e;
        }
        return b;
    }

    /** Verbs of setting up a site, written between 在 + place and what is set up there. */
    private static final java.util.Set<String> SETTING_UP = java.util.Set.of("建设", "新建", "兴建", "筹建", "扩建",
            "建立", "设立", "开设", "投资", "投建", "建造", "成立", "创办", "开办");

    /** Sites that are built and run, no bodies: what follows a setting-up word the segmenter does not tag a verb. */
    private static final String[] BUILT_SITES = {"电站", "电厂", "风电场", "工厂", "基地", "项目", "产业园", "生产线"};

    /**
     * 将在|匈牙利德布勒森|建设|电池工厂: a tagged organisation right after 在 whose first verb is one of setting up
     * ({@link #SETTING_UP}) is a place and what is built there, no body (its places are found on their own): also 在|哈密|
     * 建设/vn|光伏电站; not a name the lexicon knows (中国|建设|银行 read apart), nor a verb at its start.
     */
    static void plannedSites(char[] c, boolean[] cut, boolean[] notName, NerLexicon lex, List<Mention> mentions) {
        mentions.removeIf(m -> {
            int s = m.start(), e = m.end();
            if (m.type() != EntityType.ORGANIZATION || m.priority() >= Mention.Priority.RULE || s == 0
                    || c[s - 1] != '在' || !cut[s - 1] || notName[s]) {
                return false;
            }
            for (int p = s + 1; p < e; p++) {
                if (!cut[p]) {
                    continue;
                }
                int q = p + 1;
                while (q < e && !cut[q]) {
                    q++;
                }
                // the segmenter tags 建设 vn as often as v: a setting-up word that is no verb to it counts too
                // before a site that is built (光伏电站, 电池工厂), not a body (城乡|建设|管理局, 建设局)
                if (q < e && SETTING_UP.contains(new String(c, p, q - p))
                        && (notName[p] || e - q >= 2 && endsWithAny(c, e, BUILT_SITES))) {
                    return (lex.categories(new String(c, s, e - s)) & (NerLexicon.ORG | NerLexicon.SEEN_ORG)) == 0;
                }
                if (notName[p]) {
                    return false;
                }
            }
            return false;
        });
    }

    /**
     * 州委书记、兵团第六师政委李建新 tagged 兵团第六师政委: a tagged organisation that ends in an official title of
     * the lexicon (a whole word of the segmenter) ends before the title, the body the person serves. Titles that
     * are also a body's own ending (a lexicon organisation suffix) stay.
     */
    static void trimTitleTails(char[] c, boolean[] cut, NerLexicon lex, HitIndex hits, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() != EntityType.ORGANIZATION || m.priority() >= Mention.Priority.RULE) {
                continue;
            }
            int best = -1;
            for (int p = m.start() + 2; p < m.end() - 1 && best < 0; p++) {
                if (!cut[p]) {
                    continue;
                }
                for (int i = hits.from(p); i < hits.to(p); i++) {
                    int[] h = hits.get(i);
                    if (h[1] == m.end() && (h[2] & NerLexicon.TITLE) != 0
                            && (lex.categories(new String(c, p, h[1] - p)) & NerLexicon.ORGSUF) == 0) {
                        best = p;
                        break;
                    }
                }
            }
            if (best > 0) {
                mentions.set(k, new Mention(m.type(), m.start(), best, m.value(), m.priority()));
            }
        }
    }

    static boolean isDot(char ch) {
        return Chars.isNameDot(ch);
    }

    /**
     * 郑敏一同 tagged 郑敏一: a three-char name whose last char starts a word that follows names loses that char; so
     * does a name of three chars or more ending in a char that follows names but never occurs inside one
     * ({@link #NAME_FOLLOWERS}: 周萌听罢, 赵超携, 吴彬回队).
     */
    static void trimPersons(char[] c, NerLexicon lex, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() != EntityType.PERSON || m.length() < 2 || !isHan(c[m.end() - 1])) {
                continue;
            }
            boolean trim = m.length() == 3 && afterNameWord(c, m.end() - 1) && !afterName(c, m.end());
            int kin = kinAfterSurname(c, m, lex);
            if (kin > 0) { // 袁老太 tagged whole: the person is the surname (but 胡氏兄弟 is one name)
                mentions.set(k, new Mention(m.type(), m.start(), kin, m.value(), m.priority()));
                continue;
            }
            // 魏合想等, 赵花点老人: not when the name is followed by what follows names itself
            if (trim || (m.length() >= 3 && FOLLOWER.has(c[m.end() - 1]) && !dotted(c, m) && !listedOrAddressed(c, m.end()))) {
                mentions.set(k, new Mention(m.type(), m.start(), m.end() - 1, m.value(), m.priority()));
            }
        }
    }

    /** Words after a name that end it for sure: 等, 、 and words of address (魏合想等, 赵花点老人). */
    private static final String[] NAME_ENDS = {"等", "、", "老人", "老太太", "老汉", "同志", "先生", "女士"};

    private static boolean listedOrAddressed(char[] c, int e) {
        return startsWithAny(c, e, NAME_ENDS);
    }

    /** Chinese two-char surnames (司马迁 has a one-char given name), as in facts.txt. */
    private static final Set<String> CHINESE_DOUBLE_SURNAMES = Set.of("东方", "欧阳", "司马", "诸葛", "上官", "司徒",
            "夏侯", "皇甫", "尉迟", "公孙", "慕容", "长孙", "令狐", "宇文", "东郭", "西门", "端木", "独孤", "南宫", "万俟",
            "闻人", "澹台", "公冶", "赫连", "呼延", "申屠", "轩辕", "拓跋", "百里", "钟离", "第五", "太史", "完颜");

    /**
     * 杉山绢子 tagged 杉山绢, 宫川宏一 tagged 宫川宏: a three-char name that starts with a two-char surname other than
     * a Chinese one (Japanese names have two-char given names) takes in the next char when that char stands alone before a word boundary
     * and is no word that follows names.
     */
    static void extendPersons(char[] c, boolean[] cut, boolean[] notName, NerLexicon lex, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int e = m.end();
            if (m.type() != EntityType.PERSON || m.length() != 3 || e >= c.length || !isHan(c[e]) || FOLLOWER.has(c[e])
                    || !cut[e + 1] || (lex.categories(new String(c, m.start(), 2)) & NerLexicon.SURNAME) == 0
                    || CHINESE_DOUBLE_SURNAMES.contains(new String(c, m.start(), 2))
                    || (notName[e] && !UNIT_NUMERAL.has(c[e])) || NOT_IN_NAME.indexOf(c[e]) >= 0 || afterName(c, e)) {
                continue;
            }
            mentions.set(k, new Mention(m.type(), m.start(), e + 1, m.value(), m.priority()));
        }
    }

    /** End of the surname when the person mention is a surname and a word of address (袁老太), else 0. */
    private static int kinAfterSurname(char[] c, Mention m, NerLexicon lex) {
        int s = m.start();
        int surname = (lex.categories(c[s]) & NerLexicon.SURNAME) != 0 ? 1 : 0;
        if (surname == 0 || !KIN_FIRST.has(c[s + 1])) {
            return 0;
        }
        for (String w : AFTER_SURNAME) {
            if (s + 1 + w.length() >= m.end() && startsWith(c, s + 1, w)) {
                return s + 1;
            }
        }
        return 0;
    }

    private static boolean dotted(char[] c, Mention m) {
        for (int i = m.start(); i < m.end(); i++) {
            if (isDot(c[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Chars that follow a person's name at least twice in People's Daily 1998-01 days 01–24 but never occur in a
     * name there after its first char (说, 报, 听, 携, 著, 回): a name the tagger runs into such a char ends before
     * it.
     */
    static final String NAME_FOLLOWERS = "的说报主对指表还与认将副出就这被首告女最把分回获接带率看转手感外到此昨访去所没亲给领结担请谈执两画活打决诞演只专八面充邀夺讲送听走读故几兄戏很签激笔组辞便写撰批院他坐每做遗离负捐共终医摘编侵号想物题站仍秘虽急陪拒调仅呀眼患讨除猜扶寄妻逝父凭握服个事抓边躲赠背投处死赔找陕即委倒著状规点借孤铜问肝快疗计遭跑仔案塑既病憋局怎探冒沉使匆突逮骑颇购拖议系往形浙乘反撤晚倾聊拍饰目差跟抱尽过赶详动毫劝卖盗失排拟挑校协住败具倡携缺凑包持";

    private static final CharSet FOLLOWER = new CharSet();

    /** @return ch is one of {@link #NAME_FOLLOWERS} */
    static boolean follows(char ch) {
        return FOLLOWER.has(ch);
    }

    static {
        FOLLOWER.addAll(NAME_FOLLOWERS);
    }

    /**
     * 徐徐, 徐徐展开: starts with a reduplicated char that makes a dictionary word (徐徐, 渐渐); pet names (金金) and
     * transliterations (科科申) do start with a doubled char.
     */
    private static boolean reduplicated(char[] c, Mention m) {
        return m.length() >= 2 && c[m.start()] == c[m.start() + 1] && Words.known(new String(c, m.start(), 2));
    }

    /** End of 第X师 / 第X团 / X团 (a numbered XPCC regiment, e.g. 一〇二团) starting at i, or 0. */
    static int military(char[] c, int i) {
        return military(c, i, c.length);
    }

    /** {@link #military}, with the unit ending before {@code limit} (the numerals are not read past it). */
    static int military(char[] c, int i, int limit) {
        int end = Math.min(limit, c.length);
        if (i < end && c[i] == '中') {
            int b = numberedBureau(c, i, end);
            if (b > 0) {
                return b;
            }
        }
        int j = i;
        boolean ordinal = j < end && c[j] == '第';
        if (ordinal) {
            j++;
        }
        int digits = j;
        while (j < end && isNumeral(c[j])) {
            j++;
        }
        if (j == digits || j >= end) {
            return 0;
        }
        if (c[j] == '师' && (ordinal || shortDivision(c, i, j))) {
            return j + 1;
        }
        if (c[j] == '团' && (ordinal || j - digits >= 2 || afterDivision(c, i, j))) {
            return j + 1;
        }
        if (c[j] == '连' && companyAfterRegiment(c, i, j)) {
            return j + 1;
        }
        return 0;
    }

    /**
     * 四十四团十二连: a numbered company (连, the XPCC's village-level unit) right after its numbered regiment, of one
     * to three numerals (一连 … 三十二连, and before its 连长), not 连 of 连续, 连同 or 连连; not after an unnamed regiment
     * (某团三连, 边防团四连, which People's Daily leaves untagged).
     */
    private static boolean companyAfterRegiment(char[] c, int i, int lian) {
        if (i < 2 || c[i - 1] != '团' || !isNumeral(c[i - 2]) || lian - i < 1 || lian - i > 3 || c[i] == '第') {
            return false;
        }
        int d = i - 2; // the regiment's numerals, which must make a unit of their own (四十四团, 阿拉尔市十团; not 十团 alone)
        while (d > 0 && isNumeral(c[d - 1])) {
            d--;
        }
        if (military(c, d > 0 && c[d - 1] == '第' ? d - 1 : d, i) != i) {
            return false;
        }
        char next = lian + 1 < c.length ? c[lian + 1] : ' ';
        return next != '续' && next != '同' && !(next == '连' && !(lian + 2 < c.length && c[lian + 2] == '长'));
    }

    /** State construction groups whose numbered engineering bureaus are companies of their own (中建三局, 中铁十七局). */
    private static final String[] BUREAU_GROUPS = {"中国水电", "中国电建", "中铁建", "中建", "中铁", "中交", "中冶", "中水",
            "中煤", "中核", "中化"};

    /** Second chars of {@link #BUREAU_GROUPS}. */
    private static final String BUREAU_SECONDS = "国建铁交冶水煤核化";

    /** End of a numbered bureau of {@link #BUREAU_GROUPS} (中建三局, 中交一公局, 中铁十七局) at i, else 0. */
    private static int numberedBureau(char[] c, int i, int end) {
        if (i + 1 >= end || BUREAU_SECONDS.indexOf(c[i + 1]) < 0) {
            return 0; // most 中 are of 中国, 中央, 中心 ...: one char settles it
        }
        for (String g : BUREAU_GROUPS) {
            if (!startsWith(c, i, g)) {
                continue;
            }
            int j = i + g.length();
            int digits = j;
            while (j < end && j - digits < 3 && isNumeral(c[j])) {
                j++;
            }
            if (j == digits) {
                return 0;
            }
            if (j < end && c[j] == '局') {
                return j + 1;
            }
            if (j + 1 < end && c[j] == '公' && c[j + 1] == '局') {
                return j + 2;
            }
            return 0;
        }
        return 0;
    }

    /** The XPCC's divisions by number, as news shortens them (六师, 十四师). */
    private static final java.util.Set<String> DIVISION_NUMBERS = java.util.Set.of("一", "二", "三", "四", "五", "六",
            "七", "八", "九", "十", "十一", "十二", "十三", "十四");

    /**
     * A division without its 第 (六师五家渠市, 兵团一师): a division number at i, then 师 at j, after 兵团 or before
     * its division city; elsewhere 一师 and 六师 are counts or words.
     */
    private static boolean shortDivision(char[] c, int i, int j) {
        if (!DIVISION_NUMBERS.contains(new String(c, i, j - i))) {
            return false;
        }
        if (i >= 2 && c[i - 2] == '兵' && c[i - 1] == '团') {
            return true;
        }
        for (String city : DIVISION_CITIES) {
            if (startsWith(c, j + 1, city)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #military} at every offset in one pass: a numeral run is scanned once, not once per offset in it. */
    static int[] militaryEnds(char[] c) {
        int n = c.length;
        int[] runEnd = new int[n + 1]; // end of the numeral run starting at p (p when none)
        runEnd[n] = n;
        for (int p = n - 1; p >= 0; p--) {
            runEnd[p] = isNumeral(c[p]) ? runEnd[p + 1] : p;
        }
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            if (c[i] == '中' && (ends[i] = numberedBureau(c, i, n)) > 0) {
                continue;
            }
            boolean ordinal = c[i] == '第';
            int digits = ordinal ? i + 1 : i;
            int j = digits < n ? runEnd[digits] : n;
            if (j == digits || j >= n) {
                continue;
            }
            if (c[j] == '师' && (ordinal || j - digits <= 2 && shortDivision(c, i, j))) {
                ends[i] = j + 1;
            } else if (c[j] == '团' && (ordinal || j - digits >= 2 || afterDivision(c, i, j))) {
                ends[i] = j + 1;
            } else if (c[j] == '连' && companyAfterRegiment(c, i, j)) {
                ends[i] = j + 1;
            }
        }
        return ends;
    }

    /** The XPCC's division cities, which name the division they host (第一师阿拉尔市十团). */
    private static final String[] DIVISION_CITIES = {"石河子市", "阿拉尔市", "图木舒克市", "五家渠市", "北屯市",
            "铁门关市", "双河市", "可克达拉市", "昆玉市", "胡杨河市", "新星市", "白杨市"};

    /**
     * A one-numeral regiment (十团, 一团) right after its division or division city (第一师十团, 阿拉尔市十团,
     * 阿拉尔市（第一师）十团), where
     * 一团 is no count (一团和气, 乱成一团): the regiments of the first divisions are numbered one to sixteen.
     */
    private static boolean afterDivision(char[] c, int i, int tuan) {
        if (tuan + 1 < c.length && ("火糟乱结麻圆".indexOf(c[tuan + 1]) >= 0 || startsWith(c, tuan + 1, "和气"))) {
            return false;
        }
        if (i > 0 && c[i - 1] == '师') {
            return true;
        }
        // 阿拉尔市（第一师）十团: the division in brackets after its city
        if (i > 1 && (c[i - 1] == '）' || c[i - 1] == ')') && c[i - 2] == '师') {
            return true;
        }
        for (String city : DIVISION_CITIES) {
            if (i >= city.length() && startsWith(c, i - city.length(), city)) {
                return true;
            }
        }
        return listedWithRegiment(c, i, tuan);
    }

    /** Marks that join the items of a list of units (十团、十二团, 十二团和十团). */
    private static final String LIST_JOINS = "、和及与";

    /**
     * A one-numeral regiment listed right beside a regiment of two numerals or more (十团、十二团, 十二团和十团): the
     * list names regiments, so this one is one too.
     */
    private static boolean listedWithRegiment(char[] c, int i, int tuan) {
        int next = tuan + 2; // after 团 and the joining mark
        if (next < c.length && LIST_JOINS.indexOf(c[tuan + 1]) >= 0) {
            int j = next;
            while (j < c.length && isNumeral(c[j])) {
                j++;
            }
            if (j - next >= 2 && j < c.length && c[j] == '团') {
                return true;
            }
        }
        if (i >= 4 && LIST_JOINS.indexOf(c[i - 1]) >= 0 && c[i - 2] == '团') {
            int d = i - 2;
            while (d > 0 && isNumeral(c[d - 1])) {
                d--;
            }
            return i - 2 - d >= 2;
        }
        return false;
    }

    private static final String NUMERALS = "一二三四五六七八九十〇零百0";
    /** By char: one of {@link #NUMERALS} (a table: militaryEnds asks this of every char of the text). */
    private static final CharSet NUMERAL = new CharSet();
    /** Every body an organisation chain may end in: {@link #GOV_SUFFIXES} and {@link #DEPARTMENTS}. */
    private static final Set<String> GOV_BODIES = java.util.stream.Stream.concat(GOV_SUFFIXES.stream(),
            DEPARTMENTS.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** By char: the first char of some {@link #GOV_BODIES} entry. */
    private static final CharSet GOV_FIRST = new CharSet();

    static {
        NUMERAL.addAll(NUMERALS);
        for (String s : GOV_BODIES) {
            GOV_FIRST.add(s.charAt(0));
        }
    }

    static boolean isNumeral(char ch) {
        return NUMERAL.has(ch);
    }

    /** 长 after a body's 局 or 厅 makes its head's title (昔阳县|环保|局长), not the body. */
    private static boolean headOf(char[] c, int end) {
        return end < c.length && c[end] == '长' && (c[end - 1] == '局' || c[end - 1] == '厅');
    }

    /** The longest of {@link #GOV_BODIES}, in chars. */
    private static final int GOV_MAX = GOV_BODIES.stream().mapToInt(String::length).max().orElse(0);

    /** The first two chars of every {@link #GOV_BODIES} entry, as sorted pair codes. */
    private static final int[] GOV_PAIRS = GOV_BODIES.stream()
            .mapToInt(w -> w.charAt(0) << 16 | w.charAt(1)).distinct().sorted().toArray();

    /** First chars of the titles that follow a body's name (书记, 部长, 主任, 副主席, 秘书长, 委员, 常委). */
    private static final String TITLE_FIRSTS = "书长主副秘委常";

    /** @return the end of the longest of {@link #GOV_BODIES} at {@code at}, not a head's title, or at */
    private static int govSuffix(char[] c, boolean[] cut, int at, NerLexicon lex) {
        int best = at;
        if (at + 1 >= c.length || !GOV_FIRST.has(c[at])
                || java.util.Arrays.binarySearch(GOV_PAIRS, c[at] << 16 | c[at + 1]) < 0) {
            return best; // no body starts with these two chars: no String to build
        }
        for (int len = 2; len <= GOV_MAX && at + len <= c.length; len++) {
            String w = new String(c, at, len);
            // ending a word or before a title the segmenter joined to it (党委书记, 宣传部长): 运城|党组织 is the
            // city's party organisations, not a 党组
            if (GOV_BODIES.contains(w) && !headOf(c, at + len)
                    && (cut[at + len] || TITLE_FIRSTS.indexOf(c[at + len]) >= 0)) {
                best = at + len;
            }
        }
        return best;
    }

    // ---- places

    private static void places(char[] c, boolean[] cut, List<int[]> hits, List<Mention> tagged, Overlaps persons,
                               List<Mention> out) {
        // a clash is a PERSON overlapping the hit, or another non-PLACE mention that overlaps it without containing
        // it, i.e. one that starts or ends strictly inside it: counted by position
        int n = c.length;
        int[] starts = new int[n + 2];
        int[] ends = new int[n + 2];
        int[] orgEnd = new int[n + 1]; // end of the longest ORGANIZATION starting at p, else 0
        for (Mention m : tagged) {
            if (m.type() != EntityType.PLACE && m.type() != EntityType.PERSON) {
                starts[m.start() + 1]++;
                ends[m.end() + 1]++;
            }
            if (m.type() == EntityType.ORGANIZATION) {
                orgEnd[m.start()] = Math.max(orgEnd[m.start()], m.end());
            }
        }
        for (int p = 1; p <= n + 1; p++) {
            starts[p] += starts[p - 1];
            ends[p] += ends[p - 1];
        }
        for (int[] h : hits) {
            if ((h[2] & NerLexicon.PLACE) == 0 || (h[2] & NerLexicon.ORG) != 0 || !cut[h[0]]) {
                continue;
            }
            // 木垒人, 昌吉人: a place name before 人 (people from there) even when it is a short form
            boolean demonym = h[1] < c.length && c[h[1]] == '人' && cut[h[1] + 1];
            // 深圳|证券交易所, 日喀则|市委: a short form People's Daily tags as a place, heading an organisation
            boolean orgHead = orgEnd[h[0]] > h[1] && (h[2] & NerLexicon.SEEN_LOC) != 0
                    && !Words.ordinaryToo(new String(c, h[0], h[1] - h[0])); // not 东方/s|歌舞团
            if (!demonym && (!cut[h[1]] || (h[2] & NerLexicon.SHORT) != 0 && !orgHead)) {
                continue;
            }
            if ((h[2] & NerLexicon.SEEN_LOC) == 0 && Words.ordinaryToo(new String(c, h[0], h[1] - h[0]))) {
                continue; // 城区, 郊区, 矿区, 新村: division names that are ordinary words too; the tagger decides
            }
            // starts[p] / ends[p]: how many such mentions start / end before p; "strictly inside" is (h[0], h[1])
            boolean clash = persons.any(h[0], h[1]) || starts[h[1]] - starts[h[0] + 1] > 0
                    || ends[h[1]] - ends[h[0] + 1] > 0;
            if (!clash) {
                out.add(new Mention(EntityType.PLACE, h[0], h[1]));
            }
        }
    }

    /**
     * A mention of type {@code loser} below rule priority with exactly the span of a mention of type {@code winner}
     * that a rule added gives way to it, so that one span does not come out as two types.
     */
    static void giveWay(List<Mention> added, EntityType winner, EntityType loser, List<Mention> mentions) {
        java.util.Set<Long> spans = new java.util.HashSet<>();
        for (Mention m : added) {
            if (m.type() == winner) {
                spans.add(span(m.start(), m.end()));
            }
        }
        if (!spans.isEmpty()) {
            mentions.removeIf(m -> m.type() == loser && m.priority() < Mention.Priority.RULE
                    && spans.contains(span(m.start(), m.end())));
        }
    }

    /** Words after which a run of one-char abbreviations names countries or provinces: 中美关系, 京津冀协同. */
    private static final String[] AFTER_ABBREVIATIONS = {"关系", "两国", "三国", "双边", "双方", "合作", "贸易", "会谈",
            "联合", "峰会", "协同", "一体化", "经贸", "战略", "边境", "友好", "建交", "对话", "之间", "三地", "两地", "地区",
            "冲突", "谈判", "和谈", "争端", "首脑", "元首", "外长", "领导人", "友谊", "邦交", "班列", "经济走廊", "铁路"};

    /**
     * 中美关系 → 中, 美; 京津冀协同 → 京, 津, 冀: each char of a word-aligned run of abbreviations is a PLACE. The
     * owners that are no {@code PLACE1} chars ({@link #OWNER_ONLY}: 俄乌冲突, 中哈关系) count only before one of
     * {@link #AFTER_ABBREVIATIONS}.
     *
     * @return the spans of the runs before one of {@link #AFTER_ABBREVIATIONS} but 地区, where a place of the tagger
     * over the whole run gives way to its chars (中欧|班列, 中非|合作: not Central Europe, the Central African Republic;
     * but 西欧|地区, Western Europe)
     */
    private static java.util.Set<Long> abbreviations(char[] c, boolean[] cut, boolean[] notName, NerLexicon lex,
                                                     List<Mention> out) {
        int n = c.length;
        java.util.Set<Long> before = java.util.Set.of();
        for (int i = 0; i < n; ) {
            int j = i;
            boolean ownerOnly = false;
            while (j < n && j - i < 4) {
                if ((lex.categories(c[j]) & NerLexicon.PLACE1) == 0) {
                    if (OWNER_ONLY.indexOf(c[j]) < 0) {
                        break;
                    }
                    ownerOnly = true;
                }
                j++;
            }
            // before punctuation only when the run is not an ordinary word itself, however rare (家庭美德。, 新意，,
            // 道之以德, 身上的沙土，, 以“黑马”, “中巴”) nor ends in 老, there a word of respect after a surname (看望了巴老。
            // is the writer 巴金, not 巴 and 老挝), nor before a number or Latin letters (联赛中|以|3比1), nor where the
            // segmenter reads a verb, numeral or function word in it (道之|以/p|德/n，)
            boolean beforeWord = j - i >= 2 && cut[i] && startsWithAny(c, j, AFTER_ABBREVIATIONS);
            boolean pair = beforeWord && !startsWith(c, j, "地区"); // 西欧|地区 is Western Europe
            if (j - i >= 2 && cut[i] && (beforeWord
                    || !ownerOnly && (j == n || (cut[j] && !isHan(c[j]) && c[j] != '0' && c[j] != 'A'))
                    && c[j - 1] != '老' && !any(notName, i, j)
                    && !Words.common(new String(c, i, j - i))
                    && !Words.ordinaryAtLeastHalf(new String(c, i, j - i)))) {
                for (int k = i; k < j; k++) {
                    out.add(new Mention(EntityType.PLACE, k, k + 1, null, Mention.Priority.RULE));
                }
                if (pair) {
                    if (before.isEmpty()) {
                        before = new java.util.HashSet<>();
                    }
                    before.add(span(i, j));
                }
            }
            i = Math.max(j, i + 1);
        }
        return before;
    }

    /**
     * Removes the mentions flagged by index in {@code drop} (indexes past its end stay) and appends {@code added}, in
     * one pass: removing by index one at a time would be quadratic on entity-dense texts.
     */
    static void dropAndAdd(List<Mention> mentions, boolean[] drop, List<Mention> added) {
        List<Mention> kept = new ArrayList<>(mentions.size() + added.size());
        for (int k = 0; k < mentions.size(); k++) {
            if (k >= drop.length || !drop[k]) {
                kept.add(mentions.get(k));
            }
        }
        kept.addAll(added);
        mentions.clear();
        mentions.addAll(kept);
    }

    static boolean startsWith(char[] c, int at, String w) {
        if (at + w.length() > c.length) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            if (c[at + k] != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    static boolean startsWithAny(char[] c, int at, String[] words) {
        for (String w : words) {
            if (startsWith(c, at, w)) {
                return true;
            }
        }
        return false;
    }

    // ---- persons

    private static void persons(char[] c, boolean[] cut, boolean[] notName, NerLexicon lex, List<int[]> hits,
                                Overlaps tagged, List<Mention> out) {
        for (int[] h : hits) {
            if ((h[2] & NerLexicon.TITLE) != 0 && POST_TITLES.contains(new String(c, h[0], h[1] - h[0]))) {
                int s = nameBefore(c, h[0], lex);
                // 俱乐部主席 does not give 乐部: the name starts a word
                if (s >= 0 && cut[s] && !any(notName, s, h[0]) && !tagged.any(s, h[0])) {
                    out.add(new Mention(EntityType.PERSON, s, h[0], null, Mention.Priority.RULE));
                }
            }
            if ((h[2] & NerLexicon.TITLE) != 0 && cut[h[1]] && !commonWordAt(c, cut, h[1])) {
                int e = nameAt(c, h[1], lex);
                // 记者时说, 同志谈到: no verb or function word inside a name; 首相|官邸: no word the dictionary knows
                // only as something else
                if (e > 0 && !any(notName, h[1], e) && !tagged.any(h[1], e)
                        && (!dictionaryWord(c, cut, h[1], e) || saidByName(c, h[1], e))) {
                    out.add(new Mention(EntityType.PERSON, h[1] + (c[h[1]] == ' ' ? 1 : 0), e, null, Mention.Priority.RULE));
                }
            }
        }
    }

    /**
     * 董事长|武钢|表示: a name (not an ordinary word) between a title and a verb of saying is the titled person's, even
     * where the core dictionary knows it only as a company or place: a body would stand before the title.
     */
    private static boolean saidByName(char[] c, int s, int e) {
        return e < c.length && PersonRules.SAYS_FIRST.has(c[e]) && startsWithAny(c, e, PersonRules.SAYS)
                && !Words.common(new String(c, s, e - s)) && !Words.ordinaryToo(new String(c, s, e - s));
    }

    /** [s, e) is one word of the segmenter that the core dictionary holds and never tags as a person's name. */
    private static boolean dictionaryWord(char[] c, boolean[] cut, int s, int e) {
        return cut[e] && wordEnd(cut, s) == e && Words.neverPerson(new String(c, s, e - s));
    }

    /**
     * The segmenter's word at p is an ordinary word of two chars or more: no name starts there after a title
     * (总统|卫士|长, 社长|国际部, 大学生|宿舍|里). The title itself must end at a word boundary (主席国|时 is no 主席).
     */
    private static boolean commonWordAt(char[] c, boolean[] cut, int p) {
        int e = wordEnd(cut, p);
        return e - p >= 2 && e - p <= 4 && Words.common(new String(c, p, e - p));
    }

    /** The end of the segmenter's word at p: the first boundary after p ({@code cut} has one entry past the text). */
    static int wordEnd(boolean[] cut, int p) {
        int e = p + 1;
        while (e < cut.length - 1 && !cut[e]) {
            e++;
        }
        return e;
    }

    /** Words of address and kin written right after a bare surname: 袁老太, 孙爷爷, 王大爷. */
    private static final String[] AFTER_SURNAME = {"老太太", "老太", "老汉", "老伯", "大爷", "大妈", "大娘", "大嫂",
            "大哥", "大姐", "师傅", "爷爷", "奶奶", "阿姨", "伯伯", "叔叔", "婶婶"};

    private static final CharSet KIN_FIRST = new CharSet();

    static {
        for (String w : AFTER_SURNAME) {
            KIN_FIRST.add(w.charAt(0));
        }
    }

    /**
     * Familiar forms of a name, as People's Daily marks them: 老张, 小许 (老/小 and a surname, one word) and a bare
     * surname before a word of address or kin (袁|老太, 孙|爷爷). Only where no person was tagged.
     */
    static void familiarNames(char[] c, boolean[] cut, boolean[] notName, NerLexicon lex, Overlaps tagged,
                              List<Mention> out) {
        int n = c.length;
        for (int i = 0; i + 1 < n; i++) {
            if (c[i] != '老' && c[i] != '小' && !KIN_FIRST.has(c[i + 1])) {
                continue;
            }
            // not after a numeral, classifier, verb or adverb (一小包, 几位师傅, 种小季), not a verb itself (祝叔叔们)
            if (!cut[i] || notName[i] || (i > 0 && isHan(c[i - 1]) && notName[i - 1])) {
                continue;
            }
            if ((c[i] == '老' || c[i] == '小') && (lex.categories(c[i + 1]) & NerLexicon.SURNAME) != 0
                    && i + 2 <= n && cut[i + 2] && (i + 2 == n || !isHan(c[i + 2]) || !Words.known(new String(c, i + 1, 2)))
                    && !Words.known(new String(c, i, 2)) && !Words.commonNoun(c[i + 1]) && !tagged.any(i, i + 2)
                    && !(i >= 2 && describedThing(c, cut, lex, i - 2)) && !describedThing(c, cut, lex, i + 2)) {
                out.add(new Mention(EntityType.PERSON, i, i + 2, null, Mention.Priority.RULE)); // 老张, 小许
                continue;
            }
            if (KIN_FIRST.has(c[i + 1]) && (lex.categories(c[i]) & NerLexicon.SURNAME) != 0 && cut[i + 1]
                    && startsWithAny(c, i + 1, AFTER_SURNAME) && !tagged.any(i, i + 1)
                    && (i == 0 || !isHan(c[i - 1]) || (lex.categories(c[i - 1]) & NerLexicon.SURNAME) == 0)) {
                out.add(new Mention(EntityType.PERSON, i, i + 1, null, Mention.Priority.RULE)); // 袁|老太
            }
        }
    }

    /**
     * c[p, p + 2) is an adjective and a thing (老屋, 大包), no familiar name: 老井 in 老屋老井 and 小包 in 大包小包 are one
     * of such a pair, where 老李 in 老王老李 is a name beside a name.
     */
    private static boolean describedThing(char[] c, boolean[] cut, NerLexicon lex, int p) {
        if (p + 2 > c.length || !cut[p] || "老小大".indexOf(c[p]) < 0 || !isHan(c[p + 1])) {
            return false;
        }
        return c[p] == '大' || (lex.categories(c[p + 1]) & NerLexicon.SURNAME) == 0;
    }

    /** Chars of transliterated foreign names (比尔·盖茨, 菲尔曼·辛佐伊海巴). */
    static final String TRANSLIT = org.tiqu.internal.text.Chars.TRANSLITERATION;

    static boolean translit(char ch) {
        return TRANSLIT.indexOf(ch) >= 0;
    }

    /**
     * 比尔·盖茨: runs of transliteration chars joined by a middle dot form one PERSON when the tagger saw a name in
     * them or every part has two chars or more. Joined by a dash (罗德—拉森, 尼赫鲁—甘地, as People's Daily writes
     * double-barrelled names) only when the tagger saw a name: 道—琼斯 is an index, 夸—纳省 a province.
     */
    static void dottedNames(char[] c, Overlaps persons, List<Mention> out) {
        int n = c.length;
        for (int p = 1; p + 1 < n; p++) {
            boolean dash = c[p] == '—';
            if ((c[p] != '·' && c[p] != '•' && c[p] != '・' && !dash) || !translit(c[p - 1]) || !translit(c[p + 1])) {
                continue;
            }
            int s = p;
            while (s > 0 && p - s < 6 && translit(c[s - 1])) {
                s--;
            }
            int e = p + 1;
            boolean allLong = p - s >= 2;
            while (true) {
                int partStart = e;
                while (e < n && e - partStart < 6 && (translit(c[e]) || abduAt(c, e))) {
                    e++;
                }
                allLong &= e - partStart >= 2;
                if (e + 1 < n && isDot(c[e]) && translit(c[e + 1])) {
                    e++;
                    continue;
                }
                break;
            }
            if ((allLong && !dash) || persons.any(s, e)) {
                out.add(new Mention(EntityType.PERSON, s, e, null, Mention.Priority.RULE));
            }
            p = e;
        }
    }

    /**
     * 都 of Abdu- (阿布都, 阿不都, 阿卜都) at {@code p}, with the name going on after it (努尔兰·阿布都满金): a name's
     * char, not the adverb "all" that ends a run of transliteration chars.
     */
    static boolean abduAt(char[] c, int p) {
        return c[p] == '都' && p >= 2 && c[p - 2] == '阿' && "布不卜".indexOf(c[p - 1]) >= 0 && p + 1 < c.length
                && isHan(c[p + 1]);
    }

    /** Titles written right after a name: 习近平总书记, 张三同志. */
    private static final Set<String> POST_TITLES = Set.of("总书记", "主席", "总理", "副总理", "委员长", "同志", "先生",
            "女士", "书记", "副书记", "省长", "市长", "州长", "县长", "部长", "局长", "主任", "总统", "首相", "院士",
            "教授", "师长", "政委", "团长", "司令员");

    /** Surname + 1–2 chars directly before a post-name title, e.g. 贯彻习近平总书记. */
    static int nameBefore(char[] c, int titleStart, NerLexicon lex) {
        for (int len = 3; len >= 2; len--) {
            int s = titleStart - len;
            if (s < 0 || !hanName(c, s, titleStart)) {
                continue;
            }
            int surname = (lex.categories(c[s]) & NerLexicon.SURNAME) != 0 ? 1 : 0;
            if (len == 3 && (lex.categories(new String(c, s, 2)) & NerLexicon.SURNAME) != 0) {
                surname = 2;
            }
            String cand = new String(c, s, len);
            if (surname > 0 && plausible(c, s, surname, titleStart) && !Words.notAName(cand)
                    && !Words.notAName(new String(c, s + 1, len - 1))) {
                return s;
            }
        }
        return -1;
    }

    /** End of a Chinese name (surname + 1–2 chars) starting at i (after optional spaces) and followed by a boundary, else 0. */
    static int nameAt(char[] c, int i, NerLexicon lex) {
        boolean spaced = i < c.length && c[i] == ' ';
        if (spaced) {
            i++;
        }
        if (i >= c.length || !isHan(c[i])) {
            return 0;
        }
        int surname = (lex.categories(c[i]) & NerLexicon.SURNAME) != 0 ? 1 : 0;
        if (i + 2 <= c.length && (lex.categories(new String(c, i, 2)) & NerLexicon.SURNAME) != 0) {
            surname = 2;
        }
        if (surname == 0) {
            return 0;
        }
        int e1 = i + surname + 1, e2 = e1 + 1;
        boolean ok1 = e1 <= c.length && hanName(c, i, e1) && plausible(c, i, surname, e1);
        boolean ok2 = e2 <= c.length && hanName(c, i, e2) && plausible(c, i, surname, e2);
        // 记者徐烨摄: a one-char given name followed by a word that follows names beats a two-char one
        if (ok1 && !spaced && afterName(c, e1) && !(ok2 && e2 < c.length && !isHan(c[e2]) && !afterNameChar(c[e1]))) {
            return e1;
        }
        if (ok2 && boundary(c, e2, spaced)) {
            return e2;
        }
        if (ok1 && boundary(c, e1, spaced)) {
            return e1;
        }
        return 0;
    }

    /**
     * Last chars of places, facilities and festivals, not of given names: 烈士纪念亭, 烈士公墓, 电影局计划室主任, 农民|丰收节.
     */
    private static final String NOT_NAME_END = "亭墓室馆碑陵楼厅院所站局处科园寺庙塔桥节";

    /**
     * Neither the candidate (谈话, 卫队) nor its given name (医生和学生) is an ordinary word, and it does not end like
     * a place or facility.
     */
    static boolean plausible(char[] c, int start, int surname, int end) {
        if (Words.common(new String(c, start, end - start)) || NOT_NAME_END.indexOf(c[end - 1]) >= 0) {
            return false;
        }
        return end - start - surname < 2 || !Words.common(new String(c, start + surname, end - start - surname));
    }

    /** Chars that do not occur in the names these rules propose: function words and title prefixes (常务副省长). */
    static final String NOT_IN_NAME = "、等的了把被在是和与及对向从将就都也还又这那个们副务代原前";

    static boolean hanName(char[] c, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!isHan(c[k]) || NOT_IN_NAME.indexOf(c[k]) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean afterNameChar(char ch) {
        return ch == '摄' || ch == '等' || ch == '说';
    }

    /** A two-char or longer word of {@link #AFTER_NAME} starts at e (一同, 表示; not 和, 为, which end names too). */
    static boolean afterNameWord(char[] c, int e) {
        for (String w : AFTER_NAME) {
            if (w.length() >= 2 && startsWith(c, e, w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean afterName(char[] c, int e) {
        for (String w : AFTER_NAME) {
            if (startsWith(c, e, w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean boundary(char[] c, int e, boolean spaced) {
        if (e >= c.length) {
            return true;
        }
        char ch = c[e];
        if (!isHan(ch)) {
            return spaced ? ch == ' ' || !Character.isLetterOrDigit(ch) : !Character.isLetterOrDigit(ch) || ch == ' ';
        }
        return !spaced && afterName(c, e);
    }

    private static boolean isPunctLike(char ch) {
        return ch == '、' || ch == '等';
    }

    static boolean isHan(char ch) {
        return ch >= '\u4E00' && ch <= '\u9FFF';
    }

    /**
     * 比亚迪 tagged 比亚 (as in 赞比亚): a tagged place strictly inside an organisation the lexicon knows by name that is
     * no place the lexicon knows (中国 of 中国移动 and 宁德 of 宁德时代 stay).
     */
    private static boolean insideKnownOrganisation(Mention m, HitIndex hits) {
        boolean inside = false;
        for (int p = Math.max(0, m.end() - hits.maxLength); p <= m.start(); p++) {
            for (int k = hits.from(p); k < hits.to(p); k++) {
                int[] h = hits.get(k);
                if (h[0] == m.start() && h[1] == m.end()
                        && (h[2] & (NerLexicon.PLACE | NerLexicon.SEEN_LOC | NerLexicon.TOWN)) != 0) {
                    return false;
                }
                inside |= (h[2] & NerLexicon.ORG) != 0 && (h[2] & (NerLexicon.SHORT | NerLexicon.PLACE)) == 0
                        && h[1] >= m.end() && h[1] - h[0] > m.length();
            }
        }
        return inside;
    }

    /**
     * 主帅伊万|科维奇: a transliterated name the tagger starts inside a known name (万科, a company) begins with the
     * transliteration chars before it, where all of them are such chars (伊万科维奇); else it is a fragment of that
     * name and goes.
     */
    static void foreignNamesOverKnownNames(char[] c, HitIndex hits, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int s = m.start();
            if (m.type() != EntityType.PERSON || m.priority() >= Mention.Priority.RULE || m.length() < 2 || s == 0
                    || !translitRun(c, s, m.end())) {
                continue;
            }
            int start = s;
            for (int p = Math.max(0, s - hits.maxLength); p < s; p++) {
                for (int x = hits.from(p); x < hits.to(p); x++) {
                    int[] h = hits.get(x);
                    if (h[1] > s && h[1] <= m.end() && (h[2] & (NerLexicon.PLACE | NerLexicon.ORG)) != 0) {
                        start = Math.min(start, p);
                    }
                }
            }
            if (start == s || !translitRun(c, start, s)) {
                continue;
            }
            while (start > 0 && isHan(c[start - 1]) && translit(c[start - 1]) && s - start < 4) {
                start--;
            }
            mentions.set(k, new Mention(EntityType.PERSON, start, m.end(), m.value(), m.priority()));
        }
    }

    private static boolean translitRun(char[] c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isHan(c[i]) || !translit(c[i])) {
                return false;
            }
        }
        return true;
    }

    /** A person name inside or across a longer known place/organisation name, or across a rule-made organisation. */
    private static boolean fragment(Mention m, HitIndex hits, Overlaps ruleOrgs) {
        // a hit that overlaps m without being strictly shorter and inside it starts at or before m's start, or
        // crosses m's end: only starts in [start - maxLength, start] and [end - maxLength, end) can qualify
        int lo = Math.max(0, m.start() - hits.maxLength);
        int mid = Math.max(m.start() + 1, m.end() - hits.maxLength);
        for (int p = lo; p < m.end(); p = p == m.start() ? Math.max(p + 1, mid) : p + 1) {
            if (fragmentAt(m, hits, p)) {
                return true;
            }
        }
        return ruleOrgs.any(m.start(), m.end());
    }

    /**
     * 孙淑伟和田亮: a person right after a person and a joining 和 (与, 同, 及, 跟) is the second of two names, though
     * the joining char starts a place with the name's first char (和田, 和静, 同江).
     */
    private static boolean joinedToPerson(char[] c, Mention m, boolean[] personEnd) {
        int j = m.start() - 1;
        return j >= 1 && "和与同及跟".indexOf(c[j]) >= 0 && personEnd[j];
    }

    private static boolean fragmentAt(Mention m, HitIndex hits, int p) {
        for (int k = hits.from(p); k < hits.to(p); k++) {
            int[] h = hits.get(k);
            // short forms (民和 in 江泽民和) are too often ordinary text to overrule a name
            if ((h[2] & (NerLexicon.PLACE | NerLexicon.ORG | NerLexicon.TOWN)) == 0 || (h[2] & NerLexicon.SHORT) != 0) {
                continue;
            }
            boolean overlap = h[0] < m.end() && m.start() < h[1];
            boolean personCovers = m.start() <= h[0] && h[1] <= m.end() && m.length() > h[1] - h[0];
            if (overlap && !personCovers) {
                return true;
            }
        }
        return false;
    }
}
