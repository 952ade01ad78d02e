package org.tiqu.internal.seg;

import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SegmenterTest {
    private static final Segmenter SHIPPED = Segmenter.shipped();

    private static String joined(List<Word> words) {
        return words.stream().map(Word::text).collect(Collectors.joining(" "));
    }

    private static String tagged(List<Word> words) {
        return words.stream().map(w -> w.text() + "/" + w.pos()).collect(Collectors.joining(" "));
    }

    @Test
    void segmentsPlainSentence() {
        assertEquals("我们 今天 发布 通知 。", joined(SHIPPED.segment("我们今天发布通知。")));
    }

    @Test
    void keepsDecimalNumbersWhole() {
        assertEquals("全长 112.7 公里 。", joined(SHIPPED.segment("全长112.7公里。")));
    }

    @Test
    void tagsPlacesTimesAndPunctuation() {
        assertEquals("北京/ns 今天/t 下雪/v 。/w", tagged(SHIPPED.segment("北京今天下雪。")));
    }

    @Test
    void aTimeWordAfterSaysIsNotCutIntoExplains() {
        assertEquals("他/r 说/v 明天/t 下雨/v 。/w", tagged(SHIPPED.segment("他说明天下雨。")));
        assertTrue(joined(SHIPPED.segment("她说明日出发。")).startsWith("她 说 明日 "));
        // 说明 stays where the next chars make a word of their own
        assertTrue(joined(SHIPPED.segment("这说明天气正在变暖。")).startsWith("这 说明 天气 "));
        assertTrue(joined(SHIPPED.segment("这说明年轻人更爱运动。")).startsWith("这 说明 年轻人 "));
    }

    @Test
    void latinLettersAreNotGluedToHanWords() {
        assertTrue(joined(SHIPPED.segment("特斯拉公司CEO马斯克访华。")).contains(" CEO 马斯克 "));
        assertTrue(joined(SHIPPED.segment("手机APP下载量增长。")).startsWith("手机 APP "));
        // words of the lexicon and one-char heads stay whole, as People's Daily writes them
        assertTrue(joined(SHIPPED.segment("唱卡拉OK，买VCD机。")).contains("卡拉OK"));
        assertTrue(joined(SHIPPED.segment("唱卡拉OK，买VCD机。")).contains("VCD机"));
    }

    @Test
    void boundaryInsideALatinRunOnlyWhereTheCaseStartsAWord() {
        int[] single = new int[8];
        java.util.Arrays.fill(single, CwsModel.S); // a model that cuts everywhere
        assertTrue(Segmenter.boundary("56KModem", 0, 8, single, 2, null)); // 6|K: a digit and a letter
        assertTrue(Segmenter.boundary("56KModem", 0, 8, single, 3, null)); // K|Modem
        assertFalse(Segmenter.boundary("56KModem", 0, 8, single, 4, null)); // M|odem
        assertFalse(Segmenter.boundary("APP", 0, 3, single, 1, null)); // A|PP
        assertFalse(Segmenter.boundary("iPhone", 0, 6, single, 1, null)); // i|Phone
    }

    @Test
    void segmentsAcrossSpacesAndLines() {
        List<Word> ws = SHIPPED.segment("发布 通知\n北京");
        assertEquals("发布 通知 北京", joined(ws));
        assertEquals(3, ws.get(1).start());
        assertEquals(6, ws.get(2).start());
    }

    @Test
    void opaqueCharsAreTokensOfTheirOwn() {
        List<Word> ws = SHIPPED.segment("通知\u0001发布\uE000");
        assertEquals("通知 \u0001 发布 \uE000", joined(ws));
        assertEquals("x", ws.get(1).pos());
    }

    @Test
    void tokenContractHoldsOnRandomText() {
        Random rnd = new Random(11);
        String alphabet = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞12345.abcXYZ，。！？、：；“”（）《》—… \n\t\u3000\u0001\uD83D\uDE00\uD800\uE000";
        for (int round = 0; round < 200; round++) {
            StringBuilder sb = new StringBuilder();
            int len = rnd.nextInt(600);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            assertContract(text, SHIPPED.segment(text));
        }
    }

    @Test
    void hanlpBackedSegmenterKeepsTheContract() {
        Segmenter hanlp = new Segmenter(new ViterbiSegment().enableCustomDictionary(false));
        String text = "江泽民主席在北京发表讲话 \u0001 全长112.7公里。";
        assertContract(text, hanlp.segment(text));
    }

    @Test
    void modelRoundTripSegmentsIdentically() throws IOException {
        CwsModel shipped = CwsModel.load();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        shipped.write(bytes);
        CwsModel copy = CwsModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        String text = "中华人民共和国国务院今天发布通知，要求各地做好春节期间的安全生产工作。";
        assertEquals(joined(new Segmenter(shipped, null).segment(text)), joined(new Segmenter(copy, null).segment(text)));
        assertEquals(shipped.lexiconWords(), copy.lexiconWords());
    }

    @Test
    void fastScorerEqualsGenericPathOnRepeatsDotsAndShortTexts() {
        CwsModel m = CwsModel.load();
        for (String text : new String[] {"哈哈哈，天天向上看看。", "3.14·约翰·史密斯", "人", "AB", "《》“”…—%％‰"}) {
            org.tiqu.internal.ml.FeatureBuffer f = new org.tiqu.internal.ml.FeatureBuffer();
            CwsModel.features(text, 0, text.length(), m.lexicon(), f);
            int[] generic = new int[text.length() * 4];
            for (int i = 0; i < text.length(); i++) {
                m.model().score(f.keys(), f.from(i), f.to(i), generic, i * 4);
            }
            org.junit.jupiter.api.Assertions.assertArrayEquals(relativeToM(generic), relativeToM(m.fastEmissions(text, 0, text.length())), text);
        }
    }

    /**
     * Scores relative to label M at each position: the fast path may add one constant to all labels of a position,
     * which leaves every best path as it was.
     */
    private static int[] relativeToM(int[] em) {
        int[] out = new int[em.length];
        for (int i = 0; i < em.length; i++) {
            out[i] = em[i] - em[i / 4 * 4 + CwsModel.M];
        }
        return out;
    }

    @Test
    void fastScorerEqualsGenericPathOnPairsWithWideWeights() {
        CwsModel m = CwsModel.load();
        int[] keys = m.scorer().widePairKeys();
        int tested = 0;
        for (int k : keys) {
            char a = (char) (k >>> 16), b = (char) k;
            if (a < ' ' || b < ' ') {
                continue; // a sentence-boundary sentinel
            }
            for (String text : new String[] {"" + a + b, "我们" + a + b + "的工作", a + "" + b + a + b}) {
                org.tiqu.internal.ml.FeatureBuffer f = new org.tiqu.internal.ml.FeatureBuffer();
                CwsModel.features(text, 0, text.length(), m.lexicon(), f);
                int[] generic = new int[text.length() * 4];
                for (int i = 0; i < text.length(); i++) {
                    m.model().score(f.keys(), f.from(i), f.to(i), generic, i * 4);
                }
                org.junit.jupiter.api.Assertions.assertArrayEquals(relativeToM(generic),
                        relativeToM(m.fastEmissions(text, 0, text.length())), text);
                tested++;
            }
        }
        assertTrue(keys.length == 0 || tested > 0, "no side-table pair could be tested");
    }

    @Test
    void fastScorerEqualsGenericFeaturePath() {
        CwsModel m = CwsModel.load();
        String text = "中华人民共和国国务院1998年１２月３１日发布通知，要求各地做好春节期间的安全生产工作。Ａ股上涨3.5％！";
        org.tiqu.internal.ml.FeatureBuffer f = new org.tiqu.internal.ml.FeatureBuffer();
        CwsModel.features(text, 0, text.length(), m.lexicon(), f);
        int[] generic = new int[text.length() * 4];
        for (int i = 0; i < text.length(); i++) {
            m.model().score(f.keys(), f.from(i), f.to(i), generic, i * 4);
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(relativeToM(generic), relativeToM(m.fastEmissions(text, 0, text.length())));
        int[] slow = new int[text.length()];
        m.tag(text, 0, text.length(), new org.tiqu.internal.ml.FeatureBuffer(), new int[text.length()], slow);
        int[] fast = new int[text.length()];
        m.tagFast(text, 0, text.length(), CwsModel.buffers(), fast);
        org.junit.jupiter.api.Assertions.assertArrayEquals(slow, fast);
    }

    static void assertContract(String text, List<Word> words) {
        int covered = 0;
        int last = 0;
        for (Word w : words) {
            assertTrue(w.start() >= last, "ordered and non-overlapping at " + w);
            assertTrue(w.end() > w.start(), "non-empty " + w);
            assertEquals(text.substring(w.start(), w.end()), w.text());
            assertTrue(w.pos() != null && !w.pos().isEmpty(), "tagged " + w);
            for (int i = last; i < w.start(); i++) {
                assertTrue(org.tiqu.internal.text.Chars.isSpace(text.charAt(i)), "uncovered char at " + i);
            }
            for (int i = w.start(); i < w.end(); i++) {
                assertTrue(!org.tiqu.internal.text.Chars.isSpace(text.charAt(i)), "space inside " + w);
            }
            last = w.end();
            covered++;
        }
        for (int i = last; i < text.length(); i++) {
            assertTrue(org.tiqu.internal.text.Chars.isSpace(text.charAt(i)), "uncovered tail at " + i);
        }
        assertTrue(covered > 0 || text.isBlank());
    }
}
