package org.tiqu.internal.seg;

import org.tiqu.internal.text.Chars;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Names of the NER facts list ({@code ner/facts.txt}) that the segmentation model's lexicon should hold as words:
 * foreign people and places written in transliteration (马斯克, 古特雷斯, 内华达), rivers, lakes and mountains
 * (叶尔羌河, 博斯腾湖), other places that end in no word of the model's lexicon (巴音布鲁克, 那拉提) and companies
 * known by a short name (腾讯, 阿里巴巴, 特斯拉). The model was trained on one month of 1998 news, where they never
 * occur, and glued them to the words around them (马斯克称特斯拉 as one place, 拉提至巴音布鲁克段, 阿里巴巴旗, 腾/讯);
 * its lexicon feature, which learned (jackknifed) how far to trust a listed word, keeps them whole, as it does
 * HanLP's core words.
 *
 * <p>Left out, so that segmentation stays People's Daily's and PKU's: Chinese names (PKU writes 江 泽民, surname and
 * given name apart); organisation names of more than four chars, or ending in a listed word (招商|银行, 腾讯|公司) or a
 * char that names a body (国资|委), or starting with 中国, 国家 and the like: PKU cuts the head or the start off; and
 * two-char short forms spelt only in transliteration chars (万科 of 伊万科维奇).
 *
 * <p>A short list of words of today's news ({@link #MODERN}: 储能, 网约车, 碳中和) and the full names of China's
 * counties and cities ({@link #DIVISIONS}: 于田县, 五家渠市) join them for the same reason.
 */
public final class FactNames {
    static final String FACTS = "/org/tiqu/ner/facts.txt";
    /**
     * Transliteration chars that Chinese names hardly use: a name of transliteration chars with one of these is
     * foreign (马斯克, 古特雷斯), one without may be Chinese (朱森林, 霍英东 are all transliteration chars).
     */
    private static final String FOREIGN = "斯克尔夫基奇维茨兹耶皮普瓦姆迪蒂萨塞瑟桑彼鲁诺纳内尼努埃厄恩奥阿伊约扎佐索托图特提坦沃";
    /**
     * Last chars that name a body by themselves: People's Daily and PKU cut a name with one off (国家|能源|局), and a
     * two-char short form with one reads as a phrase elsewhere (南大 of 南大立交桥, 新党 of 新党支部).
     */
    private static final String BODY_CHARS = "局厅部委办署院社站所厂矿师旅团营连队党省盟联台网会行处司馆大";
    /** Words that start the names of national bodies, which PKU cuts off (中国|中车, 国家|电投). */
    private static final String[] NATIONAL = {"中国", "国家", "中央", "全国", "国务院"};
    /** Short names only: a longer one is a name with a head that PKU writes as words of their own. */
    private static final int MAX_ORG = 4;

    private FactNames() {
    }

    /** {@code words}, the fact names, the {@link #MODERN} words and the counties not among them, sorted. */
    static List<String> with(List<String> words, int maxLength) {
        Set<String> known = new HashSet<>(words);
        TreeSet<String> all = new TreeSet<>(words);
        addModernWords(all, maxLength);
        addCounties(all, maxLength);
        try (BufferedReader r = open(FACTS, false)) {
            if (r == null) {
                return List.copyOf(all); // the NER resources are not on the class path: segmentation needs none
            }
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab < 0) {
                    continue;
                }
                String category = line.substring(0, tab);
                for (String w : line.substring(tab + 1).trim().split(" +")) {
                    if (w.length() <= maxLength && !known.contains(w) && keep(category, w, known)) {
                        all.add(w);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FACTS, e);
        }
        return List.copyOf(all);
    }

    /** Words of today's news the training month never saw ({@value #MODERN}: 储能, 外卖, 网约车, 碳中和). */
    static final String MODERN = "/org/tiqu/models/modern-words.txt";

    /** The {@link #MODERN} words: ordinary words (the NER's tagger, which never saw them, may read one as a name). */
    public static Set<String> modernWords() {
        return ModernHolder.WORDS;
    }

    private static final class ModernHolder {
        static final Set<String> WORDS;

        static {
            Set<String> words = new HashSet<>();
            addModernWords(words, Integer.MAX_VALUE);
            WORDS = Set.copyOf(words);
        }
    }

    private static void addModernWords(Set<String> all, int maxLength) {
        try (BufferedReader r = open(MODERN, false)) {
            if (r == null) {
                throw new IllegalStateException(MODERN + " missing from the classpath");
            }
            for (String line; (line = r.readLine()) != null; ) {
                String w = line.trim();
                if (!w.isEmpty() && !w.startsWith("#") && w.length() >= 2 && w.length() <= maxLength) {
                    all.add(w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MODERN, e);
        }
    }

    static boolean keep(String category, String w, Set<String> known) {
        switch (category) {
            case "PERSON" -> {
                return w.length() >= 3 && foreign(w);
            }
            case "PLACE" -> {
                return w.length() >= 3 && (foreign(w) || natural(w) || allHan(w) && !endsWithWord(w, known));
            }
            case "ORG" -> {
                if (w.length() < 2 || w.length() > MAX_ORG || !allHan(w) || endsWithWord(w, known)
                        || BODY_CHARS.indexOf(w.charAt(w.length() - 1)) >= 0) {
                    return false;
                }
                for (String start : NATIONAL) {
                    if (w.startsWith(start)) {
                        return false;
                    }
                }
                return w.length() > 2 || !allTransliteration(w);
            }
            default -> {
                return false;
            }
        }
    }

    /** China's divisions, from the NER resources: full names of counties and above are {@link #COUNTY}. */
    static final String DIVISIONS = "/org/tiqu/ner/divisions.txt.gz";
    private static final String COUNTY = "A";

    /**
     * Full names of China's divisions at county level and above (于田县, 疏附县, 头屯河区): People's Daily and PKU write
     * each as one word, and the model, which saw few of them, cut many apart (于|田|县, 头|屯河区).
     */
    private static void addCounties(Set<String> all, int maxLength) {
        try (BufferedReader r = open(DIVISIONS, true)) {
            if (r == null) {
                return; // the NER resources are not on the class path
            }
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (tab >= 3 && tab <= maxLength && line.startsWith(COUNTY, tab + 1) && allHan(line.substring(0, tab))) {
                    all.add(line.substring(0, tab));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DIVISIONS, e);
        }
    }

    /** The UTF-8 resource as lines, or null when it is not on the class path. */
    private static BufferedReader open(String resource, boolean gzip) throws IOException {
        InputStream in = FactNames.class.getResourceAsStream(resource);
        if (in == null) {
            return null;
        }
        return new BufferedReader(new InputStreamReader(gzip ? new java.util.zip.GZIPInputStream(in) : in,
                StandardCharsets.UTF_8));
    }

    /** Transliteration chars (and inner middle dots) only, one of them rare in Chinese names. */
    private static boolean foreign(String w) {
        boolean rare = false;
        for (int i = 0; i < w.length(); i++) {
            char ch = w.charAt(i);
            if (ch == '·' && i > 0 && i + 1 < w.length()) {
                continue;
            }
            if (Chars.TRANSLITERATION.indexOf(ch) < 0) {
                return false;
            }
            rare |= FOREIGN.indexOf(ch) >= 0;
        }
        return rare;
    }

    /** Last chars of rivers, lakes and mountains that People's Daily writes in one word with the name (塔里木河/ns). */
    private static final String TERRAIN_ENDS = "河江湖山峰岭";

    /**
     * A river, lake or mountain (叶尔羌河, 博斯腾湖, 博格达峰): one word in People's Daily and PKU, which the model cut
     * wrong where it never saw the name (对叶尔羌河 as one word). Not 盆地, 海峡, 群岛, 高原, 沙漠: those are words of
     * their own there (塔里木/ns 盆地/n).
     */
    private static boolean natural(String w) {
        return allHan(w) && TERRAIN_ENDS.indexOf(w.charAt(w.length() - 1)) >= 0;
    }

    private static boolean allTransliteration(String w) {
        return w.chars().allMatch(ch -> Chars.TRANSLITERATION.indexOf(ch) >= 0);
    }

    private static boolean allHan(String w) {
        return w.chars().allMatch(ch -> Chars.isHan((char) ch));
    }

    /** Some proper suffix of two chars or more is a listed word (招商|银行, 小米|集团). */
    private static boolean endsWithWord(String w, Set<String> known) {
        for (int k = 1; k + 2 <= w.length(); k++) {
            if (known.contains(w.substring(k))) {
                return true;
            }
        }
        return false;
    }
}
