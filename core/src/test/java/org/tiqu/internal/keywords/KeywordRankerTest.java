package org.tiqu.internal.keywords;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tiqu.Extractor;
import org.tiqu.Keyword;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeywordRankerTest {
    private static final Extractor EXTRACTOR = Extractor.builder().findReferenceDate(false).build();
    private static String seed;

    @BeforeAll
    static void readSeed() throws IOException {
        seed = Files.readString(Path.of(System.getProperty("tiqu.seeds", "../seeds"), "000_866f447bb80f8337.txt"),
                StandardCharsets.UTF_8);
    }

    private static List<Keyword> keywords(String text) {
        return EXTRACTOR.extract(text).keywords();
    }

    @Test
    void seedTopTenHoldsItsPolicyPhrases() {
        List<String> top = keywords(seed).stream().map(Keyword::text).toList();
        assertEquals(10, top.size(), top.toString());
        assertTrue(top.contains("兵地融合发展"), top.toString());
        assertTrue(top.contains("生态文明建设"), top.toString());
    }

    @Test
    void idiomsAreNoKeywords() {
        List<String> top = keywords("各族群众欢聚一堂。欢聚一堂的群众载歌载舞，在文化广场欢聚一堂，庆祝农民丰收节。").stream()
                .map(Keyword::text).toList();
        assertFalse(top.contains("欢聚一堂"), top.toString());
        assertFalse(top.contains("载歌载舞"), top.toString());
        assertTrue(top.contains("丰收节"), top.toString());
    }

    @Test
    void seedTopTenHasNoSingleCharsStopwordsOrNumbers() {
        for (Keyword k : keywords(seed)) {
            assertTrue(k.text().length() >= 2, k.text());
            assertFalse(KeywordRanker.STOPWORDS.contains(k.text()), k.text());
            assertFalse(k.text().equals("发展") || k.text().equals("新"), k.text());
            assertTrue(KeywordRanker.isKeywordText(k.text()), k.text());
        }
    }

    @Test
    void aWordWhoseNameHoldsAnEarlierPickStaysAKeyword() {
        // 人民法院 grows into 宜昌市人民法院, which holds the top keyword 宜昌市: the word itself is the keyword, not
        // dropped with its growth
        String text = "宜昌市今年加大了旅游投入。宜昌市人民法院审理了一起案件。宜昌市人民法院认为，被告行为构成犯罪。"
                + "宜昌市旅游收入增长。宜昌市的游客人数创新高。";
        List<String> top = keywords(text).stream().map(Keyword::text).toList();
        assertEquals("宜昌市", top.get(0), top.toString());
        assertTrue(top.contains("人民法院"), top.toString());
    }

    @Test
    void wordsOfANameSeenOnceGrowIntoIt() {
        // one sentence: 中央纪委 and 监委 are words of the one organisation, which is the keyword
        List<String> top = keywords("经中共中央批准，中央纪委国家监委对国家能源局原副局长周玉成严重违纪违法问题进行了立案审查调查。")
                .stream().map(Keyword::text).toList();
        assertTrue(top.contains("中央纪委国家监委"), top.toString());
        assertFalse(top.contains("中央纪委") || top.contains("监委"), top.toString());
    }

    @Test
    void seedKeywordsAreNoPiecesOfNamesTheSegmenterCut() {
        // 兵团第六师五家渠市 is segmented 兵团/第六/师五家/渠市; the place is 五家渠市
        List<String> top = keywords(seed).stream().map(Keyword::text).toList();
        assertFalse(top.contains("渠市"), top.toString());
        assertTrue(top.contains("五家渠市"), top.toString());
    }

    @Test
    void aWordGrowsIntoTheRecurringNameThatHoldsIt() {
        List<String> top = keywords("新疆信发铝业有限公司（以下简称“信发铝业”）位于五家渠经济技术开发区。"
                + "信发铝业今年产值增长20%，信发铝业的员工达到3000人。").stream().map(Keyword::text).toList();
        assertEquals("信发铝业", top.get(0), top.toString());
        assertFalse(top.contains("铝业"), top.toString());
    }

    @Test
    void scoresStartAtOneAndNeverRise() {
        List<Keyword> ks = keywords(seed);
        assertEquals(1.0, ks.get(0).score());
        for (int i = 1; i < ks.size(); i++) {
            assertTrue(ks.get(i).score() <= ks.get(i - 1).score(), ks.toString());
            assertTrue(ks.get(i).score() > 0, ks.toString());
        }
    }

    @Test
    void deterministic() {
        assertEquals(keywords(seed), keywords(seed));
    }

    @Test
    void recurringAdjacentWordsMergeIntoAPhrase() {
        String text = "数字乡村试点工作启动。各地推进数字乡村试点，数字乡村试点覆盖百县。数字乡村试点成效明显。";
        List<String> top = keywords(text).stream().map(Keyword::text).toList();
        assertTrue(top.stream().anyMatch(k -> k.contains("数字乡村") && k.length() > 4), top.toString());
    }

    @Test
    void noKeywordIsContainedInAnother() {
        List<String> top = keywords(seed).stream().map(Keyword::text).toList();
        for (String a : top) {
            for (String b : top) {
                assertTrue(a.equals(b) || !b.contains(a), a + " inside " + b);
            }
        }
    }

    @Test
    void numbersAndSingleCharactersAreNeverKeywords() {
        assertFalse(KeywordRanker.isKeywordText("2023"));
        assertFalse(KeywordRanker.isKeywordText("三十五"));
        assertFalse(KeywordRanker.isKeywordText("8月"));
        assertFalse(KeywordRanker.isKeywordText("新"));
        assertFalse(KeywordRanker.isKeywordText("发展"));
        assertTrue(KeywordRanker.isKeywordText("一带一路"));
    }

    @Test
    void limitIsHonoured() {
        assertEquals(3, Extractor.builder().keywords(3).build().extract(seed).keywords().size());
        assertEquals(List.of(), Extractor.builder().keywords(0).build().extract(seed).keywords());
    }

    @Test
    void rarityComesFromTheTrainingIdfTable() {
        IdfTable idf = IdfTable.load();
        assertTrue(idf.idf("经济") < idf.idf("扶贫"), "经济 should be commoner than 扶贫");
        assertEquals(idf.max(), idf.idf("一个从未出现的词语"));
    }

    @Property(tries = 200)
    void anyTextGivesValidKeywords(@ForAll @StringLength(max = 200) String text) {
        List<Keyword> ks = keywords(text);
        assertTrue(ks.size() <= Extractor.DEFAULT_KEYWORDS);
        for (Keyword k : ks) {
            assertTrue(KeywordRanker.isKeywordText(k.text()), k.text());
            assertTrue(k.score() > 0 && k.score() <= 1, k.toString());
        }
    }

    @Test
    void sameKeywordsFromManyThreads() throws Exception {
        List<Keyword> expected = keywords(seed);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<Keyword>>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> keywords(seed)));
            }
            for (java.util.concurrent.Future<List<Keyword>> f : runs) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
