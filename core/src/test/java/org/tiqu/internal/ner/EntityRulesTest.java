package org.tiqu.internal.ner;

import org.junit.jupiter.api.Test;
import org.tiqu.EntityType;
import org.tiqu.internal.recognize.Mention;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules of {@link EntityRules} on hand-made tagger output, so that they are tested whatever the bundled model
 * proposes. Word boundaries are given as the segmenter would cut ({@code |} in the strings below).
 */
class EntityRulesTest {
    private static final NerLexicon LEX = NerLexicon.get();

    /** Cleaned text of a |-segmented string. */
    private static char[] chars(String segmented) {
        return NerFeatures.fold(segmented.replace("|", ""), 0, segmented.replace("|", "").length());
    }

    /** cut[i]: a word boundary at i, from the | marks. */
    private static boolean[] cuts(String segmented) {
        String text = segmented.replace("|", "");
        boolean[] cut = new boolean[text.length() + 1];
        cut[0] = true;
        cut[text.length()] = true;
        int at = 0;
        for (int i = 0; i < segmented.length(); i++) {
            if (segmented.charAt(i) == '|') {
                cut[at] = true;
            } else {
                at++;
            }
        }
        return cut;
    }

    private static EntityRules.HitIndex hits(char[] c) {
        List<int[]> hits = new ArrayList<>();
        NerFeatures.lexiconCodes(c, LEX, hits);
        return new EntityRules.HitIndex(hits, c.length);
    }

    private static boolean has(List<Mention> ms, char[] c, EntityType type, String text) {
        return ms.stream().anyMatch(m -> m.type() == type && new String(c, m.start(), m.length()).equals(text));
    }

    private static List<Mention> list(Mention... ms) {
        return new ArrayList<>(List.of(ms));
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
}
