package org.tiqu.internal.ner;

import org.junit.jupiter.api.Test;
import org.tiqu.EntityType;
import org.tiqu.internal.recognize.Mention;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tiqu.internal.ner.RuleFixtures.chars;
import static org.tiqu.internal.ner.RuleFixtures.cuts;

class PersonFilterTest {
    private static final NerLexicon LEX = NerLexicon.get();

    /** Runs the filter over hand-made mentions of a |-segmented text, the tagger's evidence given per char. */
    private static List<Mention> filter(PersonFilter f, String segmented, float personness, Mention... ms) {
        return apply(f, segmented, personness, null, ms);
    }

    /** {@link PersonFilter#apply} over the mentions of a |-segmented text; returns the mentions it leaves. */
    private static List<Mention> apply(PersonFilter f, String segmented, float personness, PersonFilter.Sink sink,
                                       Mention... ms) {
        char[] c = chars(segmented);
        List<int[]> hits = new ArrayList<>();
        NerFeatures.lexiconCodes(c, LEX, hits);
        float[] p = new float[c.length];
        java.util.Arrays.fill(p, personness);
        List<Mention> out = new ArrayList<>(List.of(ms));
        f.apply(c, cuts(segmented), new byte[c.length + 1], new byte[c.length + 1], LEX, hits, p, out, sink);
        return out;
    }

    @Test
    void readsWhatItWrites() throws IOException {
        PersonFilter f = new PersonFilter(Map.of("len=2", -3f, "src=T", 0.5f), 1.5f, -1f);
        String text = String.join("\n", f.lines()) + "\n";
        PersonFilter back = PersonFilter.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(f.lines(), back.lines());
        assertEquals(1.5 - 3 + 0.5, back.score(List.of("len=2", "src=T", "unknown")), 1e-6);
    }

    @Test
    void dropsPersonsScoringBelowTheThresholdOnly() {
        // two-char names weigh -5, three-char ones +1: with threshold -1 the first goes, the second stays
        PersonFilter f = new PersonFilter(Map.of("len=2", -5f, "len=3", 1f), 0f, -1f);
        Mention two = new Mention(EntityType.PERSON, 0, 2);
        Mention three = new Mention(EntityType.PERSON, 3, 6);
        Mention place = new Mention(EntityType.PLACE, 7, 9);
        List<Mention> out = filter(f, "王五|和|张建丰|在|北京", 100, two, three, place);
        assertEquals(List.of(three, place), out);
    }

    /** The features the filter reads of each PERSON of a |-segmented text, by the mention's text. */
    private static Map<String, List<String>> features(String segmented, Mention... ms) {
        char[] c = chars(segmented);
        Map<String, List<String>> out = new java.util.HashMap<>();
        apply(PersonFilter.shipped(), segmented, 0, (m, f) -> out.put(new String(c, m.start(), m.length()), f), ms);
        return out;
    }

    @Test
    void readsTheNameRolesAtTheMentionsEdges() {
        // 伟 often ends a name and 因 often follows one; 即 follows names but never ends one (李即|将)
        Map<String, List<String>> f = features("顾伟|因病|住院|，|李即|将|赴任",
                new Mention(EntityType.PERSON, 0, 2), new Mention(EntityType.PERSON, 7, 9));
        int wei = NameRoles.of('伟'), yin = NameRoles.of('因'), ji = NameRoles.of('即');
        assertTrue((wei >>> NameRoles.D & 7) > 0 && (yin >>> NameRoles.L & 7) > 0 && (ji >>> NameRoles.D & 7) == 0
                && (ji >>> NameRoles.L & 7) > 0, "the role buckets this test relies on");
        assertTrue(f.get("顾伟").contains("rD=" + (wei >>> NameRoles.D & 7) + "/2"), f.get("顾伟").toString());
        assertTrue(f.get("顾伟").stream().anyMatch(x -> x.startsWith("rL=" + (yin >>> NameRoles.L & 7))),
                f.get("顾伟").toString());
        assertTrue(f.get("李即").contains("rOwnL=" + (ji >>> NameRoles.L & 7) + "/0"), f.get("李即").toString());
        assertTrue(f.get("李即").contains("rE=0"), f.get("李即").toString());
    }

    @Test
    void readsThePersonsBesideAMentionInAList() {
        // 陶西平、洪绂曾、王大中: the middle item has a person on each side, the last one on its left
        Map<String, List<String>> f = features("陶西平|、|洪绂曾|、|王大中|说",
                new Mention(EntityType.PERSON, 0, 3), new Mention(EntityType.PERSON, 4, 7),
                new Mention(EntityType.PERSON, 8, 11));
        assertTrue(f.get("洪绂曾").contains("nbr=LR"), f.get("洪绂曾").toString());
        assertTrue(f.get("王大中").contains("nbr=L-"), f.get("王大中").toString());
        assertTrue(f.get("陶西平").contains("nbr=-R"), f.get("陶西平").toString());
    }

    @Test
    void aNameKeptOnceIsKeptEverywhereInTheTextButNotATwoCharName() {
        // the filter drops what a 活 follows; the same names before 说 are kept, so the four-char one is kept twice
        PersonFilter f = new PersonFilter(Map.of("nc=活", -10f), 0f, -1f);
        Mention first = new Mention(EntityType.PERSON, 0, 4), second = new Mention(EntityType.PERSON, 7, 11);
        Mention two = new Mention(EntityType.PERSON, 13, 15), twoAgain = new Mention(EntityType.PERSON, 18, 20);
        List<Mention> out = filter(f, "夏茸尕布|活动|，|夏茸尕布|说|，|贝尔|活动|，|贝尔|说", 0, first, second, two, twoAgain);
        assertEquals(List.of(first, second, twoAgain), out);
    }

    @Test
    void anItemBetweenTwoKeptPersonsOfAListIsKept() {
        // the filter drops the name before 、王 and the one before 。: the first is an item between two kept names of
        // a list and stays, the last has a kept name on one side only and goes
        PersonFilter f = new PersonFilter(Map.of("nc2=、王", -10f, "nc=。", -10f), 0f, -1f);
        Mention a = new Mention(EntityType.PERSON, 0, 3), b = new Mention(EntityType.PERSON, 4, 7);
        Mention c = new Mention(EntityType.PERSON, 8, 10), d = new Mention(EntityType.PERSON, 11, 14);
        assertEquals(List.of(a, b, c), filter(f, "于熙钟|、|马长有|、|王翔|、|刘德有|。", 0, a, b, c, d));
        // without its kept neighbours the item goes too
        assertEquals(List.of(a), filter(f, "于熙钟|、|马长有|、|王翔|。", 0, a, b, new Mention(EntityType.PERSON, 8, 10)));
    }

    @Test
    void anItemAfterANoteOrEndingInAJoiningCharIsKeptInAList() {
        PersonFilter f = new PersonFilter(Map.of("nc2=、齐", -10f, "nc2=、周", -10f), 0f, -1f);
        // the item before it carries a bracketed note (冯淬（女）)
        Mention a = new Mention(EntityType.PERSON, 0, 2), b = new Mention(EntityType.PERSON, 6, 9);
        Mention c = new Mention(EntityType.PERSON, 10, 13);
        assertEquals(List.of(a, b, c), filter(f, "冯淬|（|女|）|、|刘德有|、|齐怀远|。", 0, a, b, c));
        // 及 ends the name, as it ends few others
        Mention x = new Mention(EntityType.PERSON, 0, 3), y = new Mention(EntityType.PERSON, 4, 7);
        Mention z = new Mention(EntityType.PERSON, 8, 11);
        assertEquals(List.of(x, y, z), filter(f, "林茂灿|、|金冲及|、|周天游|。", 0, x, y, z));
    }

    @Test
    void keepsANameBeforeAWordOfAddressThatFollowsNamesOnly() {
        PersonFilter f = new PersonFilter(Map.of("nc=活", -10f, "nc=同", -10f), 0f, -1f);
        Mention buddha = new Mention(EntityType.PERSON, 3, 7), comrade = new Mention(EntityType.PERSON, 10, 13);
        assertEquals(List.of(buddha, comrade), filter(f, "第八世|夏茸尕布|活佛|，|刘德有|同志", 0, buddha, comrade));
        // two chars are not enough, nor another word after the name
        Mention two = new Mention(EntityType.PERSON, 0, 2), other = new Mention(EntityType.PERSON, 5, 8);
        assertEquals(List.of(), filter(f, "贝尔|同志|，|刘德有|活动", 0, two, other));
    }

    @Test
    void keepsWellKnownPersonsWhateverTheScore() {
        PersonFilter f = new PersonFilter(Map.of("len=5", -10f), 0f, -1f);
        Mention known = new Mention(EntityType.PERSON, 0, 5);
        assertEquals(List.of(known), filter(f, "内塔尼亚胡|说", -100, known));
    }

    @Test
    void keepsABareSurnameBeforeAWordOfAddressWhateverTheScore() {
        PersonFilter f = new PersonFilter(Map.of("len=1", -10f), 0f, -1f);
        Mention he = new Mention(EntityType.PERSON, 3, 4), kong = new Mention(EntityType.PERSON, 12, 13);
        Mention ma = new Mention(EntityType.PERSON, 18, 19);
        // 何|老伯 and 孔|伯伯 stay; 马 before a verb goes
        assertEquals(List.of(he, kong), filter(f, "叩开了|何|老伯|的|家门|，|拉着|孔|伯伯|的|手|，|马|说", 0, he, kong, ma));
        // not the brand 康师傅
        assertTrue(filter(f, "买|康|师傅|面", 0, new Mention(EntityType.PERSON, 1, 2)).isEmpty());
    }

    @Test
    void readsTheTaggersEvidence() {
        // the same mention with strong and with no evidence from the tagger scores differently
        PersonFilter f = new PersonFilter(Map.of("pmin=-7/T", -5f), 0f, -1f);
        Mention m = new Mention(EntityType.PERSON, 0, 3);
        assertTrue(filter(f, "张建丰|说", -200, m).isEmpty());
        assertEquals(List.of(m), filter(f, "张建丰|说", 100, m));
    }

    @Test
    void aSinkSeesEveryPersonAndNothingIsDropped() {
        PersonFilter f = new PersonFilter(Map.of("len=3", -10f), 0f, -1f);
        List<List<String>> seen = new ArrayList<>();
        List<Mention> out = apply(f, "张建丰|说", 0, (m, features) -> seen.add(features),
                new Mention(EntityType.PERSON, 0, 3));
        assertEquals(1, out.size());
        assertEquals(1, seen.size());
        assertTrue(seen.get(0).contains("len=3"), seen::toString);
        assertTrue(seen.get(0).contains("nw=说"), seen::toString);
    }

    @Test
    void scoresFromFeatureKeysAsFromTheSpeltFeatures() {
        // extraction sums weights by keys computed as the features are written; training reads the strings: every
        // kind of part (digits and blanks folded, text edges, negative numbers, roles, words around) must agree
        PersonFilter f = PersonFilter.shipped();
        String segmented = "张建丰|说|，|记者|王五|在|２０１８年| |北京|李四|和|欧阳|修|1|史蒂夫·乔布斯";
        char[] c = chars(segmented);
        List<int[]> hits = new ArrayList<>();
        NerFeatures.lexiconCodes(c, LEX, hits);
        java.util.Random r = new java.util.Random(7);
        byte[] posStart = new byte[c.length + 1], posEnd = new byte[c.length + 1];
        r.nextBytes(posStart);
        r.nextBytes(posEnd);
        float[] p = new float[c.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = (float) r.nextGaussian() * 300;
        }
        List<Mention> ms = new ArrayList<>();
        for (int s = 0; s < c.length; s++) {
            for (int e = s + 1; e <= Math.min(c.length, s + 4); e++) {
                ms.add(new Mention(EntityType.PERSON, s, e, null, e % 2 == 0 ? Mention.Priority.RULE : Mention.Priority.STATISTICAL));
            }
        }
        PersonFilter.Context ctx = new PersonFilter.Context(c, cuts(segmented), posStart, posEnd, LEX, hits, p, ms);
        PersonFilter.Summed summed = f.new Summed();
        for (Mention m : ms) {
            ctx.features(m, summed.reset());
            assertEquals(f.score(ctx.features(m)), summed.score(), 0.0, () -> m + " " + ctx.features(m));
        }
    }

    @Test
    void aNumberKeysAsItsDigits() {
        PersonFilter f = new PersonFilter(Map.of(), 0f, -1f);
        for (int x : new int[]{0, 7, 10, -1, -12, 1234567, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            PersonFilter.Summed summed = f.new Summed();
            summed.begin("n=").add(x);
            PersonFilter.Spelt spelt = new PersonFilter.Spelt();
            spelt.begin("n=").add(x).end();
            assertEquals(PersonFilter.Keys.of(spelt.list.get(0)), summed.key(), () -> "n=" + x);
        }
    }

    @Test
    void theBundledFilterIsLoaded() {
        assertFalse(PersonFilter.shipped().keepsAll(), "resource " + PersonFilter.RESOURCE + " missing or empty");
    }
}
