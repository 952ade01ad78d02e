package org.tiqu.internal.ner;

import org.junit.jupiter.api.Test;
import org.tiqu.EntityType;
import org.tiqu.internal.recognize.Mention;

import java.util.ArrayList;
import java.util.List;

import static org.tiqu.internal.ner.RuleFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules of {@link EntityRules} on hand-made tagger output, so that they are tested whatever the bundled model
 * proposes. Word boundaries are given as the segmenter would cut ({@code |} in the strings below).
 */
class EntityRulesTest {
    private static final NerLexicon LEX = NerLexicon.get();

    @Test
    void taggedOrganisationEndsBeforeATrailingVerb() {
        String s = "由|中央|电视台|联合|江苏";
        char[] c = chars(s);
        boolean[] notName = new boolean[c.length];
        notName[0] = true; // 由/p
        notName[6] = notName[7] = true; // 联合/v
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 1, 8));
        EntityRules.trimOrganisationTails(c, cuts(s), notName, LEX, ms);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 1, 6)), ms);
    }

    @Test
    void taggedOrganisationKeepsAnEndingTheSegmenterReadAsAVerb() {
        String s = "奥地利|针灸|学会|给";
        char[] c = chars(s);
        boolean[] notName = new boolean[c.length];
        notName[5] = notName[6] = true; // 学会/v
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 0, 7));
        EntityRules.trimOrganisationTails(c, cuts(s), notName, LEX, ms);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 0, 7)), ms);
    }

    @Test
    void taggedOrganisationEndingOneCharIntoAWordEndsAtTheKnownBody() {
        String s = "目前|联合国|会费|比例";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 2, 6));
        EntityRules.trimOrganisationTails(c, cuts(s), new boolean[c.length], LEX, ms);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 2, 5)), ms);
        String unknown = "目前|东方|联合|会费";
        char[] u = chars(unknown);
        List<Mention> kept = list(new Mention(EntityType.ORGANIZATION, 2, 7));
        EntityRules.trimOrganisationTails(u, cuts(unknown), new boolean[u.length], LEX, kept);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 2, 7)), kept);
    }

    @Test
    void taggedOrganisationEndsBeforeATitle() {
        String s = "兵团|第六|师|政委|李建新";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 0, 7));
        EntityRules.trimTitleTails(c, cuts(s), LEX, hits(c), ms);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 0, 5)), ms);
        // a body's own ending that is also a title stays (委员会 is no title; 代表处 neither)
        String own = "国家|验收|委员会";
        char[] o = chars(own);
        List<Mention> kept = list(new Mention(EntityType.ORGANIZATION, 0, 7));
        EntityRules.trimTitleTails(o, cuts(own), LEX, hits(o), kept);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 0, 7)), kept);
    }

    @Test
    void placeMadeOfTwoKnownPlacesIsSplit() {
        char[] c = chars("内蒙古|包头市|实行");
        List<Mention> ms = list(new Mention(EntityType.PLACE, 0, 6));
        EntityRules.splitPlaces(c, LEX, hits(c), ms);
        assertTrue(has(ms, c, EntityType.PLACE, "内蒙古"), ms::toString);
        assertTrue(has(ms, c, EntityType.PLACE, "包头市"), ms::toString);
        assertFalse(has(ms, c, EntityType.PLACE, "内蒙古包头市"), ms::toString);
    }

    @Test
    void aVenueKeepsItsCity() {
        // 奥体中心 is a place of the training days, but a venue's city is part of its name
        char[] c = chars("在|乌鲁木齐|奥体|中心|举办");
        List<Mention> ms = list(new Mention(EntityType.PLACE, 1, 9));
        EntityRules.splitPlaces(c, LEX, hits(c), ms);
        assertEquals(List.of(new Mention(EntityType.PLACE, 1, 9)), ms);
    }

    @Test
    void placeWithAnUnknownPartStaysWhole() {
        char[] c = chars("河北|邢台|中桥|商场");
        List<Mention> ms = list(new Mention(EntityType.PLACE, 0, 8));
        EntityRules.splitPlaces(c, LEX, hits(c), ms);
        assertEquals(List.of(new Mention(EntityType.PLACE, 0, 8)), ms);
    }

    @Test
    void placeFollowedByAnInstitutionIsOneOrganisation() {
        String s = "阿根廷|经济部|二十三日|宣布";
        char[] c = chars(s);
        boolean[] notName = new boolean[c.length];
        List<Mention> ms = list(new Mention(EntityType.PLACE, 0, 3));
        EntityRules.placeOrganisations(c, cuts(s), notName, LEX, ms);
        assertTrue(has(ms, c, EntityType.ORGANIZATION, "阿根廷经济部"), ms::toString);
    }

    @Test
    void aLegOfACompetitionAfterAPlaceIsNoOrganisation() {
        // 新疆马拉松系列赛喀什站 gave one organisation from 新疆 to 站; 新疆气象局喀什站 is one
        String s = "新疆|马拉松|系列赛|喀什|站|比赛";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.PLACE, 0, 2), new Mention(EntityType.PLACE, 8, 10));
        EntityRules.placeOrganisations(c, cuts(s), new boolean[c.length], LEX, ms);
        assertTrue(ms.stream().noneMatch(m -> m.type() == EntityType.ORGANIZATION), ms::toString);
        String t = "新疆|气象局|喀什|站";
        char[] d = chars(t);
        List<Mention> station = list(new Mention(EntityType.PLACE, 0, 2), new Mention(EntityType.PLACE, 5, 7));
        EntityRules.placeOrganisations(d, cuts(t), new boolean[d.length], LEX, station);
        assertTrue(has(station, d, EntityType.ORGANIZATION, "新疆气象局喀什站"), station::toString);
    }

    @Test
    void placeFollowedByAnOrdinaryWordEndingLikeAnInstitutionStaysAPlace() {
        String[] texts = {"希望|台湾|当局|认真", "德国|东部|的|幼儿园", "黑龙江省|领导|干部|结对"};
        int[][] places = {{2, 4}, {0, 2}, {0, 4}};
        for (int k = 0; k < texts.length; k++) {
            char[] c = chars(texts[k]);
            List<Mention> ms = list(new Mention(EntityType.PLACE, places[k][0], places[k][1]));
            EntityRules.placeOrganisations(c, cuts(texts[k]), new boolean[c.length], LEX, ms);
            assertEquals(1, ms.size(), texts[k] + " " + ms);
        }
    }

    @Test
    void organisationWithAParenthesisedPlaceGetsItsHead() {
        String s = "日前|，|东计|电脑|（|北京|）|有限公司|制作";
        char[] c = chars(s);
        int start = new String(c).indexOf("北京");
        int end = new String(c).indexOf("制作");
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, start, end));
        EntityRules.closeParentheses(c, new boolean[c.length], ms);
        assertTrue(has(ms, c, EntityType.ORGANIZATION, "东计电脑(北京)有限公司"), ms::toString); // folded parentheses
    }

    @Test
    void organisationWithAnUnmatchedParenthesisAndNoHeadIsDropped() {
        String s = "（|北京|）|有限公司";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 1, c.length));
        EntityRules.closeParentheses(c, new boolean[c.length], ms);
        assertTrue(ms.isEmpty(), ms::toString);
    }

    @Test
    void unitNamedByANumberIsAnOrganisation() {
        String s = "马德仁|所在|的|１２０２|钻井队|，";
        char[] c = chars(s);
        List<Mention> ms = list();
        EntityRules.numberedUnits(c, cuts(s), ms);
        assertTrue(has(ms, c, EntityType.ORGANIZATION, "0000钻井队"), ms::toString);
        assertEquals(new String(c).indexOf("0000"), ms.get(0).start());
    }

    @Test
    void countOfUnitsIsNoOrganisation() {
        String s = "全国|１２０|个|钻井队|和|１９９８年|工厂";
        char[] c = chars(s);
        List<Mention> ms = list();
        EntityRules.numberedUnits(c, cuts(s), ms);
        assertTrue(ms.isEmpty(), ms::toString);
    }

    @Test
    void aScoreAndItsResultIsNoUnit() {
        String s = "湖人队|以|１１２|比|１０８|险胜|勇士队|，|１１２|击败|勇士队";
        char[] c = chars(s);
        List<Mention> ms = list();
        EntityRules.numberedUnits(c, cuts(s), ms);
        assertTrue(ms.isEmpty(), ms::toString);
    }

    @Test
    void approximateCountOrClassifierAfterDigitsIsNoUnit() {
        String s = "建立|强制|戒毒所|６９０|多|所|，|新建|了|３５７|支|分队";
        char[] c = chars(s);
        List<Mention> ms = list();
        EntityRules.numberedUnits(c, cuts(s), ms);
        assertTrue(ms.isEmpty(), ms::toString);
    }

    @Test
    void nameAloneOnAMarkedLineIsABylineNotAPlace() {
        char[] c = chars("全文完。\n◆ 昌平\n");
        assertTrue(EntityRules.byline(c, new Mention(EntityType.PLACE, 7, 9)));
    }

    @Test
    void placeInsideAMarkedSentenceStaysAPlace() {
        char[] c = chars("◆ 昌平区举行活动\n");
        assertFalse(EntityRules.byline(c, new Mention(EntityType.PLACE, 2, 5)));
    }

    @Test
    void organisationStartingInsideALatinNameStartsWithIt() {
        char[] c = chars("收购ＳＴＲＡＴＡＣＯＭ公司，");
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 3, 12));
        EntityRules.latinHeads(c, ms);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 2, 12)), ms);
    }

    @Test
    void subUnitAfterAnOrganisationJoinsIt() {
        String s = "寄到|中央纪委|信访室|：";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 2, 6));
        EntityRules.orgChains(c, cuts(s), new boolean[c.length], LEX, hits(c), ms);
        assertTrue(has(ms, c, EntityType.ORGANIZATION, "中央纪委信访室"), ms::toString);
    }

    @Test
    void formerBeforeATitleEndsTheBody() {
        // 原 (former) opens the title 原党组书记: 党组 is no sub-unit of the department here
        String s = "自治区|财政厅|原|党组|书记|王某";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 0, 6));
        EntityRules.orgChains(c, cuts(s), new boolean[c.length], LEX, hits(c), ms);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 0, 6)), ms);
    }

    @Test
    void branchAfterABankHeadAndAPlaceIsOneOrganisation() {
        String s = "建行|北京市|分行|经营";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.PLACE, 2, 5));
        EntityRules.orgChains(c, cuts(s), new boolean[c.length], LEX, hits(c), ms);
        assertTrue(has(ms, c, EntityType.ORGANIZATION, "建行北京市分行"), ms::toString);
    }

    @Test
    void branchAfterACompanyAndATaggedPlaceIsOneOrganisation() {
        // 昌吉 is a two-char place (no long lexicon place) the segmenter read as a verb: the tagger's place carries it
        String s = "中国农业银行|股份|有限公司|昌吉|分行|开展";
        char[] c = chars(s);
        boolean[] notName = new boolean[c.length];
        notName[12] = notName[13] = true; // 昌吉/v
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 0, 12), new Mention(EntityType.PLACE, 12, 14));
        EntityRules.orgChains(c, cuts(s), notName, LEX, hits(c), ms);
        assertTrue(has(ms, c, EntityType.ORGANIZATION, "中国农业银行股份有限公司昌吉分行"), ms::toString);
        // the branch's own committee tagged as one organisation does not stop the chain
        String own = "中国银行|股份|有限公司|新疆维吾尔|自治区|分行|党委|书记";
        char[] o = chars(own);
        List<Mention> kept = list(new Mention(EntityType.ORGANIZATION, 0, 10),
                new Mention(EntityType.ORGANIZATION, 10, 22));
        EntityRules.orgChains(o, cuts(own), new boolean[o.length], LEX, hits(o), kept);
        assertTrue(has(kept, o, EntityType.ORGANIZATION, "中国银行股份有限公司新疆维吾尔自治区分行"), kept::toString);
    }

    @Test
    void placeEndingInASubUnitCharDoesNotJoinAnOrganisation() {
        String s = "新华社|莫斯科|１月|２５日|电";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 0, 3), new Mention(EntityType.PLACE, 3, 6));
        EntityRules.orgChains(c, cuts(s), new boolean[c.length], LEX, hits(c), ms);
        assertEquals(2, ms.size(), ms::toString);
    }

    @Test
    void listOfKnownBodiesIsNotChained() {
        String s = "民政部|财政部|发出|通知";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 0, 3), new Mention(EntityType.ORGANIZATION, 3, 6));
        EntityRules.orgChains(c, cuts(s), new boolean[c.length], LEX, hits(c), ms);
        assertFalse(has(ms, c, EntityType.ORGANIZATION, "民政部财政部"), ms::toString);
    }

    @Test
    void brandBeforeCompanyStartsTheCompanyName() {
        // 天腾/nz
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 2, 6)), brandCompanies("还有|天腾|公司|容错", 2, 4));
    }

    @Test
    void worksNumberedAfterANameAreAnOrganisationNotAPerson() {
        String s = "关于|刘桥|一|矿|改革";
        char[] c = chars(s);
        boolean[] notName = new boolean[c.length];
        notName[4] = true; // 一/m
        List<Mention> ms = list(new Mention(EntityType.PERSON, 2, 5));
        EntityRules.numeralUnits(c, cuts(s), notName, ms);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 2, 6, null, Mention.Priority.RULE)), ms);
    }

    @Test
    void nameRunningIntoAFollowingVerbIsTrimmed() {
        char[] c = chars("。周萌听罢连声叫好");
        List<Mention> ms = list(new Mention(EntityType.PERSON, 1, 4));
        EntityRules.trimPersons(c, LEX, ms);
        assertEquals(List.of(new Mention(EntityType.PERSON, 1, 3)), ms);
    }

    @Test
    void placeFollowedByRegionOrFacilityWordTakesItIn() {
        String[] texts = {"对|东亚|地区|的|出口", "感受|到|大理|机场|的"};
        String[] want = {"东亚地区", "大理机场"};
        for (int k = 0; k < texts.length; k++) {
            char[] c = chars(texts[k]);
            int start = new String(c).indexOf(want[k].substring(0, 2));
            List<Mention> ms = list(new Mention(EntityType.PLACE, start, start + 2));
            EntityRules.placeSuffixes(c, cuts(texts[k]), ms);
            assertTrue(has(ms, c, EntityType.PLACE, want[k]), ms::toString);
        }
    }

    @Test
    void placeFollowedByAOneCharTerrainWordTakesItIn() {
        String ridge = "心醉|凤凰|岭|人|的";
        String area = "北京|山区|的";
        char[] c = chars(ridge);
        List<Mention> ms = list(new Mention(EntityType.PLACE, 2, 4));
        EntityRules.placeSuffixes(c, cuts(ridge), ms);
        assertEquals(List.of(new Mention(EntityType.PLACE, 2, 5)), ms);
        char[] a = chars(area);
        List<Mention> inWord = list(new Mention(EntityType.PLACE, 0, 2));
        EntityRules.placeSuffixes(a, cuts(area), inWord);
        assertEquals(List.of(new Mention(EntityType.PLACE, 0, 2)), inWord); // 山区 is a word: 北京 stays
    }

    @Test
    void cityMarketIsNotAPlaceName() {
        String s = "天津|市场|上";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.PLACE, 0, 2));
        EntityRules.placeSuffixes(c, cuts(s), ms);
        assertEquals(List.of(new Mention(EntityType.PLACE, 0, 2)), ms);
    }

    @Test
    void placeMadeOfACountyAndATownshipIsSplit() {
        char[] c = chars("南漳县长坪镇黄潭村");
        List<Mention> ms = list(new Mention(EntityType.PLACE, 0, 6));
        EntityRules.splitPlaces(c, LEX, hits(c), ms);
        assertTrue(has(ms, c, EntityType.PLACE, "南漳县"), ms::toString);
        assertTrue(has(ms, c, EntityType.PLACE, "长坪镇"), ms::toString);
    }

    @Test
    void noNameAfterATitleInsideAWordOrAtAnOrdinaryWord() {
        // 主席国|时: the title is no word of its own; 总统|卫士|长: an ordinary word follows it; 农民|丰收节: a festival
        // (节 ends no name); 州长|郑敏 is a name
        for (String s : new String[]{"欧盟|轮值|主席国|时|，", "回国|任|总统|卫士|长|，", "举行|农民|丰收节|。"}) {
            List<Mention> out = applyAll(s);
            assertTrue(out.stream().noneMatch(m -> m.type() == EntityType.PERSON), s + ": " + out);
        }
        String s = "州长|郑|敏|一同|调研";
        List<Mention> out = applyAll(s);
        assertTrue(has(out, chars(s), EntityType.PERSON, "郑敏"), out::toString);
    }

    @Test
    void aKnownBodyInsideATaggedPersonIsPartOfTheName() {
        // 清华 (Tsinghua) is a known body, 新安 a known place: after a surname the tagger read as one name, they are
        // the given names (新华社记者李清华; 王新安 before a company, which must not start at 新安)
        String s = "新华社|记者|李|清华|，|王|新安|中国|成套|设备|进出口|公司";
        char[] c = chars(s);
        List<int[]> hits = new java.util.ArrayList<>();
        NerFeatures.lexiconCodes(c, LEX, hits);
        List<Mention> out = list(new Mention(EntityType.PERSON, 5, 8), new Mention(EntityType.PERSON, 9, 12));
        EntityRules.apply(c, cuts(s), new boolean[c.length], new int[c.length], LEX, hits, out);
        assertTrue(has(out, c, EntityType.PERSON, "李清华"), out::toString);
        assertFalse(has(out, c, EntityType.ORGANIZATION, "清华"), out::toString);
        assertTrue(has(out, c, EntityType.PERSON, "王新安"), out::toString);
        assertTrue(out.stream().noneMatch(m -> m.start() == 10 && m.type() == EntityType.ORGANIZATION), out::toString);
    }

    /** EntityRules.apply on a segmented text with its lexicon hits, no mentions before, nothing marked not-a-name. */
    private static List<Mention> applyAll(String segmented) {
        char[] c = chars(segmented);
        List<int[]> hits = new java.util.ArrayList<>();
        NerFeatures.lexiconCodes(c, LEX, hits);
        List<Mention> out = list();
        EntityRules.apply(c, cuts(segmented), new boolean[c.length], new int[c.length], LEX, hits, out);
        return out;
    }

    @Test
    void xiaoBeforeACommonNounIsNoFamiliarName() {
        // 党 is a surname too, but mostly a noun: 小党 is a small party, 小门 a small door
        String s = "分成|了|６个|小党|，|推开|小门|，|小许|说";
        char[] c = chars(s);
        List<Mention> out = list();
        EntityRules.familiarNames(c, cuts(s), new boolean[c.length], LEX,
                new EntityRules.Overlaps(c.length, List.of(), m -> true), out);
        assertFalse(has(out, c, EntityType.PERSON, "小党"), out::toString);
        assertFalse(has(out, c, EntityType.PERSON, "小门"), out::toString);
        assertTrue(has(out, c, EntityType.PERSON, "小许"), out::toString);
    }

    @Test
    void familiarFormsOfNamesArePersons() {
        String s = "“|老赵|，|去年|袁|老太|８８|大寿";
        char[] c = chars(s);
        List<Mention> out = list();
        EntityRules.familiarNames(c, cuts(s), new boolean[c.length], LEX,
                new EntityRules.Overlaps(c.length, List.of(), m -> true), out);
        assertTrue(has(out, c, EntityType.PERSON, "老赵"), out::toString);
        assertTrue(has(out, c, EntityType.PERSON, "袁"), out::toString);
    }

    @Test
    void ordinaryWordsAfterANumeralAreNotFamiliarNames() {
        String s = "几|位|师傅|的|谈话";
        char[] c = chars(s);
        boolean[] notName = new boolean[c.length];
        notName[0] = true; // 几/m
        notName[1] = true; // 位/q
        List<Mention> out = list();
        EntityRules.familiarNames(c, cuts(s), notName, LEX, new EntityRules.Overlaps(c.length, List.of(), m -> true), out);
        assertTrue(out.isEmpty(), out::toString);
    }

    @Test
    void placeRunningIntoTheNextWordLosesItsLastChar() {
        String s = "成了|武汉|市场|的";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.PLACE, 2, 5));
        EntityRules.trimPlaces(c, cuts(s), LEX, ms);
        assertEquals(List.of(new Mention(EntityType.PLACE, 2, 4)), ms);
    }

    @Test
    void mentionStartingInsideANumberedUnitStartsWhereTheUnitEnds() {
        // 在|第八|师|石河子市|调研: the tagger's 师石河子市 and 师可 of 第四师可克达拉市
        char[] c = "在第八师石河子市调研，第四师可克达拉市，八师，第十四团".toCharArray();
        List<Mention> ms = list(new Mention(EntityType.PLACE, 3, 8), new Mention(EntityType.PERSON, 13, 15),
                new Mention(EntityType.PLACE, 14, 19), new Mention(EntityType.PLACE, 20, 22),
                new Mention(EntityType.PERSON, 24, 26),
                new Mention(EntityType.PLACE, 3, 8, null, Mention.Priority.RULE));
        EntityRules.unitFragments(c, ms);
        // 石河子市 from the unit's end; 师可 and 十四 (inside 第十四团) go; 可克达拉市 and 八师 (no 第: no unit) stay, as
        // does a rule's mention
        assertEquals(List.of(new Mention(EntityType.PLACE, 4, 8), new Mention(EntityType.PLACE, 14, 19),
                new Mention(EntityType.PLACE, 20, 22), new Mention(EntityType.PLACE, 3, 8, null, Mention.Priority.RULE)), ms);
    }

    @Test
    void placeBeforeCityOwnedKeepsItsDivisionWord() {
        String s = "成为|杭州|市属|流通";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.PLACE, 2, 5));
        EntityRules.trimPlaces(c, cuts(s), LEX, ms);
        assertEquals(List.of(new Mention(EntityType.PLACE, 2, 5)), ms);
    }

    @Test
    void aWordForAKindOfAreaIsNoPartOfThePlaceBeforeIt() {
        // 今年|新疆|城镇|新增|就业 tagged 新疆城镇; 吕梁|山区 names a mountain region and stays
        String s = "今年|新疆|城镇|新增|就业|，|吕梁|山区";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.PLACE, 2, 6), new Mention(EntityType.PLACE, 11, 15));
        EntityRules.trimPlaces(c, cuts(s), LEX, ms);
        assertEquals(List.of(new Mention(EntityType.PLACE, 2, 4), new Mention(EntityType.PLACE, 11, 15)), ms);
    }

    @Test
    void aWeatherObservatoryAfterALevelWordIsOneBody() {
        String s = "自治区|气象台|发布|暴雪|预警";
        List<Mention> out = applyAll(s);
        assertTrue(has(out, chars(s), EntityType.ORGANIZATION, "自治区气象台"), out::toString);
    }

    @Test
    void aDisciplineCommissionWrittenWithItsSupervisoryCommissionIsOneBody() {
        String s = "自治区|纪委|监委|网站|发布";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 0, 5), new Mention(EntityType.PLACE, 5, 7));
        EntityRules.jointCommissions(c, ms);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 0, 7)), ms);
    }

    @Test
    void aNationalBodysOfficeInARegionIsOneOrganisationWithIt() {
        String s = "国家能源局|新疆|监管|办公室|召开|会议|，|国家能源局|新疆|代表|发言";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 0, 5), new Mention(EntityType.ORGANIZATION, 5, 12),
                new Mention(EntityType.ORGANIZATION, 17, 22), new Mention(EntityType.PLACE, 22, 24));
        EntityRules.regionalOffices(c, cuts(s), LEX, hits(c), ms);
        // the second body has no office after it
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 0, 12), new Mention(EntityType.ORGANIZATION, 17, 22),
                new Mention(EntityType.PLACE, 22, 24)), ms);
    }

    @Test
    void aTaggedOrganisationThatTheLexiconAddsAsAPlaceGivesWay() {
        // 西山农牧场 came out as both ORGANIZATION and PLACE; a rule's organisation stays
        List<Mention> added = list(new Mention(EntityType.PLACE, 5, 10));
        List<Mention> ms = list(new Mention(EntityType.PLACE, 0, 4), new Mention(EntityType.ORGANIZATION, 5, 10),
                new Mention(EntityType.ORGANIZATION, 11, 15, null, Mention.Priority.RULE),
                new Mention(EntityType.ORGANIZATION, 20, 26));
        added.add(new Mention(EntityType.PLACE, 11, 15));
        EntityRules.giveWay(added, EntityType.PLACE, EntityType.ORGANIZATION, ms);
        assertEquals(List.of(new Mention(EntityType.PLACE, 0, 4),
                new Mention(EntityType.ORGANIZATION, 11, 15, null, Mention.Priority.RULE),
                new Mention(EntityType.ORGANIZATION, 20, 26)), ms);
    }

    @Test
    void aPlacesProduceIsNoPartOfThePlace() {
        // 库尔勒|香梨 was tagged one place; 喀纳斯|景区 (a kind of place) stays one
        String s = "库尔勒|香梨|和|喀纳斯|景区|闻名";
        char[] c = chars(s);
        boolean[] cut = cuts(s);
        byte[] posStart = new byte[c.length + 1];
        posStart[3] = posStart[9] = PersonRules.NOUN;
        List<Mention> ms = list(new Mention(EntityType.PLACE, 0, 5), new Mention(EntityType.PLACE, 6, 11));
        EntityRules.producePlaces(c, cut, posStart, LEX, ms);
        assertEquals(List.of(new Mention(EntityType.PLACE, 0, 3), new Mention(EntityType.PLACE, 6, 11)), ms);
        // a last word that is no noun stays (the segmenter's verb or place word)
        List<Mention> verb = list(new Mention(EntityType.PLACE, 0, 5));
        EntityRules.producePlaces(c, cut, new byte[c.length + 1], LEX, verb);
        assertEquals(List.of(new Mention(EntityType.PLACE, 0, 5)), verb);
    }

    @Test
    void anAcademysInstituteInARegionIsOneOrganisationWithIt() {
        // as People's Daily writes [中国/ns 科学院/n 沈阳/ns 金属/n 研究所/n]nt
        String s = "中国科学院|新疆|生态|与|地理|研究所|研究员";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 0, 5), new Mention(EntityType.ORGANIZATION, 5, 15));
        EntityRules.regionalOffices(c, cuts(s), LEX, hits(c), ms);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 0, 15)), ms);
    }

    @Test
    void theArmyWithACommandTheLexiconKnowsIsOneOrganisation() {
        // as People's Daily writes [解放军/n 总后勤部/n]nt; a command the lexicon does not know stays apart
        String s = "中国人民解放军|东部战区|发言人|和|解放军|某|战区";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 0, 7), new Mention(EntityType.ORGANIZATION, 7, 11),
                new Mention(EntityType.ORGANIZATION, 15, 18), new Mention(EntityType.ORGANIZATION, 18, 21));
        EntityRules.regionalOffices(c, cuts(s), LEX, hits(c), ms);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 0, 11), new Mention(EntityType.ORGANIZATION, 15, 18),
                new Mention(EntityType.ORGANIZATION, 18, 21)), ms);
    }

    @Test
    void aCityTaxBureauIsNamedUnderTheStateTaxationAdministration() {
        // the official name since 2018: 国家税务总局乌鲁木齐市税务局, with its units after it
        String s = "国家税务总局|乌鲁木齐市|税务局|第一|稽查局|查处|案件";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 0, 6), new Mention(EntityType.ORGANIZATION, 6, 19),
                new Mention(EntityType.PLACE, 6, 11));
        EntityRules.regionalOffices(c, cuts(s), LEX, hits(c), ms);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 0, 19), new Mention(EntityType.PLACE, 6, 11)), ms);
    }

    @Test
    void aGroupsCompanyInARegionIsOneOrganisationWithTheGroup() {
        // 国家电投 is the lexicon's; its group's company in Xinjiang bears the group's name
        String s = "国家电投|集团|新疆|能源|化工|有限责任公司|与|华为|新疆|公司";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 0, 6), new Mention(EntityType.ORGANIZATION, 6, 18),
                new Mention(EntityType.ORGANIZATION, 19, 21), new Mention(EntityType.ORGANIZATION, 21, 25));
        EntityRules.regionalOffices(c, cuts(s), LEX, hits(c), ms);
        // 华为 is no group, and 公司 no office
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 0, 18), new Mention(EntityType.ORGANIZATION, 19, 21),
                new Mention(EntityType.ORGANIZATION, 21, 25)), ms);
    }

    @Test
    void brandBeforeABuildingWordIsAPlace() {
        // 华联/nz
        assertEquals(List.of(new Mention(EntityType.PLACE, 2, 6)), brandCompanies("北京|华联|商厦|开业", 2, 4));
    }

    @Test
    void japaneseNameCutAfterThreeCharsTakesItsLastChar() {
        String s = "捐资人|杉山|绢子|女士|表示";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.PERSON, 3, 6));
        EntityRules.extendPersons(c, cuts(s), new boolean[c.length], LEX, ms);
        assertEquals(List.of(new Mention(EntityType.PERSON, 3, 7)), ms);
    }

    @Test
    void chineseNameWithADoubleSurnameIsNotExtended() {
        String s = "。|司马迁|忍|宫刑";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.PERSON, 1, 4));
        EntityRules.extendPersons(c, cuts(s), new boolean[c.length], LEX, ms);
        assertEquals(List.of(new Mention(EntityType.PERSON, 1, 4)), ms);
    }

    @Test
    void nameEndingInAFollowerCharKeepsItBeforeDeng() {
        char[] c = chars("会长魏合想等著名侨领");
        List<Mention> ms = list(new Mention(EntityType.PERSON, 2, 5));
        EntityRules.trimPersons(c, LEX, ms);
        assertEquals(List.of(new Mention(EntityType.PERSON, 2, 5)), ms);
    }

    @Test
    void nameEndingInAFollowerCharLosesItBeforeOtherWords() {
        char[] c = chars("周萌听罢连声叫好");
        List<Mention> ms = list(new Mention(EntityType.PERSON, 0, 3));
        EntityRules.trimPersons(c, LEX, ms);
        assertEquals(List.of(new Mention(EntityType.PERSON, 0, 2)), ms);
    }

    @Test
    void aRunOfUnitsWithoutSeparatorsIsSplitIntoOrganisations() {
        String s = "天津儿童艺术剧团天津科学技术出版社辽宁省计生委吉林省农业科学院";
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 0, s.length()));
        EntityRules.splitUnitLists(chars(s), LEX, ms);
        assertEquals(List.of("天津儿童艺术剧团", "天津科学技术出版社", "辽宁省计生委", "吉林省农业科学院"),
                ms.stream().map(m -> s.substring(m.start(), m.end())).toList());
        // a unit under its parent, a branch and a university's centre stay whole
        for (String whole : List.of("中国科学院上海有机化学研究所", "中国人民银行上海市分行", "北京大学中国经济研究中心")) {
            List<Mention> one = list(new Mention(EntityType.ORGANIZATION, 0, whole.length()));
            EntityRules.splitUnitLists(chars(whole), LEX, one);
            assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 0, whole.length())), one, whole);
        }
    }

    @Test
    void aNameBetweenATitleAndAProvinceIsCutOutOfAnOrganisation() {
        // an honour roll: the organisation read across 农艺师张谊模 and the one starting inside 付孝仁 are cut; a
        // unit that starts with surname chars and no title before it (武警湖北总队) stays whole
        String s = "主任医师付孝仁四川省天地出版社社长林万清，重庆市农业科学研究所农艺师张谊模云南省歌舞团演员陆自福。武警湖北总队";
        int fu = s.indexOf("孝仁"), chong = s.indexOf("重庆"), wu = s.indexOf("武警");
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, fu, s.indexOf("社长")),
                new Mention(EntityType.PERSON, fu - 1, fu),
                new Mention(EntityType.ORGANIZATION, chong, s.indexOf("演员")),
                new Mention(EntityType.ORGANIZATION, wu, s.length()));
        List<int[]> hits = new ArrayList<>();
        NerFeatures.lexiconCodes(chars(s), LEX, hits);
        EntityRules.namesBeforeUnits(chars(s), LEX, hits, ms);
        assertEquals(List.of("ORGANIZATION 武警湖北总队", "ORGANIZATION 四川省天地出版社", "ORGANIZATION 重庆市农业科学研究所",
                        "ORGANIZATION 云南省歌舞团", "PERSON 付孝仁", "PERSON 张谊模"),
                ms.stream().map(m -> m.type() + " " + s.substring(m.start(), m.end())).toList());
        // outside any organisation, after a title of the lexicon: 黄精一 (the tagger's 黄精 gives way); 来到 is a word,
        // and 到 of 来到南 no given-name char
        String t = "话剧团演员黄精一宁夏回族自治区银川市，演员来到北京，记者来到南中国大酒店";
        List<Mention> ts = list(new Mention(EntityType.PERSON, 5, 7));
        List<int[]> th = new ArrayList<>();
        NerFeatures.lexiconCodes(chars(t), LEX, th);
        EntityRules.namesBeforeUnits(chars(t), LEX, th, ts);
        assertEquals(List.of("PERSON 黄精一"), ts.stream().map(m -> m.type() + " " + t.substring(m.start(), m.end())).toList());
        // a word and a preposition after the title 女士 are no name: 毕业于 (毕 is a surname, 业 and 于 given-name chars)
        String u = "李红梅女士毕业于北京师范大学";
        List<Mention> us = list(new Mention(EntityType.PERSON, 0, 3));
        List<int[]> uh = new ArrayList<>();
        NerFeatures.lexiconCodes(chars(u), LEX, uh);
        EntityRules.namesBeforeUnits(chars(u), LEX, uh, us);
        assertEquals(List.of("PERSON 李红梅"), us.stream().map(m -> m.type() + " " + u.substring(m.start(), m.end())).toList());
    }

    @Test
    void aPlaceWrittenWithPartOfItsNameInBracketsIsOnePlace() {
        // 京秦（皇岛）线: the tagger's 秦（皇岛 gives way; （长）江 has its first char in brackets
        char[] c = NerFeatures.fold("走京秦（皇岛）线，引向（长）江。", 0, 16);
        List<Mention> ms = list(new Mention(EntityType.PLACE, 2, 6));
        EntityRules.bracketedPlaces(c, LEX, ms);
        assertEquals(List.of(new Mention(EntityType.PLACE, 2, 7, null, Mention.Priority.RULE),
                new Mention(EntityType.PLACE, 11, 15, null, Mention.Priority.RULE)), ms);
        // a list's number (（四）会同) and a bracket that completes no place (电脑（北京）) are left alone
        char[] other = NerFeatures.fold("（四）会同公安部门，东计电脑（北京）有限公司", 0, 22);
        List<Mention> kept = list(new Mention(EntityType.ORGANIZATION, 10, 22));
        EntityRules.bracketedPlaces(other, LEX, kept);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 10, 22)), kept);
    }

    @Test
    void aLexiconPlaceTheSegmenterReadsAsAPlaceIsOneWhereNoMentionLies() {
        // 开发|淮北/ns|煤层气: the tagger left 淮北 out; 大理/ns|石 starts the word 大理石 (marble)
        String s = "开发|淮北|煤层气，临街的|大理|石柱";
        char[] c = chars(s);
        int[] placeWord = new int[c.length + 1];
        placeWord[2] = 4;   // 淮北/ns
        placeWord[11] = 13; // 大理/ns
        List<int[]> hits = new ArrayList<>();
        NerFeatures.lexiconCodes(c, LEX, hits);
        List<Mention> ms = list();
        EntityRules.lexiconPlaces(c, placeWord, hits, ms);
        assertEquals(List.of(new Mention(EntityType.PLACE, 2, 4, null, Mention.Priority.RULE)), ms);
        // where a mention lies already, nothing is added
        List<Mention> taken = list(new Mention(EntityType.ORGANIZATION, 2, 7));
        EntityRules.lexiconPlaces(c, placeWord, hits, taken);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 2, 7)), taken);
    }

    @Test
    void aliasDefinedInBracketsAfterAnOrganisationIsOneToo() {
        String s = "新疆信发铝业有限公司（以下简称“信发铝业”）位于五家渠。";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 0, 10));
        EntityRules.definedAliases(c, ms);
        assertTrue(has(ms, c, EntityType.ORGANIZATION, "信发铝业"), ms.toString());
        assertEquals(2, ms.size());
        // unquoted, two names of a 、-list, each taken by the name it abbreviates
        String list = "中国热带农业科学院、华南热带农业大学（简称热科院、热农大）合作";
        char[] l = chars(list);
        List<Mention> two = list(new Mention(EntityType.ORGANIZATION, 0, 9),
                new Mention(EntityType.ORGANIZATION, 10, 18));
        EntityRules.definedAliases(l, two);
        assertTrue(has(two, l, EntityType.ORGANIZATION, "热科院"), two.toString());
        assertTrue(has(two, l, EntityType.ORGANIZATION, "热农大"), two.toString());
        // a Latin acronym alone in the brackets
        String acronym = "世界贸易组织（WTO）发布";
        char[] a = chars(acronym);
        List<Mention> wto = list(new Mention(EntityType.ORGANIZATION, 0, 6));
        EntityRules.definedAliases(a, wto);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 0, 6),
                new Mention(EntityType.ORGANIZATION, 7, 10, null, Mention.Priority.RULE)), wto);
    }

    @Test
    void bracketsAfterANameDefineNoAliasOfOtherWords() {
        // a party to a contract, an ordinary word, a Han word in brackets without a cue, chars not from the name
        for (String s : new String[]{"新疆天业集团有限公司（以下简称“乙方”）签订", "新疆天业集团有限公司（以下简称“公司”）签订",
                "新疆天业集团有限公司（天业）签订", "新疆天业集团有限公司（以下简称“中泰”）签订"}) {
            char[] c = chars(s);
            List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 0, 10));
            EntityRules.definedAliases(c, ms);
            assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 0, 10)), ms, s);
        }
    }

    @Test
    void latinNamesAreNotFoundAgainInFoldedText() {
        // folded, WHO and GDP are both AAA: the acronym must not spread to GDP
        String s = "世界|卫生|组织|（|WHO|）|发布|。|今年|GDP|增长";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 0, 6),
                new Mention(EntityType.ORGANIZATION, 7, 10));
        EntityRules.propagate(c, cuts(s), ms);
        assertEquals(2, ms.size(), ms.toString());
    }

    @Test
    void villageWordAfterATownshipIsAPlaceInsideItsBody() {
        String s = "托克扎克镇|阔什艾日克村|党支部|书记";
        char[] c = chars(s);
        int[] placeWord = new int[c.length + 1];
        placeWord[0] = 5;  // 托克扎克镇/ns
        placeWord[5] = 11; // 阔什艾日克村/ns
        List<Mention> ms = list(new Mention(EntityType.PLACE, 0, 5), new Mention(EntityType.ORGANIZATION, 0, 14));
        EntityRules.villagesAfterTownships(c, cuts(s), new byte[c.length + 1], placeWord, ms);
        assertTrue(has(ms, c, EntityType.PLACE, "阔什艾日克村"), ms::toString);
        // not without the township before it
        List<Mention> alone = list(new Mention(EntityType.ORGANIZATION, 0, 14));
        EntityRules.villagesAfterTownships(c, cuts(s), new byte[c.length + 1], placeWord, alone);
        assertEquals(1, alone.size(), alone::toString);
    }

    @Test
    void townshipAfterAUnitIsAPlace() {
        String s = "他|来到|一四三团|花园镇|。|花园|里";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 3, 7));
        EntityRules.townsAfterUnits(c, cuts(s), hits(c), ms);
        assertTrue(has(ms, c, EntityType.PLACE, "花园镇"), ms::toString);
        // not without a unit before it
        String alone = "他|来到|花园镇|。";
        char[] a = chars(alone);
        List<Mention> none = list();
        EntityRules.townsAfterUnits(a, cuts(alone), hits(a), none);
        assertTrue(none.isEmpty(), none::toString);
        // inside an organisation it nests; inside a person it does not
        String body = "石河子市|北泉镇|党委|书记";
        char[] b = chars(body);
        List<Mention> inBody = list(new Mention(EntityType.PLACE, 0, 4), new Mention(EntityType.ORGANIZATION, 0, 9));
        EntityRules.townsAfterUnits(b, cuts(body), hits(b), inBody);
        assertTrue(has(inBody, b, EntityType.PLACE, "北泉镇"), inBody::toString);
        List<Mention> inPerson = list(new Mention(EntityType.PLACE, 0, 4), new Mention(EntityType.PERSON, 4, 7));
        EntityRules.townsAfterUnits(b, cuts(body), hits(b), inPerson);
        assertEquals(2, inPerson.size(), inPerson::toString);
    }

    @Test
    void organisationLedByADistrictTakesInTheCityBeforeIt() {
        String s = "乌鲁木齐市|米东区|古|牧地|镇东|工村|党支部|书记";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.PLACE, 0, 5), new Mention(EntityType.PLACE, 5, 8),
                new Mention(EntityType.ORGANIZATION, 5, 18));
        EntityRules.higherDivisionsBefore(c, ms);
        assertTrue(has(ms, c, EntityType.ORGANIZATION, "乌鲁木齐市米东区古牧地镇东工村党支部"), ms::toString);
        // a body that starts with no division stays as it is (北京市|大学生 艺术团)
        String other = "北京市|大学生|艺术团";
        char[] o = chars(other);
        List<Mention> kept = list(new Mention(EntityType.PLACE, 0, 3), new Mention(EntityType.ORGANIZATION, 3, 9));
        EntityRules.higherDivisionsBefore(o, kept);
        assertTrue(has(kept, o, EntityType.ORGANIZATION, "大学生艺术团"), kept::toString);
    }

    @Test
    void aTaggedDistrictWithARoadInItIsTwoPlaces() {
        char[] c = chars("上海市|浦东|新区|世纪|大道|100号");
        List<Mention> ms = list(new Mention(EntityType.PLACE, 3, 11));
        EntityRules.townshipVillages(c, LEX, ms);
        assertTrue(has(ms, c, EntityType.PLACE, "浦东新区"), ms::toString);
        assertTrue(has(ms, c, EntityType.PLACE, "世纪大道"), ms::toString);
        // a road of two chars after its district stays one place with it
        char[] short2 = chars("朝阳区|中路");
        List<Mention> kept = list(new Mention(EntityType.PLACE, 0, 5));
        EntityRules.townshipVillages(short2, LEX, kept);
        assertEquals(List.of(new Mention(EntityType.PLACE, 0, 5)), kept);
    }

    @Test
    void aLegOfACompetitionIsItsCityNotAStation() {
        char[] c = chars("世界杯|北京站|比赛");
        List<Mention> ms = list(new Mention(EntityType.PLACE, 3, 6));
        EntityRules.competitionLegs(c, ms);
        assertEquals(List.of(new Mention(EntityType.PLACE, 3, 5)), ms);
        char[] station = chars("抵达|北京站");
        List<Mention> kept = list(new Mention(EntityType.PLACE, 2, 5));
        EntityRules.competitionLegs(station, kept);
        assertEquals(List.of(new Mention(EntityType.PLACE, 2, 5)), kept);
    }

    @Test
    void compassPartsAreNoPlaces() {
        // and 南路 of 北京|南路 (a road after its place)
        char[] c = chars("内蒙古|中东部|、|东北|地区|，|北京|南路");
        List<Mention> ms = list(new Mention(EntityType.PLACE, 0, 3), new Mention(EntityType.PLACE, 3, 5),
                new Mention(EntityType.PLACE, 12, 14), new Mention(EntityType.PLACE, 14, 16));
        EntityRules.compassParts(c, ms);
        assertEquals(List.of(new Mention(EntityType.PLACE, 0, 3), new Mention(EntityType.PLACE, 12, 14)), ms);
        char[] tribes = chars("中东|部落|冲突");
        List<Mention> kept = list(new Mention(EntityType.PLACE, 0, 2));
        EntityRules.compassParts(tribes, kept);
        assertEquals(List.of(new Mention(EntityType.PLACE, 0, 2)), kept);
    }

    @Test
    void unitsTakeTheCharTheirHeadRepeats() {
        char[] c = chars("国家|卫生|健康委|纪检|监察|组|组长|钟学兵");
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 0, 11));
        EntityRules.unitsBeforeTheirHeads(c, cuts("国家|卫生|健康委|纪检|监察|组|组长|钟学兵"), ms);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 0, 12)), ms);
        char[] bureau = chars("国家|统计局|局长");
        List<Mention> kept = list(new Mention(EntityType.ORGANIZATION, 0, 5));
        EntityRules.unitsBeforeTheirHeads(bureau, cuts("国家|统计局|局长"), kept);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 0, 5)), kept);
    }

    @Test
    void aFirmTakesThePersonBeforeItsPartnersName() {
        String seg = "曾|就职|于|普华永道|中天|会计师|事务所";
        char[] c = chars(seg);
        List<Mention> ms = list(new Mention(EntityType.PERSON, 4, 8));
        EntityRules.tradeNameFirms(c, cuts(seg), new boolean[c.length], ms);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 4, 16, null, Mention.Priority.RULE)), ms);
        // a person the tagger started on the last char of a word starts the firm at the next word
        String after = "会计师|事务所|天|健|会计师|事务所|出具";
        char[] a = chars(after);
        List<Mention> as = list(new Mention(EntityType.PERSON, 5, 8));
        EntityRules.tradeNameFirms(a, cuts(after), new boolean[a.length], as);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 6, 14, null, Mention.Priority.RULE)), as);
    }

    @Test
    void aHeadlessOrganisationGivesWayToItsPlacesButANumberedSchoolStays() {
        char[] c = chars("湖南省|长沙市|综合|调控|，|北京|四中");
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 0, 10), new Mention(EntityType.ORGANIZATION, 11, 15));
        EntityRules.headlessOrganisations(c, LEX, hits(c), ms);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 11, 15), new Mention(EntityType.PLACE, 0, 3),
                new Mention(EntityType.PLACE, 3, 6)), ms);
    }

    @Test
    void aMemorialHallStartingAtACommonWordStartsAtThePlaceBeforeIt() {
        String seg = "侵华|日军|南京大屠杀|遇难|同胞|纪念馆|，|北京|市民|参观|同胞|纪念馆";
        char[] c = chars(seg);
        boolean[] notName = new boolean[c.length];
        notName[9] = notName[10] = true; // 遇难/v
        notName[21] = notName[22] = true; // 参观/v
        List<int[]> hits = List.of(new int[]{4, 6, NerLexicon.PLACE}, new int[]{17, 19, NerLexicon.PLACE});
        List<Mention> ms = list(new Mention(EntityType.PLACE, 11, 16), new Mention(EntityType.PLACE, 23, 28));
        EntityRules.memorialHalls(c, cuts(seg), notName, hits, ms);
        // inside 南京大屠杀 the place names the event; 参观 between 北京 and the hall ends the name
        assertEquals(List.of(new Mention(EntityType.PLACE, 4, 16), new Mention(EntityType.PLACE, 23, 28)), ms);
    }

    @Test
    void buildingAPlantSomewhereNamesNoPlant() {
        String seg = "将|在|高雄|扩厂|，|上海|江南|造船厂";
        char[] c = chars(seg);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 2, 6), new Mention(EntityType.ORGANIZATION, 7, 14));
        EntityRules.organisationsOverVerbs(c, cuts(seg), new byte[c.length + 1], new byte[c.length + 1], hits(c), ms);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 7, 14)), ms);
    }

    @Test
    void aCompanyAfterADeterminerOrACountOr某IsUnnamed() {
        String seg = "该|科技|有限公司|，|一|家|投资|管理|有限公司|，|某某|科技|有限公司|，|华为|技术|有限公司";
        char[] c = chars(seg);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 1, 7), new Mention(EntityType.ORGANIZATION, 10, 18),
                new Mention(EntityType.ORGANIZATION, 21, 27), new Mention(EntityType.ORGANIZATION, 28, 36));
        EntityRules.organisationsOverVerbs(c, cuts(seg), new byte[c.length + 1], new byte[c.length + 1], hits(c), ms);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 28, 36)), ms);
    }

    @Test
    void aForeignNameStartingInsideAKnownNameTakesItsStart() {
        char[] c = chars("主帅|伊|万|科|维奇|赛后|致歉");
        List<Mention> ms = list(new Mention(EntityType.PERSON, 4, 7));
        EntityRules.foreignNamesOverKnownNames(c, hits(c), ms); // 万科 is a company of the lexicon
        assertEquals(List.of(new Mention(EntityType.PERSON, 2, 7)), ms);
    }

    @Test
    void wordsOfTodaysNewsAreNoNames() {
        // Xinjiang's instruments, arts and fabrics: the tagger read them as names, alone or with the next char
        char[] c = chars("弹奏|都塔尔|，|阿依特斯|弹唱会|，|穿着|艾德莱斯|绸|，|买买提|弹唱");
        List<Mention> ms = list(new Mention(EntityType.PERSON, 2, 5), new Mention(EntityType.PERSON, 6, 11),
                new Mention(EntityType.PERSON, 16, 20), new Mention(EntityType.PERSON, 22, 25));
        NerRecognizer.modernWordsAsNames(c, LEX, ms);
        assertEquals(List.of(new Mention(EntityType.PERSON, 22, 25)), ms);
        // nor dog breeds, nor 片区 (a zone; the segmenter tagged it ns)
        char[] dogs = chars("邻居家|的|哈士奇|拆家|了|，|金毛|很|温顺|，|四川|片区");
        List<Mention> ds = list(new Mention(EntityType.PERSON, 4, 7), new Mention(EntityType.PERSON, 11, 13),
                new Mention(EntityType.PLACE, 19, 21));
        NerRecognizer.modernWordsAsNames(dogs, LEX, ds);
        assertEquals(List.of(), ds);
    }

    @Test
    void aModernWordAndAPlantAreAKindOfPlant() {
        // 晶圆厂 and 光伏工厂 are kinds of plant; 美团 is a company of the lexicon, 美团厂 is kept
        char[] c = chars("十二英寸|晶圆厂|，|光伏|工厂|，|美团|厂");
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 4, 7), new Mention(EntityType.ORGANIZATION, 8, 12),
                new Mention(EntityType.ORGANIZATION, 13, 16));
        NerRecognizer.modernWordsAsNames(c, LEX, ms);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 13, 16)), ms);
    }

    @Test
    void anOrganisationEndingOn社Of社区TakesTheCommunity() {
        String seg = "新市区|二工|街道|北京|南路|社区|的|志愿者";
        char[] c = chars(seg);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 0, 12));
        EntityRules.unitsBeforeTheirHeads(c, cuts(seg), ms);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 0, 13)), ms);
        // one holding 街道 that ends right before the word 社区 takes it; a university before 社区 does not
        String addr = "南山区|粤海|街道|科技园|社区|，|清华大学|社区|服务|中心";
        char[] a = chars(addr);
        List<Mention> as = list(new Mention(EntityType.ORGANIZATION, 0, 10), new Mention(EntityType.ORGANIZATION, 13, 17));
        EntityRules.unitsBeforeTheirHeads(a, cuts(addr), as);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 0, 12), new Mention(EntityType.ORGANIZATION, 13, 17)), as);
    }
}
