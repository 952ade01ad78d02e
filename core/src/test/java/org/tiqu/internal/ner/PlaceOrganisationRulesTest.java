package org.tiqu.internal.ner;

import org.junit.jupiter.api.Test;
import org.tiqu.EntityType;
import org.tiqu.internal.recognize.Mention;

import java.util.ArrayList;
import java.util.List;

import static org.tiqu.internal.ner.RuleFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PLACE / ORGANIZATION rules of {@link EntityRules} and {@link PlaceAlignment} on hand-made tagger output (word
 * boundaries as the segmenter would cut, {@code |} in the strings below), whatever the bundled model proposes.
 */
class PlaceOrganisationRulesTest {
    private static final NerLexicon LEX = NerLexicon.get();

    @Test
    void countryAbbreviationBeforeABodyBelongsToIt() {
        String s = "贿赂|日|大藏省|两|官员";
        char[] c = chars(s);
        boolean[] notName = new boolean[c.length];
        notName[0] = notName[1] = true; // 贿赂/v
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 3, 6));
        EntityRules.ownerAbbreviations(c, cuts(s), notName, LEX, ms);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 2, 6)), ms);
    }

    @Test
    void prepositionBeforeABodyIsNoCountry() {
        String s = "以|友谊集团|为例";
        char[] c = chars(s);
        boolean[] notName = new boolean[c.length];
        notName[0] = true; // 以/p
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 1, 5));
        EntityRules.ownerAbbreviations(c, cuts(s), notName, LEX, ms);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 1, 5)), ms);
    }

    @Test
    void pairOfCountriesBeforeABodyIsNoOwner() {
        String s = "签署|了|中|美|国防部";
        char[] c = chars(s);
        boolean[] notName = new boolean[c.length];
        notName[0] = notName[1] = notName[2] = true; // 签署/v 了/u
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 4, 8));
        EntityRules.ownerAbbreviations(c, cuts(s), notName, LEX, ms);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 4, 8)), ms);
    }

    @Test
    void numberedUnitJoinsTheArmedForceBeforeIt() {
        String s = "，|新四军|二十六|团|指导员";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 4, 8));
        EntityRules.prefixedUnits(c, cuts(s), new boolean[c.length], ms);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 1, 8)), ms);
    }

    @Test
    void numberedUnitJoinsTheOrganisationBeforeIt() {
        String s = "在|大庆|油田|1205|钻井队|，";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 1, 5),
                new Mention(EntityType.ORGANIZATION, 5, 12));
        EntityRules.prefixedUnits(c, cuts(s), new boolean[c.length], ms);
        assertTrue(has(ms, c, EntityType.ORGANIZATION, "大庆油田0000钻井队"), ms::toString);
    }

    @Test
    void placeStartingWithANumeralIsNoNumberedUnit() {
        String s = "冠军|四川|男排|因为";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 2, 6));
        EntityRules.prefixedUnits(c, cuts(s), new boolean[c.length], ms);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 2, 6)), ms);
    }

    @Test
    void conjunctionBetweenNameWordsStaysInsideTheOrganisation() {
        String s = "越南|计划|和|投资部|近日";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.PLACE, 0, 2));
        EntityRules.placeOrganisations(c, cuts(s), new boolean[c.length], LEX, ms);
        assertTrue(has(ms, c, EntityType.ORGANIZATION, "越南计划和投资部"), ms::toString);
    }

    @Test
    void conjunctionRightAfterThePlaceJoinsNoOrganisation() {
        String s = "北京|和|上海|公司";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.PLACE, 0, 2), new Mention(EntityType.PLACE, 3, 5));
        EntityRules.placeOrganisations(c, cuts(s), new boolean[c.length], LEX, ms);
        assertTrue(ms.stream().noneMatch(m -> m.type() == EntityType.ORGANIZATION && m.start() == 0), ms::toString);
    }

    @Test
    void functionCharInsideALongerWordDoesNotEndAnOrganisation() {
        String s = "动员|兰州|师范|高等|专科学校|捐赠";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.PLACE, 2, 4));
        EntityRules.placeOrganisations(c, cuts(s), new boolean[c.length], LEX, ms);
        assertTrue(has(ms, c, EntityType.ORGANIZATION, "兰州师范高等专科学校"), ms::toString);
    }

    @Test
    void brandBeforeASchoolNamesIt() {
        // 鸿宇/nz
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 2, 6)), brandCompanies("创建|鸿宇|中学|。", 2, 4));
    }

    @Test
    void armedForceBeforeAPlaceLedOrganisationHeadsIt() {
        String s = "、|武警|内蒙古|边防|总队|官兵";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 3, 10));
        EntityRules.headedPlaceOrganisations(c, cuts(s), new int[c.length], LEX, hits(c), ms);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 1, 10)), ms);
    }

    @Test
    void championBeforeATeamIsNoArmedForce() {
        String s = "世界|冠军|挪威|队|以";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 4, 7));
        EntityRules.headedPlaceOrganisations(c, cuts(s), new int[c.length], LEX, hits(c), ms);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 4, 7)), ms);
    }

    @Test
    void placeStartingInsideAPlaceWordBecomesThatWord() {
        String s = "位于|大巴山|南麓|余脉";
        char[] c = chars(s);
        int[] placeWord = new int[c.length + 1];
        placeWord[2] = 5; // 大巴山/ns
        List<Mention> ms = list(new Mention(EntityType.PLACE, 4, 6)); // 山南
        PlaceAlignment.apply(c, cuts(s), placeWord, new EntityRules.HitIndex(List.of(), c.length), ms);
        assertEquals(List.of(new Mention(EntityType.PLACE, 2, 5)), ms);
    }

    @Test
    void placeEndingInsideTheNextWordEndsWithItsPlaceWord() {
        String s = "的|大宁河|小三峡|中";
        char[] c = chars(s);
        int[] placeWord = new int[c.length + 1];
        placeWord[1] = 4; // 大宁河/ns
        List<Mention> ms = list(new Mention(EntityType.PLACE, 1, 5)); // 大宁河小
        PlaceAlignment.apply(c, cuts(s), placeWord, new EntityRules.HitIndex(List.of(), c.length), ms);
        assertEquals(List.of(new Mention(EntityType.PLACE, 1, 4)), ms);
    }

    @Test
    void placeBeforeADivisionWordKeepsItsDivisionChar() {
        String s = "成为|杭州|市属|流通";
        char[] c = chars(s);
        int[] placeWord = new int[c.length + 1];
        placeWord[2] = 4; // 杭州/ns
        List<Mention> ms = list(new Mention(EntityType.PLACE, 2, 5)); // 杭州市
        PlaceAlignment.apply(c, cuts(s), placeWord, new EntityRules.HitIndex(List.of(), c.length), ms);
        assertEquals(List.of(new Mention(EntityType.PLACE, 2, 5)), ms);
    }

    @Test
    void aTownshipsDivisionCharGluedToTheNextPlaceStaysWithTheTownship() {
        // the tagger: 清水河镇|江阴; the segmenter: 清水河/ns 镇江/ns 阴/a
        String s = "霍城县|清水河|镇江|阴|工业|园区";
        char[] c = chars(s);
        int[] placeWord = new int[c.length + 1];
        placeWord[0] = 3; // 霍城县/ns
        placeWord[3] = 6; // 清水河/ns
        placeWord[6] = 8; // 镇江/ns
        List<Mention> ms = list(new Mention(EntityType.PLACE, 0, 3), new Mention(EntityType.PLACE, 3, 7),
                new Mention(EntityType.PLACE, 7, 9));
        PlaceAlignment.apply(c, cuts(s), placeWord, new EntityRules.HitIndex(List.of(), c.length), ms);
        assertEquals(List.of(new Mention(EntityType.PLACE, 0, 3), new Mention(EntityType.PLACE, 3, 7),
                new Mention(EntityType.PLACE, 7, 9)), ms);
    }

    @Test
    void aPlaceAfterZaiAndAVerbOfSettingUpIsNoOrganisation() {
        String s = "将|在|匈牙利|德布勒森|建设|电池|工厂|。|他|在|中国|建设|银行|工作";
        char[] c = chars(s);
        boolean[] notName = new boolean[c.length];
        for (String verb : new String[]{"建设", "工作"}) {
            for (int i = new String(c).indexOf(verb); i >= 0; i = new String(c).indexOf(verb, i + 1)) {
                notName[i] = notName[i + 1] = true;
            }
        }
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 2, 15), new Mention(EntityType.ORGANIZATION, 18, 24));
        EntityRules.plannedSites(c, cuts(s), notName, LEX, ms);
        // 中国建设银行 is a name the lexicon knows
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 18, 24)), ms);
    }

    @Test
    void aSettingUpWordTheSegmenterTagsNoVerbCountsBeforeABuiltSite() {
        // 建设/vn: the segmenter's part of speech marks no verb there
        String s = "在|哈密|建设|光伏|电站|。|在|乌鲁木齐市|城乡|建设|管理局|上班";
        char[] c = chars(s);
        boolean[] notName = new boolean[c.length];
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 1, 9), new Mention(EntityType.ORGANIZATION, 11, 23));
        EntityRules.plannedSites(c, cuts(s), notName, LEX, ms);
        // a body named after what it builds stays
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 11, 23)), ms);
    }

    @Test
    void bodyAndItsStationedOfficeAreOneOrganisation() {
        String s = "担任|上海|花纱布|公司|驻|武汉|办事处|主任";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 2, 9),
                new Mention(EntityType.ORGANIZATION, 10, 15));
        EntityRules.stationedOffices(c, cuts(s), ms);
        assertTrue(has(ms, c, EntityType.ORGANIZATION, "上海花纱布公司驻武汉办事处"), ms::toString);
    }

    @Test
    void bodyBeforeStationedTroopsKeepsItsSpan() {
        String s = "解放军|驻|京|各|大|单位";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 0, 3));
        EntityRules.stationedOffices(c, cuts(s), ms);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 0, 3)), ms);
    }

    @Test
    void officeWithNoBodyBeforeItIsOnlyItsPlace() {
        String s = "本报|驻|香港|办事处|电话";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 3, 8));
        EntityRules.unownedOffices(c, cuts(s), hits(c), ms);
        assertEquals(List.of(new Mention(EntityType.PLACE, 3, 5)), ms);
    }

    @Test
    void placeAndItsAssociationShortNameAreAnOrganisation() {
        String s = "。|中国|篮协|副|秘书长";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.PLACE, 1, 3));
        EntityRules.placeAssociations(c, cuts(s), ms);
        assertTrue(has(ms, c, EntityType.ORGANIZATION, "中国篮协"), ms::toString);
    }

    @Test
    void placeBeforeAnOrdinaryWordEndingInLianStaysAPlace() {
        String s = "贴|北京|春联";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.PLACE, 1, 3));
        EntityRules.placeAssociations(c, cuts(s), ms);
        assertEquals(List.of(new Mention(EntityType.PLACE, 1, 3)), ms);
    }

    @Test
    void placeAndItsVolleyballTeamAreAnOrganisation() {
        String s = "负|上海|男排|。";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.PLACE, 1, 3));
        EntityRules.placeAssociations(c, cuts(s), ms);
        assertTrue(has(ms, c, EntityType.ORGANIZATION, "上海男排"), ms::toString);
        String f = "中国|男足|在|世预赛|中";
        char[] fc = chars(f);
        List<Mention> fs = list(new Mention(EntityType.PLACE, 0, 2));
        EntityRules.placeAssociations(fc, cuts(f), fs);
        assertTrue(has(fs, fc, EntityType.ORGANIZATION, "中国男足"), fs::toString);
    }

    @Test
    void townshipWordRightAfterATaggedPlaceIsAPlace() {
        String s = "是|玉溪市|春和镇|农民";
        char[] c = chars(s);
        int[] placeWord = new int[c.length + 1];
        placeWord[1] = 4; // 玉溪市/ns
        placeWord[4] = 7; // 春和镇/ns
        List<Mention> ms = list(new Mention(EntityType.PLACE, 1, 4));
        PlaceAlignment.apply(c, cuts(s), placeWord, new EntityRules.HitIndex(List.of(), c.length), ms);
        assertTrue(has(ms, c, EntityType.PLACE, "春和镇"), ms::toString);
    }

    @Test
    void unknownPlaceAtTheEndOfAPlaceWordBecomesThatWord() {
        String s = "森林|休闲游|；|崇明县|的|知青";
        char[] c = chars(s);
        int[] placeWord = new int[c.length + 1];
        placeWord[6] = 9; // 崇明县/ns
        List<Mention> ms = list(new Mention(EntityType.PLACE, 7, 9)); // 明县
        PlaceAlignment.completePlaceWords(c, placeWord, LEX, ms);
        assertEquals(List.of(new Mention(EntityType.PLACE, 6, 9)), ms);
        assertEquals("崇明县", new String(c, 6, 3));
    }

    @Test
    void knownPlaceAtTheEndOfAPlaceWordKeepsItsSpan() {
        String s = "称赞|赞天津|的";
        char[] c = chars(s);
        int[] placeWord = new int[c.length + 1];
        placeWord[2] = 5; // 赞天津/ns, as the segmenter may glue it
        List<Mention> ms = list(new Mention(EntityType.PLACE, 3, 5)); // 天津
        PlaceAlignment.completePlaceWords(c, placeWord, LEX, ms);
        assertEquals(List.of(new Mention(EntityType.PLACE, 3, 5)), ms);
    }

    @Test
    void organisationStartingInsideAWordStartsWithTheWord() {
        String s = "这部|由|紫禁城|影业|公司|出品";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 5, 10)); // 城影业公司
        EntityRules.organisationWordStarts(c, cuts(s), new boolean[c.length], LEX, ms);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 3, 10)), ms);
        assertEquals("紫禁城影业公司", new String(c, 3, 7));
    }

    @Test
    void knownOrganisationStartingInsideAWordKeepsItsStart() {
        String s = "如何|同联|合国|安理会|中";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 3, 9)); // 联合国安理会
        EntityRules.organisationWordStarts(c, cuts(s), new boolean[c.length], LEX, ms);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 3, 9)), ms);
    }

    @Test
    void organisationRightAfterAnotherKeepsItsStartInsideAWord() {
        // the segmenter read 委兵团 as one word; the body before ends at the second one's start
        String s = "兵团|发展|改革|委兵团|财政局|联合";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 0, 7),
                new Mention(EntityType.ORGANIZATION, 7, 12));
        EntityRules.organisationWordStarts(c, cuts(s), new boolean[c.length], LEX, ms);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 0, 7),
                new Mention(EntityType.ORGANIZATION, 7, 12)), ms);
    }

    /** posStart for a segmented string whose words carry a class after '/', e.g. "由/p|中央电视台/n". */
    /** As the recognizer marks words that never sit inside a name. */
    private static boolean[] notName(String segmented) {
        boolean[] notName = new boolean[plain(segmented).length()];
        int at = 0;
        String prev = "";
        for (String w : segmented.split("\\|")) {
            int slash = w.indexOf('/');
            String pos = w.substring(slash + 1);
            for (int i = at; i < at + slash; i++) {
                notName[i] = NerRecognizer.notNamePos(pos) || i == at && NerRecognizer.describesObject(pos, prev, slash);
            }
            at += slash;
            prev = pos;
        }
        return notName;
    }

    private static byte[] posStart(String segmented) {
        String[] words = segmented.split("\\|");
        int n = 0;
        for (String w : words) {
            n += w.substring(0, w.indexOf('/')).length();
        }
        byte[] pos = new byte[n + 1];
        int at = 0;
        for (String w : words) {
            int slash = w.indexOf('/');
            pos[at] = PersonRules.posClass(w.substring(slash + 1));
            at += slash;
        }
        return pos;
    }

    private static String plain(String tagged) {
        return tagged.replaceAll("/[a-z]+", "");
    }

    private static List<int[]> hitList(char[] c) {
        List<int[]> hits = new ArrayList<>();
        NerFeatures.lexiconCodes(c, LEX, hits);
        return hits;
    }

    @Test
    void organisationsJoinedByAVerbAreTwo() {
        String t = "日前/t|由/p|中央电视台/nt|联合/v|江苏省委/nt|宣传部/n|、/w";
        String s = plain(t);
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 3, 17)); // 中央电视台联合江苏省委宣传部
        EntityRules.splitOrganisations(c, cuts(s), posStart(t), notName(t), LEX, hitList(c), ms);
        assertEquals(2, ms.size(), ms::toString);
        assertTrue(has(ms, c, EntityType.ORGANIZATION, "中央电视台"), ms::toString);
        assertTrue(has(ms, c, EntityType.ORGANIZATION, "江苏省委宣传部"), ms::toString);
        assertTrue(ms.contains(new Mention(EntityType.ORGANIZATION, 3, 8)), ms::toString);
        assertTrue(ms.contains(new Mention(EntityType.ORGANIZATION, 10, 17)), ms::toString);
    }

    @Test
    void schoolsJoinedByAConjunctionAreTwo() {
        String t = "塔里木/ns|大学/n|与/p|阿拉尔市/ns|人民政府/l|签订/v";
        String s = plain(t);
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 0, 14)); // 塔里木大学与阿拉尔市人民政府
        EntityRules.splitOrganisations(c, cuts(s), posStart(t), notName(t), LEX, hitList(c), ms);
        assertTrue(has(ms, c, EntityType.ORGANIZATION, "塔里木大学"), ms::toString);
        assertTrue(has(ms, c, EntityType.ORGANIZATION, "阿拉尔市人民政府"), ms::toString);
        // a company of the lexicon before 与 is a name of its own, however short
        String f = "微软/nt|与/p|开放/v|人工智能/n|研究/vn|中心/n|达成/v";
        String fs = plain(f);
        char[] fc = chars(fs);
        List<Mention> firms = list(new Mention(EntityType.ORGANIZATION, 0, 13)); // 微软与开放人工智能研究中心
        EntityRules.splitOrganisations(fc, cuts(fs), posStart(f), notName(f), LEX, hitList(fc), firms);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 0, 2), new Mention(EntityType.ORGANIZATION, 3, 13)),
                firms);
        // a discipline's 与 inside a college's name stays
        String one = "计算机/n|科学/n|与/c|技术/n|学院/n|举办/v";
        String o = plain(one);
        char[] oc = chars(o);
        List<Mention> kept = list(new Mention(EntityType.ORGANIZATION, 0, 10));
        EntityRules.splitOrganisations(oc, cuts(o), posStart(one), notName(one), LEX, hitList(oc), kept);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 0, 10)), kept);
    }

    @Test
    void placeAndACountedKindAreNoOrganisation() {
        String t = "原是/v|武汉市/ns|一家/m|工厂/n|的/u";
        String s = plain(t);
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 2, 9)); // 武汉市一家工厂
        EntityRules.splitOrganisations(c, cuts(s), posStart(t), notName(t), LEX, hitList(c), ms);
        assertEquals(List.of(new Mention(EntityType.PLACE, 2, 5)), ms);
    }

    @Test
    void verbalNounWithADescribedObjectIsNoOrganisation() {
        // the tagger read 新疆建设新工厂 as one name (新疆建设兵团 is one, 建设|新|工厂 builds a new factory)
        String t = "在/p|新疆/ns|建设/vn|新/a|工厂/n|。/w";
        String s = plain(t);
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 1, 8));
        EntityRules.splitOrganisations(c, cuts(s), posStart(t), notName(t), LEX, hitList(c), ms);
        assertEquals(List.of(new Mention(EntityType.PLACE, 1, 3)), ms);
    }

    @Test
    void aPlaceWithANumeralsCharsDoesNotSplitItsOrganisation() {
        // the segmenter reads 五家渠市 as five|families|canal|city: no break inside a place of the lexicon
        String t = "在/p|五/m|家/q|渠/n|市/n|人民/n|医院/n|，/w";
        String s = plain(t);
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 1, 9)); // 五家渠市人民医院
        EntityRules.splitOrganisations(c, cuts(s), posStart(t), notName(t), LEX, hitList(c), ms);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 1, 9)), ms);
    }

    @Test
    void aTaggedPlaceEndingLikeABodyIsAnOrganisation() {
        String s = "市|工信局|局长|高永|说|，|北京|音乐厅";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.PLACE, 1, 4), new Mention(EntityType.PLACE, 10, 15));
        EntityRules.bodiesTaggedAsPlaces(c, cuts(s), ms);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 1, 4, null, Mention.Priority.RULE),
                new Mention(EntityType.PLACE, 10, 15)), ms);
        // so does one ending in 海关, but not 山海关
        String customs = "阿拉山口|海关|查获|，|进出|山海关";
        char[] cc = chars(customs);
        List<Mention> cs = list(new Mention(EntityType.PLACE, 0, 6), new Mention(EntityType.PLACE, 11, 14));
        EntityRules.bodiesTaggedAsPlaces(cc, cuts(customs), cs);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 0, 6, null, Mention.Priority.RULE),
                new Mention(EntityType.PLACE, 11, 14)), cs);
    }

    @Test
    void wordsOfAdministrativeLevelsAreNoPlaces() {
        char[] c = chars("师市|领导|，|省市县|三级|，|市县|交界|，|五家渠市");
        List<Mention> ms = list(new Mention(EntityType.PLACE, 0, 2), new Mention(EntityType.PLACE, 5, 8),
                new Mention(EntityType.PLACE, 16, 20));
        EntityRules.dropNonPlaceWords(c, ms);
        assertEquals(List.of(new Mention(EntityType.PLACE, 16, 20)), ms);
    }

    @Test
    void aMeetingIsNoOrganisationButItsBodyIs() {
        char[] c = chars("师市党委|中心组|学习会|，|北京市|运动会|，|北京|研究会");
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 0, 10),
                new Mention(EntityType.ORGANIZATION, 11, 17),
                new Mention(EntityType.ORGANIZATION, 18, 23));
        EntityRules.meetingsAsOrganisations(c, LEX, ms);
        // the body before 学习会; 北京市 is no body (the place is the tagger's to find); 研究会 is a body itself
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 0, 7),
                new Mention(EntityType.ORGANIZATION, 18, 23)), ms);
    }

    @Test
    void conjunctionInsideAMinistrysNameKeepsItWhole() {
        String t = "与/p|美国/ns|国家/n|航空/n|与/c|宇宙/n|航行局/n|的/u";
        String s = plain(t);
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 1, 12)); // 美国国家航空与宇宙航行局
        EntityRules.splitOrganisations(c, cuts(s), posStart(t), notName(t), LEX, hitList(c), ms);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 1, 12)), ms);
    }

    @Test
    void placeGluedToItsTeamByTheSegmenterIsAnOrganisation() {
        String s = "首场|由|法国|队|对|秘鲁队|。";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.PLACE, 7, 9)); // 秘鲁 inside the word 秘鲁队
        EntityRules.placeAssociations(c, cuts(s), ms);
        assertTrue(ms.contains(new Mention(EntityType.ORGANIZATION, 7, 10)), ms::toString);
        assertEquals("秘鲁队", new String(c, 7, 3));
    }

    @Test
    void placeGluedToItsVolleyballTeamIsAnOrganisation() {
        String s = "结合|中国女排|的|实际";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.PLACE, 2, 4)); // 中国 inside the word 中国女排
        EntityRules.placeAssociations(c, cuts(s), ms);
        assertTrue(ms.contains(new Mention(EntityType.ORGANIZATION, 2, 6)), ms::toString);
    }

    @Test
    void placeBeforeATeamWordThatIsNotItsOwnStaysAPlace() {
        String s = "大连|队员|说";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.PLACE, 0, 2));
        EntityRules.placeAssociations(c, cuts(s), ms);
        assertEquals(List.of(new Mention(EntityType.PLACE, 0, 2)), ms);
    }

    @Test
    void unknownNameTaggedAsAVerbBeforeANumberedMineIsAnOrganisation() {
        String s = "现在|，|刘桥|一|矿|原煤|生产";
        char[] c = chars(s);
        boolean[] notName = new boolean[c.length];
        notName[3] = notName[4] = true; // 刘桥/v
        notName[5] = true; // 一/m
        List<Mention> ms = list();
        EntityRules.numeralUnits(c, cuts(s), notName, ms);
        assertEquals(1, ms.size(), ms::toString);
        assertEquals(3, ms.get(0).start());
        assertEquals(7, ms.get(0).end());
        assertEquals(EntityType.ORGANIZATION, ms.get(0).type());
    }

    @Test
    void ordinaryVerbBeforeANumberedWorksIsNoName() {
        String s = "他们|新建|一|厂|，";
        char[] c = chars(s);
        boolean[] notName = new boolean[c.length];
        notName[2] = notName[3] = true; // 新建/v
        notName[4] = true; // 一/m
        List<Mention> ms = list();
        EntityRules.numeralUnits(c, cuts(s), notName, ms);
        assertTrue(ms.isEmpty(), ms::toString);
    }

    @Test
    void organisationEndingInAPersonNounIsItsPlaces() {
        String s = "本报讯|湖北省|襄阳市|青年|干部|李晓航";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 3, 13)); // 湖北省襄阳市青年干部
        EntityRules.commonTails(c, cuts(s), LEX, hits(c), ms);
        assertEquals(List.of(new Mention(EntityType.PLACE, 3, 6), new Mention(EntityType.PLACE, 6, 9)), ms);
    }

    @Test
    void knownOrganisationAndItsInsideIsThatOrganisation() {
        String s = "通过|欧佩克|内部|协调";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 2, 7)); // 欧佩克内部
        EntityRules.commonTails(c, cuts(s), LEX, hits(c), ms);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 2, 5)), ms);
    }

    @Test
    void organisationEndingInAnOrganisationWordStays() {
        String s = "由|兰州军区|政治部|主办";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 1, 8)); // 兰州军区政治部
        EntityRules.commonTails(c, cuts(s), LEX, hits(c), ms);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 1, 8)), ms);
    }

    @Test
    void venueTaggedAsAnOrganisationIsAPlace() {
        String s = "在|沈阳|军区|八一|体育馆|拉开";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 1, 10)); // 沈阳军区八一体育馆
        EntityRules.venues(c, cuts(s), hits(c), ms);
        assertEquals(List.of(new Mention(EntityType.PLACE, 1, 10)), ms);
    }

    @Test
    void theatreCompanyStaysAnOrganisation() {
        String s = "北京|人民|艺术|剧院|的|老|艺术家";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.ORGANIZATION, 0, 8)); // 北京人民艺术剧院
        EntityRules.venues(c, cuts(s), hits(c), ms);
        assertEquals(List.of(new Mention(EntityType.ORGANIZATION, 0, 8)), ms);
    }

    private static List<Mention> applyAll(String segmented, Mention... tagged) {
        char[] c = chars(segmented);
        List<int[]> hits = new ArrayList<>();
        NerFeatures.lexiconCodes(c, LEX, hits);
        List<Mention> ms = list(tagged);
        EntityRules.apply(c, cuts(segmented), new boolean[c.length], new int[c.length + 1], LEX, hits, ms);
        return ms;
    }

    @Test
    void aSecondNameAfterAPersonAnd和IsNoFragmentOfAPlace() {
        // 和田 (Hotan) is a place of the lexicon; 孙淑伟和田亮 are two divers; 在和田亮出 gives no person
        String s = "选手|孙|淑伟|和田|亮|将|参加";
        List<Mention> ms = applyAll(s, new Mention(EntityType.PERSON, 2, 5), new Mention(EntityType.PERSON, 6, 8));
        assertTrue(ms.contains(new Mention(EntityType.PERSON, 6, 8)), ms.toString());
        String alone = "在|和田|亮|出|身份";
        List<Mention> ms2 = applyAll(alone, new Mention(EntityType.PERSON, 2, 4));
        assertTrue(ms2.stream().noneMatch(m -> m.type() == EntityType.PERSON), ms2.toString());
    }

    @Test
    void stateCouncilAfterItsSeatIsNotTheSeatsBody() {
        String s = "在|中南海|国务院|小礼堂|举行";
        List<Mention> ms = applyAll(s, new Mention(EntityType.PLACE, 1, 4));
        assertTrue(ms.contains(new Mention(EntityType.PLACE, 1, 4)), ms.toString()); // 中南海
        assertTrue(ms.stream().anyMatch(m -> m.type() == EntityType.ORGANIZATION && m.start() == 4 && m.end() == 7),
                ms.toString()); // 国务院
        assertTrue(ms.stream().noneMatch(m -> m.type() == EntityType.ORGANIZATION && m.start() == 1), ms.toString());
    }

    @Test
    void stateCouncilAfterACountryIsThatCountrys() {
        String s = "据|泰国|国务院|宣布";
        List<Mention> ms = applyAll(s, new Mention(EntityType.PLACE, 1, 3));
        assertTrue(ms.stream().anyMatch(m -> m.type() == EntityType.ORGANIZATION && m.start() == 1 && m.end() == 6),
                ms.toString()); // 泰国国务院
    }

    @Test
    void placeBeforeABareCompanyWordIsNoCompanyName() {
        String s = "年|美国|公司|利润|增长";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.PLACE, 1, 3)); // 美国
        EntityRules.placeOrganisations(c, cuts(s), new boolean[c.length], LEX, ms);
        assertEquals(List.of(new Mention(EntityType.PLACE, 1, 3)), ms);
    }

    @Test
    void placeBeforeABareRadioWordIsNoStationName() {
        String s = "据|以色列|电台|报道";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.PLACE, 1, 4)); // 以色列
        EntityRules.placeOrganisations(c, cuts(s), new boolean[c.length], LEX, ms);
        assertEquals(List.of(new Mention(EntityType.PLACE, 1, 4)), ms);
    }

    @Test
    void placeBeforeATelevisionStationWordNamesIt() {
        String s = "据|大连|电视台|报道";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.PLACE, 1, 3)); // 大连
        EntityRules.placeOrganisations(c, cuts(s), new boolean[c.length], LEX, ms);
        assertTrue(ms.contains(new Mention(EntityType.ORGANIZATION, 1, 6)), ms.toString()); // 大连电视台
    }

    @Test
    void placeBeforeABackyardIsNoInstitution() {
        String s = "火烧|俄罗斯|后院|。";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.PLACE, 2, 5)); // 俄罗斯
        EntityRules.placeOrganisations(c, cuts(s), new boolean[c.length], LEX, ms);
        assertEquals(List.of(new Mention(EntityType.PLACE, 2, 5)), ms);
    }

    @Test
    void aCountysShortFormInsideAWordOfSomethingElseIsNoPlace() {
        // 惠民 (惠民县) inside 惠民生 and 景泰 inside 景泰蓝 go; 太湖 before 水 (its water) and 惠民 before 县 stay
        String s = "保|民生|、|惠民生|、|北京|景泰蓝|、|太湖水|、|惠民县";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.PLACE, 4, 6), new Mention(EntityType.PLACE, 10, 12),
                new Mention(EntityType.PLACE, 14, 16), new Mention(EntityType.PLACE, 18, 20));
        PlaceAlignment.shortPlacesInsideWords(c, cuts(s), new int[c.length + 1], hits(c), ms);
        assertEquals(List.of(new Mention(EntityType.PLACE, 14, 16), new Mention(EntityType.PLACE, 18, 20)), ms);
    }

    @Test
    void aLexiconPlaceBeforeALocativeGluedToItsLastCharIsAPlace() {
        // 东|海岸 is a coast, not the sea 东海
        String s = "傍晚|的|西|湖边|游人|，|中|国内|地区|，|东|海岸";
        char[] c = chars(s);
        List<int[]> hits = List.of(new int[]{3, 5, NerLexicon.PLACE}, new int[]{10, 12, NerLexicon.PLACE},
                new int[]{15, 17, NerLexicon.PLACE});
        List<Mention> ms = new ArrayList<>(List.of(new Mention(EntityType.PLACE, 10, 12)));
        PlaceAlignment.placesBeforeGluedLocatives(c, cuts(s), hits, ms);
        // 西湖 is added; 中国 was found already
        assertEquals(List.of(new Mention(EntityType.PLACE, 10, 12), new Mention(EntityType.PLACE, 3, 5, null,
                Mention.Priority.RULE)), ms);
    }

    @Test
    void aPlaceStartingInsideACommonVerbIsNone() {
        // 召开|州 gave 开州; after the rare verb 用武 (用武汉人的话来说) the segmenter, not the tagger, is wrong
        String s = "召开|州|人民政府|，|用武|汉人";
        char[] c = chars(s);
        boolean[] cut = cuts(s);
        byte[] posEnd = new byte[c.length + 1];
        posEnd[2] = PersonRules.VERB;
        posEnd[10] = PersonRules.VERB;
        List<Mention> ms = list(new Mention(EntityType.PLACE, 1, 3), new Mention(EntityType.PLACE, 9, 11));
        PlaceAlignment.placesInsideVerbs(c, cut, posEnd, ms);
        assertEquals(List.of(new Mention(EntityType.PLACE, 9, 11)), ms);
    }

    @Test
    void aCountOfVillagesIsNoPlace() {
        // 千村示范、万村整治 gave PLACE 万村; 万县 (a county of People's Daily 1998-01) stays
        String s = "千村|示范|、|万村|整治|，|万县";
        char[] c = chars(s);
        List<Mention> ms = list(new Mention(EntityType.PLACE, 5, 7), new Mention(EntityType.PLACE, 10, 12));
        PlaceAlignment.countedUnits(c, ms);
        assertEquals(List.of(new Mention(EntityType.PLACE, 10, 12)), ms);
    }
}
