package org.tiqu.internal.ner;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tiqu.Entity;
import org.tiqu.EntityType;
import org.tiqu.Extractor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** PERSON / PLACE / ORGANIZATION through the whole extractor: golden spans (text, type, offsets) and rule behaviour. */
class NerRecognizerTest {
    private static final Path SEED = Path.of(System.getProperty("tiqu.seeds", "../seeds"), "000_866f447bb80f8337.txt");
    private static Extractor extractor;

    @BeforeAll
    static void setUp() {
        extractor = Extractor.builder().keywords(0).findReferenceDate(false).build();
    }

    private static List<Entity> entities(String text) {
        return extractor.extract(text).entities();
    }

    private static boolean has(List<Entity> es, EntityType type, String text, int start) {
        return es.stream().anyMatch(e -> e.type() == type && e.text().equals(text) && e.start() == start
                && e.end() == start + text.length());
    }

    private static boolean hasText(List<Entity> es, EntityType type, String text) {
        return es.stream().anyMatch(e -> e.type() == type && e.text().equals(text));
    }

    @Test
    void bodiesOfOneLevelWrittenWithoutSeparatorsStayApart() {
        List<Entity> es = entities("自治区发展改革委自治区财政厅自治区住房城乡建设厅负责同志参加。");
        assertTrue(has(es, EntityType.ORGANIZATION, "自治区财政厅", 8), es.toString());
        assertFalse(es.stream().anyMatch(e -> e.text().contains("厅自治区")), es.toString());
        es = entities("兵团发展改革委兵团财政局兵团住房城乡建设局负责同志参加。");
        assertTrue(has(es, EntityType.ORGANIZATION, "兵团住房城乡建设局", 12), es.toString());
        assertFalse(es.stream().anyMatch(e -> e.text().contains("局兵团")), es.toString());
        // the segmenter reads 委兵团 as one word there
        assertTrue(has(es, EntityType.ORGANIZATION, "兵团发展改革委", 0), es.toString());
        assertTrue(has(es, EntityType.ORGANIZATION, "兵团财政局", 7), es.toString());
        // two bodies only, the tagger starting inside the first (自治区发展|改革委自治区财政厅)
        es = entities("自治区发展改革委自治区财政厅联合发文。");
        assertTrue(has(es, EntityType.ORGANIZATION, "自治区发展改革委", 0), es.toString());
        assertTrue(has(es, EntityType.ORGANIZATION, "自治区财政厅", 8), es.toString());
        // bodies after a bare one-char level are no organisations, alone or in a run (市|财政局, as People's Daily)
        es = entities("市发改委市财政局市住建局联合印发通知。");
        assertFalse(es.stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION), es.toString());
        // a sub-unit still joins its parent
        assertTrue(hasText(entities("中共中央办公厅秘书局负责人。"), EntityType.ORGANIZATION, "中共中央办公厅秘书局"));
    }

    @Test
    void stateGridHeadsItsProvincialCompanies() {
        // 国网 is the head of State Grid's companies, never a name alone (全国网上办事大厅 holds no body)
        assertTrue(has(entities("国网乌鲁木齐供电公司完成检修。"), EntityType.ORGANIZATION, "国网乌鲁木齐供电公司", 0));
        assertFalse(entities("全国网上办事大厅正式上线。").stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION));
    }

    @Test
    void aLatinNameBeforeATitleIsItsBody() {
        List<Entity> es = entities("OpenAI首席执行官奥尔特曼表示欢迎。");
        assertTrue(has(es, EntityType.ORGANIZATION, "OpenAI", 0), es::toString);
        assertTrue(has(es, EntityType.PERSON, "奥尔特曼", 11), es::toString);
        // a Latin title is no body
        assertFalse(entities("他是CEO，也是董事长。").stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION));
    }

    @Test
    void aReporterIsNoPrepositionalPhrase() {
        List<Entity> es = entities("BBC记者在现场报道。");
        assertFalse(es.stream().anyMatch(e -> e.type() == EntityType.PERSON), es::toString);
        assertTrue(hasText(entities("本报记者潘帝都报道"), EntityType.PERSON, "潘帝都"));
    }

    @Test
    void aNameAfterALatinTitleIsAPerson() {
        List<Entity> es = entities("美国CEO库克访华。");
        assertTrue(has(es, EntityType.PERSON, "库克", 5), es::toString);
        assertTrue(has(entities("特斯拉公司CEO马斯克访华。"), EntityType.PERSON, "马斯克", 8));
    }

    @Test
    void foreignNamesAndCompaniesOfTheFactsListAreWordsOfTheirOwn() {
        List<Entity> es = entities("马斯克称特斯拉将在上海新建工厂。");
        assertTrue(has(es, EntityType.PERSON, "马斯克", 0), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "特斯拉", 4), es::toString);
        assertFalse(es.stream().anyMatch(e -> e.text().contains("称")), es::toString);
        assertTrue(has(entities("腾讯旗下微信团队发布公告。"), EntityType.ORGANIZATION, "腾讯", 0));
    }

    @Test
    void aCommonUyghurGivenNameAloneIsAPerson() {
        assertTrue(has(entities("村民买买提说，今年棉花收成很好。"), EntityType.PERSON, "买买提", 2));
        List<Entity> es = entities("党支部书记艾买提参加会议。");
        assertTrue(has(es, EntityType.PERSON, "艾买提", 5), es::toString); // the segmenter cut 艾/买/提: it gave 艾买
        assertTrue(has(entities("副主席司马义·艾买提出席。"), EntityType.PERSON, "司马义·艾买提", 3));
    }

    @Test
    void aLatinNameOfTheFactsListIsAnOrganisation() {
        List<Entity> es = entities("据CNN报道，当地发生爆炸。");
        assertTrue(has(es, EntityType.ORGANIZATION, "CNN", 1), es::toString);
        assertTrue(has(entities("据ＣＮＮ报道，当地发生爆炸。"), EntityType.ORGANIZATION, "CNN", 1)); // text is folded (NFKC)
        assertFalse(entities("据GDP数据显示，经济增长。").stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION));
        // a company of today's news as the subject, where no title follows it
        es = entities("OpenAI发布了新一代大模型，Nvidia股价随即上涨。");
        assertTrue(has(es, EntityType.ORGANIZATION, "OpenAI", 0), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "Nvidia", 16), es::toString);
    }

    @Test
    void aCompanysProductBeforeATitleIsNoPerson() {
        for (String t : new String[]{"华为云首席执行官出席会议。", "他兼任腾讯云总裁。"}) {
            List<Entity> es = entities(t);
            assertFalse(es.stream().anyMatch(e -> e.type() == EntityType.PERSON), es::toString);
        }
        // 阿里 is a place word of the core dictionary: 阿里|云 was read as a person before the facts named it
        List<Entity> es = entities("阿里云总裁张建锋出席会议。");
        assertTrue(has(es, EntityType.ORGANIZATION, "阿里云", 0), es::toString);
        assertTrue(has(es, EntityType.PERSON, "张建锋", 5), es::toString);
    }

    @Test
    void aKnownOfficialsNameKeepsACharThatIsAlsoAWord() {
        // 能 of 宣昌能 reads as "can" before 在: the tagger stopped at 宣昌 before the facts named the deputy governor
        List<Entity> es = entities("中国人民银行副行长宣昌能在论坛上表示，将继续实施稳健的货币政策。");
        assertTrue(has(es, EntityType.PERSON, "宣昌能", 9), es::toString);
    }

    @Test
    void aBodyUnderAnotherIsABodyOfItsOwn() {
        List<Entity> es = entities("中粮集团旗下蒙牛乳业公司发布年报。");
        assertTrue(has(es, EntityType.ORGANIZATION, "中粮集团", 0), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "蒙牛乳业公司", 6), es::toString);
        es = entities("字节跳动旗下抖音集团在深圳成立新公司。");
        assertTrue(has(es, EntityType.ORGANIZATION, "字节跳动", 0), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "抖音集团", 6), es::toString);
        assertFalse(es.stream().anyMatch(e -> e.text().contains("旗下")), es::toString);
        es = entities("新疆天业集团下属天业化工公司扩建生产线。");
        assertTrue(has(es, EntityType.ORGANIZATION, "天业化工公司", 8), es::toString);
    }

    @Test
    void anAliasDefinedInBracketsIsFoundAgain() {
        String t = "新疆信发铝业有限公司（以下简称“信发铝业”）位于五家渠。信发铝业今年产值增长。世界贸易组织（ＷＴＯ）发布报告。";
        List<Entity> es = entities(t);
        assertTrue(has(es, EntityType.ORGANIZATION, "信发铝业", 16), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "信发铝业", 28), es::toString);
        assertTrue(es.stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION && t.substring(e.start(), e.end())
                .equals("ＷＴＯ")), es::toString);
    }

    @Test
    void aFarmOfTheCorpsNamedAfterTheLeagueIsAPlaceAfterItsDivision() {
        // the tagger read 第六师共青团 as one organisation; 共青团农场 is a regiment farm of the 6th division
        String t = "在新疆生产建设兵团第六师共青团农场，他查看了棉花收储情况。";
        List<Entity> es = entities(t);
        assertTrue(has(es, EntityType.ORGANIZATION, "新疆生产建设兵团第六师", 1), es::toString);
        assertTrue(has(es, EntityType.PLACE, "共青团农场", t.indexOf("共青团农场")), es::toString);
        assertFalse(es.stream().anyMatch(e -> e.text().endsWith("师共青团")), es::toString);
        String alone = "他来到共青团农场查看棉花收储情况。";
        List<Entity> aloneEs = entities(alone);
        assertTrue(has(aloneEs, EntityType.PLACE, "共青团农场", 3), aloneEs::toString);
    }

    @Test
    void aTwoCharNameTheSegmenterCutInTwoIsNoOrganisation() {
        // 比赛|中|共获: "in the contest, in all"; 中共 as one word stays the party
        for (String t : new String[]{"在跳水比赛中共获6金8银4铜。", "他在世界杯赛中共获得1123个世界冠军。"}) {
            List<Entity> es = entities(t);
            assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION), () -> t + ": " + es);
        }
        assertTrue(hasText(entities("中共中央委员会和中共党员。"), EntityType.ORGANIZATION, "中共"));
    }

    @Test
    void aBodysSuffixEndsAWordOrComesBeforeATitle() {
        // 党组 of 党组织 (party organisations) and 政府 of 政府部门 (government departments) name no body
        List<Entity> es = entities("运城党组织为群众致富架金桥。");
        assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION), es::toString);
        es = entities("事务次官是日本政府部门中公务员的最高职位。");
        assertFalse(hasText(es, EntityType.ORGANIZATION, "日本政府"), es::toString);
        // a title the segmenter joined to the suffix (宣传部长) still ends the body before it
        es = entities("北京市朝阳区委宣传部长周良洛介绍说。");
        assertTrue(hasText(es, EntityType.ORGANIZATION, "北京市朝阳区委宣传部"), es::toString);
    }

    @Test
    void aBodyNamedByATitleStartsWithTheTitle() {
        // the tagger read 》杂志社; People's Daily: [《企业管理》杂志社]nt
        List<Entity> es = entities("由经济日报、《企业管理》杂志社承办。");
        assertTrue(has(es, EntityType.ORGANIZATION, "《企业管理》杂志社", 6), es::toString);
        assertTrue(es.stream().noneMatch(e -> e.text().startsWith("》")), es::toString);
    }

    @Test
    void aCommonNounBeforeATitleAndAThingBesideItsPairAreNoPersons() {
        // 国 and 党 are surnames but here the country and the party; 老井 and 小包 pair with 老屋 and 大包; 万 counts
        // the people who climb
        for (String t : new String[]{"日英两国首相在会谈中一致同意加强合作。", "多次敦请索尼亚出任党主席，但她一再拒绝。",
                "改不了的是老屋老井。", "他们提起大包小包汇入人流。", "北京上海两地同时举行万人登八达岭长城活动。"}) {
            List<Entity> es = entities(t);
            assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.PERSON && !e.text().equals("索尼亚")),
                    () -> t + ": " + es);
        }
        // familiar names beside familiar names stay
        List<Entity> es = entities("老王老李都来了。");
        assertTrue(hasText(es, EntityType.PERSON, "老王") && hasText(es, EntityType.PERSON, "老李"), es::toString);
    }

    @Test
    void aBylineAloneOnItsLineIsReadAsAtAParagraphsEdge() {
        // headline, byline, body on lines of their own (People's Daily 1998-01-05): the tagger, trained on separate
        // paragraphs, finds the byline only when the line breaks are not part of its sentences
        String t = "婴幼儿配方乳粉：质量问题严重\n\n政文\n\n婴幼儿乳粉是直接关系到婴幼儿健康的重要产品。";
        assertTrue(has(entities(t), EntityType.PERSON, "政文", 16), () -> entities(t).toString());
    }

    @Test
    void aRepeatedStringThatEndsTheTextIsLookedAtWithinIt() {
        // found by OffsetMapFuzzTest: the story-name rule looked for a cue after a candidate that ends the text
        String t = "一带一路哥一带一路";
        assertDoesNotThrow(() -> entities(t));
    }

    @Test
    void xpccDivisionCityPartyCommitteeIsOneOrganisationWithTheCityNestedAsPlace() {
        String t = "兵团第六师五家渠市党委书记、政委宋宏利一同调研。";
        List<Entity> es = entities(t);
        assertTrue(has(es, EntityType.ORGANIZATION, "兵团第六师五家渠市党委", 0), es::toString);
        assertTrue(has(es, EntityType.PLACE, "五家渠市", 5), es::toString);
        assertTrue(has(es, EntityType.PERSON, "宋宏利", 16), es::toString);
    }

    @Test
    void ministriesNamedSinceTheReformsOf2008And2018AreOrganisations() {
        // the full names hold 和, which the tagger, trained on 1998 text, reads as a conjunction
        String t = "记者从国家发展和改革委员会获悉，工业和信息化部、国家林业和草原局将联合发文。";
        List<Entity> es = entities(t);
        assertTrue(has(es, EntityType.ORGANIZATION, "国家发展和改革委员会", 3), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "工业和信息化部", 16), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "国家林业和草原局", 24), es::toString);
    }

    @Test
    void companiesOfTheLexiconAreOrganisationsNotPersonsOrPlaces() {
        // the 1998-trained tagger read 比亚迪 as a person, 阿里巴巴 and 京东 as places, and cut 比|亚迪股份有限公司
        String t = "比亚迪股份有限公司在深圳发布新车，腾讯和阿里巴巴、京东的股价上涨。";
        List<Entity> es = entities(t);
        assertTrue(has(es, EntityType.ORGANIZATION, "比亚迪股份有限公司", 0), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "腾讯", 17), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "阿里巴巴", 20), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "京东", 25), es::toString);
        assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.PERSON || e.text().equals("阿里巴巴") && e.type() == EntityType.PLACE),
                es::toString);
        assertTrue(entities("比亚迪今年的销量超过300万辆。").stream().noneMatch(e -> e.type() == EntityType.PERSON));
    }

    @Test
    void aDictionaryWordAfterATitleIsNoName() {
        // 官 is a surname, and the rule that reads a name after a title took 首相|官邸 (a residence) for one
        List<Entity> es = entities("石破茂在首相官邸会见了他。");
        assertTrue(es.stream().noneMatch(e -> e.text().equals("官邸")), es::toString);
    }

    @Test
    void aBaseStationOrANewFactoryEndsNoOrganisation() {
        // the sub-unit chain took 中国联通 + 合作建设基站 (站 ends 检疫站), the place rule 新疆 + 建设新工厂
        List<Entity> es = entities("中国联通合作建设基站。吉利将在新疆建设新工厂。");
        assertTrue(has(es, EntityType.ORGANIZATION, "中国联通", 0), es::toString);
        assertTrue(es.stream().noneMatch(e -> e.text().endsWith("基站") || e.text().endsWith("工厂")), es::toString);
    }

    @Test
    void noTaggedPlaceFragmentInsideACompanyOfTheLexicon() {
        // the tagger read 比亚 of 比亚迪 as a place (赞比亚); 宁德 of 宁德时代 is one
        List<Entity> es = entities("调研组来到比亚迪新能源汽车产业园。宁德时代的电池装机量位居全球第一。");
        assertTrue(has(es, EntityType.ORGANIZATION, "比亚迪", 5), es::toString);
        assertTrue(es.stream().noneMatch(e -> e.text().equals("比亚")), es::toString);
        assertTrue(hasText(es, EntityType.PLACE, "宁德"), es::toString);
    }

    @Test
    void peopleInTheNewsOfThe2020sAreKnown() {
        // the tagger, trained on 1998 text, read 武大 (Wuhan University) and missed or cut the others
        List<Entity> es = entities("武大靖在短道速滑比赛中夺冠，迪丽热巴和古力娜扎出席了开幕式。");
        assertTrue(has(es, EntityType.PERSON, "武大靖", 0), es::toString);
        assertTrue(hasText(es, EntityType.PERSON, "迪丽热巴"), es::toString);
        assertTrue(hasText(es, EntityType.PERSON, "古力娜扎"), es::toString);
        assertTrue(es.stream().noneMatch(e -> e.text().equals("武大")), es::toString);
    }

    @Test
    void aOneNumeralRegimentAfterItsDivisionIsPartOfTheOrganisation() {
        List<Entity> es = entities("兵团第一师阿拉尔市十团的棉花丰收了，大家一团和气。");
        assertTrue(has(es, EntityType.ORGANIZATION, "兵团第一师阿拉尔市十团", 0), es::toString);
        assertTrue(es.stream().noneMatch(e -> e.text().contains("一团")), es::toString);
        // the division in brackets after its city, as local papers write it
        List<Entity> bracketed = entities("阿拉尔市（第一师）十团党委副书记、团长张华介绍情况。");
        assertTrue(has(bracketed, EntityType.ORGANIZATION, "十团党委", 9), bracketed::toString);
    }

    @Test
    void aRegionsOfficeInAnotherCityIsOneOrganisation() {
        // the tagger gave 上海办事处, which has no owner of its own and was dropped
        List<Entity> es = entities("新疆维吾尔自治区驻上海办事处与上海市经信委对接产业合作。");
        assertTrue(has(es, EntityType.ORGANIZATION, "新疆维吾尔自治区驻上海办事处", 0), es::toString);
    }

    @Test
    void theOldNamesOfKashgarAndUrumqiArePlaces() {
        // the tagger gave 喀什 and 噶尔 (噶尔县 of Tibet)
        List<Entity> es = entities("喀什噶尔老城的手工艺人在制作土陶。1954年迪化市更名为乌鲁木齐市。");
        assertTrue(has(es, EntityType.PLACE, "喀什噶尔", 0), es::toString);
        assertTrue(es.stream().noneMatch(e -> e.text().equals("噶尔")), es::toString);
        assertTrue(hasText(es, EntityType.PLACE, "迪化市"), es::toString);
    }

    @Test
    void aNationalSupercomputingCentreIsOneOrganisation() {
        // its city stands inside the name: the rules gave 天津中心
        List<Entity> es = entities("国家超级计算天津中心主任孟祥飞介绍情况。");
        assertTrue(has(es, EntityType.ORGANIZATION, "国家超级计算天津中心", 0), es::toString);
        assertTrue(es.stream().noneMatch(e -> e.text().equals("天津中心")), es::toString);
    }

    @Test
    void aCommonNounBetweenATitleAndAnOfficialsActIsTheName() {
        // 林海 ("forest") after 校长 and before 一行; 会议 after 局长 is no name (会 is no surname of the training names)
        List<Entity> es = entities("党委书记王新军、校长林海一行前往和田地区。局长会议指出，要抓好落实。");
        assertTrue(hasText(es, EntityType.PERSON, "林海"), es::toString);
        assertTrue(es.stream().noneMatch(e -> e.text().equals("会议")), es::toString);
    }

    @Test
    void abduInsideADottedNameIsNoAdverb() {
        // the segmenter reads 阿布|都|满|金; the rules ended the name at 都, the adverb "all"
        List<Entity> es = entities("自治区卫生健康委员会新闻发言人努尔兰·阿布都满金介绍情况。");
        assertTrue(hasText(es, EntityType.PERSON, "努尔兰·阿布都满金"), es::toString);
        assertTrue(es.stream().noneMatch(e -> e.text().equals("努尔兰·阿布都")), es::toString);
    }

    @Test
    void aSpacedBylineGivesEachReporter() {
        // Xinjiang Daily sets its bylines apart with spaces; 古丽米拉 and 买买提江 were read as 古|丽米拉 and a place
        List<Entity> es = entities("本报记者 蒋夫尔 通讯员 古丽米拉 报道\n本报记者 买买提江 报道\n记者 今天 报道");
        assertTrue(has(es, EntityType.PERSON, "古丽米拉", 13), es::toString);
        assertTrue(hasText(es, EntityType.PERSON, "买买提江"), es::toString);
        assertTrue(es.stream().noneMatch(e -> e.text().equals("今天") && e.type() == EntityType.PERSON),
                es::toString);
    }

    @Test
    void aOneNumeralRegimentListedBesideANumberedOneIsARegiment() {
        List<Entity> es = entities("先后来到十团、十二团的轧花厂，又到十四团和一团调研。三团、五团的人乱成一团。");
        assertTrue(has(es, EntityType.ORGANIZATION, "十团", 4), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "十二团", 7), es::toString);
        assertTrue(hasText(es, EntityType.ORGANIZATION, "一团"), es::toString);
        // no regiment of two numerals beside them: 三团 and 五团 may be counts
        assertTrue(es.stream().noneMatch(e -> e.text().equals("三团") || e.text().equals("五团")), es::toString);
    }

    @Test
    void anInstitutionNamedByItsOwnPlaceEndsNoDivisionChain() {
        // 塔里木大学 lies in 阿拉尔市 but is no body of the first division; 昆玉市党委 is one of the fourteenth
        List<Entity> es = entities("第一师阿拉尔市塔里木大学举行了毕业典礼。第十四师昆玉市党委召开会议。");
        assertTrue(es.stream().noneMatch(e -> e.text().equals("第一师阿拉尔市塔里木大学")), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "第一师", 0), es::toString);
        assertTrue(hasText(es, EntityType.ORGANIZATION, "第十四师昆玉市党委"), es::toString);
    }

    @Test
    void citiesOfCentralAsiaAndTheBeltAndRoadArePlaces() {
        // the tagger read 德布勒森 as a person and missed 撒马尔罕
        List<Entity> es = entities("公司将加大在匈牙利德布勒森的投资。乌兹别克斯坦撒马尔罕的客商来到乌鲁木齐。");
        assertTrue(hasText(es, EntityType.PLACE, "德布勒森"), es::toString);
        assertTrue(hasText(es, EntityType.PLACE, "撒马尔罕"), es::toString);
        assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.PERSON), es::toString);
    }

    @Test
    void scenicAreasOfXinjiangAreWholePlaces() {
        // before they were facts: nothing for 葡萄沟 and 禾木, a person 那拉提, and 交河 without its old city
        String t = "吐鲁番葡萄沟的游客比去年多。游客在喀纳斯、禾木和那拉提感受秋日美景。交河故城是吐鲁番的文物古迹。";
        List<Entity> es = entities(t);
        for (String place : new String[]{"葡萄沟", "喀纳斯", "禾木", "那拉提", "交河故城"}) {
            assertTrue(has(es, EntityType.PLACE, place, t.indexOf(place)), () -> place + " in " + es);
        }
    }

    @Test
    void governmentDepartmentsAfterAPlaceOrARegionalLevelWordAreOrganisations() {
        // 自治区 and 师市 stand for Xinjiang and a division in its news; 和 inside a department's name ended nothing
        String t = "自治区发展和改革委员会、师市市场监督管理局和五家渠市人力资源和社会保障局联合发文。";
        List<Entity> es = entities(t);
        for (String body : new String[]{"自治区发展和改革委员会", "师市市场监督管理局", "五家渠市人力资源和社会保障局"}) {
            assertTrue(has(es, EntityType.ORGANIZATION, body, t.indexOf(body)), () -> body + " in " + es);
        }
        // the short forms the reformed departments go by (发展改革委, 卫生健康委, 住房城乡建设局)
        String short_ = "自治区发展改革委、自治区卫生健康委和师市住房城乡建设局联合发文。";
        List<Entity> shortEs = entities(short_);
        for (String body : new String[]{"自治区发展改革委", "自治区卫生健康委", "师市住房城乡建设局"}) {
            assertTrue(has(shortEs, EntityType.ORGANIZATION, body, short_.indexOf(body)), () -> body + " in " + shortEs);
        }
        // investment promotion bureaus, whose names hold verbs (投资|推广|署)
        String invest = "乌鲁木齐市投资促进局与深圳市投资推广署签署协议。";
        List<Entity> investEs = entities(invest);
        for (String body : new String[]{"乌鲁木齐市投资促进局", "深圳市投资推广署"}) {
            assertTrue(has(investEs, EntityType.ORGANIZATION, body, invest.indexOf(body)), () -> body + " in " + investEs);
        }
        // a division's full name is one unit: no second body 自治区教育厅 inside it
        String full = "新疆维吾尔自治区教育厅召开会议。";
        List<Entity> inFull = entities(full);
        assertTrue(has(inFull, EntityType.ORGANIZATION, "新疆维吾尔自治区教育厅", 0), inFull::toString);
        assertTrue(inFull.stream().noneMatch(e -> e.text().equals("自治区教育厅")), inFull::toString);
        // 局长 is the head of a bureau; one-char levels make no body (People's Daily: 省/n 公安厅/n)
        List<Entity> head = entities("山西省查处了昔阳县环保局长违规吃喝的问题。省公安厅召开会议。");
        assertTrue(head.stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION), head::toString);
    }

    @Test
    void aBodyUnderAnotherIsItsOwnNameAndABannerIsNoPlaceBeforeUnder() {
        // 所属 ran the place's organisation on to the second body; 阿里巴巴旗 was a banner (旗) of Inner Mongolia
        String t = "乌鲁木齐海关所属霍尔果斯海关查获一批货物。阿里巴巴旗下的蚂蚁集团发布公告。";
        List<Entity> es = entities(t);
        assertTrue(has(es, EntityType.ORGANIZATION, "乌鲁木齐海关", 0), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "霍尔果斯海关", 8), es::toString);
        assertTrue(es.stream().noneMatch(e -> e.text().contains("所属") || e.text().endsWith("旗")), es::toString);
    }

    @Test
    void aBranchNamedByALexiconPlaceTheSegmenterSplitsIsPartOfItsCompany() {
        // the segmenter reads 五家渠 as 五/m 家/q 渠/n, and the numeral ended the company's name
        String t = "中粮屯河股份有限公司五家渠分公司和中国农业银行股份有限公司五家渠分行负责人参加座谈。";
        List<Entity> es = entities(t);
        assertTrue(has(es, EntityType.ORGANIZATION, "中粮屯河股份有限公司五家渠分公司", 0), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "中国农业银行股份有限公司五家渠分行", 17), es::toString);
    }

    @Test
    void aConjunctionAfterACityJoinsTwoNamesButNotInsideACommonNoun() {
        // the tagger read 石河子市与石河子大学 as one organisation; 城市 of 城市与环境学院 is no city
        String t = "石河子市与石河子大学签署协议。北京大学城市与环境学院召开会议。";
        List<Entity> es = entities(t);
        assertTrue(has(es, EntityType.PLACE, "石河子市", 0), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "石河子大学", 5), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "北京大学城市与环境学院", 15), es::toString);
    }

    @Test
    void aLocalMediaCentreIsOneOrganisationWithItsDivisionAndCity() {
        String t = "六师五家渠市融媒体中心记者 马丽 报道";
        List<Entity> es = entities(t);
        assertTrue(has(es, EntityType.ORGANIZATION, "六师五家渠市融媒体中心", 0), es::toString);
        assertTrue(has(es, EntityType.PERSON, "马丽", 14), es::toString);
    }

    @Test
    void aRiverOfTheLexiconKeepsItsLastCharBeforeItsBank() {
        // the segmenter's 河畔/n took 河, and the tagger gave 额尔齐斯
        String t = "北屯市位于额尔齐斯河畔。";
        List<Entity> es = entities(t);
        assertTrue(has(es, EntityType.PLACE, "额尔齐斯河", 5), es::toString);
        assertFalse(hasText(es, EntityType.PLACE, "额尔齐斯"), es::toString);
    }

    @Test
    void twoCharNamesPaddedToThreeCellsInAnOfficialListAreWholeNames() {
        String t = "中共中央政治局委员（按姓氏笔画为序）：丁薛祥　习近平　王　毅　尹　力　石泰峰　李　强　蔡　奇";
        List<Entity> es = entities(t);
        for (String name : new String[]{"王　毅", "尹　力", "李　强", "蔡　奇"}) {
            int at = t.indexOf(name);
            assertTrue(es.contains(new Entity(EntityType.PERSON, name.replace("　", ""), at, at + 3, null)),
                    name + " in " + es);
        }
        assertTrue(has(es, EntityType.PERSON, "石泰峰", t.indexOf("石泰峰")), es::toString);
        assertFalse(hasText(es, EntityType.PERSON, "王"), es::toString);
    }

    @Test
    void aPaddedNameAloneInACreditIsWhole() {
        String t = "【编辑：李　强】";
        assertEquals(List.of(new Entity(EntityType.PERSON, "李强", 4, 7, null)), entities(t));
    }

    @Test
    void spacedWordsThatDoNotPairIntoNamesAreNoPaddedNames() {
        // 春 is no surname, so the run is no list of names cells, though 夏 秋 would read as one
        List<Entity> es = entities("春　夏　秋　冬　王小明");
        assertFalse(hasText(es, EntityType.PERSON, "夏秋"), es::toString);
        // without a three-char person nothing says the cells are names
        assertTrue(entities("春节　团圆　平安").stream().noneMatch(e -> e.type() == EntityType.PERSON), "no person");
    }

    @Test
    void aNewsWebsiteIsAnOrganisationNotAPlace() {
        List<Entity> es = entities("天山网的记者参加了采访。");
        assertTrue(has(es, EntityType.ORGANIZATION, "天山网", 0), es::toString);
        assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.PLACE && e.text().equals("天山网")), es::toString);
    }

    @Test
    void aRegisteredCooperativeIsOneOrganisation() {
        // 丰收/v and 种植/v are verbs to the segmenter; a bare 专业合作社 after a verb is none
        List<Entity> es = entities("阿瓦提县丰收棉花种植农民专业合作社的采棉机正在作业。阿瓦提县成立专业合作社。");
        assertTrue(has(es, EntityType.ORGANIZATION, "阿瓦提县丰收棉花种植农民专业合作社", 0), es::toString);
        assertTrue(es.stream().noneMatch(e -> e.text().equals("阿瓦提县成立专业合作社")), es::toString);
        // a wish for a trade name (兴农/v), after a town
        List<Entity> wish = entities("沙雅县红旗镇兴农棉花种植农民专业合作社今年带动农户增收。");
        assertTrue(has(wish, EntityType.ORGANIZATION, "沙雅县红旗镇兴农棉花种植农民专业合作社", 0), wish::toString);
    }

    @Test
    void anAbduNameIsOnePersonThoughTheSegmenterReadsItsDuAsAnAdverb() {
        // 阿布|都|热合曼: the tagger and the title rule gave 阿布 and 热合曼
        List<Entity> es = entities("村委会主任阿布都热合曼带领村民修建水渠。");
        assertTrue(has(es, EntityType.PERSON, "阿布都热合曼", 5), es::toString);
        assertEquals(1, es.stream().filter(e -> e.type() == EntityType.PERSON).count(), es::toString);
    }

    @Test
    void uyghurNameOfOneSegmenterWordIsAPersonBeforeASpace() {
        // 不, 都 and 依 are no transliteration chars of the dotted-name rule, and the person filter dropped the
        // tagger's name with a space after it
        String t = "（记者 阿不都热依木·买买提 摄）他 阿不都·买买提 说";
        List<Entity> es = entities(t);
        assertTrue(has(es, EntityType.PERSON, "阿不都热依木·买买提", 4), es::toString);
        assertTrue(has(es, EntityType.PERSON, "阿不都·买买提", 19), es::toString);
    }

    @Test
    void dottedUyghurNameTheSegmenterCutIsOnePersonWithinItsEdges() {
        // 阿布|都|克力木·买买提: the tagger found 阿布 alone
        String t = "和田地区策勒县农民阿布都克力木·买买提今年种植红枣。吐尔洪·买买提和阿布都热合曼·依明都是能手。";
        List<Entity> es = entities(t);
        assertTrue(has(es, EntityType.PERSON, "阿布都克力木·买买提", 9), es::toString);
        assertTrue(has(es, EntityType.PERSON, "阿布都热合曼·依明", 34), es::toString);
        assertFalse(hasText(es, EntityType.PERSON, "阿布"), es::toString);
        // not a title's last char, a verb after the name, the head of the next word, or a name in quotes
        // nor the first char of a word the segmenter's name word swallowed (吐尔洪·买买提高/nr 兴地/n)
        for (String edge : List.of("副主席玉苏甫江·麦麦提出席会议。", "查理斯·科雷来了。", "《詹姆士·邦德大战诺博士》问世。",
                "吐尔洪·买买提高兴地说。")) {
            List<Entity> named = entities(edge);
            assertTrue(hasText(named, EntityType.PERSON,
                    edge.replaceAll("^(副主席|《)|(出席会议|来了|大战诺博士》问世|高兴地说)?。$", "")), named::toString);
        }
        assertFalse(entities("老店“塔比伊·杜米亚特”不远处。").stream().anyMatch(e -> e.type() == EntityType.PERSON));
    }

    @Test
    void kazakhNameEndingInKhanKeepsTheEndingTheSegmenterCutOff() {
        // 达吾列|提|汗|带队: 提 reads as a verb, yet with a lone 汗 after it the name goes on
        String t = "塔城地区行署专员卡德尔别克·达吾列提汗带队赴和布克赛尔蒙古自治县检查工作。";
        List<Entity> es = entities(t);
        assertTrue(has(es, EntityType.PERSON, "卡德尔别克·达吾列提汗", 8), es::toString);
        assertFalse(hasText(es, EntityType.PERSON, "卡德尔别克·达吾列提"), es::toString);
    }

    @Test
    void villageTheTaggerStartedAtItsLevelWordStartsWithItsName() {
        // the tagger gave 村纪念馆; People's Daily tags a memorial hall as a place ([周/nr 恩来/nr 纪念馆/n]ns)
        String t = "老兵村纪念馆位于四十七团。";
        List<Entity> es = entities(t);
        assertTrue(has(es, EntityType.PLACE, "老兵村纪念馆", 0), es::toString);
        assertFalse(hasText(es, EntityType.PLACE, "村纪念馆"), es::toString);
    }

    @Test
    void divisionAndItsUnitsStayOneOrganisationBeforeAPlaceInThem() {
        String t = "第十四师昆玉市四十七团老兵村纪念馆已成为红色教育基地。";
        List<Entity> es = entities(t);
        assertTrue(has(es, EntityType.ORGANIZATION, "第十四师昆玉市四十七团", 0), es::toString);
        assertTrue(has(es, EntityType.PLACE, "老兵村纪念馆", 11), es::toString);
    }

    @Test
    void partOfADevelopmentZoneWithItsOwnBodyIsOneOrganisation() {
        String t = "霍尔果斯经济开发区兵团分区管委会与江苏省援疆前方指挥部签订协议。";
        List<Entity> es = entities(t);
        assertTrue(has(es, EntityType.ORGANIZATION, "霍尔果斯经济开发区兵团分区管委会", 0), es::toString);
        assertFalse(hasText(es, EntityType.ORGANIZATION, "经济开发区兵团"), es::toString);
    }

    @Test
    void natureReserveNamedAfterAPlaceIsAPlaceAndItsAdministrationAnOrganisation() {
        String t = "托木尔峰国家级自然保护区内发现雪豹。阿尔金山国家级自然保护区管理局局长出席。";
        List<Entity> es = entities(t);
        assertTrue(has(es, EntityType.PLACE, "托木尔峰国家级自然保护区", 0), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "阿尔金山国家级自然保护区管理局", 18), es::toString);
        assertTrue(has(es, EntityType.PLACE, "阿尔金山国家级自然保护区", 18), es::toString);
        assertFalse(es.stream().anyMatch(e -> e.type() == EntityType.PERSON), es::toString); // 阿尔金山 is a range
    }

    @Test
    void whatAReserveProtectsIsPartOfItsName() {
        // was: 艾比湖 and 卡拉麦里山 alone
        String t = "艾比湖湿地国家级自然保护区管理局开展候鸟保护行动。卡拉麦里山有蹄类野生动物自然保护区内发现野马。";
        List<Entity> es = entities(t);
        assertTrue(has(es, EntityType.ORGANIZATION, "艾比湖湿地国家级自然保护区管理局", 0), es::toString);
        assertTrue(has(es, EntityType.PLACE, "艾比湖湿地国家级自然保护区", 0), es::toString);
        assertTrue(has(es, EntityType.PLACE, "卡拉麦里山有蹄类野生动物自然保护区", 25), es::toString);
        // a function word between is no reserve's name
        List<Entity> each = entities("新疆各地自然保护区加强巡护。");
        assertFalse(hasText(each, EntityType.PLACE, "新疆各地自然保护区"), each::toString);
    }

    @Test
    void armyStationedInAPlaceIsOneOrganisation() {
        String t = "中国人民解放军驻香港部队举行开放日活动。";
        List<Entity> es = entities(t);
        assertTrue(has(es, EntityType.ORGANIZATION, "中国人民解放军驻香港部队", 0), es::toString);
        assertFalse(hasText(es, EntityType.ORGANIZATION, "中国人民解放军"), es::toString);
    }

    @Test
    void noOrganisationEndsOnTheFirstCharOfAVerb() {
        String t = "京津冀协同发展。";
        List<Entity> es = entities(t);
        assertFalse(es.stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION), es::toString); // was 京津冀协
    }

    @Test
    void bodyElectedForANumberedTermIsOneOrganisationButASessionIsNot() {
        String t = "李岩当选为武汉市第十届人大常委会主任。审议政协第八届全国委员会工作总结。";
        List<Entity> es = entities(t);
        assertTrue(has(es, EntityType.ORGANIZATION, "武汉市第十届人大常委会", 5), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "政协第八届全国委员会", 21), es::toString);
        String session = "河北省第九届人民代表大会第一次会议开幕。";
        assertFalse(hasText(entities(session), EntityType.ORGANIZATION, "河北省第九届人民代表大会"),
                () -> entities(session).toString());
        // a standing committee is a body before its session's number (was: no organisation at all)
        String standing = "乌鲁木齐市第十六届人民代表大会常务委员会第二十次会议审议了报告。";
        assertTrue(has(entities(standing), EntityType.ORGANIZATION, "乌鲁木齐市第十六届人民代表大会常务委员会", 0),
                () -> entities(standing).toString());
        // a level word for its place before the term; the CPPCC's term before its place (was: 人大常委会 alone; 政协
        // and 新疆维吾尔自治区委员会 apart)
        String level = "自治区十四届人大常委会第二十次会议闭幕。政协第十三届新疆维吾尔自治区委员会委员出席。";
        assertTrue(has(entities(level), EntityType.ORGANIZATION, "自治区十四届人大常委会", 0),
                () -> entities(level).toString());
        assertTrue(has(entities(level), EntityType.ORGANIZATION, "政协第十三届新疆维吾尔自治区委员会", 20),
                () -> entities(level).toString());
        // a party committee's full name, before its plenary session too (was: 中国共产党 alone)
        String party = "中国共产党新疆维吾尔自治区第十届委员会第十四次全体会议在乌鲁木齐举行。";
        assertTrue(has(entities(party), EntityType.ORGANIZATION, "中国共产党新疆维吾尔自治区第十届委员会", 0),
                () -> entities(party).toString());
    }

    @Test
    void seasStraitsAndMountainsOfTheGeographyLexiconArePlaces() {
        String t = "俄罗斯科学家在贝加尔湖考察后，又乘船经马六甲海峡驶入安达曼海。美国航空母舰已由霍尔木兹海峡进入海湾水域。";
        List<Entity> es = entities(t);
        assertTrue(has(es, EntityType.PLACE, "马六甲海峡", 19), es::toString);
        assertTrue(has(es, EntityType.PLACE, "安达曼海", 26), es::toString);
        assertTrue(has(es, EntityType.PLACE, "霍尔木兹海峡", 39), es::toString);
    }

    @Test
    void democraticPartyByItsFullNameIsOneOrganisation() {
        String t = "会长杨国庆代表台湾民主自治同盟、中华全国台湾同胞联谊会致辞。";
        List<Entity> es = entities(t);
        assertTrue(has(es, EntityType.ORGANIZATION, "台湾民主自治同盟", 7), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "中华全国台湾同胞联谊会", 16), es::toString);
    }

    @Test
    void prefecturePartyCommitteeAndTitledPersons() {
        String t = "昌吉州党委副书记、州长郑敏一同调研。";
        List<Entity> es = entities(t);
        assertTrue(has(es, EntityType.ORGANIZATION, "昌吉州党委", 0), es::toString);
        assertTrue(has(es, EntityType.PERSON, "郑敏", 11), es::toString);
    }

    @Test
    void personFragmentOfAPlaceNameIsDropped() {
        List<Entity> es = entities("察布查尔锡伯自治县和第四师可克达拉市签约");
        assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.PERSON), es::toString);
        assertTrue(has(es, EntityType.PLACE, "察布查尔锡伯自治县", 0), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "第四师", 10), es::toString);
        assertTrue(has(es, EntityType.PLACE, "可克达拉市", 13), es::toString);
    }

    @Test
    void divisionBeforeItsCityIsNotCutIntoThePlace() {
        // the tagger reads 师石河子市 here; the place crossed the division, which was lost
        List<Entity> es = entities("他在第八师石河子市调研时强调。");
        assertTrue(has(es, EntityType.ORGANIZATION, "第八师", 2), es::toString);
        assertTrue(has(es, EntityType.PLACE, "石河子市", 5), es::toString);
        assertEquals(2, es.size(), es::toString);
    }

    @Test
    void customsOfAPlaceIsAnOrganisationAndNoPlaceOfItsOwn() {
        // People's Daily tags place + 海关 as one organisation (30 of 30 in 1998-01): [香港/ns 海关/n]nt
        List<Entity> es = entities("乌鲁木齐海关副关长张建国一行到口岸调研。");
        assertTrue(has(es, EntityType.ORGANIZATION, "乌鲁木齐海关", 0), es::toString);
        assertTrue(has(es, EntityType.PLACE, "乌鲁木齐", 0), es::toString);
        assertTrue(es.stream().noneMatch(e -> e.text().equals("海关") && e.type() == EntityType.PLACE), es::toString);
    }

    @Test
    void registeredCompanyRunsFromItsPlaceToItsLegalForm() {
        // trade names the segmenter cuts into odd words: 其/r 亚铝电/n, 和/c 田果/n 之/u 初/Ng
        List<Entity> es = entities("他了解新疆其亚铝电有限公司和新疆和田果之初食品股份有限公司的生产情况。");
        assertTrue(has(es, EntityType.ORGANIZATION, "新疆其亚铝电有限公司", 3), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "新疆和田果之初食品股份有限公司", 14), es::toString);
        // the nearest place that starts a name: not from 大亚湾 over 由
        es = entities("大亚湾核电站由广东核电合营有限公司经营。");
        assertTrue(has(es, EntityType.ORGANIZATION, "广东核电合营有限公司", 7), es::toString);
        assertTrue(es.stream().noneMatch(e -> e.text().startsWith("大亚湾核电站由")), es::toString);
    }

    @Test
    void organisationStartsWhereTheKnownNameItStartsInsideStarts() {
        // the tagger's 新疆调查总队 joined to the short form 统计局 gave 统计局新疆调查总队
        List<Entity> es = entities("国家统计局新疆调查总队发布数据。");
        assertTrue(has(es, EntityType.ORGANIZATION, "国家统计局新疆调查总队", 0), es::toString);
    }

    @Test
    void inspectionTeamsAreNamedByTheirSender() {
        List<Entity> es = entities("中央第三生态环境保护督察组进驻新疆，自治区党委第二巡视组进驻伊犁州。");
        assertTrue(has(es, EntityType.ORGANIZATION, "中央第三生态环境保护督察组", 0), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "自治区党委第二巡视组", 18), es::toString);
        // no policy inside the team's name; no team without a sender
        assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.POLICY), es::toString);
        assertTrue(entities("检查组发现了问题。").isEmpty());
    }

    @Test
    void taggedTownIsTheLongerTownOfTheLexiconThatEndsWithIt() {
        // the segmenter's 可可/v 托海镇/ns: the tagger found 托海镇
        List<Entity> es = entities("阿勒泰地区富蕴县可可托海镇的牧民正在转场。");
        assertTrue(has(es, EntityType.PLACE, "可可托海镇", 8), es::toString);
    }

    @Test
    void abbreviationsInsideACompanysTradeNameAreNoPlaces() {
        List<Entity> es = entities("新疆中泰（集团）有限责任公司入选500强。");
        assertTrue(has(es, EntityType.ORGANIZATION, "新疆中泰(集团)有限责任公司", 0), es::toString);
        assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.PLACE && e.text().length() == 1), es::toString);
    }

    @Test
    void oneCharAbbreviationsBeforeRelationAreEachAPlace() {
        List<Entity> es = entities("中美关系");
        assertTrue(has(es, EntityType.PLACE, "中", 0), es::toString);
        assertTrue(has(es, EntityType.PLACE, "美", 1), es::toString);
    }

    @Test
    void abbreviationsBeforeAConflictOrASummitAreEachAPlace() {
        List<Entity> es = entities("巴以冲突再度升级，俄乌冲突持续，美以首脑举行会谈。");
        for (String p : new String[]{"巴", "以", "俄", "乌", "美"}) {
            assertTrue(hasText(es, EntityType.PLACE, p), () -> p + " " + es);
        }
        // 乌, 哈 (no PLACE1 chars: 罗哈, 保加) count only before such a word
        List<Entity> ports = entities("他到乌鲁木齐、哈密出差，罗哈尔德说。");
        assertFalse(ports.stream().anyMatch(e -> e.type() == EntityType.PLACE && e.text().length() == 1),
                ports::toString);
        // 塔, Tajikistan, is such an owner too
        List<Entity> tajik = entities("中塔合作论坛在杜尚别举行。他登上电视塔。");
        assertTrue(has(tajik, EntityType.PLACE, "塔", 1), tajik::toString);
        assertFalse(hasText(tajik, EntityType.PLACE, "电视塔") || has(tajik, EntityType.PLACE, "塔", 19),
                tajik::toString);
    }

    @Test
    void ordinaryWordOfAbbreviationCharsIsNoPlace() {
        List<Entity> es = entities("要弘扬家庭美德。");
        assertFalse(hasText(es, EntityType.PLACE, "美"), es::toString);
        assertFalse(hasText(es, EntityType.PLACE, "德"), es::toString);
    }

    @Test
    void rareOrdinaryWordOfAbbreviationCharsIsNoPlaceEither() {
        // words the core dictionary has seen only a few times: sand, a dark horse, a minibus, "and so on"
        for (String t : new String[]{"拍拍身上的沙土，新年就回国了。", "他们以“黑马”的姿态出现。", "大客车和“中巴”争抢客人。",
                "“中奖有我一半”云云，不足为信。"}) {
            List<Entity> es = entities(t);
            assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.PLACE && e.text().length() == 1), () -> t + ": " + es);
        }
        // an abbreviation of a pair it does not know before punctuation still names two places
        List<Entity> es = entities("他们讨论了中美、中俄。");
        assertTrue(has(es, EntityType.PLACE, "美", 6), es::toString);
        assertTrue(has(es, EntityType.PLACE, "俄", 9), es::toString);
    }

    @Test
    void abbreviationCharsBeforeAScoreAreNoPlaces() {
        // 中/f 以/p before a score: "in the final, with 3 to 1", not China and Israel
        for (String t : new String[]{"皇家马德里队在欧冠联赛中以3比1战胜对手。", "他在女子50米自由泳决赛中以25秒36获胜。"}) {
            List<Entity> es = entities(t);
            assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.PLACE && e.text().length() == 1), () -> t + ": " + es);
        }
    }

    @Test
    void aClubOfTodaysSportsNewsIsAnOrganisation() {
        // 拜仁/nr to the segmenter: it was a person
        List<Entity> es = entities("皇家马德里队以3比1战胜拜仁慕尼黑队，拜仁主帅表示满意。");
        assertTrue(has(es, EntityType.ORGANIZATION, "拜仁慕尼黑队", 12), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "拜仁", 19), es::toString);
        assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.PERSON), es::toString);
    }

    @Test
    void theArmysTheatreCommandsAndServicesOfTodayAreOrganisations() {
        // none of them existed in 1998: the tagger gave 东部战区 and 火箭军 nothing
        List<Entity> es = entities("东部战区新闻发言人表示，火箭军某旅和联勤保障部队参加演习。");
        assertTrue(has(es, EntityType.ORGANIZATION, "东部战区", 0), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "火箭军", 12), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "联勤保障部队", 18), es::toString);
    }

    @Test
    void divisionNameThatIsAnOrdinaryWordIsNoPlace() {
        List<Entity> es = entities("市里安排了城区一千户下岗职工的生活。");
        assertFalse(hasText(es, EntityType.PLACE, "城区"), es::toString);
    }

    @Test
    void titleRuleNameStartsAWord() {
        List<Entity> es = entities("旅法华侨华人俱乐部主席出席了招待会。");
        assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.PERSON), es::toString);
    }

    @Test
    void nameFoundOnceIsFoundAtItsOtherOccurrences() {
        // unit-level: the rule itself, independent of what the model finds
        char[] c = "褚时健说，开除褚时健党籍。".toCharArray();
        boolean[] cut = new boolean[c.length + 1];
        for (int k : new int[]{0, 3, 4, 5, 7, 10, 12, 13}) {
            cut[k] = true;
        }
        List<org.tiqu.internal.recognize.Mention> ms = new java.util.ArrayList<>();
        ms.add(new org.tiqu.internal.recognize.Mention(EntityType.PERSON, 0, 3));
        EntityRules.propagate(c, cut, ms);
        assertEquals(2, ms.size(), ms::toString);
        assertEquals(EntityType.PERSON, ms.get(1).type());
        assertEquals(7, ms.get(1).start());
        assertEquals(10, ms.get(1).end());
    }

    @Test
    void personNameDoesNotEndWithAMiddleDot() {
        char[] c = "利兹·简广告公司".toCharArray();
        List<org.tiqu.internal.recognize.Mention> ms = new java.util.ArrayList<>();
        ms.add(new org.tiqu.internal.recognize.Mention(EntityType.PERSON, 0, 3));
        EntityRules.trimDots(c, ms);
        assertEquals(0, ms.get(0).start());
        assertEquals(2, ms.get(0).end());
    }

    @Test
    void propagationNeedsWordBoundaries() {
        char[] c = "王林说，王林业务好。".toCharArray();
        boolean[] cut = new boolean[c.length + 1];
        for (int k : new int[]{0, 2, 3, 4, 5, 7, 8, 9, 10}) {
            cut[k] = true; // no boundary at 6: the second 王林 runs into 林业
        }
        List<org.tiqu.internal.recognize.Mention> ms = new java.util.ArrayList<>();
        ms.add(new org.tiqu.internal.recognize.Mention(EntityType.PERSON, 0, 2));
        EntityRules.propagate(c, cut, ms);
        assertEquals(1, ms.size(), ms::toString);
    }

    @Test
    void threeCharNameIsFoundWhereTheSegmenterGluedItsEndToTheNextWord() {
        // 检查员|于|居洋。… 于|居洋年年|被评为: the second 于居洋 ends inside the word 居洋年年
        char[] c = "检查员于居洋。于居洋年年被评为".toCharArray();
        boolean[] cut = new boolean[c.length + 1];
        for (int k : new int[]{0, 3, 4, 6, 7, 8, 12, 13, 15}) {
            cut[k] = true;
        }
        List<org.tiqu.internal.recognize.Mention> ms = new java.util.ArrayList<>();
        ms.add(new org.tiqu.internal.recognize.Mention(EntityType.PERSON, 3, 6));
        EntityRules.propagate(c, cut, ms);
        assertEquals(2, ms.size(), ms::toString);
        assertEquals(7, ms.get(1).start());
        assertEquals(10, ms.get(1).end());
    }

    @Test
    void nameIsNotFoundAtTheStartOfOneWord() {
        // 马克思主义 is one word: the person 马克思 found elsewhere is not found in it
        char[] c = "马克思说，马克思主义".toCharArray();
        boolean[] cut = new boolean[c.length + 1];
        for (int k : new int[]{0, 3, 4, 5, 10}) {
            cut[k] = true;
        }
        List<org.tiqu.internal.recognize.Mention> ms = new java.util.ArrayList<>();
        ms.add(new org.tiqu.internal.recognize.Mention(EntityType.PERSON, 0, 3));
        EntityRules.propagate(c, cut, ms);
        assertEquals(1, ms.size(), ms::toString);
    }

    @Test
    void anOrdinaryWordFoundOnceAsANameIsNotSpread() {
        // 大厦 found once as a place (a false alarm) stays one mistake, not one per occurrence
        char[] c = "商住大厦起火，大厦底下两层为商铺。".toCharArray();
        boolean[] cut = new boolean[c.length + 1];
        for (int k : new int[]{0, 2, 4, 6, 7, 9, 11, 13, 14, 16, 17}) {
            cut[k] = true;
        }
        List<org.tiqu.internal.recognize.Mention> ms = new java.util.ArrayList<>();
        ms.add(new org.tiqu.internal.recognize.Mention(EntityType.PLACE, 2, 4));
        EntityRules.propagate(c, cut, ms);
        assertEquals(1, ms.size(), ms::toString);
    }

    @Test
    void wellKnownAbbreviatedBodiesAreOrganisationsOnly() {
        List<Entity> es = entities("北约和东盟的代表");
        assertTrue(has(es, EntityType.ORGANIZATION, "北约", 0), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "东盟", 3), es::toString);
        assertFalse(hasText(es, EntityType.PLACE, "东盟"), es::toString);
    }

    @Test
    void reporterBylineGivesThePhotographerNotTheVerb() {
        List<Entity> es = entities("（本报记者徐烨摄）");
        assertTrue(has(es, EntityType.PERSON, "徐烨", 5), es::toString);
    }

    @Test
    void aBylinesTwoCharNamePaddedWithASpaceIsOnePerson() {
        // 垚 is a rare given-name char: the tagger alone misses 黄 垚
        String text = "新华社北京12月6日电（记者 黄 垚）记者从国家林草局获悉。";
        List<Entity> es = entities(text);
        assertTrue(es.stream().anyMatch(e -> e.type() == EntityType.PERSON && e.start() == 15 && e.end() == 18
                && text.substring(e.start(), e.end()).equals("黄 垚")), es::toString);
    }

    @Test
    void aPlaceOpeningADottedUyghurNameIsTheNames() {
        // 阿里/ns 木江·吐尔逊/nr: 阿里木 is a given name of the lexicon
        List<Entity> es = entities("阿里木江·吐尔逊、古丽娜尔·艾买提等10人获得表彰。");
        assertTrue(has(es, EntityType.PERSON, "阿里木江·吐尔逊", 0), es::toString);
        assertFalse(hasText(es, EntityType.PLACE, "阿里"), es::toString);
    }

    @Test
    void aBranchInAPlaceBelongsToTheFirmNamedBeforeIt() {
        // the tagger read 深圳分公司 alone: a branch of 平安保险
        List<Entity> es = entities("平安保险深圳分公司开展客户服务节活动。");
        assertTrue(has(es, EntityType.ORGANIZATION, "平安保险深圳分公司", 0), es::toString);
    }

    @Test
    void municipalDistrictsByTheirShortNames() {
        List<Entity> es = entities("重庆渝北的企业加快转型，上海静安的也是。");
        assertTrue(has(es, EntityType.PLACE, "渝北", 2), es::toString);
        assertTrue(has(es, EntityType.PLACE, "静安", 14), es::toString);
    }

    @Test
    void thePrefectureStandsForItsPlaceBeforeABody() {
        // 自治州/n 党委书记/n, as 自治区|党委
        List<Entity> es = entities("自治州党委书记文友平出席会议。");
        assertTrue(has(es, EntityType.ORGANIZATION, "自治州党委", 0), es::toString);
        assertTrue(has(es, EntityType.PERSON, "文友平", 7), es::toString);
    }

    @Test
    void sportsStarsOfTheLexiconAreTheirWholeNames() {
        // the tagger read 谷翔平 (大 as an adjective) and 姆巴佩 after a club as a place
        List<Entity> es = entities("大谷翔平获得冠军。皇家马德里主场战胜利物浦，姆巴佩梅开二度。");
        assertTrue(has(es, EntityType.PERSON, "大谷翔平", 0), es::toString);
        assertTrue(has(es, EntityType.PERSON, "姆巴佩", 22), es::toString);
    }

    @Test
    void aCountryAndThePlaceAfterItAreTwoPlaces() {
        // the tagger read 日本福岛 as one; the segmenter 日本/ns 福岛/ns
        List<Entity> es = entities("日本福岛第一核电站核污染水排海引发关注。");
        assertTrue(has(es, EntityType.PLACE, "日本", 0), es::toString);
        assertTrue(has(es, EntityType.PLACE, "福岛", 2), es::toString);
    }

    @Test
    void noNameAtTheStartOfAModernWord() {
        // 阿肯弹唱 (the Kazakh bards' contest) is a modern word; the tagger read 阿肯 as a person
        List<Entity> es = entities("诺鲁孜节当天，哈萨克族牧民举行了阿肯弹唱会。");
        assertFalse(hasText(es, EntityType.PERSON, "阿肯"), es::toString);
    }

    @Test
    void aPlaceEndsBeforeTheCountOfAList() {
        // the tagger read 克州五地州 as one place
        String text = "巴州、阿克苏地区、喀什地区、和田地区和克州五地州联合开展研究。";
        List<Entity> es = entities(text);
        assertTrue(has(es, EntityType.PLACE, "克州", text.indexOf("克州")), es::toString);
        assertFalse(es.stream().anyMatch(e -> e.text().contains("五地州")), es::toString);
    }

    @Test
    void nameBeforeAPostNameTitle() {
        List<Entity> es = entities("要深入学习贯彻习近平总书记重要讲话精神");
        assertTrue(has(es, EntityType.PERSON, "习近平", 7), es::toString);
    }

    @Test
    void reduplicatedWordIsNoName() {
        List<Entity> es = entities("美丽新画卷正徐徐展开");
        assertFalse(es.stream().anyMatch(e -> e.type() == EntityType.PERSON), es::toString);
    }

    @Test
    void transliteratedNameAcrossAMiddleDotIsOnePerson() {
        List<Entity> es = entities("电脑业巨头比尔·盖茨宣布捐款");
        assertTrue(has(es, EntityType.PERSON, "比尔·盖茨", 5), es::toString);
    }

    @Test
    void properNounOfTheCoreDictionaryBeforeACompanyEndingIsABrand() {
        List<org.tiqu.internal.seg.Word> words = List.of(new org.tiqu.internal.seg.Word("西门子", 0, 3, "n"),
                new org.tiqu.internal.seg.Word("公司", 3, 5, "n"), new org.tiqu.internal.seg.Word("航空", 5, 7, "n"),
                new org.tiqu.internal.seg.Word("公司", 7, 9, "n"));
        int[] brand = new int[9];
        NerRecognizer.dictionaryBrands(words, brand);
        assertEquals(3, brand[0]);
        assertEquals(0, brand[5], "航空 is a common noun");
    }

    @Test
    void countrysMissionIsAnOrganisationButNotAfterZhu() {
        List<Entity> es = entities("钱其琛为中国驻南非大使馆揭开馆牌。贺信飞向中国大使馆。");
        assertTrue(has(es, EntityType.ORGANIZATION, "中国驻南非大使馆", 4), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "中国大使馆", 21), es::toString);
        List<Entity> unowned = entities("我国驻美国大使馆举行招待会");
        assertFalse(unowned.stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION), unowned::toString);
    }

    @Test
    void aSurnameAndLaoBeforePunctuationAreNoPairOfCountries() {
        List<Entity> es = entities("我们去看望了冰心老人和巴老。");
        assertFalse(es.stream().anyMatch(e -> e.type() == EntityType.PLACE), es::toString);
        List<Entity> pair = entities("双方回顾了中老。");
        assertFalse(pair.stream().anyMatch(e -> e.type() == EntityType.PLACE), pair::toString);
        List<Entity> relations = entities("中老关系发展顺利。");
        assertTrue(has(relations, EntityType.PLACE, "老", 1), relations::toString);
    }

    @Test
    void doubleBarrelledNameAcrossADashIsOnePersonButAnIndexIsNot() {
        List<Entity> es = entities("挪威政府最近任命罗德—拉森为驻中东巡回大使");
        assertTrue(has(es, EntityType.PERSON, "罗德—拉森", 8), es::toString);
        List<Entity> index = entities("道—琼斯指数下跌");
        assertFalse(index.stream().anyMatch(e -> e.type() == EntityType.PERSON), index::toString);
    }

    @Test
    void nameDoesNotSwallowTheWordAfterIt() {
        List<Entity> es = entities("州长郑敏一同调研");
        assertTrue(has(es, EntityType.PERSON, "郑敏", 2), es::toString);
    }

    @Test
    void placeShortFormBeforeRenMeansPeopleFromThere() {
        List<Entity> es = entities("只因木垒人转变发展观念");
        assertTrue(has(es, EntityType.PLACE, "木垒", 2), es::toString);
        assertFalse(hasText(es, EntityType.PERSON, "木垒"), es::toString);
    }

    @Test
    void militaryUnitPatterns() {
        assertEquals(3, EntityRules.military("第六师".toCharArray(), 0));
        assertEquals(4, EntityRules.military("一〇二团".toCharArray(), 0));
        assertEquals(0, EntityRules.military("六师".toCharArray(), 0));
        assertEquals(0, EntityRules.military("第六届".toCharArray(), 0));
        // a division without 第: after 兵团 or before its city, not elsewhere
        assertEquals(2, EntityRules.military("六师五家渠市".toCharArray(), 0));
        assertEquals(5, EntityRules.military("兵团十四师".toCharArray(), 2));
        assertEquals(0, EntityRules.military("一师一校".toCharArray(), 0));
        assertEquals(0, EntityRules.military("兵团十五师".toCharArray(), 2));
        // numbered bureaus of the state construction groups
        assertEquals(4, EntityRules.military("中建三局新疆分公司".toCharArray(), 0));
        assertEquals(5, EntityRules.military("中铁十七局".toCharArray(), 0));
        assertEquals(5, EntityRules.military("中交一公局".toCharArray(), 0));
        assertEquals(0, EntityRules.military("中建局".toCharArray(), 0));
    }

    @Test
    void aNumberedBureauAndItsBranchAreOneOrganisation() {
        List<Entity> es = entities("中建三局新疆分公司项目经理李刚介绍");
        assertTrue(has(es, EntityType.ORGANIZATION, "中建三局新疆分公司", 0), es::toString);
    }

    @Test
    void militaryEndsInOnePassAgreeWithMilitaryAtEveryOffset() {
        String alphabet = "第一二〇0六百师团届兵x中建局公";
        java.util.Random r = new java.util.Random(11);
        for (int round = 0; round < 2000; round++) {
            char[] c = new char[r.nextInt(16)];
            for (int i = 0; i < c.length; i++) {
                c[i] = alphabet.charAt(r.nextInt(alphabet.length()));
            }
            int[] ends = EntityRules.militaryEnds(c);
            for (int i = 0; i < c.length; i++) {
                assertEquals(EntityRules.military(c, i), ends[i], new String(c) + " at " + i);
            }
        }
    }

    @Test
    void seedPageGoldenEntities() throws IOException {
        assumeTrue(Files.isRegularFile(SEED), "seed page not found at " + SEED.toAbsolutePath());
        String t = Files.readString(SEED);
        List<Entity> es = entities(t);
        for (Entity e : es) {
            assertEquals(e.text(), t.substring(e.start(), e.end()).replaceAll("\\s", ""), "offsets of " + e);
        }
        String[][] expected = {
                {"PERSON", "曾艳阳"}, {"PERSON", "郑敏"}, {"PERSON", "宋宏利"}, {"PERSON", "靖大伟"}, {"PERSON", "孙学良"},
                {"PERSON", "张建军"}, {"PERSON", "李长江"}, {"PERSON", "王路平"}, {"PERSON", "刘鹏辉"}, {"PERSON", "习近平"},
                {"PLACE", "五家渠市"}, {"PLACE", "木垒"}, {"PLACE", "昌吉州"}, {"PLACE", "新疆"},
                {"ORGANIZATION", "兵团第六师"}, {"ORGANIZATION", "新疆航天兆丰科技有限公司"},
                {"ORGANIZATION", "新疆天鹅现代农业机械装备有限公司"}, {"ORGANIZATION", "新疆信发铝业公司"},
                {"ORGANIZATION", "昌吉州党委"}, {"ORGANIZATION", "兵团第六师五家渠市党委"}};
        for (String[] x : expected) {
            int start = t.indexOf(x[1]);
            EntityType type = EntityType.valueOf(x[0]);
            assertTrue(es.stream().anyMatch(e -> e.type() == type && e.text().equals(x[1])), x[1] + " in " + es);
            if (start >= 0) {
                int s = start;
                assertTrue(es.stream().anyMatch(e -> e.type() == type && e.start() >= s), x[1]);
            }
        }
        // the first mention of the division city party committee, at its exact place
        int at = t.indexOf("兵团第六师五家渠市党委");
        assertTrue(has(es, EntityType.ORGANIZATION, "兵团第六师五家渠市党委", at), es::toString);
        for (String notAPerson : new String[]{"全疆兵", "文旅", "蓝地绿", "木垒", "兆丰", "成全民", "昌吉州", "师五家", "徐徐"}) {
            assertFalse(hasText(es, EntityType.PERSON, notAPerson), notAPerson + " is no person");
        }
    }

    @Test
    void tibetanAndMongolianNamesAreWholePersonsButNotBeforeAPlaceEnding() {
        List<Entity> es = entities("西藏自治区主席洛桑江村和副主席次仁卓嘎会见了代表团。本报记者扎西顿珠报道。");
        assertTrue(has(es, EntityType.PERSON, "洛桑江村", 7), es::toString);
        assertTrue(has(es, EntityType.PERSON, "次仁卓嘎", 15), es::toString);
        assertTrue(has(es, EntityType.PERSON, "扎西顿珠", 30), es::toString);
        assertFalse(es.stream().anyMatch(e -> e.type() == EntityType.PLACE && e.start() == 7), es::toString);
        List<Entity> mongolian = entities("牧民额尔敦陶克陶和演员边巴赛马。");
        assertTrue(has(mongolian, EntityType.PERSON, "额尔敦陶克陶", 2), mongolian::toString);
        assertTrue(has(mongolian, EntityType.PERSON, "边巴", 11), mongolian::toString);
        List<Entity> places = entities("他们来到扎西岗乡和罗布泊。");
        assertFalse(places.stream().anyMatch(e -> e.type() == EntityType.PERSON), places::toString);
    }

    @Test
    void placesBeforeIntegrationAndCityClustersAreNoPersons() {
        List<Entity> es = entities("自治区党委高度重视乌昌一体化发展，推动乌昌石城市群建设。");
        assertFalse(es.stream().anyMatch(e -> e.type() == EntityType.PERSON), es::toString);
        assertTrue(has(es, EntityType.PLACE, "乌昌", 9), es::toString);
    }

    @Test
    void aSiteBeforeACompanyHeadStaysInsideTheCompany() {
        List<Entity> es = entities("新疆机场集团董事长表示，深圳机场集团公司也来了。");
        assertTrue(has(es, EntityType.ORGANIZATION, "新疆机场集团", 0), es::toString);
        assertTrue(has(es, EntityType.PLACE, "新疆", 0), es::toString);
        assertFalse(hasText(es, EntityType.PLACE, "新疆机场"), es::toString);
        assertFalse(hasText(es, EntityType.PLACE, "深圳机场"), es::toString);
        List<Entity> airport = entities("代表团抵达大理机场。");
        assertTrue(has(airport, EntityType.PLACE, "大理机场", 5), airport::toString);
    }

    @Test
    void aCharBetweenATitleAndADottedNameStartsTheName() {
        List<Entity> es = entities("管委会主任如先古丽·吾斯曼介绍了情况。");
        assertTrue(has(es, EntityType.PERSON, "如先古丽·吾斯曼", 5), es::toString);
        List<Entity> linked = entities("自治区副主席和艾尔肯·吐尼亚孜一同调研。");
        assertTrue(has(linked, EntityType.PERSON, "艾尔肯·吐尼亚孜", 7), linked::toString);
    }

    @Test
    void noPlaceEndsInsideATransferProject() {
        List<Entity> es = entities("实施西电东送工程，推进西气东输二线建设。");
        assertFalse(es.stream().anyMatch(e -> e.type() == EntityType.PLACE), es::toString);
    }

    @Test
    void anOrganisationNamedAfterADashedPairOfPlacesStartsAtTheFirst() {
        List<Entity> es = entities("奎屯—独山子经济技术开发区管委会主任介绍了情况。");
        assertTrue(has(es, EntityType.ORGANIZATION, "奎屯—独山子经济技术开发区管委会", 0), es::toString);
        List<Entity> places = entities("张北—尚义地区地震灾区。");
        assertFalse(places.stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION), places::toString);
    }

    @Test
    void aNameTheDictionaryKnowsAsACompanyIsAPersonBetweenATitleAndSaying() {
        List<Entity> es = entities("新疆金风科技股份有限公司董事长武钢表示，将继续扩大产能。");
        assertTrue(has(es, EntityType.PERSON, "武钢", 15), es::toString);
        List<Entity> company = entities("武钢表示将继续扩大产能。");
        assertFalse(hasText(company, EntityType.PERSON, "武钢"), company::toString);
    }

    @Test
    void theBodyThatBuildsAProjectIsNamedAfterIt() {
        List<Entity> es = entities("南水北调中线干线工程建设管理局召开会议。");
        assertTrue(has(es, EntityType.ORGANIZATION, "南水北调中线干线工程建设管理局", 0), es::toString);
        List<Entity> rail = entities("京沪高速铁路建设指挥部成立。");
        assertTrue(has(rail, EntityType.ORGANIZATION, "京沪高速铁路建设指挥部", 0), rail::toString);
        List<Entity> reform = entities("加快推进水利工程建设管理体制改革。");
        assertFalse(reform.stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION), reform::toString);
    }

    @Test
    void theBodyOfPairedAssistanceIsNamedAfterBothPlaces() {
        List<Entity> es = entities("广东省对口支援新疆工作前方指挥部总指挥陪同调研。");
        assertTrue(has(es, EntityType.ORGANIZATION, "广东省对口支援新疆工作前方指挥部", 0), es::toString);
        // the policy term in the body's name is no policy mention (policy/GUIDELINE.md, 2.2)
        assertFalse(es.stream().anyMatch(e -> e.type() == EntityType.POLICY), es::toString);
        List<Entity> city = entities("北京市对口支援和田指挥部总指挥看望援疆干部。");
        assertTrue(has(city, EntityType.ORGANIZATION, "北京市对口支援和田指挥部", 0), city::toString);
        List<Entity> verb = entities("广东省对口支援新疆，成效显著。");
        assertFalse(verb.stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION), verb::toString);
    }

    @Test
    void aLevelsWorkingCommitteeForItsOwnOrgansIsOneBody() {
        List<Entity> region = entities("自治区直属机关工委副书记张明出席会议。");
        assertTrue(has(region, EntityType.ORGANIZATION, "自治区直属机关工委", 0), region::toString);
        assertTrue(has(region, EntityType.PERSON, "张明", 12), region::toString);
        List<Entity> corps = entities("兵团直属机关党工委召开会议。");
        assertTrue(has(corps, EntityType.ORGANIZATION, "兵团直属机关党工委", 0), corps::toString);
        // 直 short for 直属 (州直机关, 市直单位)
        List<Entity> prefecture = entities("伊犁州直机关工委、伊宁市委组织部联合开展主题党日活动。");
        assertTrue(has(prefecture, EntityType.ORGANIZATION, "伊犁州直机关工委", 0), prefecture::toString);
    }

    @Test
    void aFarmOfADivisionIsOneOfItsRegimentsBeforeItsBody() {
        List<Entity> farm = entities("第十四师昆玉市皮山农场党委召开会议。");
        assertTrue(has(farm, EntityType.ORGANIZATION, "第十四师昆玉市皮山农场党委", 0), farm::toString);
        List<Entity> ranch = entities("第六师北塔山牧场党委召开会议。");
        assertTrue(has(ranch, EntityType.ORGANIZATION, "第六师北塔山牧场党委", 0), ranch::toString);
        // an institution named by its own place stays apart from the division
        List<Entity> school = entities("第一师阿拉尔市塔里木大学举行开学典礼。");
        assertTrue(has(school, EntityType.ORGANIZATION, "第一师", 0), school::toString);
    }

    @Test
    void aPartyDepartmentWithoutItsPlaceIsNoOrganisationAsPeoplesDailyWritesIt() {
        List<Entity> bare = entities("会议由州委宣传部、州委组织部、州委统战部联合举办。");
        assertFalse(bare.stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION), bare::toString);
        List<Entity> placed = entities("伊宁市委组织部和昌吉州委宣传部联合举办培训班。");
        assertTrue(has(placed, EntityType.ORGANIZATION, "伊宁市委组织部", 0), placed::toString);
        assertTrue(has(placed, EntityType.ORGANIZATION, "昌吉州委宣传部", 8), placed::toString);
    }

    @Test
    void aCompanysPlantNamedByItsPlaceIsPartOfTheCompanysName() {
        List<Entity> plant = entities("随后来到特变电工股份有限公司新疆变压器厂。");
        assertTrue(has(plant, EntityType.ORGANIZATION, "特变电工股份有限公司新疆变压器厂", 4), plant::toString);
        List<Entity> listed = entities("特变电工股份有限公司、新疆变压器厂负责人出席。");
        assertTrue(has(listed, EntityType.ORGANIZATION, "特变电工股份有限公司", 0), listed::toString);
    }

    @Test
    void aStormsNameInQuotesIsNoPerson() {
        List<Entity> storm = entities("今年第5号台风“杜苏芮”已于今天上午登陆。");
        assertFalse(storm.stream().anyMatch(e -> e.type() == EntityType.PERSON), storm::toString);
        List<Entity> after = entities("台风“海燕”过后，村民张建国说。");
        assertTrue(has(after, EntityType.PERSON, "张建国", 11), after::toString);
        // nor a place inside it (was PLACE 加沙); the places it reaches stay
        List<Entity> place = entities("台风“桦加沙”在广东阳江沿海登陆。");
        assertFalse(hasText(place, EntityType.PLACE, "加沙"), place::toString);
        assertTrue(has(place, EntityType.PLACE, "阳江", 10), place::toString);
        // a user's nickname in quotes holds no place (was PLACE 天山); a quoted place alone stays
        List<Entity> user = entities("网友“天山雪莲”在微博上发文称赞。他来自“天山”脚下。");
        assertFalse(has(user, EntityType.PLACE, "天山", 3), user::toString);
        assertTrue(hasText(user, EntityType.PLACE, "天山"), user::toString);
    }

    @Test
    void anOfficersServiceBeforeHisRankIsNoPartOfHisName() {
        List<Entity> spokesman = entities("东部战区新闻发言人施毅陆军大校发表谈话。");
        assertTrue(has(spokesman, EntityType.PERSON, "施毅", 9), spokesman::toString);
        assertFalse(spokesman.stream().anyMatch(e -> e.text().contains("陆军")), spokesman::toString);
        List<Entity> named = entities("王海军大校出席。"); // 海军 is his given name here
        assertTrue(has(named, EntityType.PERSON, "王海军", 0), named::toString);
    }

    @Test
    void internationalBodiesAndBroadcastersAreOrganisations() {
        List<Entity> police = entities("国际刑警组织发布了红色通缉令。");
        assertTrue(has(police, EntityType.ORGANIZATION, "国际刑警组织", 0), police::toString);
        List<Entity> tv = entities("凤凰卫视记者从现场发回报道。");
        assertTrue(has(tv, EntityType.ORGANIZATION, "凤凰卫视", 0), tv::toString);
        // People's Daily writes the network without nt (美国/ns 有线电视/n 新闻网/n): only the country is a name
        List<Entity> cnn = entities("据美国有线电视新闻网报道，事件引发关注。");
        assertFalse(cnn.stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION), cnn::toString);
    }

    @Test
    void aZoneNamedWithItsHostDistrictInBracketsHeadsItsBodies() {
        List<Entity> es = entities("乌鲁木齐高新技术产业开发区（新市区）党工委召开会议。");
        // the text is the clean surface (brackets folded); the span is the source's
        assertTrue(has(es, EntityType.ORGANIZATION, "乌鲁木齐高新技术产业开发区(新市区)党工委", 0), es::toString);
        assertTrue(has(es, EntityType.PLACE, "新市区", 14), es::toString);
        List<Entity> alone = entities("会议在乌鲁木齐高新技术产业开发区（新市区）举行。");
        assertFalse(alone.stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION && e.text().contains("新市区")),
                alone::toString);
    }

    @Test
    void theDatelinesPlaceIsTheLexiconsPlaceBeforeItsDate() {
        List<Entity> es = entities("本报五家渠讯（记者 张三）8月15日，薛斌到第六师调研。");
        assertTrue(has(es, EntityType.PLACE, "五家渠", 2), es::toString);
        List<Entity> dated = entities("本报石河子8月15日讯 近日，八师石河子市召开会议。");
        assertTrue(has(dated, EntityType.PLACE, "石河子", 2), dated::toString);
        assertFalse(hasText(dated, EntityType.PLACE, "石河子8"), dated::toString);
        List<Entity> bare = entities("本报石河子讯 近日，八师石河子市召开会议。");
        assertTrue(has(bare, EntityType.PLACE, "石河子", 2), bare::toString);
        assertFalse(hasText(bare, EntityType.PLACE, "石河子讯"), bare::toString);
    }

    @Test
    void aNameDoesNotTakeTheFirstCharOfAVerbOfReportingAfterIt() {
        // the segmenter reads 张|华通|报: 通 starts 通报, not a given name's third char
        List<Entity> es = entities("州纪委监委派驻第三纪检监察组组长张华通报情况。");
        assertTrue(has(es, EntityType.PERSON, "张华", 16), es::toString);
        assertFalse(hasText(es, EntityType.PERSON, "张华通"), es::toString);
    }

    @Test
    void aFreeTradeZoneIsOnePlaceWithItsArea() {
        List<Entity> es = entities("中国（新疆）自由贸易试验区乌鲁木齐片区揭牌。");
        assertTrue(has(es, EntityType.PLACE, "中国(新疆)自由贸易试验区乌鲁木齐片区", 0), es::toString);
        List<Entity> port = entities("海南自由贸易港建设全面推进。");
        assertTrue(has(port, EntityType.PLACE, "海南自由贸易港", 0), port::toString);
        // the area is taken only as one run of Han chars ending in 片区
        List<Entity> comma = entities("新疆自贸试验区，片区建设加快。");
        assertTrue(has(comma, EntityType.PLACE, "新疆自贸试验区", 0), comma::toString);
    }

    @Test
    void centralPartyBodiesOfTheReformsAreOrganisations() {
        List<Entity> es = entities("中央全面深化改革委员会第三次会议召开，中央全面依法治国委员会办公室负责人介绍。");
        assertTrue(has(es, EntityType.ORGANIZATION, "中央全面深化改革委员会", 0), es::toString);
        assertTrue(hasText(es, EntityType.ORGANIZATION, "中央全面依法治国委员会办公室"), es::toString);
        assertFalse(es.stream().anyMatch(e -> e.type() == EntityType.POLICY), es::toString);
    }

    @Test
    void anOrdinaryWordStaysAPersonInAListOfNamesWithNotes() {
        // 马力 (horsepower) beside persons whose notes in brackets stand between them and the 、
        List<Entity> es = entities("获奖者包括：刘洋（女）、陈刚（男）、马力（回族）。");
        assertTrue(has(es, EntityType.PERSON, "马力", 18), es::toString);
    }
    @Test
    void aUyghurNameEndingIn地IsNotCutBeforeIt() {
        // the segmenter reads 吐尔|地 (the particle)|带领; 吐尔地 (Turdi) is the name
        List<Entity> es = entities("县长艾合买提·吐尔地带领干部下乡。");
        assertTrue(has(es, EntityType.PERSON, "艾合买提·吐尔地", 2), es::toString);
        List<Entity> alone = entities("县长艾合买提·吐尔地主持会议。");
        assertTrue(has(alone, EntityType.PERSON, "艾合买提·吐尔地", 2), alone::toString);
    }

    @Test
    void aMergedCultureSportsBroadcastingAndTourismBureauIsOneOrganisation() {
        List<Entity> es = entities("伊犁州文化体育广播电视和旅游局局长马兰花参加了活动。");
        assertTrue(has(es, EntityType.ORGANIZATION, "伊犁州文化体育广播电视和旅游局", 0), es::toString);
        assertTrue(has(es, EntityType.PERSON, "马兰花", 17), es::toString);
    }
    @Test
    void aCompanyRegisteredWithItsSeatInBracketsIsOneOrganisation() {
        List<Entity> es = entities("腾讯科技（深圳）有限公司起诉了一家公司。");
        assertTrue(has(es, EntityType.ORGANIZATION, "腾讯科技(深圳)有限公司", 0), es::toString);
        assertFalse(hasText(es, EntityType.ORGANIZATION, "腾讯"), es::toString);
        // the segmenter reads 百/m 度/q 在线/vn, and the tagger's company started inside 在线 (线网络技术…)
        List<Entity> baidu = entities("百度在线网络技术（北京）有限公司与新疆大学签署协议。");
        assertTrue(has(baidu, EntityType.ORGANIZATION, "百度在线网络技术(北京)有限公司", 0), baidu::toString);
        assertFalse(hasText(baidu, EntityType.ORGANIZATION, "百度"), baidu::toString);
    }
    @Test
    void aPlaceTheTaggerEndsOneCharShortOfAKnownPlaceIsTheKnownPlace() {
        // the segmenter reads 托克/nr 逊/Vg 段/Ng; was PLACE 托克
        List<Entity> es = entities("小草湖至托克逊段发生一起交通事故。");
        assertTrue(has(es, EntityType.PLACE, "托克逊", 4), es::toString);
        assertFalse(hasText(es, EntityType.PLACE, "托克"), es::toString);
    }
    @Test
    void taiwansYuanAreOrganisations() {
        List<Entity> es = entities("他在立法院答询时表示，监察院将依法调查。");
        assertTrue(has(es, EntityType.ORGANIZATION, "立法院", 2), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "监察院", 11), es::toString);
    }
    @Test
    void nationalInstitutionsCitedAsSourcesAreOrganisations() {
        // were PLACE 中国 alone
        List<Entity> es = entities("中国疾病预防控制中心发布报告。中国地震台网中心正式测定。");
        assertTrue(has(es, EntityType.ORGANIZATION, "中国疾病预防控制中心", 0), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "中国地震台网中心", 15), es::toString);
    }
    @Test
    void armedGroupsAndRefugeeAgenciesOfTodaysNewsAreOrganisations() {
        // were PLACE 胡塞 and ORGANIZATION 联合国 alone
        List<Entity> es = entities("胡塞武装宣布袭击商船。联合国近东巴勒斯坦难民救济和工程处发出警告。");
        assertTrue(has(es, EntityType.ORGANIZATION, "胡塞武装", 0), es::toString);
        assertFalse(hasText(es, EntityType.PLACE, "胡塞"), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "联合国近东巴勒斯坦难民救济和工程处", 11), es::toString);
    }
    @Test
    void xinjiangProduceIsNoPlaceOrPerson() {
        // were PLACE 巴旦木 (segmenter: 巴旦木/ns), PERSON 恰玛古, PLACE 香梨
        List<Entity> es = entities("莎车县的巴旦木远销各地。恰玛古被当地人称为长寿菜。若羌红枣和库尔勒香梨深受喜爱。"
                + "市民通过微信、支付宝和云闪付缴费。"); // 云闪付, a payment app, gave PLACE
        // 若羌 and 库尔勒 are places, as People's Daily writes a place's produce apart from it
        assertEquals(List.of("莎车县", "若羌", "库尔勒"), es.stream().filter(e -> e.type() == EntityType.PLACE
                || e.type() == EntityType.PERSON).map(Entity::text).toList(), es::toString);
    }
    @Test
    void theCommitteeOfAnEventHeldInAPlaceIsOneOrganisation() {
        // both gave PLACE 杭州 / 北京 alone
        List<Entity> es = entities("杭州第19届亚运会组委会公布了名单，北京冬奥会组委会发布了吉祥物。");
        assertTrue(has(es, EntityType.ORGANIZATION, "杭州第19届亚运会组委会", 0), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "北京冬奥会组委会", 18), es::toString);
        // of two places in a row, the nearest names the event, as People's Daily tags it (was the whole from 日本)
        List<Entity> two = entities("日本长野冬奥会组委会官员宣布。");
        assertTrue(has(two, EntityType.ORGANIZATION, "长野冬奥会组委会", 2), two::toString);
        assertTrue(has(two, EntityType.PLACE, "日本", 0), two::toString);
        // a dash is no part of an event's name between the place and the committee
        List<Entity> dash = entities("中国—亚欧博览会组委会办公室发布通知。");
        assertFalse(dash.stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION && e.start() == 0
                && e.text().endsWith("组委会")), dash::toString);
    }
    @Test
    void aGrowersWordIsNoPartOfTheUyghurNameAfterIt() {
        // the segmenter reads 棉农吾斯曼·吐尔逊 as one word
        List<Entity> es = entities("来自沙雅县的棉农吾斯曼·吐尔逊告诉记者。");
        assertTrue(has(es, EntityType.PERSON, "吾斯曼·吐尔逊", 8), es::toString);
    }

    @Test
    void aUyghurWomansNameEndingIn古丽KeepsItsFirstChars() {
        // the segmenter reads 热/a 汗/n 古丽/nr
        List<Entity> es = entities("亚尔镇的居民热汗古丽说，今年收入增加了。");
        assertTrue(has(es, EntityType.PERSON, "热汗古丽", 6), es::toString);
        List<Entity> verb = entities("村民阿依古丽说。");
        assertTrue(has(verb, EntityType.PERSON, "阿依古丽", 2), verb::toString);
    }
    @Test
    void aVillageTheSegmenterCutInTwoAfterItsTownshipIsOnePlace() {
        // 阔纳/ns 巴扎村/ns
        List<Entity> es = entities("疏附县托克扎克镇阔纳巴扎村第一书记张伟说。");
        assertTrue(has(es, EntityType.PLACE, "阔纳巴扎村", 8), es::toString);
        assertFalse(hasText(es, EntityType.PLACE, "阔纳"), es::toString);
        assertTrue(has(es, EntityType.PLACE, "托克扎克镇", 3), es::toString);
    }
    @Test
    void aNewsSitesDatelineNamesTheSite() {
        // the segmenter reads 天山|网讯 and 新华|网讯
        List<Entity> es = entities("天山网讯（记者 王刚）11月28日，自治区召开会议。");
        assertTrue(has(es, EntityType.ORGANIZATION, "天山网", 0), es::toString);
        assertFalse(hasText(es, EntityType.PLACE, "天山"), es::toString);
        List<Entity> xinhua = entities("新华网讯 会议在京召开。");
        assertTrue(has(xinhua, EntityType.ORGANIZATION, "新华网", 0), xinhua::toString);
        assertFalse(xinhua.stream().anyMatch(e -> e.type() == EntityType.PLACE && e.start() == 0), xinhua::toString);
    }
    @Test
    void aVillageNamedByOrdinaryWordsAfterItsTownshipIsAPlace() {
        // 月亮/n 地/u 村/n
        List<Entity> es = entities("调研组来到英格堡乡月亮地村，实地察看。");
        assertTrue(has(es, EntityType.PLACE, "月亮地村", 9), es::toString);
        List<Entity> common = entities("意大利南方莫托拉镇郊区农村发生地震。");
        assertFalse(hasText(common, EntityType.PLACE, "郊区农村"), common::toString);
        List<Entity> every = entities("西湖镇各村都建起了文化室。");
        assertFalse(every.stream().anyMatch(e -> e.text().endsWith("村")), every::toString);
        // 边境/s 小康村/n: a kind of village the core dictionary knows
        List<Entity> kind = entities("西藏自治区日喀则市亚东县下司马镇边境小康村。");
        assertTrue(has(kind, EntityType.PLACE, "下司马镇", 12), kind::toString);
        assertFalse(kind.stream().anyMatch(e -> e.text().endsWith("村")), kind::toString);
    }
    @Test
    void abbreviationCharsTheSegmenterReadsAsFunctionWordsBeforePunctuationAreNoPlaces() {
        // 以/p 德/n, 台/q 中/f: a preposition and a noun, a measure and a locative
        for (String t : new String[]{"孔子主张“道之以德，齐之以礼”。", "据统计，这1500台中，有质量问题的不少。"}) {
            List<Entity> es = entities(t);
            assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.PLACE && e.text().length() == 1), () -> t + ": " + es);
        }
    }
    @Test
    void aLawFirmAfterItsPlaceIsAnOrganisationWhateverItsTradeNameReadsAs() {
        // 大成/v
        List<Entity> es = entities("委托诉讼代理人：王五，北京市大成律师事务所律师。");
        assertTrue(has(es, EntityType.ORGANIZATION, "北京市大成律师事务所", 11), es::toString);
        List<Entity> setUp = entities("他在北京成立律师事务所。");
        assertFalse(setUp.stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION), setUp::toString);
    }
    @Test
    void aTeamNamedByItsPlaceAndSponsorIsOneOrganisation() {
        List<Entity> es = entities("新疆广汇男篮主教练刘维伟赛后接受了采访。");
        assertTrue(has(es, EntityType.ORGANIZATION, "新疆广汇男篮", 0), es::toString);
        assertFalse(hasText(es, EntityType.PLACE, "广汇"), es::toString);
        List<Entity> four = entities("浙江稠州金租男篮客场告负。");
        assertTrue(has(four, EntityType.ORGANIZATION, "浙江稠州金租男篮", 0), four::toString);
        // a tournament and a group are no sponsors
        List<Entity> cup = entities("古巴等女排参加了广州四国女足邀请赛。");
        assertFalse(cup.stream().anyMatch(e -> e.text().contains("等女排") || e.text().contains("四国女足")), cup::toString);
    }
    @Test
    void aHyphenatedFirstNameBelongsToThePerson() {
        // 外长|让/v|-诺埃尔·巴罗/nr
        List<Entity> es = entities("法国外长让-诺埃尔·巴罗在巴黎会见了客人。");
        assertTrue(has(es, EntityType.PERSON, "让-诺埃尔·巴罗", 4), es::toString);
    }
    @Test
    void aDevelopmentZoneWordIsNoPlaceByItselfAfterItsPlace() {
        List<Entity> es = entities("李强在准东经济技术开发区调研。");
        assertTrue(has(es, EntityType.PLACE, "准东经济技术开发区", 3), es::toString);
        assertFalse(hasText(es, EntityType.PLACE, "经济技术开发区"), es::toString);
    }

    @Test
    void noOrganisationEndsInAClauseVerb() {
        List<Entity> es = entities("宁德时代与特斯拉签署新的电池供应协议。");
        assertTrue(has(es, EntityType.ORGANIZATION, "宁德时代", 0), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "特斯拉", 5), es::toString);
        assertFalse(es.stream().anyMatch(e -> e.text().endsWith("签署")), es::toString);
    }

    @Test
    void placesBeforeHeadquartersAreNoOrganisation() {
        List<Entity> es = entities("苹果公司首席执行官库克在加州库比蒂诺总部发布了新款手机。");
        assertTrue(has(es, EntityType.PLACE, "加州", 12), es::toString);
        assertTrue(has(es, EntityType.PLACE, "库比蒂诺", 14), es::toString);
        assertFalse(es.stream().anyMatch(e -> e.text().endsWith("总部")), es::toString);
    }

    @Test
    void clubsNamedByPlaceAndSponsorAroundAScoreAreOrganisations() {
        List<Entity> es = entities("辽宁本钢主场以102比95战胜广东东莞大益，郭艾伦砍下25分。");
        assertTrue(has(es, EntityType.ORGANIZATION, "辽宁本钢", 0), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "广东东莞大益", 15), es::toString);
        List<Entity> away = entities("上海海港客场2比1击败山东泰山，提前夺得联赛冠军。");
        assertTrue(has(away, EntityType.ORGANIZATION, "山东泰山", 11), away::toString);
        assertFalse(hasText(away, EntityType.PLACE, "泰山"), away::toString);
        // the tagger's place that runs the team on into 客场 gives way (was PLACE 北京国安客场, 上海海港客场)
        assertTrue(has(away, EntityType.ORGANIZATION, "上海海港", 0), away::toString);
        List<Entity> guoan = entities("北京国安客场2比1战胜山东泰山。");
        assertTrue(has(guoan, EntityType.ORGANIZATION, "北京国安", 0), guoan::toString);
        assertFalse(guoan.stream().anyMatch(e -> e.text().endsWith("客场")), guoan::toString);
        List<Entity> after = entities("北京首钢队以98比90战胜新疆广汇队后，排名升至第二。");
        assertTrue(has(after, EntityType.ORGANIZATION, "新疆广汇队", 13), after::toString);
        List<Entity> country = entities("中国以3比0战胜日本，取得开门红。"); // a place alone stays a place
        assertTrue(has(country, EntityType.PLACE, "日本", 8), country::toString);
        assertFalse(country.stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION), country::toString);
    }

    @Test
    void aNameBeforeATradeWordIsACompany() {
        List<Entity> es = entities("中国证监会对康美药业财务造假案作出行政处罚决定。");
        assertTrue(has(es, EntityType.ORGANIZATION, "康美药业", 6), es::toString);
        assertFalse(es.stream().anyMatch(e -> e.type() == EntityType.PERSON), es::toString);
    }

    @Test
    void aTransliteratedNameAfterAResultVerbIsTheOpponent() {
        List<Entity> es = entities("德约科维奇在温网决赛中击败阿尔卡拉斯。");
        assertTrue(has(es, EntityType.PERSON, "阿尔卡拉斯", 13), es::toString);
        assertFalse(hasText(es, EntityType.PLACE, "阿尔卡拉斯"), es::toString);
        List<Entity> country = entities("中国女排3比2战胜塞尔维亚，晋级决赛。");
        assertTrue(hasText(country, EntityType.PLACE, "塞尔维亚"), country::toString);
        assertFalse(country.stream().anyMatch(e -> e.type() == EntityType.PERSON), country::toString);
    }

    @Test
    void aJapaneseFamilyNameTheSegmenterTookForABrandStartsAPerson() {
        List<Entity> es = entities("孙颖莎4比1战胜伊藤美诚。");
        assertTrue(has(es, EntityType.PERSON, "伊藤美诚", 8), es::toString);
    }

    @Test
    void aDepartmentEndingIn司IsAnOrganisation() {
        List<Entity> es = entities("香港特区政府财政司司长陈茂波发表财政预算案。");
        assertTrue(has(es, EntityType.ORGANIZATION, "香港特区政府财政司", 0), es::toString);
    }

    @Test
    void directionsAreNoNamesOrPlaces() {
        List<Entity> drive = entities("向东行驶约500米后右转。");
        assertFalse(drive.stream().anyMatch(e -> e.type() == EntityType.PERSON), drive::toString);
        List<Entity> byline = entities("记者向东报道。");
        assertTrue(has(byline, EntityType.PERSON, "向东", 2), byline::toString);
        List<Entity> storm = entities("台风“摩羯”以每小时20公里的速度向西偏北方向移动。");
        assertFalse(hasText(storm, EntityType.PLACE, "西偏北"), storm::toString);
    }

    @Test
    void aWarshipNamedAfterAPlaceIsNoPlace() {
        List<Entity> es = entities("海军山东舰编队完成远海实战化训练，福建舰完成首次海试。");
        assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.PLACE), es::toString);
        List<Entity> fleet = entities("南海舰队在南海开展训练。"); // a fleet is no ship
        assertTrue(hasText(fleet, EntityType.PLACE, "南海"), fleet::toString);
    }

    @Test
    void aBranchWordTheSegmenterCutInTwoEndsTheFirmsBranch() {
        // 分/v 所/u: the law firm's Shanghai office is one organisation
        List<Entity> es = entities("北京市金杜律师事务所上海分所出具了法律意见书。");
        assertTrue(has(es, EntityType.ORGANIZATION, "北京市金杜律师事务所上海分所", 0), es::toString);
    }

    @Test
    void aCongressAfterABareLevelIsTheLevels() {
        List<Entity> es = entities("市人大常委会副主任张国强、区政协委员李明出席。");
        assertTrue(has(es, EntityType.ORGANIZATION, "市人大常委会", 0), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "区政协", 13), es::toString);
        assertFalse(hasText(es, EntityType.ORGANIZATION, "人大常委会"), es::toString);
        List<Entity> named = entities("昌吉州人大常委会主任胡新民出席。");
        assertTrue(has(named, EntityType.ORGANIZATION, "昌吉州人大常委会", 0), named::toString);
        // and the level's people's organisations
        List<Entity> unions = entities("大赛由州人社局、州总工会、团州委联合主办。");
        assertTrue(has(unions, EntityType.ORGANIZATION, "州总工会", 8), unions::toString);
    }

    @Test
    void aSpaceStationIsNoOrganisation() {
        List<Entity> es = entities("航天员蔡旭哲、宋令东、王浩泽顺利进驻中国空间站。");
        assertFalse(es.stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION), es::toString);
        assertTrue(has(es, EntityType.PERSON, "王浩泽", 11), es::toString);
    }

    @Test
    void aTrenchOrCanyonAfterAPlaceIsOnePlace() {
        List<Entity> es = entities("潜水器在马里亚纳海沟完成深潜，科考队走进雅鲁藏布大峡谷。");
        assertTrue(has(es, EntityType.PLACE, "马里亚纳海沟", 4), es::toString);
        assertTrue(hasText(es, EntityType.PLACE, "雅鲁藏布大峡谷"), es::toString);
    }

    @Test
    void aForeignCityReadInPartAsAPersonAndAnArmyAreNoPersons() {
        List<Entity> es = entities("叙利亚反对派武装攻占阿勒颇，巴沙尔政权倒台。");
        assertTrue(has(es, EntityType.PLACE, "阿勒颇", 10), es::toString);
        assertFalse(hasText(es, EntityType.PERSON, "阿勒"), es::toString);
        List<Entity> army = entities("乌克兰武装部队总司令瑟尔斯基说，乌军在库尔斯克州作战。");
        assertFalse(hasText(army, EntityType.PERSON, "乌军"), army::toString);
        assertTrue(hasText(army, EntityType.PERSON, "瑟尔斯基"), army::toString);
    }

    @Test
    void aCompanysControllerIsATitleBeforeAName() {
        List<Entity> es = entities("证监会对实际控制人马兴田罚款90万元。");
        assertTrue(has(es, EntityType.PERSON, "马兴田", 9), es::toString);
    }

    @Test
    void anAnonymisedNameTakesNoThirdChar() {
        List<Entity> es = entities("原告张某诉称其与被告公司存在劳动关系。");
        assertTrue(has(es, EntityType.PERSON, "张某", 2), es::toString);
        assertFalse(hasText(es, EntityType.PERSON, "张某诉"), es::toString);
    }

    @Test
    void aHospitalsDepartmentIsNoPerson() {
        List<Entity> es = entities("复旦大学附属中山医院心内科主任葛均波院士团队发表研究成果。");
        assertFalse(hasText(es, EntityType.PERSON, "心内科"), es::toString);
        assertTrue(has(es, EntityType.PERSON, "葛均波", 15), es::toString);
    }

    @Test
    void stationsAndAirportsArePlaces() {
        List<Entity> es = entities("G2次列车从上海虹桥站开往北京南站。");
        assertTrue(has(es, EntityType.PLACE, "北京南站", 13), es::toString);
        assertFalse(es.stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION), es::toString);
        List<Entity> air = entities("成都天府国际机场航站楼日均旅客吞吐量突破十万人次。");
        assertTrue(has(air, EntityType.PLACE, "成都天府国际机场", 0), air::toString);
        assertFalse(air.stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION), air::toString);
    }

    @Test
    void placesAndAClauseVerbDoNotStartAnOrganisation() {
        List<Entity> es = entities("法国总统马克龙抵达巴西里约热内卢出席二十国集团领导人峰会。");
        assertTrue(has(es, EntityType.ORGANIZATION, "二十国集团", 18), es::toString);
        assertTrue(has(es, EntityType.PLACE, "里约热内卢", 11), es::toString);
        assertEquals(1, es.stream().filter(e -> e.type() == EntityType.ORGANIZATION).count(), es::toString);
        List<Entity> named = entities("中国国际贸易促进委员会举办展览。");
        assertTrue(has(named, EntityType.ORGANIZATION, "中国国际贸易促进委员会", 0), named::toString);
    }

    @Test
    void aPlaceAmongPersonsOfAListIsAPerson() {
        List<Entity> es = entities("乒乓球世界冠军马龙、樊振东、孙颖莎、王楚钦在巴黎奥运会上夺冠。");
        assertTrue(has(es, EntityType.PERSON, "马龙", 7), es::toString);
        assertTrue(has(es, EntityType.PERSON, "王楚钦", 18), es::toString);
        List<Entity> places = entities("他先后到过马龙县、昆明、大理等地。");
        assertTrue(hasText(places, EntityType.PLACE, "昆明"), places::toString);
    }

    @Test
    void oiratMongolianNamesAreWhole() {
        List<Entity> es = entities("新疆和静县巴音布鲁克镇的牧民那木加甫说，今年牛羊膘情很好。");
        assertTrue(has(es, EntityType.PERSON, "那木加甫", 14), es::toString);
    }

    @Test
    void aSpecialRegionsGovernmentAndItsBureausAreOrganisations() {
        List<Entity> es = entities("澳门特区政府经济财政司司长李伟农出席论坛。");
        assertTrue(has(es, EntityType.ORGANIZATION, "澳门特区政府经济财政司", 0), es::toString);
        assertTrue(has(es, EntityType.PERSON, "李伟农", 13), es::toString);
    }

    @Test
    void listedCompaniesByTheirShortNames() {
        List<Entity> es = entities("贵州茅台、五粮液等白酒股全线上涨，中国平安跟涨。");
        assertTrue(has(es, EntityType.ORGANIZATION, "贵州茅台", 0), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "五粮液", 5), es::toString);
    }

    @Test
    void aHospitalAfterARegionalLevelWordIsOneOrganisation() {
        List<Entity> es = entities("自治区人民医院援疆专家带领团队开展义诊，自治区中医医院与师市第一人民医院签约。");
        assertTrue(has(es, EntityType.ORGANIZATION, "自治区人民医院", 0), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "自治区中医医院", 20), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "师市第一人民医院", 28), es::toString);
        assertFalse(hasText(es, EntityType.ORGANIZATION, "人民医院"), es::toString);
        List<Entity> bare = entities("自治区医院很多。");
        assertTrue(bare.stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION), bare::toString);
    }

    @Test
    void aCountyOrCityIsFoundAgainWithoutItsDivisionWord() {
        List<Entity> es = entities("在库车市，龟兹文化旅游节吸引了大量游客。库车的小白杏远近闻名。");
        assertTrue(has(es, EntityType.PLACE, "库车市", 1), es::toString);
        assertTrue(has(es, EntityType.PLACE, "库车", 20), es::toString);
        List<Entity> district = entities("天津市和平区的居民热爱和平。");
        assertFalse(has(district, EntityType.PLACE, "和平", 11), district::toString);
    }

    @Test
    void aTraineeOnASpacedBylineIsAPerson() {
        for (String text : new String[]{"本报记者 李亚楠 实习生 马欣然", "本报记者 李亚楠 实习生 马欣然\n正文从这里开始。",
                "本报记者 李亚楠 实习生 马欣然 报道"}) {
            List<Entity> es = entities(text);
            assertTrue(has(es, EntityType.PERSON, "李亚楠", 5), es::toString);
            assertTrue(has(es, EntityType.PERSON, "马欣然", 13), es::toString);
        }
    }

    @Test
    void aCountOfCountiesIsNoPlace() {
        List<Entity> es = entities("伊犁州直八县三市全面完成冬小麦播种。");
        assertTrue(has(es, EntityType.PLACE, "伊犁州", 0), es::toString);
        assertTrue(es.stream().noneMatch(e -> e.text().contains("八县")), es::toString);
    }

    @Test
    void aBranchNamedByAPlaceAfterAFirmIsOneOrganisation() {
        List<Entity> es = entities("中国邮政集团有限公司新疆维吾尔自治区分公司开展助农活动。");
        assertTrue(has(es, EntityType.ORGANIZATION, "中国邮政集团有限公司新疆维吾尔自治区分公司", 0), es::toString);
        assertFalse(has(es, EntityType.ORGANIZATION, "中国邮政集团有限公司", 0), es::toString);
    }

    @Test
    void aReadingOfAFirmsFirstCharsIsNoPlace() {
        List<Entity> es = entities("马云在杭州出席阿里巴巴成立二十五周年活动。");
        assertTrue(has(es, EntityType.ORGANIZATION, "阿里巴巴", 7), es::toString);
        assertFalse(has(es, EntityType.PLACE, "阿里", 7), es::toString);
        assertTrue(has(es, EntityType.PLACE, "杭州", 3), es::toString);
    }

    @Test
    void aCountAfterAFirmEndsIt() {
        List<Entity> es = entities("中石油、中石化、中海油三大石油公司净利润合计超过2000亿元。");
        assertTrue(has(es, EntityType.ORGANIZATION, "中海油", 8), es::toString);
        assertTrue(es.stream().noneMatch(e -> e.text().contains("三大")), es::toString);
    }

    @Test
    void aCourtsNumberedDivisionIsNotGluedToIt() {
        List<Entity> es = entities("他曾任最高人民法院民一庭副庭长。");
        assertTrue(has(es, EntityType.ORGANIZATION, "最高人民法院民一庭", 3), es::toString);
    }

    @Test
    void foreignArmedForcesAreOrganisationsNotNames() {
        List<Entity> es = entities("空天军司令员出席仪式，以色列国防军当天宣布结束行动。");
        assertTrue(has(es, EntityType.ORGANIZATION, "空天军", 0), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "以色列国防军", 11), es::toString);
        es = entities("东海舰队某驱逐舰支队在台湾海峡开展训练。");
        assertTrue(has(es, EntityType.ORGANIZATION, "东海舰队", 0), es::toString);
        assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.PERSON), es::toString);
    }

    @Test
    void aPartysCentralCommitteeIsOneOrganisation() {
        List<Entity> es = entities("越南共产党中央总书记出席。");
        assertTrue(has(es, EntityType.ORGANIZATION, "越南共产党中央", 0), es::toString);
        es = entities("老挝人民革命党中央总书记出席。");
        assertTrue(has(es, EntityType.ORGANIZATION, "老挝人民革命党中央", 0), es::toString);
        assertFalse(has(es, EntityType.ORGANIZATION, "中央", 7), es::toString);
    }

    @Test
    void aUyghurNameEndingInJanIsAPersonNotARiver() {
        List<Entity> es = entities("参加座谈的有村民代表阿依古丽、热合曼江和驻村工作队队员仝晓东。");
        assertTrue(has(es, EntityType.PERSON, "热合曼江", 15), es::toString);
        assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.PLACE), es::toString);
        es = entities("游客沿着牡丹江畅游。");
        assertTrue(has(es, EntityType.PLACE, "牡丹江", 4), es::toString);
    }

    @Test
    void aBanksBranchForTheCorpsHoldsTheBank() {
        List<Entity> es = entities("工行新疆分行、农行兵团分行联合开展金融知识宣传活动。");
        assertTrue(has(es, EntityType.ORGANIZATION, "工行新疆分行", 0), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "农行兵团分行", 7), es::toString);
    }

    @Test
    void aMuseumAfterTheBodyThatNamesItHoldsIt() {
        List<Entity> es = entities("代表团来到石河子大学，参观了校史馆和兵团军垦博物馆。");
        assertTrue(has(es, EntityType.PLACE, "兵团军垦博物馆", 18), es::toString);
        assertFalse(has(es, EntityType.PLACE, "校史馆", 14), es::toString);
    }

    @Test
    void anOwnedBodyIsNotOneWithItsOwner() {
        List<Entity> es = entities("新疆能源有限责任公司所属哈密煤电公司实现满负荷发电。");
        assertTrue(has(es, EntityType.ORGANIZATION, "新疆能源有限责任公司", 0), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "哈密煤电公司", 12), es::toString);
    }

    @Test
    void aLatinNameAfterATitleOrBeforeSayingIsAPerson() {
        List<Entity> es = entities("OpenAI首席执行官Sam Altman表示，新模型将于明年发布。");
        assertTrue(has(es, EntityType.PERSON, "Sam Altman", 11), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "OpenAI", 0), es::toString);
        es = entities("Elon Musk表示将收购该公司。他引用了New York Times的报道。");
        assertTrue(has(es, EntityType.PERSON, "Elon Musk", 0), es::toString);
        assertTrue(es.stream().noneMatch(e -> e.text().contains("York")), es::toString);
    }

    @Test
    void worldInvestmentBanksAreOrganisationsNotPersons() {
        List<Entity> es = entities("摩根士丹利、高盛等外资机构纷纷看好中国资产。");
        assertTrue(has(es, EntityType.ORGANIZATION, "摩根士丹利", 0), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "高盛", 6), es::toString);
        assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.PERSON), es::toString);
    }

    @Test
    void noNameHoldsHalfAPairOfQuotes() {
        List<Entity> es = entities("台湾“中央社”报道，台当局对此表示关注。");
        assertTrue(has(es, EntityType.ORGANIZATION, "中央社", 3), es::toString);
        assertTrue(es.stream().noneMatch(e -> e.text().contains("“") != e.text().contains("”")), es::toString);
    }

    @Test
    void anAddressBeforeABodyAndARoadsSectionAreNotInTheName() {
        List<Entity> es = entities("上海市浦东新区陆家嘴环路1000号恒生银行大厦。");
        assertTrue(has(es, EntityType.ORGANIZATION, "恒生银行", 17), es::toString);
        es = entities("G30连霍高速公路乌鲁木齐至奎屯段已经拓宽改造完成。在中巴经济走廊建设中，喀喇昆仑公路发挥了重要作用。");
        assertTrue(has(es, EntityType.PLACE, "奎屯", 14), es::toString);
        assertTrue(has(es, EntityType.PLACE, "喀喇昆仑公路", 37), es::toString);
    }

    @Test
    void emperorsByTheirTitlesArePersons() {
        List<Entity> es = entities("张骞奉汉武帝之命出使西域。");
        assertTrue(has(es, EntityType.PERSON, "张骞", 0), es::toString);
        es = entities("张骞出使西域，奉的是汉武帝之命；康熙帝曾多次南巡。");
        assertTrue(has(es, EntityType.PERSON, "张骞", 0), es::toString);
        assertTrue(has(es, EntityType.PERSON, "汉武帝", 10), es::toString);
        assertTrue(has(es, EntityType.PERSON, "康熙帝", 16), es::toString);
    }

    @Test
    void aProgrammesQuotedNameIsNoPlace() {
        List<Entity> es = entities("深入开展“万企兴万村”行动。");
        assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.PLACE), es::toString);
    }

    @Test
    void aCountOfMinesIsNoNumberedMine() {
        List<Entity> es = entities("全省建成101处煤矿废水处理工程。");
        assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION), es::toString);
    }

    @Test
    void xinjiangPrefecturesByTheirShortNamesArePlacesInTheirBodies() {
        List<Entity> es = entities("巴州党委书记在克州阿图什市调研，博州干部参加。");
        assertTrue(has(es, EntityType.ORGANIZATION, "巴州党委", 0), es::toString);
        assertTrue(has(es, EntityType.PLACE, "巴州", 0), es::toString);
        assertTrue(has(es, EntityType.PLACE, "克州", 7), es::toString);
        assertTrue(has(es, EntityType.PLACE, "博州", 16), es::toString);
    }

    @Test
    void aOneCharTownshipAfterItsCountyIsAPlace() {
        List<Entity> es = entities("县委书记来到托克逊县夏乡调研。");
        assertTrue(has(es, EntityType.PLACE, "夏乡", 10), es::toString);
        List<Entity> words = entities("托克逊县城乡居民收入增长，和静县全镇干部参加。");
        assertFalse(hasText(words, EntityType.PLACE, "城乡"), words::toString);
        assertFalse(hasText(words, EntityType.PLACE, "全镇"), words::toString);
    }

    @Test
    void skiResortsKeepTheirWholePlaceNames() {
        List<Entity> es = entities("将军山滑雪场、可可托海国际滑雪场迎来客流高峰。");
        assertTrue(has(es, EntityType.PLACE, "将军山滑雪场", 0), es::toString);
        assertTrue(has(es, EntityType.PLACE, "可可托海国际滑雪场", 7), es::toString);
    }

    @Test
    void aVillagesCommitteeIsAnOrganisation() {
        List<Entity> es = entities("博乐市小营盘镇大营盘村村委会主任艾力江说，村里通了天然气。");
        assertTrue(has(es, EntityType.ORGANIZATION, "博乐市小营盘镇大营盘村村委会", 0), es::toString);
        assertTrue(has(es, EntityType.PLACE, "大营盘村", 7), es::toString);
    }

    @Test
    void theChinaEuropeTrainsNameChinaAndEurope() {
        List<Entity> es = entities("霍尔果斯口岸和阿拉山口口岸的中欧班列通行量持续增长。");
        assertTrue(has(es, EntityType.PLACE, "中", 14), es::toString);
        assertTrue(has(es, EntityType.PLACE, "欧", 15), es::toString);
        assertFalse(hasText(es, EntityType.PLACE, "中欧"), es::toString);
        // the corridors and railways between countries, named by their abbreviations
        es = entities("中巴经济走廊和中吉乌铁路建设稳步推进。");
        for (int at : new int[]{0, 1, 7, 8, 9}) {
            int a = at;
            assertTrue(es.stream().anyMatch(e -> e.type() == EntityType.PLACE && e.start() == a && e.end() == a + 1),
                    es::toString);
        }
        List<Entity> region = entities("西欧地区的经济增长放缓。");
        assertTrue(hasText(region, EntityType.PLACE, "西欧地区"), region::toString);
    }

    @Test
    void aParentOrSubsidiaryWordIsNoPartOfTheName() {
        List<Entity> es = entities("谷歌母公司发布财报，阿里巴巴旗下子公司蚂蚁集团上市。");
        assertTrue(has(es, EntityType.ORGANIZATION, "谷歌", 0), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "蚂蚁集团", 19), es::toString);
        assertFalse(hasText(es, EntityType.ORGANIZATION, "谷歌母公司"), es::toString);
        List<Entity> branch = entities("中国移动通信集团新疆有限公司伊犁分公司开通了基站。");
        assertTrue(hasText(branch, EntityType.ORGANIZATION, "中国移动通信集团新疆有限公司伊犁分公司"), branch::toString);
    }

    @Test
    void departmentsByTheirShortForms() {
        List<Entity> es = entities("自治区市场监管局、自治区药监局开展联合检查，伊犁州应急局组织演练。");
        assertTrue(has(es, EntityType.ORGANIZATION, "自治区药监局", 9), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "伊犁州应急局", 22), es::toString);
    }

    @Test
    void theAlpsAreOnePlace() {
        List<Entity> es = entities("2030年冬奥会将在法国阿尔卑斯地区举办。");
        assertTrue(has(es, EntityType.PLACE, "阿尔卑斯地区", 12), es::toString);
        assertFalse(hasText(es, EntityType.PLACE, "阿尔"), es::toString);
    }

    @Test
    void theFoodAndAgricultureOrganizationByItsFullName() {
        List<Entity> es = entities("联合国粮食及农业组织（粮农组织）总干事屈冬玉出席会议。");
        assertTrue(has(es, EntityType.ORGANIZATION, "联合国粮食及农业组织", 0), es::toString);
    }

    @Test
    void aSubdistrictIsThePlaceBeforeItsCommonNoun() {
        List<Entity> es = entities("他在乌鲁木齐市沙依巴克区红庙子街道调研。");
        assertTrue(has(es, EntityType.PLACE, "红庙子", 12), es::toString);
        assertFalse(hasText(es, EntityType.PLACE, "红庙子街"), es::toString);
    }

    @Test
    void launchCentresAreOrganisations() {
        List<Entity> es = entities("长征二号F运载火箭在酒泉卫星发射中心点火发射。");
        assertTrue(has(es, EntityType.ORGANIZATION, "酒泉卫星发射中心", 10), es::toString);
        es = entities("长征七号运载火箭在文昌航天发射场成功发射。");
        assertTrue(has(es, EntityType.ORGANIZATION, "文昌航天发射场", 9), es::toString);
    }

    @Test
    void aCityBeforeItsMayorIsThePlaceWithoutTheLevelChar() {
        List<Entity> es = entities("义乌市长张伟在会上发言。");
        assertTrue(has(es, EntityType.PLACE, "义乌", 0), es::toString);
        es = entities("胡杨河市长李强讲话。");
        assertTrue(has(es, EntityType.PLACE, "胡杨河", 0), es::toString);
        assertFalse(hasText(es, EntityType.PLACE, "胡杨河市"), es::toString);
    }

    @Test
    void aDottedNameEndingInAbduIsWholeBeforeABlank() {
        List<Entity> es = entities("（通讯员 古丽米拉·阿不都 记者 张  明）");
        assertTrue(has(es, EntityType.PERSON, "古丽米拉·阿不都", 5), es::toString);
        assertFalse(hasText(es, EntityType.PERSON, "古丽米拉·阿"), es::toString);
    }

    @Test
    void aPaddedNameBesideAPersonInAList() {
        List<Entity> es = entities("出席会议的有：王  刚、李  强、欧阳明。");
        assertTrue(es.stream().anyMatch(e -> e.type() == EntityType.PERSON && e.start() == 7 && e.end() == 11),
                es::toString); // 王  刚, read as 王刚
        assertTrue(entities("春  夏、秋  冬").stream().noneMatch(e -> e.type() == EntityType.PERSON));
    }

    @Test
    void aTownshipAndItsVillageReadAsOnePlaceAreTwo() {
        List<Entity> es = entities("吐鲁番市高昌区亚尔镇亚尔果勒村村民种植葡萄。");
        assertTrue(has(es, EntityType.PLACE, "亚尔镇", 7), es::toString);
        assertTrue(has(es, EntityType.PLACE, "亚尔果勒村", 10), es::toString);
        assertTrue(hasText(entities("他来到古镇村调研。"), EntityType.PLACE, "古镇村"));
    }

    @Test
    void aStreetIsNamedByTheWordBeforeItsDirection() {
        List<Entity> es = entities("事故发生在乌鲁木齐市天山区解放南路与人民路交叉口。");
        assertTrue(has(es, EntityType.PLACE, "解放南路", 13), es::toString);
        assertFalse(hasText(es, EntityType.PLACE, "南路"), es::toString);
        es = entities("他家住在沙依巴克区友好南路街道明园社区。");
        assertTrue(has(es, EntityType.PLACE, "友好南路", 9), es::toString);
        assertTrue(has(es, EntityType.PLACE, "明园", 15), es::toString);
    }

    @Test
    void aBreedIsNamedAfterItsPlace() {
        List<Entity> es = entities("伊犁马、巴音布鲁克羊、和田玉享誉全国。");
        assertTrue(has(es, EntityType.PLACE, "伊犁", 0), es::toString);
        assertTrue(has(es, EntityType.PLACE, "巴音布鲁克", 4), es::toString);
        assertFalse(hasText(es, EntityType.PLACE, "伊犁马"), es::toString);
    }

    @Test
    void xinjiangCountiesByTheirShortNames() {
        List<Entity> es = entities("古代龟兹国位于今天的库车一带。");
        assertTrue(has(es, EntityType.PLACE, "库车", 10), es::toString);
        assertTrue(has(es, EntityType.PLACE, "龟兹", 2), es::toString);
        es = entities("伊宁、霍城、察布查尔等地出现降雪。");
        assertTrue(has(es, EntityType.PLACE, "察布查尔", 6), es::toString);
    }

    @Test
    void aNumberedCompanyAfterItsRegimentJoinsTheUnitChain() {
        List<Entity> es = entities("第三师图木舒克市四十四团十二连党支部书记刘华介绍情况。");
        assertTrue(has(es, EntityType.ORGANIZATION, "第三师图木舒克市四十四团十二连党支部", 0), es::toString);
        es = entities("北京军区某团三连官兵为受灾群众忙乎开了。");
        assertFalse(hasText(es, EntityType.ORGANIZATION, "三连"), es::toString);
        es = entities("第一师阿拉尔市十团一连连长王强说，十团一连连长也说。");
        assertTrue(has(es, EntityType.ORGANIZATION, "第一师阿拉尔市十团一连", 0), es::toString);
        assertFalse(hasText(es, EntityType.ORGANIZATION, "一连"), es::toString); // 十团 alone is no unit
    }

    @Test
    void aFounderWordBeginsTheSchoolsName() {
        List<Entity> es = entities("国立清华大学与清华大学开展交流。");
        assertTrue(has(es, EntityType.ORGANIZATION, "国立清华大学", 0), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "清华大学", 7), es::toString);
        es = entities("私立东吴大学举行校庆。");
        assertTrue(has(es, EntityType.ORGANIZATION, "私立东吴大学", 0), es::toString);
    }

    @Test
    void aTaggedPlaceThatIsALexiconPlaceKeepsItsSpan() {
        // the segmenter reads 长安|街上 and had cut the tagger's 长安街 to 长安
        List<Entity> es = entities("西安市长安区发布通知，长安街上车流如织。");
        assertTrue(has(es, EntityType.PLACE, "长安街", 11), es::toString);
    }

    @Test
    void aPlaceSeenInTrainingThatTheSegmenterReadsAsAPlaceWordIsAPlace() {
        // the tagger read 上海南京东路步行街 as one organisation, which gave way to 上海 alone
        List<Entity> es = entities("上海南京东路步行街人头攒动。");
        assertTrue(has(es, EntityType.PLACE, "南京东路", 2), es::toString);
    }

    @Test
    void firmsNamedByATradeNameAlone() {
        // the tagger read 普华永道 and 德勤华永 as persons and found nothing in 立信 or 天健
        List<Entity> es = entities("曾任职于普华永道会计师事务所、德勤华永会计师事务所。");
        assertTrue(has(es, EntityType.ORGANIZATION, "普华永道会计师事务所", 4), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "德勤华永会计师事务所", 15), es::toString);
        assertFalse(es.stream().anyMatch(e -> e.type() == EntityType.PERSON), es::toString);
        // with the Chinese partner's name after the trade name
        es = entities("赵敏曾就职于普华永道中天会计师事务所。");
        assertTrue(has(es, EntityType.ORGANIZATION, "普华永道中天会计师事务所", 6), es::toString);
        es = entities("天健会计师事务所和立信会计师事务所出具了审计报告。");
        assertTrue(has(es, EntityType.ORGANIZATION, "天健会计师事务所", 0), es::toString);
        assertTrue(has(es, EntityType.ORGANIZATION, "立信会计师事务所", 9), es::toString);
        for (String generic : new String[]{"公司聘请了一家会计师事务所进行审计。", "当地律师事务所的律师为其提供法律援助。",
                "他称该律师事务所存在违规行为。", "国际会计师事务所在华业务增长。", "合伙律师事务所和个人律师事务所。",
                "南京市一家律师事务所的律师表示。"}) {
            es = entities(generic);
            assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION), es::toString);
        }
    }

    @Test
    void aGovernmentFollowsAPlaceNotABody() {
        List<Entity> es = entities("他享受国务院政府特殊津贴。");
        assertTrue(has(es, EntityType.ORGANIZATION, "国务院", 3), es::toString);
        assertFalse(hasText(es, EntityType.ORGANIZATION, "国务院政府"), es::toString);
        assertTrue(hasText(entities("北京市政府发布通知。"), EntityType.ORGANIZATION, "北京市政府"));
    }

    @Test
    void aConjunctionBeforeALevelGovernmentIsNoCounty() {
        // 和县 is a county of Anhui; here the segmenter reads 和/c 县政府/n, as People's Daily writes it
        List<Entity> es = entities("省水利厅厅长李天碧和县政府的领导专程赶来。");
        assertFalse(hasText(es, EntityType.ORGANIZATION, "和县政府"), es::toString);
        es = entities("镇政府和县政府联合行动。");
        assertFalse(hasText(es, EntityType.ORGANIZATION, "和县政府"), es::toString);
    }

    @Test
    void aMediaCentreIsABodyNotAPlace() {
        List<Entity> es = entities("乌鲁木齐市融媒体中心记者报道。");
        assertTrue(has(es, EntityType.ORGANIZATION, "乌鲁木齐市融媒体中心", 0), es::toString);
        es = entities("县融媒体中心主任刘晓峰参加活动。");
        assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.PLACE), es::toString);
        // venues stay places
        es = entities("会议在香港会议展览中心举行。");
        assertTrue(hasText(es, EntityType.PLACE, "香港会议展览中心"), es::toString);
    }

    @Test
    void facilitiesNamedAfterForeignPersons() {
        List<Entity> es = entities("约翰·肯尼迪国际机场因暴风雪关闭。");
        assertTrue(has(es, EntityType.PLACE, "约翰·肯尼迪国际机场", 0), es::toString);
        assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.PERSON), es::toString);
        es = entities("他毕业于约翰·霍普金斯大学。");
        assertTrue(has(es, EntityType.ORGANIZATION, "约翰·霍普金斯大学", 4), es::toString);
        es = entities("王芳大学毕业后回到家乡。");
        assertTrue(has(es, EntityType.PERSON, "王芳", 0), es::toString);
    }

    @Test
    void aPrepositionBeforeADottedNameIsNotPartOfIt() {
        List<Entity> es = entities("这笔钱将转交于约翰·史密斯本人。");
        assertTrue(has(es, EntityType.PERSON, "约翰·史密斯", 7), es::toString);
        // a transliteration char the segmenter reads as an adverb stays (别/d 克木哈买提·木沙)
        es = entities("自治区党委副书记别克木哈买提·木沙出席会议。");
        assertTrue(has(es, EntityType.PERSON, "别克木哈买提·木沙", 8), es::toString);
    }

    @Test
    void aSchoolEndsBeforeAVerbDescribingItsPeople() {
        List<Entity> es = entities("空军航空大学飞行学员完成首次单飞。");
        assertTrue(has(es, EntityType.ORGANIZATION, "空军航空大学", 0), es::toString);
    }

    @Test
    void aTeamBeginsAfterItsLeague() {
        List<Entity> es = entities("美国职业篮球联赛休斯敦火箭队与姚明签约。");
        assertTrue(has(es, EntityType.ORGANIZATION, "休斯敦火箭队", 8), es::toString);
        assertFalse(hasText(es, EntityType.ORGANIZATION, "美国职业篮球联赛休斯敦火箭队"), es::toString);
    }

    @Test
    void placesOfHistory() {
        List<Entity> es = entities("诸葛亮六出祁山，最终病逝于五丈原。");
        assertTrue(has(es, EntityType.PLACE, "祁山", 5), es::toString);
        assertTrue(has(es, EntityType.PLACE, "五丈原", 13), es::toString);
        es = entities("玄奘从长安出发，到达天竺那烂陀寺。");
        assertTrue(has(es, EntityType.PLACE, "那烂陀寺", 12), es::toString);
    }

    @Test
    void holdingCompaniesAfterABrand() {
        List<Entity> es = entities("拼多多母公司PDD控股公布了第三季度财报。");
        assertTrue(has(es, EntityType.ORGANIZATION, "PDD控股", 6), es::toString);
        es = entities("TCL控股了一家公司。");
        assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION), es::toString);
    }

    @Test
    void anOutletBeforeItsReporter() {
        // the segmenter reads 澎湃/v 新闻记者/n
        List<Entity> es = entities("澎湃新闻记者 陈斌 报道");
        assertTrue(has(es, EntityType.ORGANIZATION, "澎湃新闻", 0), es::toString);
        assertTrue(hasText(entities("第一财经记者从交易所获悉。"), EntityType.ORGANIZATION, "第一财经"));
    }

    @Test
    void theCorpsBranchOfTheRegionsHigherCourtIsOneCourt() {
        List<Entity> es = entities("据新疆维吾尔自治区高级人民法院生产建设兵团分院消息，案件已审结。");
        assertTrue(has(es, EntityType.ORGANIZATION, "新疆维吾尔自治区高级人民法院生产建设兵团分院", 1), es::toString);
        assertFalse(hasText(es, EntityType.ORGANIZATION, "兵团分院"), es::toString);
    }

    @Test
    void aSurnameAndOneCharAfterALatinTitleBeforeSayingIsAName() {
        // the segmenter reads CEO|李/nr 想/v 表示
        List<Entity> es = entities("理想汽车CEO李想表示，明年将推出新车。");
        assertTrue(has(es, EntityType.PERSON, "李想", 7), es::toString);
    }

    @Test
    void aCommonWordThatIsAlsoACountysShortFormNamesNoBody() {
        // 南部 (south, and the short form of 南部县) before 真主党 gave 南部真主党
        List<Entity> es = entities("以军对黎巴嫩南部真主党目标发动空袭。");
        assertTrue(has(es, EntityType.ORGANIZATION, "真主党", 8), es::toString);
        assertFalse(hasText(es, EntityType.ORGANIZATION, "南部真主党"), es::toString);
    }

    @Test
    void aPlaceWhereSomethingIsBuiltIsNoBody() {
        // the tagger read 新疆建设数据中心 as one organisation; 中国建设银行 stays a bank
        List<Entity> es = entities("抖音集团宣布，将在新疆建设数据中心。");
        assertFalse(hasText(es, EntityType.ORGANIZATION, "新疆建设数据中心"), es::toString);
        assertTrue(has(es, EntityType.PLACE, "新疆", 9), es::toString);
        assertTrue(hasText(entities("他在中国建设银行办理了贷款。"), EntityType.ORGANIZATION, "中国建设银行"));
    }
}
