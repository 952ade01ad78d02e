package org.tiqu.internal.ner;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Feature values of the character tagger that the rules and the trainer rely on. */
class NerFeaturesTest {
    private static long[] values(String text, int i) {
        char[] c = NerFeatures.fold(text, 0, text.length());
        int[] codes = NerFeatures.lexiconCodes(c, NerLexicon.get());
        long[] out = new long[NerFeatures.COUNT];
        NerFeatures.values(c, codes, i, out);
        return out;
    }

    /** Template 19's distance bucket (low 3 bits) to the organisation ending ahead. */
    private static long aheadBucket(String text, int i) {
        return values(text, i)[19] & 7;
    }

    @Test
    void otherNameMarksBetweenHanCharsFoldToTheMiddleDot() {
        assertEquals("乔治·华盛顿", new String(NerFeatures.fold("乔治\u2027华盛顿", 0, 6)));
        assertEquals("马丁·路德·金", new String(NerFeatures.fold("马丁．路德．金", 0, 7)));
        assertEquals("艾尔肯·吐尼亚孜", new String(NerFeatures.fold("艾尔肯•吐尼亚孜", 0, 8)));
        // not a date written with full stops, nor a mark beside a Latin letter or at an edge
        assertEquals("一九九六.四.五", new String(NerFeatures.fold("一九九六．四．五", 0, 8)));
        assertEquals("A.A.", new String(NerFeatures.fold("Ｂ．Ｃ．", 0, 4)));
        assertEquals(".华", new String(NerFeatures.fold("．华", 0, 2)));
    }

    @Test
    void wordInfoGivesEachCharItsWordsClassAndPlaceInIt() {
        java.util.List<org.tiqu.internal.seg.Word> words = java.util.List.of(
                new org.tiqu.internal.seg.Word("中国", 0, 2, "ns"),
                new org.tiqu.internal.seg.Word("的", 2, 3, "u"),
                new org.tiqu.internal.seg.Word("李四光", 3, 6, "nr"),
                new org.tiqu.internal.seg.Word("访问", 6, 8, "v"));
        int[] info = NerFeatures.wordInfo(9, words);
        // class * 4 + place (0 begins, 1 inside, 2 ends, 3 the whole word); the last char has no word
        assertEquals(java.util.List.of(1 * 4, 1 * 4 + 2, 13 * 4 + 3, 5 * 4, 5 * 4 + 1, 5 * 4 + 2, 6 * 4, 6 * 4 + 2, 0),
                java.util.Arrays.stream(info).boxed().toList(), "a person's name (nr) reads as a noun (n)");
        long[] out = new long[NerFeatures.COUNT];
        char[] c = NerFeatures.fold("中国的李四光访问了", 0, 9);
        NerFeatures.values(c, NerFeatures.lexiconCodes(c, NerLexicon.get()), info, 4, out);
        assertEquals(5 * 4 + 1 | 0 << 6 | 2 << 8, out[35], "李四光's 四: inside a noun, after its first char, before its last");
        assertEquals(5 | 5 << 4 | 5 << 8, out[36]);
    }

    @Test
    void organisationEndingFarAheadIsSeenFromTheNameStart() {
        // the nearest ending after 美 is 行 of 航行局, 11 chars on (bucket 6: 10–14)
        assertEquals(6, aheadBucket("美国国家航空和宇宙航行局的指导", 0));
    }

    @Test
    void punctuationOrAFunctionWordHidesTheEndingAhead() {
        assertEquals(0, aheadBucket("他说，工厂", 0));
        assertEquals(0, aheadBucket("走的工厂", 0));
    }

    @Test
    void theTaggersPerSentenceClassesGiveTheSameSmallTemplateValues() {
        // runs of transliteration chars of every length (up to 14: past both of translitRun's windows), letters,
        // digits, punctuation and the sentence edges next to all of them
        char[] alphabet = "阿尔巴尼亚科娃斯拉赫北京市有限公司的了在0A，。·（）x伟因记者表示说道".toCharArray();
        java.util.Random r = new java.util.Random(11);
        long[] want = new long[NerFeatures.COUNT], got = new long[NerFeatures.COUNT];
        for (int round = 0; round < 200; round++) {
            int n = 1 + r.nextInt(40);
            char[] c = new char[n];
            for (int i = 0; i < n; i++) {
                c[i] = r.nextInt(3) == 0 ? '阿' : alphabet[r.nextInt(alphabet.length)];
            }
            int[] codes = NerFeatures.lexiconCodes(c, NerLexicon.get());
            int[] classes = new int[n + 2];
            NerFeatures.charClasses(c, classes);
            int[] words = round % 2 == 0 ? null : new int[n];
            for (int i = 0; words != null && i < n; i++) {
                words[i] = r.nextInt(64);
            }
            for (int i = 0; i < n; i++) {
                NerFeatures.values(c, codes, words, i, want);
                NerFeatures.smallValues(codes, words, i, got, classes);
                for (int t : new int[]{11, 12, 15, 16, 17, 18, 19, 24, 25, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36}) { // what smallValues writes
                    assertEquals(want[t], got[t], "template " + t + " at " + i + " of " + new String(c));
                }
            }
        }
    }

    @Test
    void nameRolesSeeWhereANameEnds() {
        // 顾伟因病: 伟 often ends a name (D), 因 often follows one (L) and never ends one
        long[] atWei = values("顾伟因病", 1), atYin = values("顾伟因病", 2);
        assertNotEquals(0, atWei[33] & 7, "D of 伟");
        assertNotEquals(0, atWei[33] >>> 3 & 7, "L of the next char 因");
        assertEquals(0, atYin[30] >>> 3 & 7, "D of 因");
        // 记者张三: the two-char word before 张 is one that precedes names (K)
        assertNotEquals(0, values("记者张三", 2)[34] >>> 3 & 7);
        assertEquals(0, values("张三", 0)[34] >>> 3 & 7);
    }

    @Test
    void everyTemplateValueFitsItsArrayDomain() {
        String text = "库尔尼科娃在北京ＡＢＣ有限公司１２３说：“纳斯拉拉赫·阿拉法特。”";
        for (int i = 0; i < text.length(); i++) {
            long[] v = values(text, i);
            for (int t = 0; t < NerFeatures.COUNT; t++) {
                int domain = NerFeatures.domain(t);
                assertTrue(domain == 0 || (v[t] >= 0 && v[t] < domain), "template " + t + " at " + i + ": " + v[t]);
            }
        }
    }

    @Test
    void transliterationRunsAreMarkedByLengthAndPosition() {
        String text = "但库尔尼科以后";
        long begin = values(text, 1)[18] >>> 6, inside = values(text, 3)[18] >>> 6, end = values(text, 4)[18] >>> 6;
        long outside = values(text, 5)[18] >>> 6;
        assertEquals(0, outside);
        assertNotEquals(0, begin);
        assertNotEquals(begin, inside);
        assertNotEquals(inside, end);
    }
}
