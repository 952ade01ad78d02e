package org.tiqu.robust;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tiqu.EntityType;
import org.tiqu.Extraction;
import org.tiqu.internal.text.Chars;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Huge inputs extract within the default test heap and keep every invariant. No speed assertions (speed is
 * measured by the JMH benchmarks); the timeout only turns a hang (work quadratic in the document length) into a
 * clear failure instead of a stuck build: linear work takes well under a minute here even on a loaded machine.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class HugeInputTest {

    /**
     * Hostile mixed text: random Han, punctuation, Latin, digits, every kind of break and odd char, with a real
     * news sentence now and then (so there are entities, but sparse ones: see the disabled dense case below).
     */
    static String mixed(int utf8Bytes, int sentenceEvery, boolean punctuation, long seed) {
        StringBuilder sb = new StringBuilder(utf8Bytes / 2);
        Random r = new Random(seed);
        String punct = "，。、；：？！“”《》（）,.;:";
        int bytes = 0;
        while (bytes < utf8Bytes) {
            int from = sb.length();
            int k = r.nextInt(sentenceEvery);
            if (k == 0) {
                sb.append(Adversarial.SENTENCES.get(r.nextInt(Adversarial.SENTENCES.size())));
            } else if (k < 40) {
                sb.append((char) ('\u4E00' + r.nextInt(0x9FA5 - 0x4E00)));
            } else if (k < 46) {
                sb.append(punctuation ? punct.charAt(r.nextInt(punct.length())) : (char) ('\u4E00' + r.nextInt(0x9FA5 - 0x4E00)));
            } else if (k < 50) {
                sb.append((char) ('a' + r.nextInt(26))).append(r.nextInt(10));
            } else if (k < 54 && punctuation) {
                sb.append(Adversarial.SPACES.get(r.nextInt(Adversarial.SPACES.size())));
            } else if (k < 56) {
                sb.append(Adversarial.ODD.get(r.nextInt(Adversarial.ODD.size())));
            } else {
                sb.append((char) ('\u4E00' + r.nextInt(0x9FA5 - 0x4E00)));
            }
            bytes += sb.substring(from).getBytes(StandardCharsets.UTF_8).length;
        }
        return sb.toString();
    }

    @Test
    void tenMegabyteDocumentExtracts() {
        String text = mixed(10 << 20, 400, true, 7);
        assertTrue(text.getBytes(StandardCharsets.UTF_8).length >= 10 << 20);
        Extraction x = Shared.extractor().extract(text);
        Invariants.check(text, x);
        assertFalse(x.entities(EntityType.PLACE).isEmpty(), "the news sentences in it name places");
        assertFalse(x.keywords().isEmpty());
    }

    @Test
    void oneMegabyteLineWithoutPunctuationExtracts() {
        StringBuilder sb = new StringBuilder();
        for (char c : mixed(3 << 20, 400, false, 11).toCharArray()) {
            if (!Chars.isSpace(c) && !Chars.isSentenceEnd(c) && !Chars.isCjkPunct(c) && Character.getType(c) != Character.OTHER_PUNCTUATION) {
                sb.append(c);
            }
        }
        String text = sb.substring(0, 1 << 20);
        if (Character.isHighSurrogate(text.charAt(text.length() - 1))) {
            text = text.substring(0, text.length() - 1) + "一";
        }
        assertTrue(text.length() == 1 << 20 && text.indexOf('\n') < 0 && text.indexOf('，') < 0);
        Extraction x = Shared.extractor().extract(text);
        Invariants.check(text, x);
        assertFalse(x.tokens().isEmpty());
    }

    @Test
    void oneMegabyteOfOneRepeatedCharExtracts() {
        String text = "的".repeat(1 << 20);
        Extraction x = Shared.extractor().extract(text);
        Invariants.check(text, x);
    }

    /** Entity-dense news text: every sentence names people, places and organisations. */
    @Test
    void tenMegabyteNewsDocumentExtracts() {
        StringBuilder sb = new StringBuilder(4_000_000);
        Random r = new Random(7);
        long bytes = 0; // UTF-8 size (the sentences mix Han and ASCII)
        while (bytes < 10 << 20) {
            String sentence = Adversarial.SENTENCES.get(r.nextInt(Adversarial.SENTENCES.size()));
            sb.append(sentence);
            bytes += sentence.getBytes(StandardCharsets.UTF_8).length;
            if (r.nextInt(3) == 0) {
                sb.append(r.nextBoolean() ? "\n\n" : "\r\n");
                bytes += 2;
            }
        }
        String text = sb.toString();
        assertTrue(text.getBytes(StandardCharsets.UTF_8).length >= 10 << 20);
        Extraction x = Shared.extractor().extract(text);
        Invariants.check(text, x);
    }

    /**
     * A megabyte of the forms the late person rules rewrite (results by country, notes of a missing char's sound,
     * crosses, dan ranks, lines of names, names with the given name in brackets, half brackets, 小 before a given
     * name, borrowed tails, lists of things and brands): each rule handles all its spans in one pass over the
     * mentions.
     */
    @Test
    void oneMegabyteOfRewrittenNameFormsExtracts() {
        String unit = "美国科瓦尔、匈牙利科瓦茨以６∶４胜。何鸿（申音）、林××、柳时熏七段中盘胜金秀壮九段。\n郭宗利熊毅唐磊\n"
                + "部署刘（伯承）邓（小平）、陈（毅）粟（裕）大军，李（男、张（女）在。帮助小迎艳上学，马坚夫人、李文一行、"
                + "由方鸣任主任。华翔、天安、戴维等一批配件企业，埃克森、阿莫科、莫比尔等。\n";
        String text = unit.repeat((1 << 20) / unit.length());
        Extraction x = Shared.extractor().extract(text);
        Invariants.check(text, x);
        assertTrue(x.entities().stream().anyMatch(e -> e.type() == EntityType.PERSON && e.text().equals("林××")));
    }

    /**
     * A megabyte of the forms rules of later sessions rewrite, each repeated thousands of times (bylines, Tibetan
     * names, level congresses and hospitals, event committees, headquarters, townships, lists of persons and places,
     * opponents, a roll of titles and names), and a run of military units without a separator: each rule checks its
     * candidates against the mentions in one pass, and a chain of units does not grow into one organisation from
     * every unit to the run's end. One line: no line break bounds a scan.
     */
    @Test
    void oneMegabyteOfLaterRuleFormsAndUnitRunsExtracts() {
        String unit = "本报记者潘帝都报道（新华社记者徐烨摄）西藏自治区主席洛桑江村和扎西顿珠会见牧民那木加甫。市人大常委会副主任"
                + "张国强、州委宣传部、自治区人民医院、杭州第19届亚运会组委会、加州库比蒂诺总部、托克逊县夏乡，世界冠军马龙、"
                + "樊振东、孙颖莎，马龙县、昆明、大理等地，德约科维奇击败阿尔卡拉斯。库车市，库车。國務院總理李強北京今天下雪。"
                + "河北农业大学园艺系副教授王金春河北省大厂回族自治县";
        String text = unit.repeat((1 << 20) / unit.length());
        Extraction x = Shared.extractor().extract(text);
        Invariants.check(text, x);
        String units = "第八师兵团第六师五家渠市".repeat((1 << 20) / 12);
        Extraction u = Shared.extractor().extract(units);
        Invariants.check(units, u);
        assertTrue(u.entities(EntityType.ORGANIZATION).stream().allMatch(e -> e.text().length() <= 80),
                "no organisation runs over the whole chain of units");
    }

    /** A long run of numeral characters (一, 〇, 0, ...), as in a table of figures without separators. */
    @Test
    void oneMegabyteRunOfNumeralsExtracts() {
        for (String c : new String[]{"一", "0", "〇"}) {
            String text = c.repeat(1 << 20);
            Invariants.check(text, Shared.extractor().extract(text));
        }
    }

    @Test
    void oneMegabyteOfWhitespaceAndBreaksExtracts() {
        String text = " \n\r\n\u3000\u200B\t".repeat((1 << 20) / 7);
        Extraction x = Shared.extractor().extract(text);
        Invariants.check(text, x);
        assertTrue(x.tokens().isEmpty());
        assertTrue(x.entities().isEmpty());
    }

    @Test
    void oneMegabyteOfSurrogatePairsAndLoneSurrogatesExtracts() {
        StringBuilder sb = new StringBuilder(1 << 20);
        Random r = new Random(3);
        while (sb.length() < 1 << 20) {
            sb.append(r.nextInt(5) == 0 ? "\uD800" : r.nextBoolean() ? "\uD83D\uDE00" : "\uD840\uDC00");
        }
        String text = sb.toString();
        Extraction x = Shared.extractor().extract(text);
        Invariants.check(text, x);
    }

    /**
     * A megabyte of short sentences about the same few people, nicknames and familiar names among them: every rule
     * that weighs one mention against the text's others must stay linear in how many there are.
     */
    @Test
    void oneMegabyteOfRepeatedNamesExtracts() {
        String text = "熊猫强强吃竹子，老赵说强强很好。王小明对金金说：“蓉蓉来了。”沙赫特说，张建军、李长江也到了。"
                .repeat((1 << 20) / 48);
        Extraction x = Shared.extractor().extract(text);
        Invariants.check(text, x);
        assertTrue(x.entities(EntityType.PERSON).size() > text.length() / 48, "every sentence names persons");
        String dense = "强强、蓉蓉、金金说。".repeat((1 << 20) / 10); // 300,000 doubled names
        Invariants.check(dense, Shared.extractor().extract(dense));
        // tens of thousands of different given names beside verbs of speaking and kin words (the story-name rule
        // once scanned the whole text for each)
        String given = "春花秋月云娇慧芳丽华明玉英兰桂梅建国文武志强海涛晓燕红霞翠萍金银凤龙宝珠";
        StringBuilder stories = new StringBuilder();
        for (int i = 0; stories.length() < 1 << 20; i++) {
            String name = "" + given.charAt(i % given.length()) + given.charAt(i / given.length() % given.length())
                    + (i % 3 == 0 ? "" : String.valueOf(given.charAt(i / 7 % given.length())));
            stories.append("女儿").append(name).append("说：“").append(name).append("呀，").append(name).append("笑了。”");
        }
        Invariants.check(stories.toString(), Shared.extractor().extract(stories.toString()));
    }
}
