package org.tiqu.internal.ner;

import org.tiqu.internal.text.CharSet;
import org.tiqu.EntityType;
import org.tiqu.internal.recognize.Mention;
import org.tiqu.internal.text.Chars;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * PERSON rules that run after {@link EntityRules}, on the tagger's and the rules' mentions and the segmenter's words
 * and parts of speech (in order):
 * <ul>
 *   <li>{@link #dropOrdinaryWords}: a person the core dictionary knows as a word and rarely as a name (刘桥 ns, 吉尼斯
 *       nz, 张扬 v) is dropped; one inside a doctrine named after the person stays (邓小平理论 holds 邓小平, as
 *       DESIGN.md has it, where People's Daily tags the whole word a noun);</li>
 *   <li>{@link #trimTails}: 吴彬总|教练, 马坚夫|人, 吴同志, （杨崇南|绘）, 郭家, 朗氏;</li>
 *   <li>{@link #trailingWords}: a last char that is a function word or starts the next word leaves (吴彬|也,
 *       桥本|说);</li>
 *   <li>{@link #withheldNames}: 易某, 安某;</li>
 *   <li>{@link #splitJoined}: two names joined by a verb or conjunction are two persons (许广平|致|鲁瑞);</li>
 *   <li>{@link #familiarPrefix}: 两个小[赵] gives 小赵; 小王磊 gives 王磊, 小竹君 竹君, 小扎耶德 扎耶德;</li>
 *   <li>{@link #completeGivenNames}: 魏德|运 gives 魏德运 where the segmenter reads 魏/nr 德运/nr;</li>
 *   <li>{@link #listNames}: the items of a 、-list beside persons are persons (丁聪、董辅、范用、冯兰瑞);</li>
 *   <li>{@link #rosters}: the other items of a 、-list mostly of persons are persons (和志强, 帕巴公觉);</li>
 *   <li>{@link #bylines}: reporters' names without separators in a paragraph's closing bracket (（张岸涛裴双喜）) or
 *       after 记者 at a line's end ({@link #reporterLines}: 新华社记者李锦赵承), one person per name;</li>
 *   <li>{@link #slotNames}: names the tagger missed, found by their slot (调查表明，褚时健利用职权, 开除褚时健党籍): the
 *       evaluation unit is a paragraph, where often nothing but the name's own slot tells;</li>
 *   <li>{@link #speakers}: a surname and one char before a verb of saying (的江虹说);</li>
 *   <li>{@link #segmentedNames}: 王/nr 国栋/nr where no mention lies;</li>
 *   <li>{@link #foreignNames}: unknown transliterated words (埃里卡特, 莱什钦斯基) as whole persons;</li>
 *   <li>{@link #nameWords}: a person grows to the segmenter's name word it begins (卡尔|逊) and is dropped when it
 *       begins a place word (辛辛那|提城);</li>
 *   <li>{@link #growForeignNames}: a transliterated person cut one char short grows over its run (库|尔尼科娃);</li>
 *   <li>{@link #japaneseNames}: a Japanese family name takes its given name (小林|觉, 细川|护熙);</li>
 *   <li>{@link #knownPersons}: well-known people of the lexicon (伽利略, 济公, 内塔尼亚胡);</li>
 *   <li>{@link #surnameReferences}: the surname alone after the full name (赵敬忠称赵外出);</li>
 *   <li>{@link #repeatedNames}: a person's name repeated elsewhere as a word of its own is that person again;</li>
 *   <li>{@link #familyNames}: 井口俊英 ... 井口, a four- or five-char name referred to by its first two chars;</li>
 *   <li>{@link #givenNames}: 周恩来 ... 百年恩来, a name referred to by its two-char given name.</li>
 * </ul>
 * Given-name chars are those of the training split's three-char person names ({@link NerLexicon#givenNameCount}).
 * Stateless; linear in the text.
 */
final class PersonRules {
    private PersonRules() {
    }

    /**
     * Rule persons added where no mention lay before the rule ran. The overlaps of the text's mentions are built at
     * the first name the rule finds (most texts give none); the names the rule adds do not block each other.
     */
    private static final class NewPersons {
        private final int n;
        private final List<Mention> mentions;
        private EntityRules.Overlaps taken;

        NewPersons(int n, List<Mention> mentions) {
            this.n = n;
            this.mentions = mentions;
        }

        /** Whether no mention of before the rule overlaps {@code [s, e)}. */
        boolean free(int s, int e) {
            if (taken == null) {
                taken = new EntityRules.Overlaps(n, mentions, m -> true);
            }
            return !taken.any(s, e);
        }

        /** Adds the person {@code [s, e)} where it is {@link #free}. */
        void add(int s, int e) {
            if (free(s, e)) {
                mentions.add(new Mention(EntityType.PERSON, s, e, null, Mention.Priority.RULE));
            }
        }
    }

    /** Part-of-speech classes of a word, as {@link NerRecognizer} records them at its start and end. */
    static final byte VERB = 1, PREP = 2, CONJ = 3, OTHER = 4, PUNCT = 5, PARTICLE = 6, ADVERB = 7, PRONOUN = 8,
            NOUN = 9, ADJECTIVE = 10, NUMERAL = 11, LOCATIVE = 12, NAME = 13, PLACE = 14;

    static byte posClass(String pos) {
        if (pos.isEmpty()) {
            return OTHER;
        }
        char p = pos.charAt(0);
        if (p == 'v') {
            return pos.equals("vn") ? OTHER : VERB;
        }
        return switch (p) {
            case 'p' -> PREP;
            case 'c' -> CONJ;
            case 'w' -> PUNCT;
            case 'u' -> PARTICLE;
            case 'd' -> ADVERB;
            case 'r' -> PRONOUN;
            case 'n' -> pos.startsWith("nr") ? NAME : pos.equals("ns") ? PLACE : NOUN;
            case 'f' -> LOCATIVE;
            case 'a' -> ADJECTIVE;
            case 'm', 'q' -> NUMERAL;
            default -> OTHER;
        };
    }

    /** Words that make a doctrine of a name before them: no name is read into them from the right. */
    private static final String[] DOCTRINES = {"思想", "理论", "主义"};
    /**
     * Doctrines named after a person, which hold the person (邓小平理论, 毛泽东思想: DESIGN.md). Not the -isms:
     * 马克思主义, 列宁主义 are common nouns (马克思主义者, a Marxist; policy/GUIDELINE.md counts 马克思主义 no POLICY
     * either), and People's Daily writes them as one word.
     */
    private static final String[] NAMED_DOCTRINES = {"思想", "理论"};

    /**
     * Surname chars that the core dictionary knows mostly as something else: a verb, function word, numeral,
     * classifier or adjective at least 5 times and more than twice as often as a name (来, 但, 张 of 一张, 高).
     */
    private static final CharSet AMBIGUOUS = new CharSet();

    /** Chars that are mostly function words (之, 以, 而, 上): not in a given name found by its slot. */
    private static final CharSet FUNCTION = new CharSet();

    /** Chars that are mostly a noun or time word (时, 钱, 海). */
    private static final CharSet NOUNLIKE = new CharSet();

    /** Chars that are a verb in more than half of their uses (任, 应, 管). */
    private static final CharSet VERBLIKE = new CharSet();

    /** Chars that are mostly measure words (台, 辆, 吨). */
    private static final CharSet MEASURE = new CharSet();

    /** Chars used 30 times or more as a noun, measure word or verb of their own (山, 根, 群, 会): 山山, 根根 are no names. */
    private static final CharSet FREE_WORD = new CharSet();

    static {
        for (char ch = '\u4E00'; ch <= '\u9FFF'; ch++) {
            com.hankcs.hanlp.dictionary.CoreDictionary.Attribute a = Words.attribute(ch); // one lookup for all
            AMBIGUOUS.set(ch, Words.mostly(a, Words.NOT_A_NAME));
            FUNCTION.set(ch, Words.mostly(a, "pcdurf"));
            NOUNLIKE.set(ch, Words.mostly(a, "nt"));
            VERBLIKE.set(ch, Words.mostlyVerb(a));
            FREE_WORD.set(ch, Words.uses(a, "n", "q", "v") >= 30);
            MEASURE.set(ch, Words.mostly(a, "q"));
        }
    }

    /**
     * @param c         folded cleaned text
     * @param cut       cut[i]: a word boundary at i
     * @param posStart  posStart[i]: {@link #posClass} of the word starting at i (0: none)
     * @param posEnd    posEnd[i]: {@link #posClass} of the word ending at i (0: none)
     * @param mentions  all mentions so far; names found here are added
     */
    static void apply(char[] c, boolean[] cut, byte[] posStart, byte[] posEnd, NerLexicon lex, List<int[]> hits,
                      List<Mention> mentions) {
        dropOrdinaryWords(c, lex, hits, mentions);
        trimTails(c, cut, lex, hits, mentions);
        trailingWords(c, cut, posStart, lex, mentions);
        surnamesBeforeTitles(c, cut, posStart, posEnd, lex, hits, mentions);
        withheldNames(c, cut, posStart, lex, mentions);
        splitJoined(c, lex, mentions);
        familiarPrefix(c, lex, mentions);
        compoundSurnames(c, cut, lex, mentions);
        completeGivenNames(c, cut, posStart, lex, mentions);
        listNames(c, cut, posStart, posEnd, lex, mentions);
        rosters(c, lex, mentions);
        honourRolls(c, lex, hits, mentions);
        bylines(c, lex, hits, mentions);
        penNames(c, lex, mentions);
        nameLines(c, posStart, lex, mentions);
        slotNames(c, cut, posStart, posEnd, lex, mentions);
        roleNames(c, cut, posStart, posEnd, lex, hits, mentions);
        speakers(c, cut, posStart, posEnd, lex, mentions);
        segmentedNames(c, cut, posStart, posEnd, lex, mentions);
        foreignNames(c, cut, posStart, mentions);
        nameWords(c, cut, posStart, mentions);
        growForeignNames(c, cut, posStart, mentions);
        japaneseNames(c, cut, posStart, lex, hits, mentions);
        knownPersons(c, cut, posStart, hits, mentions);
        surnameReferences(c, cut, posStart, posEnd, lex, mentions);
        tibetanMongolianNames(c, cut, hits, mentions);
        doubledNames(c, cut, posStart, lex, mentions);
        familiarNames(c, cut, posEnd, lex, mentions);
        repeatedNames(c, cut, mentions);
        familyNames(c, cut, mentions);
        givenNames(c, cut, posStart, lex, mentions);
        families(c, cut, posEnd, lex, mentions);
        abbreviationsInsidePersons(c.length, mentions);
        dropUnitsAfterAmounts(c, cut, posEnd, mentions);
        dropLookalikes(c, lex, mentions);
        dropWorkTitles(c, mentions);
    }

    /**
     * A person named once is the same person where the text repeats the name (迟浩田对佩里再次来华访问表示 ... 佩里):
     * {@link EntityRules#propagate} again for the persons the rules above found, after the tagger's names were
     * spread (and again for those, where a rule has since freed an occurrence): every other occurrence of a person of two chars or more that the segmenter reads as whole words and
     * that no mention overlaps is a person too. Not inside a longer word (马克思|主义 as one word, 李宁牌 read 李宁牌), and
     * not a name that the core dictionary knows as an ordinary word too (乡音, 文明).
     */
    static void repeatedNames(char[] c, boolean[] cut, List<Mention> mentions) {
        EntityRules.propagate(c, cut, mentions, m -> m.type() == EntityType.PERSON, name -> !Words.otherThanPerson(name));
    }

    /**
     * 井口俊英 ... 井口: a person of four or five chars (a Japanese name, written without a dot), or of three that
     * start with a Japanese family name (三塚博), is referred to by its first two chars, its family name: where the
     * text has them as a word of their own that no mention touches, a person. Not when both chars are
     * transliteration chars (阿拉法特: 阿拉 is no family name).
     */
    static void familyNames(char[] c, boolean[] cut, List<Mention> mentions) {
        int[] families = new int[0]; // the family names as two-char keys, sorted
        for (Mention m : mentions) {
            int s = m.start();
            if (m.type() == EntityType.PERSON
                    && (m.length() == 4 || m.length() == 5 || m.length() == 3 && japaneseFamily(c[s], c[s + 1]))
                    && EntityRules.hanName(c, s, m.end()) && !(TRANSLIT.has(c[s]) && TRANSLIT.has(c[s + 1]))) {
                families = withKey(families, pair(c, s));
            }
        }
        if (families.length == 0) {
            return;
        }
        twoCharPersons(c, cut, mentions, families, s -> true);
    }

    /**
     * Adds a person at every two-char word whose chars are one of the sorted {@link #pair} {@code keys}, that no
     * mention touches and that {@code at} accepts (by its start).
     */
    private static void twoCharPersons(char[] c, boolean[] cut, List<Mention> mentions, int[] keys,
                                       java.util.function.IntPredicate at) {
        long firstChars = 0; // a 64-bit filter of the keys' first chars: most words fail it at once
        for (int key : keys) {
            firstChars |= 1L << ((key >>> 16) & 63);
        }
        boolean[] taken = covered(c.length, mentions);
        for (int s = 0; s + 2 <= c.length; s++) {
            if ((firstChars & 1L << (c[s] & 63)) != 0 && cut[s] && cut[s + 2] && !taken[s] && !taken[s + 1]
                    && java.util.Arrays.binarySearch(keys, pair(c, s)) >= 0 && at.test(s)) {
                mentions.add(new Mention(EntityType.PERSON, s, s + 2, null, Mention.Priority.RULE));
            }
        }
    }

    /** The chars c[s], c[s + 1] as one key. */
    private static int pair(char[] c, int s) {
        return c[s] << 16 | c[s + 1];
    }

    /** The sorted keys with {@code key} added (a handful per text). */
    private static int[] withKey(int[] keys, int key) {
        int at = java.util.Arrays.binarySearch(keys, key);
        if (at >= 0) {
            return keys;
        }
        int[] out = java.util.Arrays.copyOf(keys, keys.length + 1);
        System.arraycopy(keys, -at - 1, out, -at, keys.length + at + 1);
        out[-at - 1] = key;
        return out;
    }

    /**
     * 周恩来 ... 《百年恩来》: a person of a one-char surname and a two-char given name is referred to by the given name
     * alone: where the text has it as a word of its own that no mention touches, and not right after the surname, a
     * person; unless the core dictionary knows it as an ordinary word too (建国, 和平). Only names the segmenter
     * starts with a name (周/nr) or that are known persons: the tagger's 印好书 (印/v) lends 好书 nothing.
     */
    static void givenNames(char[] c, boolean[] cut, byte[] posStart, NerLexicon lex, List<Mention> mentions) {
        int[] given = new int[0]; // the given names as two-char keys, sorted
        java.util.Map<Integer, Character> surnames = new java.util.HashMap<>(); // given name key -> surname
        for (Mention m : mentions) {
            int s = m.start();
            if (m.type() == EntityType.PERSON && m.length() == 3 && EntityRules.hanName(c, s, m.end())
                    && (lex.categories(c[s]) & NerLexicon.SURNAME) != 0) {
                boolean named = posStart[s] == NAME
                        || (lex.categories(new String(c, s, 3)) & (NerLexicon.PERSON | NerLexicon.SEEN_PER)) != 0;
                if (named && !Words.otherThanPerson(new String(c, s + 1, 2))) {
                    given = withKey(given, pair(c, s + 1));
                    surnames.put(pair(c, s + 1), c[s]);
                }
            }
        }
        if (given.length == 0) {
            return;
        }
        // after its own surname it is the full name cut in two (郑|必坚), not a given name alone
        twoCharPersons(c, cut, mentions, given, s -> s == 0 || c[s - 1] != surnames.get(pair(c, s)));
    }

    /**
     * Chars after 某家 that make it a place (周家庄, 张家口, 李家湾) or a school or troop (洪家拳, 杨家将, 岳家军), not a
     * family; 之 makes it one who writes or works so (史家之绝唱, 百家之长).
     */
    private static final String NOT_HOUSEHOLD = "庄村口湾坡寨岭河沟屯集镇堡营坪店港巷嘴坝桥埠坊园岗洼台山界拳将军班之";

    /**
     * A surname standing for a family, as People's Daily tags it (the surname nr): 一位王姓摊主 (a surname char
     * before 姓 and a noun; after 姓, 姓施的, see {@link #namedSurnames}), 龙家有四亩地 and 周家祖坟 (a
     * one-char word before 家, or 某家 one word of the segmenter, that is no word of the core dictionary: 国家,
     * 安家; not a place or school: 张家口, 洪家拳). Only surname chars that are not mostly something else (和家,
     * 于家) nor numerals (万家), and where no mention lies; not right after a name (海尔智家 is a brand).
     */
    static void families(char[] c, boolean[] cut, byte[] posEnd, NerLexicon lex, List<Mention> mentions) {
        int n = c.length;
        EntityRules.Overlaps taken = null;
        List<Mention> added = null;
        for (int p = 0; p + 1 < n; p++) {
            char next = c[p + 1];
            if ((next != '姓' && next != '家') || (lex.categories(c[p]) & NerLexicon.SURNAME) == 0
                    || AMBIGUOUS.has(c[p]) || FUNCTION.has(c[p]) || "万千百亿".indexOf(c[p]) >= 0
                    || posEnd[p] == NAME) {
                continue;
            }
            boolean family;
            if (next == '姓') {
                family = cut[p] && p + 2 < n && EntityRules.isHan(c[p + 2]) && c[p + 2] != '名'
                        && !Words.known(new String(c, p, 2)); // 王姓摊主 (not 百姓, 姓名)
            } else {
                // 龙|家 or 龙家 as one word of the segmenter
                family = cut[p] && (p + 2 == n || cut[p + 2]) && !Words.known(new String(c, p, 2))
                        && (p + 2 == n || NOT_HOUSEHOLD.indexOf(c[p + 2]) < 0);
            }
            if (!family) {
                continue;
            }
            if (taken == null) {
                taken = new EntityRules.Overlaps(n, mentions, m -> true);
                added = new java.util.ArrayList<>();
            }
            if (!taken.any(p, p + 1)) {
                added.add(new Mention(EntityType.PERSON, p, p + 1, null, Mention.Priority.RULE));
            }
        }
        if (added != null) {
            mentions.addAll(added);
        }
    }

    /**
     * Parts of Tibetan and Mongolian personal names as Xinhua writes them in Chinese characters (real-world lists of
     * the most common name syllables: 扎西, 次仁, 卓玛, 多吉; 巴特尔, 其其格). Such names carry no surname and are two of
     * these parts (扎西顿珠, 次仁卓嘎, 洛桑江村, 额尔敦陶克陶), which the tagger, trained on one month of People's Daily,
     * often cuts in two or reads as a place.
     */
    private static final java.util.Set<String> ETHNIC_PARTS = java.util.Set.of(
            // Tibetan
            "扎西", "次仁", "多吉", "顿珠", "卓玛", "卓嘎", "格桑", "达瓦", "平措", "旺堆", "旺久", "央金", "白玛",
            "普布", "索朗", "拉巴", "边巴", "巴桑", "次旦", "群培", "强巴", "丹增", "旦增", "洛桑", "阿旺", "益西",
            "嘎玛", "尕玛", "泽仁", "桑珠", "德吉", "曲珍", "拉姆", "措姆", "央宗", "仁青", "土登", "坚参", "坚赞",
            "江村", "加措", "嘉措", "米玛", "琼达", "次珠", "朗杰", "列确", "向巴", "贡布", "次央", "拉珍", "德庆",
            "央拉", "仓决", "巴珠", "格列", "洛布", "晋美", "仁增", "班觉", "洛松", "赤列", "欧珠", "次旺", "扎巴",
            "多杰", "才让", "才旦", "更登", "索南", "旦巴", "达娃", "玉珍", "桑杰", "央吉", "白央", "普琼", "洛珠",
            "群宗", "丹巴", "昂旺", "阿沛", "帕巴拉", "多布杰", "热地", "尼玛", "罗布", "贡嘎",
            "旦达", "次松", "顿典", "曲扎", "穷达", "其美", "扎多", "东珠", "边珍", "拉加", "公保", "拉毛",
            // Mongolian
            "巴特尔", "其其格", "阿拉坦", "苏和", "宝音", "那顺", "额尔敦", "巴雅尔", "朝鲁", "孟和", "图雅", "萨仁",
            "陶克陶", "陶克套", "乌力吉", "布和", "巴图", "吉日嘎拉", "满都拉", "阿木古楞", "斯琴", "高娃", "朝克",
            "达赖", "吉雅", "那仁", "额尔德尼", "敖其尔", "哈斯", "毕力格", "包音", "特木尔", "德力格尔", "乌云",
            "其木格", "图门", "布仁", "道尔吉", "达木林", "苏布道", "宝力道", "格日勒", "阿古拉", "白音", "乌兰",
            // Oirat Mongolian, as Xinjiang's Bayingolin writes it (那木加甫, 巴图加甫)
            "那木", "加甫");

    /** Parts of {@link #ETHNIC_PARTS} that are also places or ordinary words (罗布泊, 尼玛县, 贡嘎山, 乌兰察布, 江村, 热地): never a name alone. */
    private static final java.util.Set<String> ETHNIC_PLACES_TOO = java.util.Set.of("罗布", "尼玛", "贡嘎", "乌兰", "江村",
            "热地", "哈斯", "达赖", "白音", "拉加", "扎多", "高娃", "乌云", "图门", "巴图");

    private static final int ETHNIC_MAX = 4; // longest part

    /** Place endings after which a run of name parts is a place's name (扎西岗乡, 贡嘎山, 罗布泊). */
    private static final String PLACE_AFTER = "县乡镇村山泊湖河峰寺区市州沟草原花";

    /**
     * 扎西顿珠, 次仁卓嘎, 额尔敦陶克陶: two or more {@link #ETHNIC_PARTS} in a row, at word boundaries, are one person;
     * so is one part alone right after a title (记者扎西, 演员边巴), unless it is also a place or word
     * ({@link #ETHNIC_PLACES_TOO}). Mentions inside the name (the tagger's 扎西 of 扎西顿珠, or 洛桑江村 as a place)
     * give way to it; none that reaches beyond it, and not before a place ending (扎西岗乡).
     */
    static void tibetanMongolianNames(char[] c, boolean[] cut, List<int[]> hits, List<Mention> mentions) {
        int n = c.length;
        boolean[] afterTitle = null;
        int[] nameEnd = null; // nameEnd[s]: end of the name found at s (negative once blocked), else 0
        for (int s = 0; s + 2 <= n; s++) {
            if (!ETHNIC_FIRST.has(c[s]) || !cut[s]) {
                continue;
            }
            int e = s, parts = 0;
            String first = null;
            for (int len = partAt(c, e); len > 0; len = partAt(c, e)) {
                if (first == null) {
                    first = new String(c, s, len);
                }
                e += len;
                parts++;
            }
            if (parts == 0 || !cut[e] || (e < n && PLACE_AFTER.indexOf(c[e]) >= 0)) {
                continue;
            }
            if (parts == 1) {
                if (afterTitle == null) {
                    afterTitle = new boolean[n + 1];
                    for (int[] h : hits) {
                        if ((h[2] & NerLexicon.TITLE) != 0) {
                            afterTitle[h[1]] = true;
                        }
                    }
                }
                if (!afterTitle[s] || ETHNIC_PLACES_TOO.contains(first)) {
                    continue;
                }
            }
            if (nameEnd == null) {
                nameEnd = new int[n + 1];
            }
            nameEnd[s] = e;
            s = e - 1;
        }
        if (nameEnd == null) {
            return;
        }
        // the names (none overlaps another) against the mentions in one pass: not where a mention reaches beyond
        // one, and the mentions inside it give way (a long text may hold thousands of such names)
        int[] nameAt = EntityRules.spanStarts(n, nameEnd); // 1 + the start of the name covering p, else 0
        for (Mention m : mentions) {
            for (int p = m.start(); p < m.end(); p++) {
                int from = nameAt[p] - 1;
                if (from >= 0 && nameEnd[from] > 0 && (m.start() < from || m.end() > nameEnd[from])
                        && !functionCharBefore(c, m, from, nameEnd[from])) {
                    nameEnd[from] = -nameEnd[from]; // blocked
                }
            }
        }
        final int[] ends = nameEnd, at = nameAt;
        mentions.removeIf(m -> {
            if (m.type() == EntityType.ORGANIZATION || m.priority() > Mention.Priority.RULE) {
                return false;
            }
            int from = at[m.start()] - 1;
            if (from >= 0 && ends[from] > 0 && m.start() >= from && m.end() <= ends[from]) {
                return true; // inside a name
            }
            int next = m.start() + 1; // 据|泽仁: the function word before a name
            return next < n && at[next] == next + 1 && ends[next] > 0 && functionCharBefore(c, m, next, ends[next]);
        });
        for (int s = 0; s < n; s++) {
            if (nameEnd[s] > 0) {
                mentions.add(new Mention(EntityType.PERSON, s, nameEnd[s], null, Mention.Priority.RULE));
            }
        }
    }

    /**
     * The tagger's person that took the function word before a name into it (据|泽仁 of 据泽仁桑珠介绍: 据 read as a
     * surname): it starts one char before {@code [from, to)} on a char that is mostly a function word and ends inside.
     */
    private static boolean functionCharBefore(char[] c, Mention m, int from, int to) {
        return m.type() == EntityType.PERSON && m.priority() < Mention.Priority.RULE && m.start() == from - 1
                && m.end() > from && m.end() <= to && FUNCTION.has(c[m.start()]);
    }

    /**
     * First chars of {@link #ETHNIC_PARTS}, and their first two chars as sorted {@link #pair} keys: most positions
     * (多, 平, 高 start many words) are ruled out without building a String.
     */
    private static final CharSet ETHNIC_FIRST = new CharSet();
    private static final int[] ETHNIC_HEADS;

    static {
        int[] heads = new int[ETHNIC_PARTS.size()];
        int k = 0;
        for (String part : ETHNIC_PARTS) {
            ETHNIC_FIRST.add(part.charAt(0));
            heads[k++] = part.charAt(0) << 16 | part.charAt(1);
        }
        ETHNIC_HEADS = java.util.Arrays.stream(heads).distinct().sorted().toArray();
    }

    /** Length of the longest {@link #ETHNIC_PARTS} entry starting at p, 0: none. */
    private static int partAt(char[] c, int p) {
        if (p + 1 >= c.length || !ETHNIC_FIRST.has(c[p]) || java.util.Arrays.binarySearch(ETHNIC_HEADS, pair(c, p)) < 0) {
            return 0;
        }
        for (int len = Math.min(ETHNIC_MAX, c.length - p); len >= 2; len--) {
            if (ETHNIC_PARTS.contains(new String(c, p, len))) {
                return len;
            }
        }
        return 0;
    }

    /** 巴老 (the writer 巴金): a one-char place abbreviation inside a person is part of the name, not 巴 and 老. */
    static void abbreviationsInsidePersons(int n, List<Mention> mentions) {
        boolean[] inPerson = null;
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.length() >= 2) {
                if (inPerson == null) {
                    inPerson = new boolean[n];
                }
                java.util.Arrays.fill(inPerson, m.start(), m.end(), true);
            }
        }
        if (inPerson != null) {
            boolean[] in = inPerson;
            mentions.removeIf(m -> m.type() == EntityType.PLACE && m.length() == 1 && in[m.start()]
                    && m.priority() <= Mention.Priority.RULE);
        }
    }

    /**
     * 其弟赵敬忠称赵外出, 警方将朱抓获: after a person of a surname and a given name, the surname alone, as a word of its
     * own, refers to that person (People's Daily tags it nr): a clause start, preposition, conjunction, verb or 的
     * before it (after a verb or 的 not a char that is mostly a noun or time word: 工作时说, 省下来的钱), and a verb,
     * adverb, preposition, pronoun, particle or punctuation after it. Not a surname char that is mostly something
     * else (于, 任), nor one that abbreviates a country (阿, 华), and not where a mention lies.
     */
    static void surnameReferences(char[] c, boolean[] cut, byte[] posStart, byte[] posEnd, NerLexicon lex,
                                  List<Mention> mentions) {
        int n = c.length;
        int first = n; // where the first full Chinese name ends: surnames are looked for after it
        int[] nameEnds = null;
        for (Mention m : mentions) {
            int s = m.start();
            if (m.type() == EntityType.PERSON && m.length() >= 2 && m.length() <= 3
                    && (lex.categories(c[s]) & NerLexicon.SURNAME) != 0 && EntityRules.hanName(c, s, m.end())) {
                if (nameEnds == null) {
                    nameEnds = new int[n + 1];
                    java.util.Arrays.fill(nameEnds, -1);
                }
                // by end position: the surname of a name ending there (one per end is enough)
                nameEnds[m.end()] = c[s];
                first = Math.min(first, m.end());
            }
        }
        if (nameEnds == null) {
            return;
        }
        // the tagger's two-char persons by start: 李|即, 李|认为 may be the surname and the next word
        int[] pairAt = null;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() == EntityType.PERSON && m.length() == 2 && m.priority() < Mention.Priority.RULE
                    && m.start() >= first) {
                if (pairAt == null) {
                    pairAt = new int[n];
                    java.util.Arrays.fill(pairAt, -1);
                }
                pairAt[m.start()] = k;
            }
        }
        EntityRules.Overlaps taken = new EntityRules.Overlaps(n, mentions, m -> true);
        StringBuilder named = new StringBuilder(); // surnames of the full names ending before p (a text has few)
        List<Mention> added = new java.util.ArrayList<>();
        for (int p = first; p < n; p++) {
            if (nameEnds[p] >= 0 && named.indexOf(String.valueOf((char) nameEnds[p])) < 0) {
                named.append((char) nameEnds[p]);
            }
            if (pairAt != null && pairAt[p] >= 0 && surnameAndWord(c, cut, posStart, lex, named, p)) {
                // 李建国 ... 李即对该车进行了大修: the surname refers to 李建国 and 即 is the next word
                Mention m = mentions.get(pairAt[p]);
                mentions.set(pairAt[p], new Mention(m.type(), p, p + 1, m.value(), Mention.Priority.RULE));
                continue;
            }
            char ch = c[p];
            if (!cut[p] || !cut[p + 1] || AMBIGUOUS.has(ch) || FUNCTION.has(ch) || !isNamed(named, ch)
                    || (lex.categories(ch) & NerLexicon.PLACE1) != 0 || COUNTRY_TOO.indexOf(ch) >= 0) {
                continue;
            }
            byte before = p == 0 ? PUNCT : posEnd[p];
            byte after = p + 1 == n ? PUNCT : posStart[p + 1];
            // after a verb or 的 a noun is likelier than a name: not a char mostly a noun or time word (工作|时, 的|钱)
            boolean leftOk = before == PUNCT || before == PREP || before == CONJ
                    || (before == VERB || before == PARTICLE && c[p - 1] == '的') && !NOUNLIKE.has(ch);
            boolean rightOk = after == VERB || after == ADVERB || after == PREP || after == PRONOUN
                    || (after == PARTICLE && c[p + 1] == '的')
                    || (after == PUNCT && (p + 1 == n || "、，,。".indexOf(c[p + 1]) >= 0));
            if (leftOk && rightOk && !taken.any(p, p + 1)) {
                added.add(new Mention(EntityType.PERSON, p, p + 1, null, Mention.Priority.RULE));
            }
        }
        mentions.addAll(added);
    }

    /**
     * The two chars at p are a surname of a person named before and the start of the next word, no word together:
     * an ordinary word of two chars or more (李|认为, 李|住进), or a one-char word that is mostly a function word and
     * rare in given names (李|即, 李|遂; not 总 of 林总). One-char verbs are left alone: the segmenter tags many given
     * names a verb (张|攀, 陈|醉).
     */
    private static boolean surnameAndWord(char[] c, boolean[] cut, byte[] posStart, NerLexicon lex,
                                          StringBuilder named, int p) {
        if (!cut[p] || !cut[p + 1] || !isNamed(named, c[p]) || Words.known(new String(c, p, 2))) {
            return false;
        }
        int we = EntityRules.wordEnd(cut, p + 1);
        if (we > p + 2) {
            return we - p - 1 <= 4 && Words.common(new String(c, p + 1, we - p - 1));
        }
        byte next = posStart[p + 1];
        return FUNCTION.has(c[p + 1]) && c[p + 1] != '总' && lex.givenNameCount(c[p + 1]) < GIVEN_RARE
                && (next == ADVERB || next == PREP || next == CONJ);
    }

    private static boolean isNamed(StringBuilder named, char ch) {
        for (int i = 0; i < named.length(); i++) {
            if (named.charAt(i) == ch) {
                return true;
            }
        }
        return false;
    }

    /** 茅盾|文学奖, 诺贝尔|物理奖 read as one word: a prize named after the person ends within four chars of p. */
    private static boolean awardAfter(char[] c, boolean[] cut, int p) {
        for (int q = p + 1; q <= p + 4 && q < cut.length; q++) {
            if (cut[q]) {
                return c[q - 1] == '奖';
            }
        }
        return false;
    }

    /**
     * 王毅同布林肯: the segmenter glued a function char to a name's first char (同布/v), a two-char word that is no word
     * of the core dictionary.
     */
    private static boolean gluedToFunctionChar(char[] c, boolean[] cut, int s) {
        return s >= 1 && s + 1 < cut.length && cut[s - 1] && cut[s + 1] && FUNCTION.has(c[s - 1])
                && !Words.known(new String(c, s - 1, 2));
    }

    /**
     * A well-known person of the lexicon (伽利略, 济公, 内塔尼亚胡, 马可·波罗) that the segmenter leaves as words of its
     * own is a person, and what the tagger proposed inside it or of its span gives way (内塔尼亚胡 tagged a place).
     * Not when a known place or organisation has its span (中山) or any holds it (中山大学), anything else crosses
     * it, a person of the rules or the caller's lexicon overlaps it, or the tagger's person holds it (江泽民李鹏,
     * People's Daily's run of names; 布莱科尔 over 科尔) with more than a verb after it (鲁班献 → 鲁班) or the first char
     * of a word of the segmenter (罗荣桓|军事 tagged 罗荣桓军 → 罗荣桓) or a one-char word (梅西|梅|开二度 → 梅西; not the
     * last name of a list closed by 等: 乔生祥、黄华平|等). Inside a
     * doctrine or prize named after the person it is a person too (邓小平|理论, 毛泽东|思想: DESIGN.md; 茅盾|文学奖,
     * which People's Daily tags 茅盾/nr inside the prize's name), though the segmenter reads them as one word.
     */
    static void knownPersons(char[] c, boolean[] cut, byte[] posStart, List<int[]> hits, List<Mention> mentions) {
        int n = c.length;
        List<int[]> known = new java.util.ArrayList<>();
        for (int[] h : hits) {
            // 邓小平理论, 毛泽东思想: one word of the segmenter, and the name inside it is the person's (DESIGN.md)
            if ((h[2] & NerLexicon.PERSON) != 0 && (cut[h[0]] || gluedToFunctionChar(c, cut, h[0])) && (cut[h[1]]
                    || h[1] + 2 <= n && cut[h[1] + 2] && EntityRules.startsWithAny(c, h[1], NAMED_DOCTRINES)
                    || awardAfter(c, cut, h[1]))) {
                known.add(h);
            }
        }
        if (known.isEmpty()) {
            return;
        }
        // the mentions covering each offset, as linked lists (a text's mentions cover each offset a few times at most)
        int[] head = new int[n];
        java.util.Arrays.fill(head, -1);
        int total = 0;
        for (Mention m : mentions) {
            total += m.length();
        }
        int[] next = new int[total], which = new int[total];
        int used = 0;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            for (int p = m.start(); p < m.end(); p++) {
                which[used] = k;
                next[used] = head[p];
                head[p] = used++;
            }
        }
        known.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(y[1], x[1]));
        boolean[] drop = new boolean[mentions.size()];
        List<Mention> added = new java.util.ArrayList<>();
        int lastEnd = 0;
        for (int[] h : known) {
            int s = h[0], e = h[1];
            if (s < lastEnd) {
                continue; // inside or across a known person taken before (马可·波罗 holds 波罗)
            }
            boolean blocked = false, same = false;
            for (int p = s; p < e && !blocked; p++) {
                for (int x = head[p]; x >= 0 && !blocked; x = next[x]) {
                    Mention m = mentions.get(which[x]);
                    boolean inside = m.start() >= s && m.end() <= e;
                    same |= m.type() == EntityType.PERSON && m.start() == s && m.end() == e;
                    if (m.type() != EntityType.PERSON) {
                        // the tagger's place or body of its very span gives way, unless the lexicon knows it so too
                        blocked = !inside || m.length() == e - s && (m.priority() >= Mention.Priority.RULE
                                || (h[2] & (NerLexicon.PLACE | NerLexicon.ORG)) != 0);
                    } else if (m.priority() > Mention.Priority.RULE
                            || (m.priority() == Mention.Priority.RULE && !inside)) {
                        blocked = true;
                    } else if (!inside) {
                        // 江泽民李鹏乔石, 布莱科尔, 勒布朗: a statistical person around it is kept, unless all it adds is
                        // a verb after it (鲁班|献), one char into a word of the segmenter (罗荣桓|军事 tagged 罗荣桓军)
                        // or a one-char word (梅西|梅|开二度, an idiom)
                        int outside = Math.max(0, s - m.start()) + Math.max(0, m.end() - e);
                        blocked = outside > 1 || m.start() < s || (posStart[e] != VERB && cut[m.end()]
                                && !(cut[e] && m.end() == e + 1))
                                || listEnd(c, m); // 乔生祥、黄华平|等: not 黄华|平等
                    }
                }
            }
            if (blocked || same) {
                lastEnd = same && !blocked ? e : lastEnd;
                continue; // a person of this span is there already
            }
            for (int p = s; p < e; p++) {
                for (int x = head[p]; x >= 0; x = next[x]) {
                    drop[which[x]] = true;
                }
            }
            added.add(new Mention(EntityType.PERSON, s, e, null, Mention.Priority.RULE));
            lastEnd = e;
        }
        if (added.isEmpty()) {
            return;
        }
        EntityRules.dropAndAdd(mentions, drop, added);
    }

    /** The lexicon knows {@code s} as nothing but a name (a person seen in training or a well-known one), if at all. */
    private static boolean onlyAName(NerLexicon lex, String s) {
        return (lex.categories(s) & ~(NerLexicon.SEEN_PER | NerLexicon.PERSON)) == 0;
    }

    /** The mention is the last item of a 、-list that 等 closes (乔生祥、黄华平等). */
    private static boolean listEnd(char[] c, Mention m) {
        return m.start() >= 1 && c[m.start() - 1] == '、' && m.end() < c.length && c[m.end()] == '等';
    }

    /**
     * Words of address and occupations written after a bare surname (周师傅, 吴同志, 高小姐, 衣技师): with the titles
     * of the lexicon, what makes a lone surname before them a person. Some are lexicon titles too (老师, 校长); listed
     * here they also count after a surname char that abbreviates a country (马老师), where titles do not (马总理).
     */
    private static final String[] HONORIFICS = {"老师", "师傅", "同志", "先生", "小姐", "女士", "太太", "夫人", "老汉",
            "大娘", "大爷", "大妈", "大婶", "大姐", "大哥", "大叔", "阿姨", "老太", "老伯", "妈妈", "奶奶", "爷爷", "婆婆",
            "老总", "教授", "医生", "大夫", "经理", "厂长", "工程师", "技师", "校长", "院长", "站长", "所长", "队长",
            "律师", "法官", "老板", "会计", "教练"};

    /**
     * A surname char the core dictionary knows mostly as something else that is still a surname before a title: a
     * common surname of the training split's names (20 or more) that is no verb or function word mostly (张 of 一张;
     * not 任 of 任书记, 位 of 这位, 应).
     */
    private static boolean titleSurname(char ch, NerLexicon lex) {
        return lex.surnameCount(ch) >= 20 && !FUNCTION.has(ch) && !VERBLIKE.has(ch);
    }

    /**
     * Offices of units, not of countries: before them a surname that abbreviates a country (罗, 秦, 马) is the surname
     * (罗副科长, 秦副军长), where before 总统 or 外长 it is the country.
     */
    private static final String[] LOCAL_OFFICES = {"科长", "处长", "局长", "厂长", "校长", "院长", "所长", "站长", "队长",
            "村长", "乡长", "镇长", "县长", "股长", "组长", "军长", "师长", "团长", "营长", "连长", "排长", "主任", "经理",
            "书记", "政委", "会计", "主席"};

    private static boolean endsWithAny(char[] c, int end, String[] words) {
        for (String w : words) {
            if (end >= w.length() && EntityRules.startsWith(c, end - w.length(), w)) {
                return true;
            }
        }
        return false;
    }

    /** Surname chars that also abbreviate a country before an office: 阿 (Algeria...), 吉 (Kyrgyzstan), 华 (China). */
    private static final String COUNTRY_TOO = "阿吉华";

    /** First chars of {@link #HONORIFICS}. */
    private static final CharSet HONORIFIC_FIRST = new CharSet();

    static {
        for (String h : HONORIFICS) {
            HONORIFIC_FIRST.add(h.charAt(0));
        }
    }

    /** Kin words written after a bare surname that {@link #HONORIFICS} lacks (孔|伯伯, 何|老伯 is there). */
    private static final String[] KIN_AFTER_SURNAME = {"伯伯", "叔叔", "婶婶", "大嫂", "大伯"};

    /**
     * A one-char surname right before a word of address or kin (何|老伯, 孔|伯伯, 马|厂长): the person filter's
     * dumps of the held-out windows hold 266 such proposals, 264 of them persons in People's Daily, so the filter's
     * weighing of the char alone must not drop them.
     */
    static boolean addressedSurname(char[] c, NerLexicon lex, int s, int e) {
        return e - s == 1 && e < c.length && (lex.categories(c[s]) & NerLexicon.SURNAME) != 0
                && (HONORIFIC_FIRST.has(c[e]) && EntityRules.startsWithAny(c, e, HONORIFICS)
                || EntityRules.startsWithAny(c, e, KIN_AFTER_SURNAME))
                && BRANDS.stream().noneMatch(b -> EntityRules.startsWith(c, s, b));
    }

    /** Brands written as a surname and a word of address. */
    private static final java.util.Set<String> BRANDS = java.util.Set.of("康师傅");

    /**
     * 周师傅, 崔司长, 吴同志: a one-char surname standing as a word of its own (or glued to the title by the segmenter)
     * right before a title or word of address is a person, as People's Daily marks it (周/nr 师傅/n). Not a surname
     * char that is mostly something else (于, 任, 和) or a common noun (两国|首相, 出任|党|主席), not after a numeral or
     * classifier (两位老人), not one char of a
     * run of country abbreviations (中南外长) nor a country's abbreviation before an office (巴总理), and not where a
     * mention lies.
     */
    static void surnamesBeforeTitles(char[] c, boolean[] cut, byte[] posStart, byte[] posEnd, NerLexicon lex,
                                     List<int[]> hits, List<Mention> mentions) {
        int n = c.length;
        int[] titleEnd = new int[n + 1]; // end of the longest lexicon title starting here at a word boundary, else 0
        for (int[] h : hits) {
            if ((h[2] & NerLexicon.TITLE) != 0 && cut[h[1]]) {
                titleEnd[h[0]] = Math.max(titleEnd[h[0]], h[1]);
            }
        }
        NewPersons fresh = new NewPersons(n, mentions);
        for (int s = 0; s + 2 < n; s++) {
            // 张副主任, 罗副科长, 戴老先生: a deputy's or an elder's title, 副 and 老 words of their own
            int t = (c[s + 1] == '副' || c[s + 1] == '老') && cut[s + 1] && cut[s + 2] ? s + 2 : s + 1;
            // cheapest tests first: most chars are followed by neither a title nor a word of address
            if ((titleEnd[t] == 0 && !HONORIFIC_FIRST.has(c[t])) || !cut[s]
                    || (lex.categories(c[s]) & NerLexicon.SURNAME) == 0 || (AMBIGUOUS.has(c[s]) && !titleSurname(c[s], lex))
                    || Words.commonNoun(c[s])
                    || posEnd[s] == NUMERAL
                    || (s > 0 && (lex.categories(c[s - 1]) & NerLexicon.PLACE1) != 0)) {
                continue;
            }
            // before an office (总统, 外长) a country's abbreviation (巴总理, 哈总统, 在华代表), not a surname
            boolean country = ((lex.categories(c[s]) & NerLexicon.PLACE1) != 0
                    || EntityRules.OWNER_ONLY.indexOf(c[s]) >= 0 || COUNTRY_TOO.indexOf(c[s]) >= 0)
                    && !(titleEnd[t] > 0 && EntityRules.endsWithAny(c, titleEnd[t], LOCAL_OFFICES));
            // a title that starts with its organ (师|党委书记, 市|政府秘书长): the char before names the organ's unit
            boolean organ = titleEnd[t] > 0 && EntityRules.startsWithAny(c, t, ORGANS);
            // a unit of the army or the XPCC before one of its offices (师|政委, 团|政治委员, 营|教导员), not a surname
            boolean unit = titleEnd[t] > 0 && MILITARY_UNITS.indexOf(c[s]) >= 0
                    && EntityRules.startsWithAny(c, t, UNIT_OFFICES);
            int e = Math.max(country || organ || unit ? 0 : titleEnd[t],
                    EntityRules.listedWordEnd(c, cut, t, HONORIFICS));
            // brands (康师傅) and words of the core dictionary that are rarely names (党代表/n)
            if (e > 0 && (BRANDS.contains(new String(c, s, e - s)) || Words.rarelyAPerson(new String(c, s, e - s)))) {
                continue;
            }
            // a word of its own, or one word of the segmenter with the title (周师傅/n)
            if (e == 0 || !(cut[t] || oneWord(cut, t, e))) {
                continue;
            }
            fresh.add(s, s + 1);
        }
    }

    /**
     * Organs whose titles begin with them (党委书记, 政府秘书长, 人大常委会主任): in People's Daily a one-char name never
     * stands before them, the level or unit of the organ does (师党委, 县政府).
     */
    private static final String[] ORGANS = {"党委", "党组", "党工委", "纪委", "团委", "政府", "人大", "政协", "工会", "妇联"};

    /**
     * Units of the army and of the XPCC (第八师, 一四一团) and the offices they have: People's Daily writes 师/Ng 政委/n,
     * 营/n 教导员/n, 军/n 参谋长/n, never a surname there.
     */
    private static final String MILITARY_UNITS = "军师旅团营连";
    private static final String[] UNIT_OFFICES = {"政委", "政治委员", "参谋长", "司令员", "指导员", "教导员",
            "政治部主任"};

    /** Word classes that never continue a transliterated name: 萨马兰奇|因病, 克林顿|和. */
    private static boolean functionClass(byte pc) {
        return pc == PREP || pc == CONJ || pc == ADVERB || pc == PARTICLE || pc == PRONOUN || pc == NUMERAL
                || pc == PUNCT || pc == LOCATIVE;
    }

    /**
     * A person of two or more transliteration chars that the tagger ended or began one char short of the run
     * (科雷|特加, 库|尔尼科娃) grows over the adjacent transliteration chars, up to eight chars, when each char it
     * takes in is part of a segmenter word that crosses into the name or a one-char word of no function class
     * (so 克林顿|提出 and 萨马兰奇|因病 stay as they are; on the left, not a verb either: 去|提|艾琳) and no other
     * mention holds it, nor one that makes an ordinary word with the name's edge char (马丽华|丽 of 华丽转身).
     */
    static void growForeignNames(char[] c, boolean[] cut, byte[] posStart, List<Mention> mentions) {
        int n = c.length;
        boolean[] taken = covered(n, mentions);
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int s = m.start(), e = m.end();
            if (m.type() != EntityType.PERSON || e - s < 2 || !allTranslit(c, s, e)) {
                continue;
            }
            int ne = e;
            while (ne < n && ne - s < 8 && TRANSLIT.has(c[ne]) && !taken[ne]
                    && (!cut[ne] || (cut[ne + 1] && !functionClass(posStart[ne])))
                    && !Words.ordinaryAtLeastHalf(new String(c, ne - 1, 2))) {
                ne++;
            }
            int ns = s;
            while (ns > 0 && ne - ns < 8 && TRANSLIT.has(c[ns - 1]) && !taken[ns - 1]
                    && (!cut[ns] || (cut[ns - 1] && !functionClass(posStart[ns - 1]) && posStart[ns - 1] != VERB))
                    && !Words.ordinaryAtLeastHalf(new String(c, ns - 1, 2))) {
                ns--;
            }
            if ((ns < s || ne > e) && !Words.known(new String(c, ns, ne - ns))) {
                mentions.set(k, new Mention(EntityType.PERSON, ns, ne, m.value(), Math.max(m.priority(),
                        Mention.Priority.RULE)));
                java.util.Arrays.fill(taken, ns, ne, true);
            }
        }
    }

    private static boolean allTranslit(char[] c, int s, int e) {
        for (int k = s; k < e; k++) {
            if (!TRANSLIT.has(c[k])) {
                return false;
            }
        }
        return true;
    }

    /** Chars of transliterated names: {@link EntityRules#TRANSLIT} and a few more (库尔尼科娃, 阿拉济, 莱什钦斯基). */
    static final CharSet TRANSLIT = new CharSet();

    static {
        TRANSLIT.addAll(EntityRules.TRANSLIT + "娃济钦姆莉丽妮蕾茨汀逊");
    }

    /**
     * A word of the segmenter of three to eight chars, all but at most one of them (not the last) transliteration
     * chars, that no dictionary knows: where the segmenter reads it as a name (阿不来提/nr) and no mention lies, a person; where
     * the tagger found only its beginning (斯博特|舍, 莱什|钦斯基 as a person; 埃里卡|特/nr as a place), the
     * mention grows to the whole word (a person when the segmenter reads a name).
     */
    static void foreignNames(char[] c, boolean[] cut, byte[] posStart, List<Mention> mentions) {
        int n = c.length;
        int[] at = new int[n + 1]; // 1 + index of the mention starting at p, -1 when several
        boolean[] taken = new boolean[n];
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            at[m.start()] = at[m.start()] == 0 ? k + 1 : -1;
            java.util.Arrays.fill(taken, m.start(), m.end(), true);
        }
        for (int s = 0; s < n; ) {
            int e = s + 1;
            while (e < n && !cut[e]) {
                e++;
            }
            int len = e - s;
            if (cut[s] && len >= 3 && len <= 8 && foreign(c, s, e) && !Words.known(new String(c, s, len))) {
                boolean name = posStart[s] == NAME;
                int k = at[s] - 1;
                Mention m = k >= 0 ? mentions.get(k) : null;
                if (!anyTaken(taken, s, e) && name) {
                    mentions.add(new Mention(EntityType.PERSON, s, e, null, Mention.Priority.RULE));
                } else if (m != null && m.end() < e && !anyTaken(taken, m.end(), e)
                        && m.priority() < Mention.Priority.RULE
                        && (m.type() == EntityType.PERSON || (m.type() == EntityType.PLACE && name))) {
                    mentions.set(k, new Mention(EntityType.PERSON, s, e, null, Mention.Priority.RULE));
                }
            }
            s = e;
        }
    }

    private static boolean foreign(char[] c, int s, int e) {
        int other = 0;
        for (int k = s; k < e; k++) {
            if (!EntityRules.isHan(c[k])) {
                return false;
            }
            if (!TRANSLIT.has(c[k])) {
                if (FUNCTION.has(c[k])) {
                    return false; // 姆卡帕|在|莫伊, 由|多迪克: two words the segmenter glued
                }
                other++;
            }
        }
        // 德雷克|率, 金金|家: the one other char is not the last
        return other <= 1 && TRANSLIT.has(c[e - 1]) && c[s] != c[s + 1];
    }

    /** Per char of a text of length {@code n}: whether some mention covers it. */
    private static boolean[] covered(int n, List<Mention> mentions) {
        boolean[] taken = new boolean[n];
        for (Mention m : mentions) {
            java.util.Arrays.fill(taken, m.start(), m.end(), true);
        }
        return taken;
    }

    private static boolean anyTaken(boolean[] taken, int from, int to) {
        for (int k = from; k < to; k++) {
            if (taken[k]) {
                return true;
            }
        }
        return false;
    }

    /**
     * 王/nr 国栋/nr: where the segmenter reads a one-char surname and a two-char given name as names and no mention
     * lies, a person, when the given name's chars are given-name chars of the training split, no function word
     * and its last char no word that follows names (宋/nr 健在/nr).
     */
    static void segmentedNames(char[] c, boolean[] cut, byte[] posStart, byte[] posEnd, NerLexicon lex,
                               List<Mention> mentions) {
        int n = c.length;
        NewPersons fresh = new NewPersons(n, mentions);
        int size = mentions.size();
        for (int s = 0; s + 3 <= n; s++) {
            int e = s + 3;
            if (posStart[s] != NAME || !cut[s + 1] || posStart[s + 1] != NAME || !cut[e] || cut[s + 2]
                    || (lex.categories(c[s]) & NerLexicon.SURNAME) == 0 || AMBIGUOUS.has(c[s])) {
                continue;
            }
            if (!fresh.free(s, e)) {
                continue;
            }
            boolean ok = EntityRules.hanName(c, s, e) && !EntityRules.follows(c[e - 1]);
            for (int k = s + 1; k < e && ok; k++) {
                ok = lex.givenNameCount(c[k]) >= 2 && !FUNCTION.has(c[k]);
            }
            if (ok && !Words.otherThanPerson(new String(c, s, 3)) && !Words.otherThanPerson(new String(c, s + 1, 2))) {
                mentions.add(new Mention(EntityType.PERSON, s, e, null, Mention.Priority.RULE));
            }
        }
    }

    /**
     * A person that the core dictionary knows as a word, rarely as a person's name (刘桥 ns, 吉尼斯 nz, 张扬 v), is
     * dropped, unless a title is right before it (外长海尔, 部长沙龙) or it stands in a 、-list beside another person,
     * each perhaps with a note in brackets (冯巩、牛群; 陈刚（男）、马力（回族）).
     */
    static void dropOrdinaryWords(char[] c, NerLexicon lex, List<int[]> hits, List<Mention> mentions) {
        int n = c.length;
        boolean[] titleEnd = new boolean[n + 1];
        for (int[] h : hits) {
            if ((h[2] & NerLexicon.TITLE) != 0) {
                titleEnd[h[1]] = true;
            }
        }
        boolean[] personStart = new boolean[n + 1], personEnd = new boolean[n + 1];
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON) {
                personStart[m.start()] = true;
                personEnd[m.end()] = true;
            }
        }
        mentions.removeIf(m -> m.type() == EntityType.PERSON && m.length() >= 2 && !titleEnd[m.start()]
                && !listedBesidePerson(c, m, personStart, personEnd)
                && Words.rarelyAPerson(new String(c, m.start(), m.length())));
    }

    /**
     * m stands in a 、-list next to a person, either of them perhaps followed by a bracketed note ({@link #noteStart},
     * {@link #skipNote}).
     */
    private static boolean listedBesidePerson(char[] c, Mention m, boolean[] personStart, boolean[] personEnd) {
        int before = m.start() - 1, after = skipNote(c, m.end());
        return before >= 0 && c[before] == '、' && personEnd[noteStart(c, before)]
                || after < c.length && c[after] == '、' && personStart[after + 1];
    }

    /** Japanese surnames that start with 小 (小林觉, 小渊惠三): the 小 is part of the name. */
    private static final java.util.Set<String> JAPANESE_XIAO = java.util.Set.of("小林", "小村", "小泉", "小渊", "小川",
            "小野", "小泽", "小田", "小仓", "小岛", "小池", "小山", "小松", "小西", "小峰", "小滨", "小宫", "小笠");

    /**
     * 两个小[赵], 小[赵]老师: a person that is a bare surname right after 老 or 小 is the familiar form 小赵 (People's
     * Daily marks the whole), unless 老/小 ends a word with the char before it (大小, 古老).
     */
    static void familiarPrefix(char[] c, NerLexicon lex, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int s = m.start();
            if (m.type() == EntityType.PERSON && m.length() >= 3 && m.length() <= 4
                    && ((c[s] == '小' || c[s] == '老') && (lex.categories(c[s + 1]) & NerLexicon.SURNAME) != 0
                    || c[s] == '小' && m.length() == 3)
                    && !JAPANESE_XIAO.contains(new String(c, s, 2))
                    && (lex.categories(new String(c, s, 2)) & NerLexicon.SURNAME) == 0
                    && EntityRules.hanName(c, s + 1, m.end()) && !Words.known(new String(c, s, m.length()))) {
                // 小王磊, 小白玉霜, 小竹君, 小迎艳: before a full name or a given name 小 is an endearment, not part of
                // the name (小林觉 is Japanese; People's Daily 1998-01-01..27 has 小/a before a two-char given name 15
                // times and no three-char 小XY/nr but the Japanese 小林实)
                mentions.set(k, new Mention(m.type(), s + 1, m.end(), m.value(), m.priority()));
                continue;
            }
            if (m.type() == EntityType.PERSON && m.length() >= 4 && c[s] == '小' && transliterated(c, s + 1, m.end())) {
                // 小扎耶德: the endearment before a foreign given name
                mentions.set(k, new Mention(m.type(), s + 1, m.end(), m.value(), m.priority()));
                continue;
            }
            if (m.type() != EntityType.PERSON || m.length() != 1 || s < 1 || (c[s - 1] != '小' && c[s - 1] != '老')
                    || (lex.categories(c[s]) & NerLexicon.SURNAME) == 0
                    || (s >= 2 && EntityRules.isHan(c[s - 2]) && Words.known(new String(c, s - 2, 2)))) {
                continue;
            }
            mentions.set(k, new Mention(m.type(), s - 1, m.end(), m.value(), m.priority()));
        }
    }

    private static boolean transliterated(char[] c, int s, int e) {
        for (int i = s; i < e; i++) {
            if (!EntityRules.translit(c[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * 刘（伯承）邓（小平）、陈（毅）粟（裕）: histories name a run of well-known people by surname with the given name in
     * brackets, and People's Daily marks surname and given name as two persons (刘/nr （/w 伯承/nr ）/w: 11 of
     * the 12 such forms of 1998-01-01..27 stand in runs of five or six; the twelfth, 小廖（承志）, stands alone). Where a text writes two or more such forms (a surname
     * that starts a word, then one or two given-name chars in brackets; not a note of sound, 崔（摇音）, nor a note such
     * as （女）), each surname and each given name is a person, in place of persons read across the brackets; a form
     * that a place or organisation overlaps is left alone.
     */
    static void bracketedGivenNames(char[] c, boolean[] cut, byte[] posStart, NerLexicon lex, List<Mention> mentions) {
        int n = c.length;
        if (!contains(c, '(')) {
            return;
        }
        List<int[]> forms = new ArrayList<>(); // {surname, open, close}
        for (int p = 1; p + 2 < n; p++) {
            if (c[p] != '(') {
                continue;
            }
            int close = c[p + 2] == ')' ? p + 2 : p + 3 < n && c[p + 3] == ')' ? p + 3 : -1;
            int s = p - 1;
            if (close < 0 || !cut[s] || (lex.categories(c[s]) & NerLexicon.SURNAME) == 0 || c[close - 1] == '音'
                    || posStart[s] != NAME && posStart[p + 1] != NAME) {
                continue; // the segmenter reads a name on one side at least (not 区/n （/w 市/n ）/w)
            }
            if (nameNote(c, p + 1, close)) {
                forms.add(new int[]{s, p, close});
            }
        }
        if (forms.size() < 2) {
            return;
        }
        EntityRules.Overlaps others = new EntityRules.Overlaps(n, mentions, m -> m.type() != EntityType.PERSON);
        boolean[] inForm = new boolean[n];
        List<Mention> added = new ArrayList<>();
        for (int[] f : forms) {
            int s = f[0], e = f[2] + 1;
            if (!others.any(s, e)) {
                java.util.Arrays.fill(inForm, s, e, true);
                added.add(new Mention(EntityType.PERSON, s, s + 1, null, Mention.Priority.RULE));
                added.add(new Mention(EntityType.PERSON, f[1] + 1, f[2], null, Mention.Priority.RULE));
            }
        }
        mentions.removeIf(m -> m.type() == EntityType.PERSON && anyTaken(inForm, m.start(), m.end()));
        mentions.addAll(added);
    }

    /**
     * A Han name read into the first char of the word after it ends before that char: 马坚|夫人 (his wife), 李文|一行
     * (his delegation), 方鸣|任主任 (serves as director). People's Daily 1998-01-01..27 has a name before 夫人 35 times
     * and before 一行 54 times, and before 任 10 times (3 of them 任 + a title); no name there ends in 夫 before 人, in 一
     * before 行 or in 任 before a title. Not 夫 before 人民 (莫洛托夫|人民委员); only names of three chars or more,
     * starting with a surname. A late pass beside {@link #trimTails}: the persons it mends are made after that rule
     * (moved into it, it mended none of them on the held-out windows).
     */
    static void borrowedTails(char[] c, NerLexicon lex, List<Mention> mentions) {
        int n = c.length;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int e = m.end();
            if (m.type() != EntityType.PERSON || m.length() < 3 || e >= n
                    || (lex.categories(c[m.start()]) & NerLexicon.SURNAME) == 0) {
                continue;
            }
            char last = c[e - 1];
            boolean borrowed = last == '夫' ? c[e] == '人' && (e + 1 == n || c[e + 1] != '民')
                    : last == '一' ? c[e] == '行'
                    : last == '任' && titleAt(c, e, lex);
            if (borrowed) {
                mentions.set(k, new Mention(EntityType.PERSON, m.start(), e - 1, null, m.priority()));
            }
        }
    }

    /** Whether a lexicon title of two to four chars starts at p (主任, 总经理). */
    private static boolean titleAt(char[] c, int p, NerLexicon lex) {
        for (int len = 2; len <= 4 && p + len <= c.length; len++) {
            if ((lex.categories(new String(c, p, len)) & NerLexicon.TITLE) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether c[from, to) may be part of a name in brackets: Han chars, no note of sex, nationality or place. */
    private static boolean nameNote(char[] c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!EntityRules.isHan(c[i]) || NOT_GIVEN.indexOf(c[i]) >= 0) {
                return false;
            }
        }
        return to > from;
    }

    /** Notes in brackets after a name that are no given name: sex, nationality, position in a photo, credits. */
    private static final String NOT_GIVEN = "女男族左右中前后摄绘画文作译";

    /**
     * A name the tagger read across one bracket only (李（男, 陈（赓 where the note or the given name was not taken;
     * 中欧班列（西安） read as the place 西安）) keeps what stands before the bracket, or after it when the bracket
     * opens the name: no name holds half a bracket, and a balanced one (秦惠（君音）, 上海汽车工业（集团）总公司) stays.
     * A person that stops right before the closing bracket takes it (秦惠（君音 + ）).
     */
    static void halfBrackets(char[] c, List<Mention> mentions) {
        if (!contains(c, '(') && !contains(c, ')')) {
            return;
        }
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int depth = 0, first = -1, brackets = 0;
            boolean broken = false;
            for (int i = m.start(); i < m.end(); i++) {
                if (c[i] == '(' || c[i] == ')') {
                    first = first < 0 ? i : first;
                    depth += c[i] == '(' ? 1 : -1;
                    broken |= depth < 0;
                    brackets++;
                }
            }
            if (first < 0 || !broken && depth == 0) {
                continue;
            }
            boolean person = m.type() == EntityType.PERSON;
            if (person && !broken && depth == 1 && m.end() < c.length && c[m.end()] == ')' && m.end() - first <= 4
                    && nameNote(c, first + 1, m.end())) {
                // one char short of its closing bracket: 秦惠（君音 takes the ）
                mentions.set(k, new Mention(EntityType.PERSON, m.start(), m.end() + 1, null, m.priority()));
            } else if (first > m.start()) {
                mentions.set(k, new Mention(m.type(), m.start(), first, m.value(), m.priority()));
            } else if (!person && brackets == 1 && m.end() - first >= 3) {
                // （西安: the place or body after a bracket that opens it
                mentions.set(k, new Mention(m.type(), first + 1, m.end(), m.value(), m.priority()));
            } else {
                mentions.set(k, null); // nothing before the bracket: removed below, in one pass
            }
        }
        mentions.removeIf(java.util.Objects::isNull);
    }

    /**
     * A name the tagger read across one quote mark only (台湾“中央社: the agency's name is quoted) is the quoted part
     * after an opening mark, or the part before a closing one: no name holds half a pair of quotes. A balanced pair
     * (“一带一路”国际合作高峰论坛) stays.
     */
    static void halfQuotes(char[] c, List<Mention> mentions) {
        if (!contains(c, '“') && !contains(c, '”')) {
            return;
        }
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int open = 0, close = 0, at = -1;
            for (int i = m.start(); i < m.end(); i++) {
                if (c[i] == '“' || c[i] == '”') {
                    at = i;
                    if (c[i] == '“') {
                        open++;
                    } else {
                        close++;
                    }
                }
            }
            if (open + close != 1) {
                continue; // none, or a pair (or more: left as the tagger read them)
            }
            int s = open == 1 ? at + 1 : m.start(), e = open == 1 ? m.end() : at;
            if (open == 1 && m.end() - s < 2) {
                s = m.start(); // “ near the end: the name is before it
                e = at;
            }
            mentions.set(k, e - s >= 2 ? new Mention(m.type(), s, e, m.value(), m.priority()) : null);
        }
        mentions.removeIf(java.util.Objects::isNull);
    }

    /**
     * How a paper writes names it cannot or will not print in full, after the person filter (which judges names, not
     * their notation):
     * <ul>
     *   <li>a char missing from the character set, written as a note of its sound after the chars before it (秦惠（君音）
     *   for 秦惠 and a char read jūn, 余（申音）, 曹（凡音）生): the person takes in the note, and a name read into the
     *   note alone (申音) goes;</li>
     *   <li>a name withheld as the surname and crosses (林××, 王×).</li>
     * </ul>
     */
    static void writtenForms(char[] c, NerLexicon lex, List<Mention> mentions) {
        int n = c.length;
        if (!contains(c, '音') && !contains(c, '×')) {
            return;
        }
        int[] personFrom = new int[n + 1]; // start of a person ending at p, else -1
        boolean[] personAt = new boolean[n + 1]; // a person starts at p
        java.util.Arrays.fill(personFrom, -1);
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON) {
                personFrom[m.end()] = m.start();
                personAt[m.start()] = true;
            }
        }
        List<int[]> found = new java.util.ArrayList<>();
        for (int p = 1; p + 3 < n; p++) {
            if ((c[p] != '(' && c[p] != '〈') || c[p + 2] != '音' || (c[p + 3] != ')' && c[p + 3] != '〉')
                    || !EntityRules.isHan(c[p + 1])) {
                continue;
            }
            int start = personFrom[p], end = p + 4;
            if (start < 0) { // a surname, or a surname and a given-name char, alone in a list or a byline
                int b = p - 1;
                if (b > 0 && EntityRules.isHan(c[b - 1]) && "、".indexOf(c[b - 1]) < 0) {
                    b--;
                }
                if ((lex.categories(c[b]) & NerLexicon.SURNAME) != 0
                        && (b == 0 || !EntityRules.isHan(c[b - 1]) || c[b - 1] == '、')) {
                    start = b;
                }
            }
            if (start < 0) {
                continue;
            }
            // a surname whose given name the note completes may have one more given-name char after it: 曹（凡音）生
            // (not a credit: 崔（摇音）摄)
            if (p - start == 1 && end < n && EntityRules.isHan(c[end]) && lex.givenNameCount(c[end]) >= 1
                    && (end + 1 == n || CLOSING.indexOf(c[end + 1]) >= 0 || c[end + 1] == '、')
                    && !EntityRules.startsWithAny(c, end, CREDITS)) {
                end++;
            }
            found.add(new int[]{start, end});
        }
        for (int s = 0; s + 1 < n; s++) {
            if (c[s + 1] != '×' || (lex.categories(c[s]) & NerLexicon.SURNAME) == 0
                    || (s > 0 && EntityRules.isHan(c[s - 1]) && !personAt[s])) {
                continue;
            }
            int e = s + 1;
            while (e < n && e - s <= 3 && c[e] == '×') {
                e++;
            }
            if (e - s <= 3) {
                found.add(new int[]{s, e});
            }
        }
        replacePersons(n, found, mentions);
    }

    private static boolean contains(char[] c, char ch) {
        for (char x : c) {
            if (x == ch) {
                return true;
            }
        }
        return false;
    }

    /** Words between a place and the athlete it sends: 俄罗斯新秀库尔尼科娃, 美国选手克拉泽博格. */
    private static final String[] REPRESENTS = {"的", "选手", "名将", "新秀", "小将", "老将", "队员", "运动员", "女将", "棋手"};
    /** Chars that end transliterated women's names, beyond the transliteration chars: 库尔尼科娃, 马约莉. */
    private static final String NAME_FINALS = "娃娅妮莉丝蕾黛";
    /** What may follow an athlete's name in a result: a score, the next entry of a list, a verb of winning. */
    private static final String RESULT_NEXT = "以、;,。和与在夺获分战击0";

    /**
     * Results name athletes by their country: 捷克的科达以６∶４…, 战胜法国的皮奥利内，, 美国克拉泽博格、加拿大…. A
     * run of two to six transliteration chars right after a place (and 的 or 选手), ending where a score, the next
     * entry or a verb of winning begins, is a person when no dictionary knows it and no other mention lies there.
     * After the person filter, which has no feature for this context.
     */
    static void athletes(char[] c, NerLexicon lex, List<Mention> mentions) {
        int n = c.length;
        List<Mention> places = new java.util.ArrayList<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.PLACE) {
                places.add(m);
            }
        }
        List<int[]> found = new java.util.ArrayList<>();
        for (Mention place : places) {
            int s = place.end();
            for (String r : REPRESENTS) {
                if (EntityRules.startsWith(c, s, r)) {
                    s += r.length();
                    break;
                }
            }
            int e = unknownNameEnd(c, s, RESULT_NEXT, lex);
            if (e > 0) {
                found.add(new int[]{s, e});
            }
        }
        replacePersons(n, found, mentions);
    }

    /**
     * 在温网决赛中击败|阿尔卡拉斯: a run of two to six transliteration chars right after a verb of a match's result
     * (击败, 战胜, 负于 …, and 了), ending the clause or where a score, the next entry or the next step begins, is the
     * opponent, a person, when no dictionary knows it as a word, place or organisation: the tagger read such names as
     * places (its training days beat countries and teams). Countries and teams are known or end in 队.
     */
    static void opponents(char[] c, NerLexicon lex, List<Mention> mentions) {
        int n = c.length;
        List<int[]> found = null;
        for (int p = 0; p + 3 < n; p++) {
            if (!EntityRules.RESULT_FIRSTS.has(c[p])) {
                continue;
            }
            int s = EntityRules.resultVerbEnd(c, p);
            if (s < 0) {
                continue;
            }
            s += s < n && c[s] == '了' ? 1 : 0;
            int e = unknownNameEnd(c, s, OPPONENT_NEXT, lex);
            if (e > 0) {
                found = found == null ? new java.util.ArrayList<>() : found;
                found.add(new int[]{s, e});
            }
        }
        if (found == null) {
            return;
        }
        java.util.Set<Long> spans = new java.util.HashSet<>();
        for (int[] sp : found) {
            spans.add((long) sp[0] << 32 | sp[1]);
        }
        // the tagger's place on the name gives way
        mentions.removeIf(m -> m.type() == EntityType.PLACE && m.priority() < Mention.Priority.RULE
                && spans.contains((long) m.start() << 32 | m.end()));
        replacePersons(n, found, mentions);
    }

    /** What may follow an opponent's name: the clause's end, a score, the next entry, the next step. */
    private static final String OPPONENT_NEXT = "，。；！、,;!以0和与后晋进夺获，";

    /**
     * The end of a run of two to six transliteration chars from {@code s} (库尔尼科娃) that ends the text or comes
     * before one of {@code next}, when no dictionary knows it as a word, place or organisation; else -1.
     */
    private static int unknownNameEnd(char[] c, int s, String next, NerLexicon lex) {
        int n = c.length;
        int e = s;
        while (e < n && e - s < 7 && (TRANSLIT.has(c[e]) || NAME_FINALS.indexOf(c[e]) >= 0)) {
            e++;
        }
        if (e - s < 2 || e - s > 6 || (e < n && next.indexOf(c[e]) < 0)) {
            return -1;
        }
        String name = new String(c, s, e - s);
        if (Words.known(name) || (lex.categories(name) & (NerLexicon.PLACE | NerLexicon.ORG | NerLexicon.SHORT)) != 0) {
            return -1;
        }
        return e;
    }

    /** Longest person name a shorter one grows to ({@link #growToTextNames}). */
    private static final int MAX_GROWN = 6;

    /**
     * A person that is the start or the end of a longer person the text names elsewhere, where the chars around it
     * spell that longer name, is that person: 刘|我成 ... 刘我成, 谈|舒萍 ... 谈舒萍 (the tagger sees each occurrence in
     * its own context; {@link #repeatedNames} adds only occurrences no mention touches). Not over a mention of another
     * type or another person. After the person filter, so that the longer name has passed it.
     */
    static void growToTextNames(char[] c, List<Mention> mentions) {
        java.util.Set<String> names = new java.util.HashSet<>(); // the text's names of two chars or more
        int longest = 0;
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.length() >= 2 && m.length() <= MAX_GROWN
                    && EntityRules.hanName(c, m.start(), m.end())) {
                names.add(new String(c, m.start(), m.length()));
                longest = Math.max(longest, m.length());
            }
        }
        if (names.isEmpty()) {
            return;
        }
        EntityRules.Overlaps others = null;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() != EntityType.PERSON || m.length() >= longest) {
                continue; // no longer name to grow to
            }
            // the longest name that the chars from m's start, or those ending at m's end, spell; from its start at
            // equal length
            int bestStart = m.start(), bestEnd = m.end();
            for (int len = longest; len > m.length() && bestEnd - bestStart == m.length(); len--) {
                if (m.start() + len <= c.length && names.contains(new String(c, m.start(), len))) {
                    bestEnd = m.start() + len;
                } else if (m.end() - len >= 0 && names.contains(new String(c, m.end() - len, len))) {
                    bestStart = m.end() - len;
                }
            }
            if (bestEnd - bestStart == m.length()) {
                continue;
            }
            if (others == null) {
                others = new EntityRules.Overlaps(c.length, mentions, x -> true);
            }
            // the grown part overlaps no other mention (m itself lies inside [bestStart, bestEnd))
            boolean free = (bestStart == m.start() || !others.any(bestStart, m.start()))
                    && (bestEnd == m.end() || !others.any(m.end(), bestEnd));
            if (free) {
                mentions.set(k, new Mention(m.type(), bestStart, bestEnd, m.value(), m.priority()));
            }
        }
    }

    /**
     * The two-char person at s ends inside the given name the segmenter split from its surname (关/nr 治瀛/nr, tagged
     * 关治): the segmenter's name dictionary knows whole names the tagger cuts at a char it has seen mostly outside
     * names (瀛, 志, 起). Only a surname word of one char followed by a name word of two, the shape of a Han name.
     */
    private static boolean inSplitGivenName(char[] c, boolean[] cut, byte[] posStart, NerLexicon lex, int s) {
        return cut[s] && cut[s + 1] && !cut[s + 2] && cut[s + 3] && posStart[s] == NAME && posStart[s + 1] == NAME
                && (lex.categories(c[s]) & NerLexicon.SURNAME) != 0 && EntityRules.hanName(c, s, s + 3)
                && lastGivenChar(c, s + 2, posStart, lex);
    }

    /**
     * The char at {@code i} may end a given name the tagger left out: not mostly a verb or function word (张平|送,
     * 刘基|则), no numeral (李文|一行), not the start of a word with the next char (马坚|夫人), not followed by a name
     * word, and not a surname the core dictionary knows almost only as a name (陈辉|李清华: two bylines).
     */
    private static boolean lastGivenChar(char[] c, int i, byte[] posStart, NerLexicon lex) {
        if (Words.mostlyNotAName(c[i]) || EntityRules.isNumeral(c[i]) || posStart[i + 1] == NAME
                || i + 2 <= c.length && Words.known(new String(c, i, 2))) {
            return false;
        }
        com.hankcs.hanlp.dictionary.CoreDictionary.Attribute a = Words.attribute(c[i]);
        int asName = Words.uses(a, "nr");
        return (lex.categories(c[i]) & NerLexicon.SURNAME) == 0 || asName < 10 || asName * 4 < a.totalFrequency * 3;
    }

    /** Han numerals that end no name (梁军|一见到记者). */
    private static final String HAN_DIGITS = "一二三四五六七八九十两";

    /**
     * A person that runs one or two chars past a shorter person its paragraph names elsewhere ends where that name ends,
     * where the text names the longer string as a person nowhere else and the segmenter starts a word after the
     * shorter name: 问肖强为何撞人，肖强|先说; 梁军|一见到记者 (the tagger sees each occurrence in its own context and
     * takes in a char that often ends given names). Before {@link #growToTextNames}, which would grow the shorter
     * name back.
     */
    static void shrinkToTextNames(char[] c, boolean[] cut, NerLexicon lex, List<Mention> mentions) {
        java.util.Map<String, Integer> names = null;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int s = m.start(), e = m.end();
            // cheapest tests first: most persons have no word boundary inside their last two chars
            if (m.type() != EntityType.PERSON || m.length() < 3 || m.length() > MAX_GROWN
                    || !(cut[e - 1] || e - 2 >= s + 2 && cut[e - 2]) || m.priority() > Mention.Priority.RULE
                    || !EntityRules.hanName(c, s, e)) {
                continue;
            }
            if (names == null) {
                names = personCounts(c, mentions);
            }
            if (names.getOrDefault(new String(c, s, m.length()), 0) > 1) {
                continue;
            }
            for (int t = e - 1; t >= Math.max(s + 2, e - 2); t--) {
                String shorter = new String(c, s, t - s);
                if (cut[t] && names.containsKey(shorter)
                        && (Words.mostly(c[t], "vpcdumq") || HAN_DIGITS.indexOf(c[t]) >= 0)
                        && (lex.categories(shorter) & NerLexicon.SURNAME) == 0
                        && personInParagraph(c, mentions, s, t)) {
                    mentions.set(k, new Mention(m.type(), s, t, m.value(), m.priority()));
                    break;
                }
            }
        }
    }

    /**
     * Whether another person of the paragraph (between line breaks) around {@code [s, t)} spells {@code [s, t)}: in a
     * long document a shorter name in another paragraph may be another person (李鹏 ... 李鹏飞).
     */
    private static boolean personInParagraph(char[] c, List<Mention> mentions, int s, int t) {
        int from = s, to = t;
        while (from > 0 && c[from - 1] != '\n') {
            from--;
        }
        while (to < c.length && c[to] != '\n') {
            to++;
        }
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.start() >= from && m.end() <= to && m.start() != s
                    && m.length() == t - s && Arrays.equals(c, m.start(), m.end(), c, s, t)) {
                return true;
            }
        }
        return false;
    }

    /** How often each Han person of two to {@link #MAX_GROWN} chars stands in the mentions, by its text. */
    private static java.util.Map<String, Integer> personCounts(char[] c, List<Mention> mentions) {
        java.util.Map<String, Integer> names = new java.util.HashMap<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.length() >= 2 && m.length() <= MAX_GROWN
                    && EntityRules.hanName(c, m.start(), m.end())) {
                names.merge(new String(c, m.start(), m.length()), 1, Integer::sum);
            }
        }
        return names;
    }

    /** Nouns of places that close a list after 等 (清莱、华欣、苏梅岛等地; 日本、瑞士等国). */
    private static final String[] PLACE_CLASSES = {"地区", "城市", "地", "国", "省", "市", "县"};

    /**
     * The items of a list closed by 等 and a noun of places (等地, 等国, 等省) before 的 or punctuation are places (not
     * 江泽民、李鹏等市领导): a person the tagger read there is one (清莱、华欣、苏梅岛等地; People's Daily 1998-01-01..27
     * tags the item before such an ending ns 112 times in 136, the rest mostly one-char abbreviations). The items are
     * the persons and places from the 等 back, each ending at the 等 or at a 、 right before the next item.
     */
    static void listedPlaces(char[] c, boolean[] cut, List<Mention> mentions) {
        int n = c.length;
        int[] byEnd = null; // 1 + the index of the mention ending at p (not an organisation where another does)
        for (int q = 2; q + 1 < n; q++) {
            if (c[q] != '等' || !cut[q]) {
                continue;
            }
            int e = EntityRules.listedWordEnd(c, cut, q + 1, PLACE_CLASSES);
            // 等地的, 等国。 but not 等市领导 (a person's list): nothing but 的 or punctuation after the noun
            if (e == 0 || e < n && EntityRules.isHan(c[e]) && c[e] != '的') {
                continue;
            }
            // from the 等 back over the items, each a person or a place ending where the next 、 or the 等 stands
            if (byEnd == null) {
                byEnd = mentionsByEnd(n, mentions);
            }
            for (int end = q; ; ) {
                int k = byEnd[end] - 1;
                Mention m = k < 0 ? null : mentions.get(k);
                if (m == null || m.type() == EntityType.ORGANIZATION) {
                    break;
                }
                if (m.type() == EntityType.PERSON) {
                    mentions.set(k, new Mention(EntityType.PLACE, m.start(), m.end(), m.value(), m.priority()));
                }
                if (m.start() < 1 || c[m.start() - 1] != '、') {
                    break;
                }
                end = m.start() - 1;
            }
        }
    }

    /**
     * An item between two places in a 、-list is a place (高台、金昌、安西、张掖; 张北、尚义、万全、康保县), and one
     * between two organisations an organisation (国防科工委、国家核安全局、财政部): in People's Daily 1998-01 an item
     * with a place item on either side is a place 627 times in 633 and never a person; between two organisations it
     * is one 192 times in 196. A person there takes the list's type (not a well-known person of the lexicon), and so
     * does a place between organisations (not an organisation between places: 美国、欧洲航天局、日本), and an item of
     * Han chars that no mention touches and that is no common word becomes one (西藏、人权、台湾 is a list of issues):
     * two to four chars between places, two to twelve between organisations.
     */
    static void itemsBetweenLikeItems(char[] c, NerLexicon lex, List<Mention> mentions) {
        int commas = 0;
        for (char ch : c) {
            commas += ch == '、' ? 1 : 0;
        }
        if (commas < 2) {
            return; // no item between two others
        }
        itemsBetween(c, lex, mentions, EntityType.PLACE, 4);
        itemsBetween(c, lex, mentions, EntityType.ORGANIZATION, 12);
        placesAmongPersons(c, mentions);
    }

    /**
     * A place of two to four Han chars between two persons of a 、-list, or first before two, is a person (世界冠军
     * 马龙、樊振东、孙颖莎: 马龙 is a county too): People's Daily 1998-01-01..27 has 2,730 items so placed, 2,730 of
     * them persons or marks and none a place. Not a division's full name (…县, …市).
     */
    private static void placesAmongPersons(char[] c, List<Mention> mentions) {
        int n = c.length;
        int[] personEnd = null; // personEnd[p]: end of a person starting at p, else 0
        boolean[] personEndsAt = null;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int s = m.start(), e = m.end();
            if (m.type() != EntityType.PLACE || m.length() < 2 || m.length() > 4 || e + 2 >= n || c[e] != '、'
                    || "省市县区州旗盟镇乡村国".indexOf(c[e - 1]) >= 0 || !EntityRules.hanName(c, s, e)) {
                continue;
            }
            if (personEnd == null) {
                personEnd = new int[n + 1];
                personEndsAt = new boolean[n + 1];
                for (Mention p : mentions) {
                    if (p.type() == EntityType.PERSON) {
                        personEnd[p.start()] = Math.max(personEnd[p.start()], p.end());
                        personEndsAt[p.end()] = true;
                    }
                }
            }
            int next = personEnd[e + 1];
            if (next == 0) {
                continue;
            }
            boolean between = s >= 2 && c[s - 1] == '、' && personEndsAt[s - 1];
            boolean first = (s == 0 || c[s - 1] != '、') && next + 1 < n && c[next] == '、' && personEnd[next + 1] > 0;
            if (between || first) {
                mentions.set(k, new Mention(EntityType.PERSON, s, e, m.value(), m.priority()));
            }
        }
    }


    private static void itemsBetween(char[] c, NerLexicon lex, List<Mention> mentions, EntityType type, int maxLen) {
        int n = c.length;
        boolean[] ends = new boolean[n + 1], starts = new boolean[n + 1];
        for (Mention p : mentions) {
            if (p.type() == type) {
                ends[p.end()] = true;
                starts[p.start()] = true;
            }
        }
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int s = m.start(), e = m.end();
            boolean other = m.type() == EntityType.PERSON
                    || m.type() == EntityType.PLACE && type == EntityType.ORGANIZATION; // 美国、欧洲航天局、日本
            if (other && s >= 2 && e + 1 < n && c[s - 1] == '、'
                    && c[e] == '、' && ends[s - 1] && starts[e + 1]
                    && (lex.categories(new String(c, s, m.length())) & NerLexicon.PERSON) == 0) {
                mentions.set(k, new Mention(type, s, e, m.value(), m.priority()));
            }
        }
        boolean[] taken = null;
        for (int s = 2; s + 3 < n; s++) {
            if (c[s - 1] != '、' || !ends[s - 1]) {
                continue;
            }
            int e = s;
            while (e < n && e - s <= maxLen && EntityRules.isHan(c[e])) {
                e++;
            }
            if (e - s < 2 || e - s > maxLen || e + 1 >= n || c[e] != '、' || !starts[e + 1]) {
                continue;
            }
            if (taken == null) {
                taken = covered(n, mentions);
            }
            if (!anyTaken(taken, s, e) && !Words.common(new String(c, s, e - s))) {
                mentions.add(new Mention(type, s, e, null, Mention.Priority.RULE));
            }
        }
    }

    /**
     * Words after which People's Daily 1998-01 never names a person but often a place: nouns of a place's standing
     * (海滨城市|斯塔万格, 首府|彭塔阿雷纳斯; 城市, 首都, 首府, 港口, 省会, 古城, 名城, 县城, 小镇 and 重镇 come before 695
     * units, 116 of them places and none a person) and verbs of going to or lying in one (抵达, 前往, 飞抵, 途经, 位于:
     * 187 units, 127 places, one person).
     */
    private static final String[] PLACES_ONLY_AFTER = {"城市", "首都", "首府", "港口", "省会", "古城", "名城", "县城",
            "小镇", "重镇", "抵达", "前往", "飞抵", "途经", "位于"};

    /**
     * Words before which People's Daily 1998-01 never names a person: parts and sides of a place (曹娥江|畔, 流域,
     * 沿岸, 上游, 山区, 脚下, 境内, 以北, 一带, 地区, 郊区, 市区 …: 1,698 units stand before them, 210 places, no person),
     * and the integration of places and the regions of planning (独联体|一体化, 城市群: 58 units, no person; 都市圈,
     * 经济圈, 经济带 of later plans): 乌昌|一体化 and 乌昌石|城市群 join Urumqi, Changji and Shihezi.
     */
    private static final String[] PLACES_ONLY_BEFORE = {"畔", "流域", "沿岸", "两岸", "上游", "下游", "中游", "山区",
            "脚下", "山麓", "沿线", "境内", "以北", "以南", "以东", "以西", "一带", "地区", "郊区", "市区", "城区", "腹地",
            "一体化", "城市群", "都市圈", "经济圈", "经济带"};

    /**
     * A person right after or before such a word is a place, unless the lexicon knows it as a person (前往|毛泽东|故居
     * stays). So is a transliterated name of three chars or more right after a foreign state (得克萨斯州|奥斯汀): news
     * writes a city after its state (People's Daily 1998-01: 马里兰州|伯塞达市, 恰帕斯州|切纳洛市) and a person after a
     * title. A state's name is transliterated in three chars or more before 州; few Chinese 州 are (恩施州, 杭州 are not).
     */
    static void placesAfterPlaceWords(char[] c, NerLexicon lex, List<Mention> mentions) {
        boolean[] stateEnd = null;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int s = m.start();
            if (m.type() != EntityType.PERSON) {
                continue;
            }
            boolean placeWord = s >= 2 && EntityRules.endsWithAny(c, s, PLACES_ONLY_AFTER)
                    || EntityRules.startsWithAny(c, m.end(), PLACES_ONLY_BEFORE);
            if (!placeWord && s >= 4 && c[s - 1] == '州' && m.length() >= 3 && allTranslit(c, s, m.end())) {
                if (stateEnd == null) {
                    stateEnd = foreignStateEnds(c, mentions);
                }
                placeWord = stateEnd[s];
            }
            if (placeWord && (lex.categories(new String(c, s, m.length())) & NerLexicon.PERSON) == 0) {
                mentions.set(k, new Mention(EntityType.PLACE, s, m.end(), m.value(), m.priority()));
            }
        }
    }

    /**
     * By offset: a place whose name is three transliterated chars or more and 州 ends there (得克萨斯州; one char may
     * lie outside the transliteration table, as 得 does).
     */
    private static boolean[] foreignStateEnds(char[] c, List<Mention> mentions) {
        boolean[] out = new boolean[c.length + 1];
        for (Mention p : mentions) {
            if (p.type() != EntityType.PLACE || p.length() < 4 || c[p.end() - 1] != '州') {
                continue;
            }
            int other = 0;
            for (int k = p.start(); k < p.end() - 1; k++) {
                other += TRANSLIT.has(c[k]) ? 0 : 1;
            }
            out[p.end()] = other <= 1;
        }
        return out;
    }

    /**
     * An unknown transliterated place of three chars or more joined to a person by 和, 与, 及 or 、 (拉赫玛尼诺夫和|斯克里亚宾)
     * is a person: the tagger reads a foreign name without context as either, the person beside it tells. Not a place
     * the lexicon or the training split knows (李鹏和|伊拉克 stays).
     */
    static void personsBesidePersons(char[] c, NerLexicon lex, List<Mention> mentions) {
        int n = c.length;
        boolean[] personEnds = null, personStarts = null;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int s = m.start(), e = m.end();
            if (m.type() != EntityType.PLACE || m.length() < 3 || !allTranslit(c, s, e)) {
                continue;
            }
            if (personEnds == null) {
                personEnds = new boolean[n + 1];
                personStarts = new boolean[n + 1];
                for (Mention p : mentions) {
                    if (p.type() == EntityType.PERSON) {
                        personEnds[p.end()] = true;
                        personStarts[p.start()] = true;
                    }
                }
            }
            boolean left = s >= 2 && LIST_JOINS.indexOf(c[s - 1]) >= 0 && personEnds[s - 1];
            boolean right = e + 1 < n && LIST_JOINS.indexOf(c[e]) >= 0 && personStarts[e + 1];
            int cat = lex.categories(new String(c, s, m.length()));
            if ((left || right) && (cat & (NerLexicon.PLACE | NerLexicon.TOWN | NerLexicon.SHORT | NerLexicon.SEEN_LOC
                    | NerLexicon.ORG | NerLexicon.SEEN_ORG)) == 0) {
                mentions.set(k, new Mention(EntityType.PERSON, s, e, m.value(), m.priority()));
            }
        }
    }

    private static final String LIST_JOINS = "和与及、";

    /**
     * Words that follow persons only (People's Daily 1998-01-01..27: a name before 同志 506 times, 先生 130, 夫人 35,
     * 女士 33, 党籍 3, 受贿案 2, and never a place).
     */
    private static final String[] PERSONS_ONLY_AFTER = {"同志", "先生", "女士", "夫人", "党籍", "受贿案"};

    /**
     * An unknown place of two to four chars that starts with a surname and stands right before a word that follows
     * persons only (开除辛业江|党籍, 辛业江|受贿案: the segmenter read 辛业江/ns) is that person. Not a place the lexicon
     * knows (中国|同志 stays out: the rule takes only names it has not heard of).
     */
    static void personsBeforePersonWords(char[] c, NerLexicon lex, List<Mention> mentions) {
        int n = c.length;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int s = m.start(), e = m.end();
            if (m.type() != EntityType.PLACE || m.length() < 2 || m.length() > 4 || e >= n
                    || !EntityRules.startsWithAny(c, e, PERSONS_ONLY_AFTER)
                    || (lex.categories(c[s]) & NerLexicon.SURNAME) == 0 || !EntityRules.hanName(c, s, e)
                    || !onlyAName(lex, new String(c, s, m.length()))) {
                continue;
            }
            mentions.set(k, new Mention(EntityType.PERSON, s, e, null, Mention.Priority.RULE));
        }
    }

    /** Words of address and kinship that news puts after a person's name (阿里木大叔, 古丽大姐), never after a place. */
    private static final String[] ADDRESS_TERMS = {"大叔", "大爷", "大妈", "大娘", "大婶", "大姐", "大哥", "阿姨", "老汉",
            "老人", "师傅", "大伯", "奶奶", "爷爷"};

    /**
     * 阿里木大叔: a place of the tagger that ends in a word of address ({@link #ADDRESS_TERMS}) is the person before it,
     * as a name of two or more Han chars; the tagger read the unknown name and the term as one place.
     */
    static void placesEndingInAddressTerms(char[] c, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int e = m.end();
            if (m.type() != EntityType.PLACE || m.priority() >= Mention.Priority.RULE || m.length() < 4) {
                continue;
            }
            for (String t : ADDRESS_TERMS) {
                int b = e - t.length();
                if (b - m.start() >= 2 && EntityRules.startsWith(c, b, t) && EntityRules.hanName(c, m.start(), b)) {
                    mentions.set(k, new Mention(EntityType.PERSON, m.start(), b, null, Mention.Priority.RULE));
                    break;
                }
            }
        }
    }

    /** Last chars of the titles that a person's name follows (部长, 总统, 总理, 主席, 首相, 大使, 国王). */
    private static final String OFFICE_ENDS = "长理统席相使王";

    /**
     * A place right after a title of office and before a verb, a number or a comma (财政部长|马里|十二月三十一日在,
     * 部长|阿比托|今天) is the office holder: in People's Daily 1998-01-01..27 such a title is followed by a name
     * 1,170 times and by a place 6 times, 5 of them persons tagged as places (内塔尼亚胡, 阿比托).
     */
    static void placesAfterTitles(char[] c, boolean[] cut, byte[] posStart, List<int[]> hits, List<Mention> mentions) {
        boolean[] officeEnd = null;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int s = m.start(), e = m.end();
            if (m.type() != EntityType.PLACE || s == 0 || e >= c.length || !cut[s] || !cut[e]
                    || OFFICE_ENDS.indexOf(c[s - 1]) < 0 || m.priority() > Mention.Priority.RULE) {
                continue;
            }
            if (!(posStart[e] == VERB || EntityRules.isNumeral(c[e]) || Character.isDigit(c[e]) || c[e] == '，'
                    || c[e] == ',')) {
                continue;
            }
            if (officeEnd == null) {
                officeEnd = new boolean[c.length + 1];
                for (int[] h : hits) {
                    if ((h[2] & NerLexicon.TITLE) != 0) {
                        officeEnd[h[1]] = true;
                    }
                }
            }
            if (officeEnd[s]) {
                mentions.set(k, new Mention(EntityType.PERSON, s, e, null, Mention.Priority.RULE));
            }
        }
    }

    /** Last chars of the titles before an official's name: {@link #OFFICE_ENDS}, 主任 and 书记. */
    private static final String OFFICIAL_ENDS = OFFICE_ENDS + "任记";

    /** What an official named right after the title does next (校长林海一行, 局长林海说). */
    private static final String[] OFFICIAL_ACTS = {"一行", "说", "表示", "指出", "介绍", "强调", "认为", "出席", "主持",
            "致辞", "讲话", "带领", "率领"};

    /**
     * A two-char common noun right after a title of office and before an official's act (校长林海一行: 林海, "forest",
     * n) is the official's name, where its first char is a surname of twenty training names or more and its second a
     * given-name char, no lexicon entry knows it and no mention lies there. People's Daily 1998-01 has no common noun
     * between a title and these words (its names are all tagged), and 会 of 局长会议指出 is no such surname.
     */
    static void titledNounNames(char[] c, boolean[] cut, byte[] posStart, NerLexicon lex, List<int[]> hits,
                                List<Mention> mentions) {
        int n = c.length;
        List<int[]> found = null;
        for (int[] h : hits) {
            int t = h[1], e = t + 2;
            if ((h[2] & NerLexicon.TITLE) == 0 || e >= n || OFFICIAL_ENDS.indexOf(c[t - 1]) < 0 || !cut[t] || !cut[e]
                    || posStart[t] != NOUN || lex.surnameCount(c[t]) < 20 || lex.givenNameCount(c[t + 1]) == 0
                    || !EntityRules.startsWithAny(c, e, OFFICIAL_ACTS)) {
                continue;
            }
            int cat = lex.categories(new String(c, t, 2));
            if ((cat & (NerLexicon.PLACE | NerLexicon.ORG | NerLexicon.TITLE | NerLexicon.SHORT)) != 0) {
                continue;
            }
            if (found == null) {
                found = new ArrayList<>();
            }
            found.add(new int[]{t, e});
        }
        if (found == null) {
            return;
        }
        EntityRules.Overlaps any = new EntityRules.Overlaps(n, mentions, m -> true);
        for (int[] f : found) {
            if (!any.any(f[0], f[1])) {
                mentions.add(new Mention(EntityType.PERSON, f[0], f[1], null, Mention.Priority.RULE));
            }
        }
    }

    /**
     * A name the text has as a person somewhere (辛业江|受贿案, made a person by the rules above) is that person where
     * else the text has it as a place that neither the lexicon nor the core dictionary knows (送给辛业江, read 辛业江/ns
     * again; not 华欣 ns, a Thai resort, nor the brand 迪斯尼): the tagger sees each occurrence in its own context, and
     * a story's name read as a place once is often read so every time.
     */
    static void placesNamedAsPersons(char[] c, NerLexicon lex, List<Mention> mentions) {
        if (mentions.stream().noneMatch(m -> m.type() == EntityType.PLACE)) {
            return;
        }
        java.util.Set<String> persons = new java.util.HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.length() >= 2) {
                persons.add(new String(c, m.start(), m.length()));
            }
        }
        if (persons.isEmpty()) {
            return;
        }
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() != EntityType.PLACE || m.length() < 2) {
                continue;
            }
            String name = new String(c, m.start(), m.length());
            if (persons.contains(name) && !Words.known(name)
                    && onlyAName(lex, name)) {
                mentions.set(k, new Mention(EntityType.PERSON, m.start(), m.end(), null, Mention.Priority.RULE));
            }
        }
    }

    /**
     * A person that is an item of a 、-list whose neighbouring items are each one common noun of the segmenter (桂皮、
     * 姜糖、菊花; 牛奶、米奶) is a thing too: in People's Daily 1998-01-01..27 an item whose neighbours are all common
     * nouns (n) is a name 0 times in 2,206. A neighbour that any mention touches is no common noun. Not a well-known
     * person, nor an item of a list that holds another person (李明、白云、张强).
     */
    static void personsAmongNouns(char[] c, boolean[] cut, byte[] posStart, byte[] posEnd, NerLexicon lex,
                                  List<Mention> mentions) {
        if (!contains(c, '、')) {
            return;
        }
        int n = c.length;
        boolean[] taken = covered(n, mentions);
        ListPersons lists = new ListPersons(c, mentions);
        mentions.removeIf(m -> {
            int s = m.start(), e = m.end();
            if (m.type() != EntityType.PERSON || knownName(c, m, lex)) {
                return false;
            }
            // a 、 with a word on its far side (not one that starts or ends the text)
            boolean left = s > 1 && c[s - 1] == '、', right = e + 1 < n && c[e] == '、';
            if (!left && !right || s > 0 && !left && EntityRules.isHan(c[s - 1])
                    || e < n && !right && EntityRules.isHan(c[e])) {
                return false; // not a whole item of a list
            }
            if (left) {
                // the word before the 、, an item of its own: after a 、, a non-Han char or a verb
                int b = wordStart(cut, s - 1);
                boolean item = b == 0 || !EntityRules.isHan(c[b - 1]) || c[b - 1] == '、' || posEnd[b] == VERB
                        || posEnd[b] == PREP;
                if (!item || !commonNounItem(c, cut, posStart, taken, b, s - 1)) {
                    return false;
                }
            }
            if (right) {
                int f = EntityRules.wordEnd(cut, e + 1); // the word after the 、, before a 、, a non-Han char or 等
                boolean item = f == n || !EntityRules.isHan(c[f]) || c[f] == '、' || c[f] == '等';
                if (!item || !commonNounItem(c, cut, posStart, taken, e + 1, f)) {
                    return false;
                }
            }
            return !lists.otherPerson(s, e); // 李明、白云、张强: a list of names, one of them a common noun too
        });
    }

    /**
     * Which items of the 、-lists of a text are persons, built at the first question (few texts have a person between
     * common nouns): {@code before[p]} counts the chars before offset p of persons that stand beside a 、; a list runs
     * over Han chars and 、 ({@code start}, {@code end} of the run holding each offset).
     */
    private static final class ListPersons {
        private final char[] c;
        private final List<Mention> mentions;
        private int[] before, start, end;

        ListPersons(char[] c, List<Mention> mentions) {
            this.c = c;
            this.mentions = mentions;
        }

        /** Another item of the 、-list holding {@code [s, e)} is a person. */
        boolean otherPerson(int s, int e) {
            if (before == null) {
                build();
            }
            return before[s] > before[start[s]] || before[end[e - 1]] > before[e];
        }

        private void build() {
            int n = c.length;
            before = new int[n + 1];
            for (Mention m : mentions) {
                if (m.type() == EntityType.PERSON
                        && (m.start() > 0 && c[m.start() - 1] == '、' || m.end() < n && c[m.end()] == '、')) {
                    before[m.start()]++;
                    before[m.end()]--;
                }
            }
            for (int p = 0, open = 0, sum = 0; p <= n; p++) { // from starts and ends to a count of person chars
                int delta = before[p];
                before[p] = sum;
                open += delta;
                sum += p < n && open > 0 ? 1 : 0;
            }
            start = new int[n];
            end = new int[n];
            for (int p = 0; p < n; p++) {
                start[p] = p > 0 && inList(c[p - 1]) && inList(c[p]) ? start[p - 1] : p;
            }
            for (int p = n - 1; p >= 0; p--) {
                end[p] = p + 1 < n && inList(c[p + 1]) && inList(c[p]) ? end[p + 1] : p + 1;
            }
        }
    }

    /** A char of a 、-list's run: a Han char or 、. */
    private static boolean inList(char ch) {
        return EntityRules.isHan(ch) || ch == '、';
    }

    /** The start of the segmenter's word that ends at {@code e}. */
    static int wordStart(boolean[] cut, int e) {
        int b = e - 1;
        while (b > 0 && !cut[b]) {
            b--;
        }
        return b;
    }

    /** {@code c[s, e)} is one word of the segmenter, a common noun of two chars or more that no mention touches. */
    private static boolean commonNounItem(char[] c, boolean[] cut, byte[] posStart, boolean[] taken, int s, int e) {
        return e - s >= 2 && cut[s] && cut[e] && oneWord(cut, s, e) && posStart[s] == NOUN && !anyTaken(taken, s, e);
    }

    /** Nouns of things that close a list after 等 (华翔、天安、申菱、戴维等一批汽车配件企业; 谦祥益、瑞蚨祥等老字号). */
    private static final String[] THING_CLASSES = {"企业", "公司", "品牌", "名牌", "产品", "老字号", "名车", "厂家", "厂商",
            "商标", "商店", "商场", "饭店", "宾馆", "酒店", "银行", "集团", "报刊", "杂志", "刊物", "药厂", "工厂", "车型", "轿车"};
    /** What may stand between 等 and the noun of things (等一批企业, 等知名品牌). */
    private static final String[] THING_COUNTS = {"一批", "一些", "众多", "多家", "几家", "知名", "著名", "大"};
    /** Most chars of a list item walked over when no mention marks it. */
    private static final int ITEM_MAX = 8;

    /**
     * The items of a list closed by 等 and a noun of things (等一批汽车配件企业, 等老字号, 等名车) are no persons: People's
     * Daily 1998-01-01..27 has no name among such items (n 32, nz 17, nt 14, ns 5). So are, in any 、-list, a person the
     * segmenter reads as a brand (nz) beside another brand, and one between two brands (埃克森、阿莫科、莫比尔): lists
     * holding a brand hold 191 brands and no name there but one byline's (张发强、人民日报). Not a well-known person.
     */
    static void listedThings(char[] c, boolean[] cut, int[] brand, NerLexicon lex, List<Mention> mentions) {
        int n = c.length;
        if (!contains(c, '、')) {
            return;
        }
        boolean[] drop = new boolean[mentions.size()];
        boolean any = false;
        int[] personEnding = null; // 1 + the index of a person ending at p, else 0
        for (int q = 2; q + 1 < n; q++) {
            if (c[q] != '等' || !cut[q]) {
                continue;
            }
            int at = q + 1;
            int counted = EntityRules.listedWordEnd(c, cut, at, THING_COUNTS);
            at = counted > 0 ? counted : at;
            int e = EntityRules.listedWordEnd(c, cut, at, THING_CLASSES);
            // the noun may follow other nouns (等一批汽车配件企业): up to six more chars of the same clause
            for (int skip = at; e == 0 && skip < Math.min(n, at + 6) && EntityRules.isHan(c[skip]); skip++) {
                e = cut[skip] ? EntityRules.listedWordEnd(c, cut, skip, THING_CLASSES) : 0;
            }
            if (e == 0) {
                continue;
            }
            if (personEnding == null) {
                personEnding = new int[n + 1];
                for (int k = 0; k < mentions.size(); k++) {
                    if (mentions.get(k).type() == EntityType.PERSON) {
                        personEnding[mentions.get(k).end()] = k + 1;
                    }
                }
            }
            for (int end = q; ; ) {
                int a = end;
                while (a > 0 && EntityRules.isHan(c[a - 1]) && c[a - 1] != '、' && end - a < ITEM_MAX) {
                    a--;
                }
                int k = personEnding[end] - 1;
                if (k >= 0 && !knownName(c, mentions.get(k), lex)) {
                    drop[k] = any = true;
                }
                if (a < 1 || c[a - 1] != '、') {
                    break;
                }
                end = a - 1;
            }
        }
        // persons among brands: the segmenter's nz words on either side of a 、, and the persons already dropped; a
        // sweep forward and one back carry a dropped item's weight along its list both ways
        boolean brands = false;
        for (int p = 0; p < n && !brands; p++) {
            brands = brand[p] > p;
        }
        if (!brands && !any) {
            return; // most texts: no brand and no list of things
        }
        boolean[] thingEnd = new boolean[n + 1], thingStart = new boolean[n + 1];
        for (int p = 0; p < n; p++) {
            if (brand[p] > p) {
                thingStart[p] = thingEnd[brand[p]] = true;
            }
        }
        Integer[] persons = java.util.stream.IntStream.range(0, mentions.size())
                .filter(k -> mentions.get(k).type() == EntityType.PERSON).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(persons, java.util.Comparator.comparingInt(k -> mentions.get(k).start()));
        for (int sweep = 0; sweep < 2; sweep++) {
            for (int i = 0; i < persons.length; i++) {
                int k = persons[sweep == 0 ? i : persons.length - 1 - i];
                Mention m = mentions.get(k);
                int s = m.start(), e = m.end();
                boolean left = s >= 2 && c[s - 1] == '、' && thingEnd[s - 1];
                boolean right = e + 1 < n && c[e] == '、' && thingStart[e + 1];
                if ((drop[k] || brand[s] == e && (left || right) || left && right) && !knownName(c, m, lex)) {
                    drop[k] = any = true;
                    thingStart[s] = thingEnd[e] = true;
                }
            }
        }
        if (any) {
            EntityRules.dropAndAdd(mentions, drop, List.of());
        }
    }

    private static boolean knownName(char[] c, Mention m, NerLexicon lex) {
        return (lex.categories(new String(c, m.start(), m.length())) & NerLexicon.PERSON) != 0;
    }

    /** The index of a person or place ending at {@code end}, or else of any mention ending there; -1: none. */
    /**
     * By offset: 1 + the index of the first mention other than an organisation that ends there, or else of the last
     * organisation that does; 0: none.
     */
    private static int[] mentionsByEnd(int n, List<Mention> mentions) {
        int[] byEnd = new int[n + 1];
        boolean[] named = new boolean[n + 1]; // a mention other than an organisation ends there
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() != EntityType.ORGANIZATION) {
                if (!named[m.end()]) {
                    named[m.end()] = true;
                    byEnd[m.end()] = k + 1;
                }
            } else if (!named[m.end()]) {
                byEnd[m.end()] = k + 1;
            }
        }
        return byEnd;
    }

    /** Kin and naming words before a person in stories (女儿春花, 名叫翩翩). */
    private static final String[] STORY_BEFORE = {"女儿", "儿子", "女孩", "男孩", "妻子", "丈夫", "母亲", "父亲", "妈妈",
            "爸爸", "姐姐", "妹妹", "哥哥", "弟弟", "老伴", "孙子", "孙女", "名叫", "叫"};

    /** What persons do and are called after their name in stories (春花点点头, 春姑姐, 云娇睁眼). */
    private static final String[] STORY_AFTER = {"说", "道", "笑", "笑着", "点点头", "点头", "摇头", "问", "答", "想", "哭",
            "叹", "呀", "啊", "姐", "哥", "姑娘", "娘娘", "大娘", "赶忙", "连忙", "急忙", "拉起", "睁眼", "不答应", "委屈"};

    /** Times a story's name must stand in the text, and beside a word of {@link #STORY_BEFORE} or {@link #STORY_AFTER}. */
    private static final int STORY_TIMES = 3, STORY_CUES = 2;

    /**
     * The given name alone that stories call their people by (春花, 云娇, 翩翩): a string of two or three Han chars, each
     * seen in given names, that the core dictionary does not know (or knows mostly as a name), standing as whole words where it stands beside
     * a kin word or a verb of speaking or gesture at least twice ({@link #STORY_CUES}) and in the text at least three
     * times, is a person wherever it stands whole and free. The tagger, trained on news, takes names by their
     * surname and misses them.
     */
    static void storyNames(char[] c, boolean[] cut, List<Mention> mentions) {
        int n = c.length;
        // the strings that stand whole beside a cue, keyed by their chars; then one pass counts where each stands
        java.util.Map<Long, int[]> seen = null; // key -> {times, cues}
        java.util.BitSet firsts = null;
        for (int p = 1; p < n; p++) {
            // cheapest tests first: few chars end a kin word or start a verb of the list
            if (!cut[p]) {
                continue;
            }
            boolean before = STORY_LAST.has(c[p - 1]) && endsWithWord(c, cut, p, STORY_BEFORE);
            boolean after = storyCueAfter(c, cut, p);
            for (int k = 0; (before || after) && k < 4; k++) {
                int len = 2 + (k & 1);
                int s = k < 2 ? (before ? p : -1) : (after ? p - len : -1);
                if (s >= 0 && s + len <= n && cut[s] && cut[s + len] && EntityRules.hanName(c, s, s + len)
                        && givenNameChars(c, s, s + len)) {
                    if (seen == null) {
                        seen = new java.util.HashMap<>();
                        firsts = new java.util.BitSet();
                    }
                    seen.putIfAbsent(storyKey(c, s, len), new int[2]);
                    firsts.set(c[s]);
                }
            }
        }
        if (seen == null) {
            return;
        }
        NewPersons fresh = new NewPersons(n, mentions);
        List<int[]> free = new ArrayList<>(); // {start, length} of each whole, free occurrence
        for (int q = 0; q + 2 <= n; q++) {
            if (!cut[q] || !firsts.get(c[q])) {
                continue;
            }
            for (int len = 2; len <= 3 && q + len <= n; len++) {
                int[] count = cut[q + len] ? seen.get(storyKey(c, q, len)) : null;
                if (count != null) {
                    count[0]++;
                    if (fresh.free(q, q + len)) {
                        free.add(new int[]{q, len});
                        if (endsWithWord(c, cut, q, STORY_BEFORE) || storyCueAfter(c, cut, q + len)) {
                            count[1]++;
                        }
                    }
                }
            }
        }
        for (int[] at : free) {
            int[] count = seen.get(storyKey(c, at[0], at[1]));
            if (count[0] >= STORY_TIMES && count[1] >= STORY_CUES && !Words.rarelyAPerson(new String(c, at[0], at[1]))) {
                fresh.add(at[0], at[0] + at[1]);
            }
        }
    }

    /** Whether a word of {@link #STORY_AFTER} starts at p (most are one char: a table answers them). */
    private static boolean storyCueAfter(char[] c, boolean[] cut, int p) {
        if (p >= c.length) {
            return false; // a name that ends the text
        }
        if (p + 1 < cut.length && cut[p + 1] && STORY_ONE.has(c[p])) {
            return true;
        }
        int id = STORY_LONGER_ID[c[p]];
        return id > 0 && EntityRules.listedWordEnd(c, cut, p, STORY_LONGER[id]) > 0;
    }

    /** Two or three chars as one key. */
    private static long storyKey(char[] c, int s, int len) {
        long key = (long) c[s] << 32 | (long) c[s + 1] << 16;
        return len == 3 ? key | c[s + 2] | 1L << 48 : key;
    }

    /** Last chars of {@link #STORY_BEFORE}. */
    private static final CharSet STORY_LAST = new CharSet();
    /** The one-char words of {@link #STORY_AFTER}. */
    private static final CharSet STORY_ONE = new CharSet();
    /** Its longer words by first char: {@code STORY_LONGER[STORY_LONGER_ID[ch]]} start with ch (id 0: none). */
    private static final byte[] STORY_LONGER_ID = new byte[65536];
    private static final String[][] STORY_LONGER;

    static {
        for (String w : STORY_BEFORE) {
            STORY_LAST.add(w.charAt(w.length() - 1));
        }
        java.util.Map<Character, List<String>> longer = new java.util.LinkedHashMap<>();
        for (String w : STORY_AFTER) {
            if (w.length() == 1) {
                STORY_ONE.add(w.charAt(0));
            } else {
                longer.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
            }
        }
        STORY_LONGER = new String[longer.size() + 1][];
        int id = 1;
        for (var e : longer.entrySet()) {
            STORY_LONGER_ID[e.getKey()] = (byte) id;
            STORY_LONGER[id++] = e.getValue().toArray(new String[0]);
        }
    }

    /** Whether HanLP's role corpus has seen every char of {@code [s, e)} in a given name (淘粪 never). */
    private static boolean givenNameChars(char[] c, int s, int e) {
        int given = 7 << NameRoles.C | 7 << NameRoles.D | 7 << NameRoles.E;
        for (int k = s; k < e; k++) {
            if ((NameRoles.of(c[k]) & given) == 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word of {@code words} ends at p as a word of its own. */
    private static boolean endsWithWord(char[] c, boolean[] cut, int p, String[] words) {
        for (String w : words) {
            if (p - w.length() >= 0 && cut[p - w.length()] && EntityRules.startsWith(c, p - w.length(), w)) {
                return true;
            }
        }
        return false;
    }

    /** Words of address and kin that follow a person's name (库尔班大叔, 张同志). */
    private static final String[] ADDRESS = {"大叔", "大妈", "大爷", "大娘", "大婶", "大伯", "大哥", "大姐", "老汉",
            "阿姨", "同志", "先生", "女士", "师傅", "老人"};

    /**
     * Words after which People's Daily 1998-01-01..27 has a person's name and never a place's (指出 104 times after a
     * name, 一行 54, 介绍 48, 老师 26, 告诉 24, 率领 18; bylines' 报道 442 and 摄 319).
     */
    private static final String[] PERSONS_DO = {"指出", "介绍", "告诉", "转达", "率领", "带领", "一行", "夫人", "老师",
            "报道", "摄"};

    /** Words of speaking and of the self that follow a person (沙赫特说, 吉尔伯特本人), as whole words of the segmenter. */
    private static final String[] SPEAKS = {"说", "表示", "认为", "本人"};

    /**
     * One of {@link #SPEAKS} starts at p as a word of its own (说|明 is not). People's Daily 1998-01-01..27 has a
     * person's name before them 654 times and a place's 27, the places all countries and cities the lexicon knows
     * (美国表示, 新德里表示) or persons People's Daily tags as places (内塔尼亚胡说).
     */
    private static boolean speaks(char[] c, boolean[] cut, int p) {
        for (String w : SPEAKS) {
            if (p + w.length() < cut.length && EntityRules.startsWith(c, p, w) && cut[p + w.length()]) {
                return true;
            }
        }
        return false;
    }

    /** Countries whose athletes and envoys news names right after the country (美国的杜马斯, 匈牙利科瓦茨). */
    static final java.util.Set<String> COUNTRIES = java.util.Set.of("美国", "英国", "法国", "德国", "俄罗斯",
            "日本", "韩国", "朝鲜", "意大利", "西班牙", "葡萄牙", "荷兰", "比利时", "瑞士", "奥地利", "瑞典", "挪威",
            "芬兰", "丹麦", "冰岛", "爱尔兰", "波兰", "捷克", "斯洛伐克", "匈牙利", "罗马尼亚", "保加利亚", "希腊",
            "土耳其", "乌克兰", "白俄罗斯", "克罗地亚", "南斯拉夫", "塞尔维亚", "加拿大", "墨西哥", "巴西", "阿根廷",
            "智利", "秘鲁", "哥伦比亚", "古巴", "澳大利亚", "新西兰", "南非", "埃及", "肯尼亚", "埃塞俄比亚",
            "尼日利亚", "摩洛哥", "阿尔及利亚", "以色列", "伊朗", "印度", "巴基斯坦", "泰国", "越南", "印度尼西亚",
            "菲律宾", "马来西亚", "新加坡", "哈萨克斯坦", "乌兹别克斯坦", "苏联", "联邦德国", "民主德国");

    /** Chars that end place names, not persons' (布鲁克林区, 圣马洛港). */
    private static final String PLACE_ENDS = "州市省县区岛河山湖城港湾海镇村乡堡";

    /**
     * 美国的杜马斯, 法国的埃斯波斯托 tagged as places: a tagged place of three to six transliteration chars, right after a
     * country (and 的), that no lexicon knows as a place or organisation, that neither ends in nor comes before a char
     * that ends place names and that no noun follows (埃及科普特|教区), is a person of that country (sports results
     * name the country before the athlete).
     */
    static void nationals(char[] c, boolean[] cut, byte[] posStart, NerLexicon lex, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int s = m.start(), e = m.end();
            if (m.type() != EntityType.PLACE || m.priority() >= Mention.Priority.RULE || m.length() < 3
                    || m.length() > 6 || !allTranslit(c, s, e) || PLACE_ENDS.indexOf(c[e - 1]) >= 0
                    || e < c.length && (PLACE_ENDS.indexOf(c[e]) >= 0 || !cut[e] || posStart[e] == NOUN)) {
                continue;
            }
            int b = s > 0 && c[s - 1] == '的' ? s - 1 : s;
            boolean afterCountry = false;
            for (int len = 2; len <= 6 && b - len >= 0 && !afterCountry; len++) {
                afterCountry = COUNTRIES.contains(new String(c, b - len, len));
            }
            String name = new String(c, s, m.length());
            if (afterCountry && (lex.categories(name) & (NerLexicon.PLACE | NerLexicon.SEEN_LOC | NerLexicon.TOWN
                    | NerLexicon.ORG | NerLexicon.SHORT)) == 0 && !Words.known(name)) {
                mentions.set(k, new Mention(EntityType.PERSON, s, e, null, Mention.Priority.RULE));
            }
        }
    }

    /**
     * 库尔班大叔 tagged as a place: a tagged place that no lexicon knows as a place or organisation, right before a
     * word of address or kin, is a person. People's Daily 1998-01-01..27 has a name before these words 739 times
     * and a place 4 times, all of them known places (北京老人, 中国阿姨). So is one before a word that follows
     * persons only ({@link #PERSONS_DO}), or one before a verb of saying or 本人 ({@link #SPEAKS}: 沙赫特说) that
     * neither ends like a place nor follows 在 (在拉斯韦加斯城说 names where he spoke).
     */
    static void addressedPlaces(char[] c, boolean[] cut, NerLexicon lex, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() != EntityType.PLACE || m.priority() >= Mention.Priority.RULE || m.length() < 2
                    || m.length() > 6 || !cut[m.end()]
                    || !EntityRules.startsWithAny(c, m.end(), ADDRESS) && !EntityRules.startsWithAny(c, m.end(), PERSONS_DO)
                    && !(speaks(c, cut, m.end()) && PLACE_ENDS.indexOf(c[m.end() - 1]) < 0
                    && (m.start() == 0 || c[m.start() - 1] != '在')) // 在拉斯韦加斯城说: where he said it
                    || !EntityRules.hanName(c, m.start(), m.end())) {
                continue;
            }
            String name = new String(c, m.start(), m.length());
            if ((lex.categories(name) & (NerLexicon.PLACE | NerLexicon.SEEN_LOC | NerLexicon.TOWN | NerLexicon.ORG
                    | NerLexicon.SHORT)) == 0 && !Words.known(name)) {
                mentions.set(k, new Mention(EntityType.PERSON, m.start(), m.end(), null, Mention.Priority.RULE));
            }
        }
    }

    /**
     * A name followed by 号, with or without a Chinese numeral between, names a spacecraft, ship or variety, not a
     * person (嫦娥六号, 墨子号卫星, 毛泽东号机车): People's Daily tags such names nz (风云二号, 和平号) and never has a
     * person's name before 号. Not 号召 or 号称 (he calls on), and not after Arabic digits, which write the day of a
     * month in speech (李明3号到京).
     */
    static void craftNames(char[] c, List<Mention> mentions) {
        mentions.removeIf(m -> m.type() == EntityType.PERSON && namesCraft(c, m.end()));
    }

    private static boolean namesCraft(char[] c, int end) {
        int j = end;
        // Chinese numerals only: EntityRules folds digits to '0', and 3号 after a name is a day of the month
        while (j < c.length && j - end < 4 && EntityRules.isNumeral(c[j]) && c[j] != '0') {
            j++;
        }
        return j < c.length && c[j] == '号' && (j + 1 == c.length || "召称令脉啕".indexOf(c[j + 1]) < 0);
    }

    /**
     * The lexicon's titles (each hit: begin, end, categories), then the words of the core dictionary of three chars
     * or more that end in 家 (物理学家, 发明家: callings the lexicon's titles lack), each a word of the segmenter, with
     * categories 0.
     */
    private static List<int[]> titlesAndCallings(char[] c, boolean[] cut, List<int[]> hits) {
        List<int[]> out = new java.util.ArrayList<>();
        for (int[] h : hits) {
            if ((h[2] & NerLexicon.TITLE) != 0) {
                out.add(h);
            }
        }
        for (int e = 3; e < c.length; e++) {
            if (c[e - 1] == '家' && cut[e]) {
                int b = e - 3;
                while (b > 0 && !cut[b]) {
                    b--;
                }
                if (cut[b] && e - b >= 3 && Words.known(new String(c, b, e - b))) {
                    out.add(new int[]{b, e, 0}); // no lexicon title: for brands only (哲学家|阿尔|都塞)
                }
            }
        }
        return out;
    }

    /** Words after a brand that make it the company or its goods (特斯拉汽车, 福特公司). */
    private static final String[] BRAND_THINGS = {"公司", "集团", "汽车", "股份", "品牌", "牌", "车", "电动", "工厂",
            "股价", "市值", "销量", "产品", "旗下"};

    /** What may follow a foreign name after a title: punctuation, a verb of saying, a function word, a date. */
    private static final String AFTER_TITLED = "，。、；：,;:！？）)》”\"说的在和与也已曾将对是为表认指称今昨本于向同率等及还就都又即亦所一";

    /**
     * A title names the foreigner after it: 财长雅古布的, 主席团主席列希一日, 宇航员萨维茨卡亚说. A run of two to eight
     * transliteration chars (a dot inside allowed: 托尼·巴伯) right after a title the lexicon knows, ending where
     * punctuation, a verb of saying, a function word or a date begins, is a person when no dictionary knows it and
     * no mention of another type lies there; a person read into part of it grows to it (雅古 → 雅古布). So is such a
     * run at the start of a clause right before a title written after names or a verb of saying (本西德先生认为,
     * 本西德说). After the person filter, which has no feature for this context.
     */
    static void titledForeigners(char[] c, boolean[] cut, NerLexicon lex, List<int[]> hits, List<Mention> mentions) {
        int n = c.length;
        List<int[]> found = new java.util.ArrayList<>();
        List<int[]> brands = new java.util.ArrayList<>(); // of found: brand words a title shows to be persons
        for (int[] h : titlesAndCallings(c, cut, hits)) {
            int s = h[1];
            if (s >= n || !cut[s] || !TRANSLIT.has(c[s])) {
                continue;
            }
            int e = s;
            while (e < n && e - s < 9 && (TRANSLIT.has(c[e]) || NAME_FINALS.indexOf(c[e]) >= 0
                    || EntityRules.abduAt(c, e) || c[e] == '·' && e > s && e + 1 < n && TRANSLIT.has(c[e + 1]))) {
                e++;
            }
            boolean ends = e == n || AFTER_TITLED.indexOf(c[e]) >= 0;
            // after a calling (物理学家, 发明家) a brand named after a person is the person before any verb too
            // (物理学家特斯拉发明), but not before the brand's own things (企业家福特汽车)
            boolean calling = c[h[1] - 1] == '家' && cut[e] && !EntityRules.startsWithAny(c, e, BRAND_THINGS);
            if (e - s < 2 || e - s > 8 || !ends && !calling) {
                continue;
            }
            if (ends && (h[2] & NerLexicon.TITLE) != 0 && unknownRun(c, s, e, lex)) {
                found.add(new int[]{s, e});
            } else if (personTitle(c, h[0], h[1]) && eponymousBrand(c, s, e, lex)) {
                found.add(new int[]{s, e});
                brands.add(new int[]{s, e});
            }
        }
        // and before a title that follows names (本西德先生认为, 本西德副议长指出) or a verb of saying (本西德说), at the
        // start of a clause
        List<Integer> ends = new java.util.ArrayList<>();
        for (int[] h : hits) {
            if ((h[2] & NerLexicon.TITLE) != 0 && h[0] >= 2 && AFTER_NAME_TITLES.contains(new String(c, h[0], h[1] - h[0]))) {
                ends.add(h[0]);
            }
        }
        int titleEnds = ends.size(); // the ends after these are verbs of saying (福特说 may be the company)
        for (int p = 2; p < n; p++) {
            if (cut[p] && TRANSLIT.has(c[p - 1]) && SAYS_FIRST.has(c[p]) && EntityRules.startsWithAny(c, p, SAYS)) {
                ends.add(p);
            }
        }
        for (int k = 0; k < ends.size(); k++) {
            int e = ends.get(k);
            if (!cut[e]) {
                continue;
            }
            int s = e;
            while (s > 0 && e - s < 8 && (TRANSLIT.has(c[s - 1]) || NAME_FINALS.indexOf(c[s - 1]) >= 0
                    || c[s - 1] == '·' && s - 1 > 0 && TRANSLIT.has(c[s - 2]))) {
                s--;
            }
            if (e - s < 2 || s > 0 && !clauseStartsAfter(c[s - 1]) || !cut[s]) {
                continue;
            }
            if (unknownRun(c, s, e, lex)) {
                found.add(new int[]{s, e});
            } else if (k < titleEnds && eponymousBrand(c, s, e, lex)) {
                found.add(new int[]{s, e});
                brands.add(new int[]{s, e});
            }
        }
        // the brand's own mention: the tagger's, or the rules' where the lexicon knows the brand (特斯拉)
        for (int[] b : brands) {
            mentions.removeIf(m -> m.type() == EntityType.ORGANIZATION && m.start() == b[0] && m.end() == b[1]
                    && m.priority() <= Mention.Priority.RULE);
        }
        replacePersons(n, found, mentions);
    }

    /**
     * A brand named after a person (福特, 特斯拉, 本田): HanLP's dictionary knows the run as a brand (nz) only, or the
     * lexicon as an organisation, and neither as anything else; beside a title it names the person (总统福特,
     * 福特总统).
     */
    private static boolean eponymousBrand(char[] c, int s, int e, NerLexicon lex) {
        String name = new String(c, s, e - s);
        int cat = lex.categories(name);
        return (Words.brandOnly(name) || !Words.known(name) && (cat & NerLexicon.ORG) != 0)
                && (cat & (NerLexicon.PLACE | NerLexicon.SHORT | NerLexicon.TITLE)) == 0;
    }

    /** A title that names a person only: not also a verb (代表丰田的利益, 主持福特的会议). */
    private static boolean personTitle(char[] c, int s, int e) {
        return !Words.verbToo(new String(c, s, e - s));
    }

    /**
     * No dictionary knows the run c[s, e) and its first two chars are no word: not a word that happens to be written
     * with transliteration chars (代表|基本保留, 福利基金), nor a place, body or title of the lexicon.
     */
    private static boolean unknownRun(char[] c, int s, int e, NerLexicon lex) {
        String name = new String(c, s, e - s);
        return !Words.known(name) && !Words.otherThanPerson(new String(c, s, 2))
                && (lex.categories(name) & (NerLexicon.PLACE | NerLexicon.ORG | NerLexicon.SHORT | NerLexicon.TITLE)) == 0;
    }

    /** Titles written after a foreigner's name (本西德先生, 本西德副议长). */
    private static final java.util.Set<String> AFTER_NAME_TITLES = java.util.Set.of("先生", "女士", "夫人", "小姐",
            "总统", "副总统", "总理", "首相", "议长", "副议长", "主席", "大使", "教授", "博士", "国王", "外长");
    /** A clause starts after punctuation or a blank. */
    private static boolean clauseStartsAfter(char ch) {
        return Chars.isCjkPunct(ch) || Chars.isSpace(ch) || ch < 128 && !Character.isLetterOrDigit(ch);
    }

    /** Chars that end the words before a player's name in go and chess results: 中盘胜|金秀壮九段, 常昊八段和|叶桂五段. */
    private static final String BEFORE_PLAYER = "、,。;:和对与的手胜负战(";

    /**
     * Go and chess players are named with their dan rank: 柳时熏七段, 中盘胜金秀壮九段, 以１目半胜片冈聪九段. The three
     * or two Han chars before 二段…九段 (一段 is mostly "a stretch") are a person when they start with a surname (of
     * one or two chars: Chinese, Korean or Japanese), the rest are given-name chars of the training split, no
     * dictionary knows them, and before them stands a punctuation mark, a word such as 和, 对 or 胜, a mention of
     * another type or the start; persons read into them (冈聪, 胜金秀壮) give way.
     */
    static void rankedPlayers(char[] c, NerLexicon lex, List<Mention> mentions) {
        int n = c.length;
        if (!contains(c, '段')) {
            return;
        }
        boolean[] other = new boolean[n + 1]; // a mention of another type ends at p
        for (Mention m : mentions) {
            if (m.type() != EntityType.PERSON) {
                other[m.end()] = true;
            }
        }
        List<int[]> found = new java.util.ArrayList<>();
        for (int p = 2; p + 1 < n; p++) {
            if (c[p + 1] != '段' || "二三四五六七八九".indexOf(c[p]) < 0) {
                continue;
            }
            for (int len = 3; len >= 2; len--) {
                int s = p - len;
                if (s >= 0 && playerName(c, s, p, lex)
                        && (s == 0 || other[s] || !EntityRules.isHan(c[s - 1]) || BEFORE_PLAYER.indexOf(c[s - 1]) >= 0)) {
                    found.add(new int[]{s, p});
                    break;
                }
            }
        }
        replacePersons(n, found, mentions);
    }

    /** A surname of one or two chars, then given-name chars of the training split, and no dictionary word. */
    private static boolean playerName(char[] c, int s, int e, NerLexicon lex) {
        int given = (lex.categories(c[s]) & NerLexicon.SURNAME) != 0 ? s + 1
                : e - s == 3 && (lex.categories(new String(c, s, 2)) & NerLexicon.SURNAME) != 0 ? s + 2 : -1;
        if (given < 0) {
            return false;
        }
        for (int k = given; k < e; k++) {
            if (!EntityRules.isHan(c[k]) || lex.givenNameCount(c[k]) == 0 || FUNCTION.has(c[k])) {
                return false;
            }
        }
        String name = new String(c, s, e - s);
        return !Words.known(name) && (lex.categories(name) & (NerLexicon.PLACE | NerLexicon.ORG | NerLexicon.TITLE)) == 0;
    }

    /**
     * Uyghur names that begin with Abdu- (阿布都, 阿不都, 阿卜都) are one person: 主任阿布都热合曼带领 came out as
     * 阿布 and 热合曼, as the segmenter reads 都 as the adverb (阿布|都|热合曼). Where a person is that prefix, or its
     * first two chars before 都, and another person starts right after 都, the two are one. Linear in the mentions.
     */
    static void abduNames(char[] c, List<Mention> mentions) {
        Mention[] personAt = null; // built at the first Abdu-: most texts have none
        List<int[]> joined = null;
        for (Mention m : mentions) {
            int s = m.start(), du = s + 2;
            if (m.type() != EntityType.PERSON || c[s] != '阿' || du >= c.length || "布不卜".indexOf(c[s + 1]) < 0
                    || c[du] != '都' || (m.end() != du && m.end() != du + 1)) {
                continue;
            }
            if (personAt == null) {
                personAt = EntityRules.longest(c.length, mentions, false, o -> o.type() == EntityType.PERSON);
                joined = new ArrayList<>();
            }
            Mention rest = personAt[du + 1];
            if (rest != null) {
                joined.add(new int[]{s, rest.end()});
            }
        }
        if (joined != null) {
            replacePersons(c.length, joined, mentions);
        }
    }

    /**
     * Uyghur men's names end in 江 (-jan, 热合曼江, 买买提江): a place that is a name the lexicon knows as a person's and
     * 江, and no place it knows (牡丹江, 图们江), is that person, not a river.
     */
    static void janNames(char[] c, NerLexicon lex, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() != EntityType.PLACE || m.length() < 4 || c[m.end() - 1] != '江') {
                continue;
            }
            int stem = lex.categories(new String(c, m.start(), m.length() - 1));
            int whole = lex.categories(new String(c, m.start(), m.length()));
            if ((stem & (NerLexicon.PERSON | NerLexicon.SEEN_PER)) != 0
                    && (stem & (NerLexicon.PLACE | NerLexicon.SEEN_LOC)) == 0
                    && (whole & (NerLexicon.PLACE | NerLexicon.SEEN_LOC | NerLexicon.ORG)) == 0) {
                mentions.set(k, new Mention(EntityType.PERSON, m.start(), m.end(), null, Mention.Priority.RULE));
            }
        }
    }

    /**
     * Uyghur women's names end in 古丽 (gül): 居民热汗古丽说 came out as 古丽, as the segmenter reads the name's first
     * chars as words of their own (热/a 汗/n 古丽/nr). A person that begins with 古丽 right after one or two one-char
     * words of transliteration chars that are no verb or function word, after a word of two chars or more or a
     * punctuation mark (居民|热|汗|古丽), begins with those chars.
     */
    static void gulNames(char[] c, boolean[] cut, byte[] posStart, List<Mention> mentions) {
        List<int[]> grown = null;
        for (Mention m : mentions) {
            int s = m.start();
            if (m.type() != EntityType.PERSON || s < 1 || c[s] != '古' || s + 1 >= c.length || c[s + 1] != '丽'
                    || !cut[s]) {
                continue;
            }
            int p = s;
            while (s - p < 2 && p >= 1 && cut[p - 1] && NAME_SOUND.has(c[p - 1]) && posStart[p - 1] != VERB
                    && !functionClass(posStart[p - 1])) {
                p--;
            }
            if (p == s) {
                continue;
            }
            int q = p - 1; // start of the word before
            while (q > 0 && !cut[q]) {
                q--;
            }
            if (p == 0 || !EntityRules.isHan(c[p - 1]) || p - q >= 2) {
                if (grown == null) {
                    grown = new ArrayList<>();
                }
                grown.add(new int[]{p, m.end()});
            }
        }
        if (grown != null) {
            replacePersons(c.length, grown, mentions);
        }
    }

    /**
     * A hyphenated first name (让-诺埃尔·巴罗, 让-皮埃尔): the segmenter read 让 as the verb (外长|让/v|-诺埃尔·巴罗/nr) and
     * the tagger began the person after the hyphen. A person holding a middle dot that starts right after a hyphen
     * begins with the one to three transliteration chars (or 让, Jean) before it that start a word.
     */
    static void hyphenatedFirstNames(char[] c, boolean[] cut, List<Mention> mentions) {
        List<int[]> grown = null;
        for (Mention m : mentions) {
            int s = m.start();
            if (m.type() != EntityType.PERSON || s < 2 || (c[s - 1] != '-' && c[s - 1] != '－' && c[s - 1] != '‐')) {
                continue;
            }
            boolean dotted = false;
            for (int i = s + 1; i < m.end() - 1 && !dotted; i++) {
                dotted = EntityRules.isDot(c[i]);
            }
            int b = -1;
            for (int k = 1; k <= 3 && s - 1 - k >= 0; k++) {
                char ch = c[s - 1 - k];
                if (!NAME_SOUND.has(ch) && ch != '让') {
                    break;
                }
                if (cut[s - 1 - k]) {
                    b = s - 1 - k;
                }
            }
            if (dotted && b >= 0) {
                if (grown == null) {
                    grown = new ArrayList<>();
                }
                grown.add(new int[]{b, m.end()});
            }
        }
        if (grown != null) {
            replacePersons(c.length, grown, mentions);
        }
    }

    /**
     * The persons {@code spans} ({start, end} each) in place of the persons they overlap; a span that overlaps a
     * mention of another type, or a span kept before it, is left out. One pass over the mentions for all spans, so a
     * text with many of them stays linear.
     */
    private static void replacePersons(int n, List<int[]> spans, List<Mention> mentions) {
        if (spans.isEmpty()) {
            return;
        }
        EntityRules.Overlaps other = new EntityRules.Overlaps(n, mentions, m -> m.type() != EntityType.PERSON);
        spans.sort(java.util.Comparator.comparingInt(a -> a[0]));
        List<Mention> added = new java.util.ArrayList<>();
        int lastEnd = 0;
        for (int[] sp : spans) {
            if (sp[0] < lastEnd || other.any(sp[0], sp[1])) {
                continue;
            }
            added.add(new Mention(EntityType.PERSON, sp[0], sp[1], null, Mention.Priority.RULE));
            lastEnd = sp[1];
        }
        if (added.isEmpty()) {
            return;
        }
        EntityRules.Overlaps kept = new EntityRules.Overlaps(n, added, m -> true);
        mentions.removeIf(m -> m.type() == EntityType.PERSON && kept.any(m.start(), m.end()));
        mentions.addAll(added);
    }

    /**
     * 易某, 安某: a surname and 某 read as one word by the segmenter is a person whose name the paper withholds
     * (People's Daily: 张某/nr, 41 of 45 such words; the others are 某某), where no mention lies; so is a surname the
     * segmenter reads as a name of its own before 某 (程/nr 某/r: People's Daily always writes 程某/nr as one word). Court and police news
     * writes 王某某 the same way: a surname the segmenter reads as a name (王/nr 某某/r, not 向/p 某某/r) or joins to
     * 某, before 某某 or 某, is one person with both 某 (the tagger gives 王某 alone).
     */
    static void withheldNames(char[] c, boolean[] cut, byte[] posStart, NerLexicon lex, List<Mention> mentions) {
        int n = c.length;
        // 王某某 first
        List<Mention> triples = new ArrayList<>();
        for (int s = 0; s + 3 <= n; s++) {
            if (c[s + 1] == '某' && c[s + 2] == '某' && cut[s] && cut[s + 3] && c[s] != '某'
                    && (posStart[s] == NAME || !cut[s + 1]) && (lex.categories(c[s]) & NerLexicon.SURNAME) != 0) {
                triples.add(new Mention(EntityType.PERSON, s, s + 3, null, Mention.Priority.RULE));
                s += 2;
            }
        }
        replacePersonsWithin(n, triples, mentions);
        NewPersons fresh = new NewPersons(n, mentions);
        for (int s = 0; s + 2 <= n; s++) {
            // one word 程某, or a surname the segmenter reads as a one-char name before 某 alone (程/nr 某/r 购入)
            if (c[s + 1] != '某' || !cut[s] || !cut[s + 2] || c[s] == '某'
                    || cut[s + 1] && (posStart[s] != NAME || s + 2 < n && c[s + 2] == '某')
                    || (lex.categories(c[s]) & NerLexicon.SURNAME) == 0) {
                continue;
            }
            fresh.add(s, s + 2);
        }
    }

    /** Fewest three-char training names with a char last for it to grow a well-known two-char name. */
    private static final int KNOWN_NAME_GROWTH = 10;

    /**
     * A person of a surname and one char that the segmenter reads as surname + two-char given name takes the third
     * char: 魏|德运 (both nr) tagged 魏德 gives 魏德运; so does one unknown noun or name word of three chars starting
     * with it whose last char is a given-name char of the training split (乔发科/n tagged 乔发), unless that char
     * starts a word that follows names (安/nr 华举/nr 行/nr: 安华|举行).
     */
    static void completeGivenNames(char[] c, boolean[] cut, byte[] posStart, NerLexicon lex, List<Mention> mentions) {
        int n = c.length;
        boolean[] taken = covered(n, mentions);
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int s = m.start(), e = m.end();
            if (m.type() != EntityType.PERSON || m.length() != 2 || e + 1 > n || taken[e] || !EntityRules.isHan(c[e])
                    || (lex.categories(c[s]) & NerLexicon.SURNAME) == 0 || !cut[e + 1] || c[s] == c[s + 1]) {
                continue; // 金金|家: a reduplicated pet name is no surname and given name
            }
            // the third char is a given-name char, no function word and no word that follows names (宋健|在, 王频|和)
            // before a comma, full stop or bracket a function word cannot end the clause (华克|之，, 黄起|和）)
            boolean closing = e + 1 < n && (CLOSING.indexOf(c[e + 1]) >= 0 || c[e + 1] == '、')
                    && NEVER_LAST.indexOf(c[e]) < 0
                    && lex.givenNameCount(c[e]) >= 1 && !Words.known(new String(c, s, 3));
            boolean andVerb = cut[s] && cut[e] && andBeforeVerb(c, cut, posStart, s, e, lex);
            if (!closing && !andVerb && (lex.givenNameCount(c[e]) < 2 || FUNCTION.has(c[e]) || EntityRules.follows(c[e])
                    || !EntityRules.hanName(c, e, e + 1) || Words.known(new String(c, s, 3)))
                    || EntityRules.afterNameWord(c, e)) { // 安华|举行: the char starts the verb after the name
                continue;
            }
            if (lex.givenNameCount(c[e]) < KNOWN_NAME_GROWTH
                    && (lex.categories(new String(c, s, 2)) & NerLexicon.PERSON) != 0) {
                continue; // 张骞|奉汉武帝之命: a well-known two-char name takes only a common given-name char (李鹏|飞)
            }
            boolean nrGiven = cut[s + 1] && !cut[e] && posStart[s + 1] == NAME;
            boolean oneWord = cut[s] && !cut[s + 1] && !cut[e]
                    && (posStart[s] == NAME || posStart[s] == NOUN || posStart[s] == PLACE);
            if (nrGiven || oneWord || andVerb) {
                mentions.set(k, new Mention(m.type(), s, e + 1, m.value(), m.priority()));
                taken[e] = true;
            }
        }
    }

    /**
     * 包信|和|当选: 和 as a word of its own right before a verb joins no two nouns, so it is the two-char name's
     * third char. Not before a verb that describes what comes after (吴仪和来访的…, 李鹏和出席会议的代表: a 的 before
     * the clause ends), nor before 在 (李鹏和在场的), nor after a person the lexicon knows by two chars.
     */
    private static boolean andBeforeVerb(char[] c, boolean[] cut, byte[] posStart, int s, int e, NerLexicon lex) {
        int n = c.length;
        if (c[e] != '和' || e + 2 > n || !cut[e + 1] || posStart[e + 1] != VERB || c[e + 1] == '在'
                || (lex.categories(new String(c, s, 2)) & (NerLexicon.PERSON | NerLexicon.SEEN_PER)) != 0) {
            return false;
        }
        for (int i = e + 1; i < n && EntityRules.isHan(c[i]); i++) {
            if (c[i] == '的') {
                return false;
            }
        }
        return true;
    }

    /**
     * Two-char surnames (诸葛, 欧阳, 太史) the tagger cut: a person that starts at the surname's second char takes its
     * first (诸|葛仓麟 → 诸葛仓麟) where the segmenter starts a word at the first char (so 局长|孙明 keeps 孙明: 长
     * ends 局长); a person that is the surname alone takes one given-name char after it
     * (太史|慈, 欧阳|海式) as {@link #completeGivenNames} does for a one-char surname.
     */
    static void compoundSurnames(char[] c, boolean[] cut, NerLexicon lex, List<Mention> mentions) {
        int n = c.length;
        boolean[] taken = null;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int s = m.start(), e = m.end();
            if (m.type() != EntityType.PERSON) {
                continue;
            }
            if (s > 0 && e - s >= 2 && cut[s - 1] && compoundSurname(c, s - 1, lex)) {
                if (taken == null) {
                    taken = covered(n, mentions);
                }
                if (!taken[s - 1]) {
                    mentions.set(k, new Mention(m.type(), s - 1, e, m.value(), m.priority()));
                    taken[s - 1] = true;
                }
            } else if (e - s == 2 && e < n && compoundSurname(c, s, lex) && EntityRules.hanName(c, e, e + 1)
                    && lex.givenNameCount(c[e]) >= 2 && !FUNCTION.has(c[e]) && !EntityRules.follows(c[e])
                    && (e + 1 == n || cut[e + 1] || !EntityRules.isHan(c[e + 1]) || FUNCTION.has(c[e + 1]))) {
                if (taken == null) {
                    taken = covered(n, mentions);
                }
                if (!taken[e]) {
                    mentions.set(k, new Mention(m.type(), s, e + 1, m.value(), m.priority()));
                    taken[e] = true;
                }
            }
        }
    }

    private static boolean compoundSurname(char[] c, int at, NerLexicon lex) {
        return at + 2 <= c.length && (lex.categories(new String(c, at, 2)) & NerLexicon.SURNAME) != 0;
    }

    /** Punctuation that closes a clause or a bracket. */
    private static final String CLOSING = ",.;:)!?。";

    /** Chars that end a clause after a name: 等, 的, 了, 们, 说 (李鹏等。, 是他的。). */
    private static final String NEVER_LAST = "等的了们说时里上下中呢吗吧啊";

    /** The armed services an officer's rank is written with (谭克非空军大校, 施毅陆军大校). */
    private static final String[] SERVICES = {"陆军", "海军", "空军", "武警"};
    /** Officers' ranks of the PLA (大校 to 少尉) and the rank words before them (海军上将). */
    private static final String[] RANKS = {"大校", "上校", "中校", "少校", "上将", "中将", "少将", "大尉", "上尉", "中尉",
            "少尉"};

    /** {@code c[end - 2, end)} is an armed service and a rank follows at end. */
    private static boolean serviceBeforeRank(char[] c, int end) {
        return EntityRules.startsWithAny(c, end - 2, SERVICES) && EntityRules.startsWithAny(c, end, RANKS);
    }

    /** After a surname: the family (郭家), clan (朗氏) or the word 姓 (李姓居民); People's Daily marks the surname. */
    private static final String KIN_SUFFIX = "家氏姓";

    /** Verbs of a caption or byline written right after the artist's name: （杨崇南绘）, 张三摄. */
    private static final String CREDIT = "摄绘画书刻";
    /** The credit verbs that end a three-char person too (not 书, which ends given names: 王佐书). */
    private static final String SHORT_CREDIT = "摄绘画作译著摘";

    /**
     * A person that ran into the next word loses its last char: 吴彬总|教练 (a title prefix before a title),
     * 马坚夫|人 and 朱老|总 (the first char of a title or word of address after the name), and （杨崇南绘） (a four-char
     * name of a one-char surname ending in a byline verb before a closing bracket or the end). A person that holds
     * a title or word of address at its end loses it (吴同志 → 吴). What is left is two chars or more, or a surname.
     */
    static void trimTails(char[] c, boolean[] cut, NerLexicon lex, List<int[]> hits, List<Mention> mentions) {
        int n = c.length;
        int[] titleEnd = new int[n + 1]; // end of the longest title starting at p, 0: none
        for (int[] h : hits) {
            if ((h[2] & NerLexicon.TITLE) != 0 && cut[h[1]]) {
                titleEnd[h[0]] = Math.max(titleEnd[h[0]], h[1]);
            }
        }
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int s = m.start(), e = m.end();
            if (m.type() != EntityType.PERSON || m.length() < 2 || m.priority() > Mention.Priority.RULE) {
                continue;
            }
            int to = e;
            if (m.length() >= 3) {
                boolean titled = (c[e - 1] == '总' || c[e - 1] == '副') && titleEnd[e] > 0;
                boolean creditEnd = e == n || c[e] == ')' || c[e] == '\n' || c[e] == ' ';
                // 傅雷|译的, （张滨|作）: People's Daily 1998-01-01..27 writes these verbs after a name 352 times and
                // never as the last char of a three-char name (but for three bylines its annotators ran together)
                boolean credit = (m.length() == 4 && CREDIT.indexOf(c[e - 1]) >= 0 && creditEnd
                        || m.length() == 3 && SHORT_CREDIT.indexOf(c[e - 1]) >= 0 && (creditEnd || c[e] == '的'))
                        && (lex.categories(c[s]) & NerLexicon.SURNAME) != 0
                        && (lex.categories(new String(c, s, 2)) & NerLexicon.SURNAME) == 0;
                if (titled || credit) {
                    to = e - 1;
                }
            }
            // where the segmenter starts the title too (张志学|生前 keeps its 学)
            if (to == e && cut[e - 1] && titleEnd(c, cut, titleEnd, e - 1) > e) {
                to = e - 1; // 马坚夫|人, 朱老|总
            }
            for (int t = s + 1; to == e && t < e - 1; t++) {
                if (cut[t] && titleEnd(c, cut, titleEnd, t) == e) {
                    to = t; // 吴同志
                }
            }
            if (to == e && m.length() >= 4 && serviceBeforeRank(c, e)) {
                to = e - 2; // 施毅陆军|大校: the service of an officer's rank (王海军|大校 keeps its given name)
            }
            if (m.length() == 2 && KIN_SUFFIX.indexOf(c[s + 1]) >= 0 && (lex.categories(c[s]) & NerLexicon.SURNAME) != 0) {
                to = s + 1; // 郭家, 朗氏, 李姓: the surname is the person
            }
            if (to < e && (to - s >= 2 || (to - s == 1 && (lex.categories(c[s]) & NerLexicon.SURNAME) != 0))) {
                mentions.set(k, new Mention(m.type(), s, to, m.value(), m.priority()));
            }
        }
    }

    /** End of the longest title (from {@code titles}) or word of address starting at p, 0: none. */
    private static int titleEnd(char[] c, boolean[] cut, int[] titles, int p) {
        return Math.max(titles[p], HONORIFIC_FIRST.has(c[p]) ? EntityRules.listedWordEnd(c, cut, p, HONORIFICS) : 0);
    }

    /**
     * A surname and a two-char given name whose chars are given-name chars of the training split's persons, standing
     * as words of their own or one noun (褚|时|健, 褚时健/n) at the start of a clause or after a verb, preposition,
     * conjunction or 的 (开除, 对, 和, 无儿无女的), before a word boundary, where no mention of any type lies. Neither
     * the name nor a part of it is an ordinary word, and its surname char is not mostly something else (来, 但, 张 of
     * 一张).
     */
    static void slotNames(char[] c, boolean[] cut, byte[] posStart, byte[] posEnd, NerLexicon lex,
                          List<Mention> mentions) {
        int n = c.length;
        NewPersons fresh = new NewPersons(n, mentions);
        for (int s = 0; s + 1 < n; s++) {
            // not a surname char the segmenter read as a numeral (举行|万|人|登|八达岭: ten thousand people)
            if (!cut[s] || (lex.categories(c[s]) & NerLexicon.SURNAME) == 0 || AMBIGUOUS.has(c[s])
                    || posStart[s] == NUMERAL || !leftSlot(c, cut, s, posEnd, lex)) {
                continue;
            }
            int e = slotEnd(c, cut, posStart, posEnd, s, n, lex);
            if (e > 0) {
                fresh.add(s, e);
            }
        }
    }

    /** Last chars of nouns that name what a person is or does (农民, 检查员, 扮演者, 总制片人, 老党员, 乡干部). */
    private static final String ROLE_LAST = "员长民者人师手家工部";

    /**
     * A surname and a two-char given name right after a word for what a person is (农民付秋林，, 检查员于居洋。,
     * 总经理计三猛深有感触): a title of the lexicon, or a noun of two chars or more that ends as such words do, and
     * before punctuation or a verb, particle, conjunction, adverb or preposition. The name's chars are read as
     * {@link #slotNames} reads them (given-name chars of one training name suffice), but the word before makes a surname that is mostly something else (于, 计, 付)
     * safe enough: its first two chars must not be a word (于是, 任期 after 校长), nor its given name a common one.
     */
    static void roleNames(char[] c, boolean[] cut, byte[] posStart, byte[] posEnd, NerLexicon lex, List<int[]> hits,
                          List<Mention> mentions) {
        int n = c.length;
        boolean[] titleEnds = null;
        NewPersons fresh = new NewPersons(n, mentions);
        for (int s = 2; s + 3 <= n; s++) {
            int e = s + 3;
            if (!cut[s] || (lex.categories(c[s]) & NerLexicon.SURNAME) == 0 || (e < n && !cut[e])) {
                continue;
            }
            boolean role = posEnd[s] == NOUN && ROLE_LAST.indexOf(c[s - 1]) >= 0 && !cut[s - 1];
            if (!role) {
                if (titleEnds == null) {
                    titleEnds = new boolean[n + 1];
                    for (int[] h : hits) {
                        titleEnds[h[1]] |= (h[2] & NerLexicon.TITLE) != 0;
                    }
                }
                role = titleEnds[s];
            }
            byte first = posStart[s];
            if (!role || first == ADVERB || first == PRONOUN || first == NUMERAL // 世人|常|怀想
                    || !given(c, posStart, s, e, lex, 1) || !roleNameEnd(c, e, posStart)) {
                continue;
            }
            String cand = new String(c, s, 3);
            if (Words.otherThanPerson(cand) || Words.otherThanPerson(cand.substring(0, 2))
                    || Words.common(cand.substring(1)) || !onlyAName(lex, cand)
                    || (Words.mostlyVerb(Words.attribute(c[s])) && Words.onlyNoun(cand.substring(1))) // 社员|修|水渠
                    || !EntityRules.plausible(c, s, 1, e)) {
                continue;
            }
            fresh.add(s, e);
        }
    }

    /** What may follow a name after a role word: the end, punctuation, or a verb or function word (说, 的, 和, 都). */
    private static boolean roleNameEnd(char[] c, int e, byte[] posStart) {
        if (e == c.length || !EntityRules.isHan(c[e])) {
            return true;
        }
        byte p = posStart[e];
        return p == VERB || p == PARTICLE || p == CONJ || p == ADVERB || p == PREP;
    }

    /** Verbs of saying that follow a speaker's name (江虹说, 颜旭表示). */
    static final String[] SAYS = {"说", "表示", "认为", "指出", "介绍", "告诉", "强调", "称"};

    /**
     * A surname and a one-char given name (江虹, 庄利) in a name's slot as {@link #slotNames} reads it, right before a
     * verb of saying (的江虹说): the verb, not the slot alone, lets two chars through, which are too often ordinary
     * words elsewhere.
     */
    static void speakers(char[] c, boolean[] cut, byte[] posStart, byte[] posEnd, NerLexicon lex, List<Mention> mentions) {
        int n = c.length;
        NewPersons fresh = new NewPersons(n, mentions);
        for (int s = 0; s + 3 < n; s++) {
            int e = s + 2;
            if (!SAYS_FIRST.has(c[e]) || !cut[s] || !cut[e] || (lex.categories(c[s]) & NerLexicon.SURNAME) == 0
                    || AMBIGUOUS.has(c[s]) || !EntityRules.startsWithAny(c, e, SAYS) || !leftSlot(c, cut, s, posEnd, lex)
                    || !given(c, posStart, s, e, lex, 2) || EntityRules.follows(c[s + 1])) {
                continue;
            }
            if (!fresh.free(s, e)) {
                continue;
            }
            int we = EntityRules.wordEnd(cut, e);
            String cand = new String(c, s, 2);
            if (!SAYS_SET.contains(new String(c, e, we - e)) || Words.otherThanPerson(cand)
                    || !onlyAName(lex, cand)) {
                continue;
            }
            mentions.add(new Mention(EntityType.PERSON, s, e, null, Mention.Priority.RULE));
        }
    }

    /**
     * Chars that stand between a two-char name and a verb of saying in the training days (李军|还|说, 王平|时|说):
     * adverbs, particles, prepositions; any other char there ends the name.
     */
    private static final String BEFORE_SAYING = "时等还曾却先在也又就则都再便才亦仍即已将总常只不没们对向跟和与同给所来听据的是";

    /** What follows a name in apposition after a noun (所长舒德干|，, 会长朱穆之|和): a mark, a conjunction, 对. */
    private static final String AFTER_APPOSITION = "，,。、；;：:）)》和与对";

    /**
     * A two-char person (surname and one char) runs to the next Han char where that char ends the name:
     * <ul>
     *   <li>the person ends inside the given name the segmenter split from its surname ({@link #inSplitGivenName});</li>
     *   <li>a verb of saying follows the char (总经理计三|猛|说);</li>
     *   <li>a noun word stands before the person and a mark, 和, 与 or 对 after the char (会长朱穆|之|和, 副主任惠永|正|
     *   对记者说).</li>
     * </ul>
     * In the training days a three-char name stands right before a verb of saying 648 times, a two-char name and one
     * char 16 times; after a noun and before those marks 1,149 and 75 times. Each of those 91 chars is an adverb or
     * particle ({@link #BEFORE_SAYING}), the start of a longer verb (声称, 劝说), a verb of saying itself (说) or a photo
     * credit (摄). Not over another mention.
     */
    static void thirdNameChars(char[] c, boolean[] cut, byte[] posStart, byte[] posEnd, NerLexicon lex,
                               List<Mention> mentions) {
        int n = c.length;
        boolean[] taken = null;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int s = m.start(), e = m.end();
            if (m.type() != EntityType.PERSON || e - s != 2 || e >= n || c[s + 1] == '某' // 张某|诉称: a whole name
                    || !(inSplitGivenName(c, cut, posStart, lex, s) || endsBeforeSaying(c, cut, posEnd, lex, s))) {
                continue;
            }
            if (taken == null) {
                taken = covered(n, mentions);
            }
            if (!taken[e]) {
                mentions.set(k, new Mention(m.type(), s, e + 1, m.value(), m.priority()));
                taken[e] = true;
            }
        }
    }

    /** The char after the two-char person at s ends its name before a verb of saying or a mark ({@link #thirdNameChars}). */
    private static boolean endsBeforeSaying(char[] c, boolean[] cut, byte[] posEnd, NerLexicon lex, int s) {
        int e = s + 2;
        if (e + 1 >= c.length || BEFORE_SAYING.indexOf(c[e]) >= 0 || SHORT_CREDIT.indexOf(c[e]) >= 0
                || SPEECH.indexOf(c[e]) >= 0 || (lex.categories(c[s]) & NerLexicon.SURNAME) == 0
                || !EntityRules.hanName(c, s, e + 1) || EntityRules.isNumeral(c[e])) {
            return false;
        }
        if (!SAYS_FIRST.has(c[e + 1])) {
            return AFTER_APPOSITION.indexOf(c[e + 1]) >= 0 && cut[s] && posEnd[s] == NOUN;
        }
        for (String w : SAYS) {
            if (EntityRules.startsWith(c, e + 1, w)) {
                return !Words.known(c[e] + w);
            }
        }
        return false;
    }

    private static final java.util.Set<String> SAYS_SET = java.util.Set.of(SAYS);
    static final CharSet SAYS_FIRST = new CharSet();

    static {
        for (String w : SAYS) {
            SAYS_FIRST.add(w.charAt(0));
        }
    }

    static boolean oneWord(boolean[] cut, int s, int e) {
        for (int k = s + 1; k < e; k++) {
            if (cut[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The name starts a clause (after punctuation) or follows a verb, preposition, conjunction or 的 (开除, 对, 和,
     * 无儿无女的), not a one-char word that may be the surname (褚|时|健 gives no 时健).
     */
    private static boolean leftSlot(char[] c, boolean[] cut, int s, byte[] posEnd, NerLexicon lex) {
        char prev = s == 0 ? ' ' : c[s - 1];
        if (s == 0 || (!EntityRules.isHan(prev) && !Character.isLetterOrDigit(prev))) {
            return true; // after punctuation (folded: ， is ,)
        }
        byte p = posEnd[s];
        if (cut[s - 1] && (lex.categories(prev) & NerLexicon.SURNAME) != 0) {
            return false; // 褚|时健: a one-char word before may be the surname itself
        }
        return p == VERB || p == PREP || p == CONJ || (p == PARTICLE && prev == '的');
    }

    private static int slotEnd(char[] c, boolean[] cut, byte[] posStart, byte[] posEnd, int s, int n, NerLexicon lex) {
        // a two-char given name only: one-char ones (于你, 但据) are too often ordinary words in such slots
        int e = s + 3;
        if (e >= n || !cut[e] || !given(c, posStart, s, e, lex, 2) || !rightSlot(c, e, posStart)) {
            return 0;
        }
        // 乌之战/n, 罗新社/j: one word of the segmenter, but not a name; 时胜时负: a parallel phrase
        boolean word = posStart[s] != 0 && oneWord(cut, s, e);
        if ((word && posEnd[e] != NAME && posEnd[e] != NOUN && posEnd[e] != PLACE) || c[e - 1] == c[s]) {
            return 0;
        }
        String cand = new String(c, s, 3);
        // neither the name, its first two chars (王国|栋 is lost, 时间|上 is no name) nor its given name is a word
        if (Words.otherThanPerson(cand) || Words.otherThanPerson(new String(c, s, 2))
                || Words.otherThanPerson(new String(c, s + 1, 2))
                || !onlyAName(lex, cand)
                || !EntityRules.plausible(c, s, 1, e)) {
            return 0;
        }
        return e;
    }

    /**
     * Chars of given names: each seen in at least {@code minNames} names of the training split (时健, not 住你: two in
     * a name's slot; one after a role word, which vouches for a name: 居洋), not mostly a function word, and not
     * starting a function word, numeral or locative in the segmentation.
     */
    private static boolean given(char[] c, byte[] posStart, int s, int e, NerLexicon lex, int minNames) {
        if (!EntityRules.hanName(c, s, e)) {
            return false;
        }
        for (int k = s + 1; k < e; k++) {
            byte p = posStart[k];
            if (lex.givenNameCount(c[k]) < minNames || FUNCTION.has(c[k]) || p == PREP || p == CONJ || p == PARTICLE
                    || p == ADVERB || p == PRONOUN || p == NUMERAL || p == LOCATIVE) {
                return false;
            }
        }
        return true;
    }

    /** Any word but a doctrine may follow a name in such a slot (利用, 的, 党籍, 一案, 似乎). */
    private static boolean rightSlot(char[] c, int e, byte[] posStart) {
        // 毛泽东思想, 邓小平理论: the doctrine, not the person
        return posStart[e] != 0 && !EntityRules.startsWithAny(c, e, DOCTRINES);
    }

    /**
     * An item of a 、-list beside a person (范用 in 丁聪、董辅、范用、冯兰瑞): a run of two or three Han chars between
     * punctuation, starting with a surname char, where the item before or after it across the 、 is a person found
     * so far, is a person too; a shorter person inside the item grows to it (汪|大成, 吕志|和). An ethnic note in
     * brackets after an item (和志强（纳西族）) is skipped over to find the 、.
     */
    static void listNames(char[] c, boolean[] cut, byte[] posStart, byte[] posEnd, NerLexicon lex, List<Mention> mentions) {
        if (!contains(c, '、')) {
            return; // no list, nothing to do (and no per-text arrays)
        }
        int n = c.length;
        int[] personEnd = new int[n + 1]; // end of the person mention starting at p, 0: none
        int[] personStart = new int[n + 1]; // 1 + start of the person mention ending at p, 0: none
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON) {
                personEnd[m.start()] = Math.max(personEnd[m.start()], m.end());
                personStart[m.end()] = m.start() + 1;
            }
        }
        EntityRules.Overlaps others = new EntityRules.Overlaps(n, mentions, m -> m.type() != EntityType.PERSON);
        boolean prevPerson = false, prevEndsPerson = false, prevJoined = false;
        java.util.List<int[]> found = new java.util.ArrayList<>();
        int s = 0;
        while (s < n) {
            if (!EntityRules.isHan(c[s])) {
                s++;
                continue;
            }
            int e = s;
            while (e < n && (EntityRules.isHan(c[e]) || c[e] == '·')) {
                e++; // 阿沛·阿旺晋美 is one item
            }
            boolean leftJoin = s >= 1 && c[s - 1] == '、' && prevJoined;
            if (leftJoin) {
                e = beforeDeng(c, s, e); // the list's last item: 张礼慧、高蕾|等的精彩演唱
            }
            int after = skipNote(c, e);
            boolean rightJoin = after < n && c[after] == '、';
            boolean person = personEnd[s] == e;
            // the item after: a person exactly when a person mention spans it
            boolean nextPerson = false;
            if (rightJoin && after + 1 < n && EntityRules.isHan(c[after + 1])) {
                int ns = after + 1, ne = ns;
                while (ne < n && (EntityRules.isHan(c[ne]) || c[ne] == '·')) {
                    ne++;
                }
                nextPerson = personEnd[ns] == ne;
            }
            boolean both = leftJoin && prevPerson && rightJoin && nextPerson;
            if (!person && (leftJoin && prevPerson || rightJoin && nextPerson) && candidate(c, s, e, lex, both)
                    && !others.any(s, e)) {
                found.add(new int[]{s, e});
            } else if (!person && e - s > 3 && !(leftJoin && prevPerson) && rightJoin && nextPerson) {
                // the list's first item after the words of its clause: 初派|史建、杨少桥, 在|梅益、单基夫
                for (int t = e - 3; t <= e - 2; t++) {
                    if (cut[t] && clauseWord(posEnd[t]) && personEnd[t] == 0 && candidate(c, t, e, lex, false)
                            && !others.any(t, e)) {
                        found.add(new int[]{t, e});
                        break;
                    }
                }
            } else if (!person && e - s > 3 && leftJoin && prevEndsPerson && !rightJoin) {
                // the list's last item before the rest of its clause: 李晴祺、包文翊|喜出望外, 戴肯、多兰|风采依然
                for (int h = s + 3; h >= s + 2; h--) {
                    // a three-char name not over a function word of its own (海顿|所|作)
                    if (cut[h] && posStart[h] != NAME && personEnd[s] == 0
                            && !(h == s + 3 && cut[h - 1] && clauseWord(posStart[h - 1]))
                            && candidate(c, s, h, lex, false)
                            && !others.any(s, h)) {
                        found.add(new int[]{s, h});
                        break;
                    }
                }
            }
            prevPerson = person;
            // a person ending the item, for the last item after it (这使|李晴祺、包文翊喜出望外)
            prevEndsPerson = person || personStart[e] > s;
            prevJoined = rightJoin;
            s = rightJoin ? after + 1 : Math.max(e, after);
        }
        personsForItems(n, found, mentions);
    }

    /** Items a 、-list needs before it is read as a roster, and how many of them must be persons already. */
    private static final int ROSTER_ITEMS = 4, ROSTER_PERSONS = 3;

    /**
     * A roster: a 、-list of four items or more (notes such as （女）, （纳西族） skipped), at least half of them, and
     * three or more, persons found so far. Every other item that is a name in form is a person too, including
     * those the rules above pass over: a surname that is also a function word (和志强, 从翰香, 过梅丽), four chars
     * (帕巴公觉), a dotted name (阿不力米提·麻木提); a shorter person inside it grows to the item. An item in the
     * middle of the list needs no surname (净慧, 苗地) when four in five items are persons; the first and last items
     * may hold words before or after the name (有|张三, 王五|等) and take only a surname and two or three chars.
     */
    static void rosters(char[] c, NerLexicon lex, List<Mention> mentions) {
        if (!contains(c, '、')) {
            return;
        }
        int n = c.length;
        int[] personEnd = new int[n + 1]; // end of the longest person mention starting at p, 0: none
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON) {
                personEnd[m.start()] = Math.max(personEnd[m.start()], m.end());
            }
        }
        EntityRules.Overlaps others = new EntityRules.Overlaps(n, mentions, m -> m.type() != EntityType.PERSON);
        List<int[]> found = new java.util.ArrayList<>();
        List<int[]> retyped = new java.util.ArrayList<>();
        List<int[]> items = new java.util.ArrayList<>();
        int s = 0;
        while (s < n) {
            // from the next 、 back to the start of the item before it (past a note: 和志强（纳西族）、)
            int d = s;
            while (d < n && c[d] != '、') {
                d++;
            }
            if (d == n) {
                break;
            }
            int b = d;
            if (b > 0 && c[b - 1] == ')') {
                for (int k = b - 2; k >= Math.max(s, b - 10); k--) {
                    if (c[k] == '(') {
                        b = k;
                        break;
                    }
                }
            }
            while (b > s && (EntityRules.isHan(c[b - 1]) || c[b - 1] == '·')) {
                b--;
            }
            if (b == d || !EntityRules.isHan(c[b])) {
                s = d + 1;
                continue;
            }
            items.clear();
            int at = b;
            while (true) {
                int e = at;
                while (e < n && (EntityRules.isHan(c[e]) || c[e] == '·')) {
                    e++;
                }
                items.add(new int[]{at, e});
                int after = skipNote(c, e);
                if (after + 1 < n && c[after] == '、' && EntityRules.isHan(c[after + 1])) {
                    at = after + 1;
                } else {
                    s = Math.max(Math.max(e, after), d + 1);
                    break;
                }
            }
            int k = items.size();
            if (k < ROSTER_ITEMS) {
                continue;
            }
            int persons = 0;
            for (int i = 0; i < k; i++) {
                int[] it = items.get(i);
                persons += personEnd[it[0]] == (i == k - 1 ? beforeDeng(c, it[0], it[1]) : it[1]) ? 1 : 0;
            }
            if (persons < ROSTER_PERSONS || persons * 2 < k) {
                continue;
            }
            boolean strong = persons * 5 >= k * 4;
            for (int i = 0; i < k; i++) {
                int is = items.get(i)[0], ie = i == k - 1 ? beforeDeng(c, items.get(i)[0], items.get(i)[1]) : items.get(i)[1];
                boolean middle = i > 0 && i < k - 1;
                if (personEnd[is] == ie || !rosterName(c, is, ie, lex, middle, strong)) {
                    continue;
                }
                if (others.any(is, ie)) {
                    // in a list of four persons in five, an item the tagger read wholly as a place or a body is a
                    // person too (…、唐树备、浦江、黄…: 浦江 a county as well)
                    if (!strong || !middle || !retypable(mentions, is, ie)) {
                        continue;
                    }
                    retyped.add(new int[]{is, ie});
                }
                found.add(new int[]{is, ie});
            }
        }
        for (int[] r : retyped) {
            mentions.removeIf(m -> m.type() != EntityType.PERSON && m.start() == r[0] && m.end() == r[1]);
        }
        personsForItems(n, found, mentions);
    }

    /**
     * 老张, 小许, 老邱: 老 or 小 and a surname is how colleagues and neighbours call a person, a name People's Daily
     * marks whole. Proposed where no mention lies, 老/小 ends no word with the char before it (养老, 大小), the pair
     * is no word of the core dictionary (老师, 小时), the surname char is no noun of its own (小党, 小楼: small ones)
     * and no numeral or measure word comes before (一部小巴); the surname starts no word with the chars after it
     * (老|黄牛, 小|金库, 老|高原), and the segmenter has a word boundary on both sides.
     */
    static void familiarNames(char[] c, boolean[] cut, byte[] posEnd, NerLexicon lex, List<Mention> mentions) {
        int n = c.length;
        NewPersons fresh = new NewPersons(n, mentions);
        for (int s = 0; s + 2 <= n; s++) {
            if ((c[s] != '老' && c[s] != '小') || !cut[s] || (s + 2 < n && !cut[s + 2]) || posEnd[s] == NUMERAL
                    || (lex.categories(c[s + 1]) & NerLexicon.SURNAME) == 0 || AMBIGUOUS.has(c[s + 1])
                    || NOUNLIKE.has(c[s + 1]) || Words.commonNoun(c[s + 1])
                    || (s >= 1 && EntityRules.isHan(c[s - 1]) && Words.known(new String(c, s - 1, 2)))
                    || Words.known(new String(c, s, 2)) || JAPANESE_XIAO.contains(new String(c, s, 2))) {
                continue;
            }
            if ((s + 3 <= n && EntityRules.isHan(c[s + 2]) && Words.known(new String(c, s + 1, 2)))
                    || (s + 4 <= n && EntityRules.isHan(c[s + 3]) && Words.known(new String(c, s + 1, 3)))) {
                continue;
            }
            fresh.add(s, s + 2);
        }
    }

    /**
     * 强强, 蓉蓉, 金金: a given-name char written twice is what children, and pandas, are called, alone, without a
     * surname. The doubled char must often end given names in HanLP's role-tagged corpus (强 of 志强) and the pair be
     * no word of the core dictionary (刚刚, 常常) and stand as words of its own; the char is no word of its own that
     * doubles to mean "every" or "many" ({@link #FREE_WORD}: 山山, 根根); not after a numeral or before 地 or 们 (一根根,
     * 静静地, 苗苗们), not a three-char run (哈哈哈) or in a four-char idiom (楚楚动容), not right after a surname
     * (郭晶晶 is the tagger's), and nowhere a mention already lies. Only a pair the text names twice or more: once,
     * such doubling is more often literary (森森铁面, 楚楚动容) than a child; given a whole article, as users give it,
     * a child's name comes back.
     */
    static void doubledNames(char[] c, boolean[] cut, byte[] posStart, NerLexicon lex, List<Mention> mentions) {
        int n = c.length;
        int[] found = null; // start of each candidate; a name is taken where its text holds it twice or more
        int count = 0;
        for (int s = 0; s + 2 <= n; s++) {
            char a = c[s];
            if (c[s + 1] != a || !cut[s] || (s + 2 < n && !cut[s + 2]) || !EntityRules.isHan(a)
                    || (NameRoles.of(a) >>> NameRoles.D & 7) < 3 || FUNCTION.has(a) || FREE_WORD.has(a)) {
                continue;
            }
            char prev = s > 0 ? c[s - 1] : ' ', next = s + 2 < n ? c[s + 2] : ' ';
            if (prev == a || next == a || next == '地' || next == '们' || "一二三四五六七八九十几两".indexOf(prev) >= 0
                    || (EntityRules.isHan(prev) && lex.surnameCount(prev) >= 3)
                    || posStart[s] == NUMERAL || posStart[s] == ADVERB || posStart[s] == PARTICLE) {
                continue;
            }
            String w = new String(c, s, 2);
            if (Words.known(w) || !onlyAName(lex, w)
                    || (s + 4 <= n && Words.known(new String(c, s, 4)))
                    || (s >= 2 && Words.known(new String(c, s - 2, 4)))) { // 楚楚动容, 衣冠楚楚: an idiom
                continue;
            }
            if (found == null) {
                found = new int[4];
            } else if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = s;
        }
        if (count < 2) {
            return;
        }
        java.util.Map<Character, Integer> times = new java.util.HashMap<>();
        for (int i = 0; i < count; i++) {
            times.merge(c[found[i]], 1, Integer::sum);
        }
        NewPersons fresh = new NewPersons(n, mentions);
        for (int i = 0; i < count; i++) {
            int s = found[i];
            if (times.get(c[s]) < 2) {
                continue; // 森森铁面, 人言言殊 once in a text: literary doubling; a child is named again
            }
            fresh.add(s, s + 2);
        }
    }

    /**
     * 姓施的旅客, 姓曾的人家: the surname named after 姓 is a person (People's Daily tags it nr), whatever else the char
     * may be (施 to give, 曾 once) and whatever the person filter made of it: it runs after the filter. Not 老百姓的.
     */
    static void namedSurnames(char[] c, NerLexicon lex, List<Mention> mentions) {
        int n = c.length;
        NewPersons fresh = new NewPersons(n, mentions);
        for (int p = 1; p + 1 < n; p++) {
            if (c[p - 1] != '姓' || "的,、。".indexOf(c[p + 1]) < 0 || (p >= 2 && c[p - 2] == '百') // ， folds to ,
                    || (lex.categories(c[p]) & NerLexicon.SURNAME) == 0 || "万千百亿".indexOf(c[p]) >= 0) {
                continue;
            }
            fresh.add(p, p + 1);
        }
    }

    /**
     * 钱凯港 is a port: a person of the tagger of three chars or more ending in 港 is a place (People's Daily 1998-01
     * has no person ending so).
     */
    static void ports(char[] c, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() == EntityType.PERSON && m.priority() < Mention.Priority.RULE && m.length() >= 3
                    && c[m.end() - 1] == '港' && EntityRules.hanName(c, m.start(), m.end())) {
                mentions.set(k, new Mention(EntityType.PLACE, m.start(), m.end(), null, m.priority()));
            }
        }
    }

    /**
     * 马茂在塔拉瓦: a name the tagger ran on over 在 into a transliterated place after it ends before 在, and the rest
     * is that place; a name of one char before 在 is left (文在寅), and so is one whose rest is no transliteration.
     */
    static void namesBeforeAt(char[] c, List<Mention> mentions) {
        List<Mention> places = null;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() != EntityType.PERSON || m.priority() >= Mention.Priority.RULE || m.length() < 5) {
                continue;
            }
            for (int at = m.start() + 2; at <= m.end() - 3; at++) {
                if (c[at] == '在' && transliterated(c, at + 1, m.end())) {
                    mentions.set(k, new Mention(EntityType.PERSON, m.start(), at, m.value(), m.priority()));
                    places = places == null ? new ArrayList<>() : places;
                    places.add(new Mention(EntityType.PLACE, at + 1, m.end(), null, Mention.Priority.RULE));
                    break;
                }
            }
        }
        if (places != null) {
            mentions.addAll(places);
        }
    }

    /**
     * A name right before 奖 names a prize (马可·波罗奖, 国际安徒生奖), not a person: People's Daily 1998-01 never tags a
     * person right before the word 奖 (it does before 文学奖 and 奖学金: 茅盾/nr 文学奖, 莎阿代提·哈米提/nr 奖学金). Not
     * before 奖励, 奖金 and the like either (张三奖励了他).
     */
    static void dropPrizeNames(char[] c, List<Mention> mentions) {
        int n = c.length;
        mentions.removeIf(m -> {
            int e = m.end();
            return m.type() == EntityType.PERSON && e < n && c[e] == '奖'
                    && (e + 1 == n || PRIZE_WORDS.indexOf(c[e + 1]) < 0);
        });
    }

    /**
     * 康美|药业: a name right before a word of a company's trade (药业, 股份, 控股, 集团, 地产 …) is the trade name of a
     * company, as news shortens listed companies (康美药业, 万科地产), not a person: the company is the organisation.
     * Not after words that also follow persons as other words (科技, 电子, 银行: 李明|银行卡).
     */
    static void companiesNamedLikePersons(char[] c, boolean[] cut, List<Mention> mentions) {
        int n = c.length;
        List<Mention> companies = null;
        for (int k = mentions.size() - 1; k >= 0; k--) {
            Mention m = mentions.get(k);
            int e = m.end();
            if (m.type() != EntityType.PERSON || m.priority() >= Mention.Priority.USER_LEXICON || e + 2 > n
                    || TRADE_FIRSTS.indexOf(c[e]) < 0) {
                continue;
            }
            for (String w : TRADES) {
                if (EntityRules.startsWith(c, e, w) && cut[e + w.length()]) {
                    mentions.remove(k);
                    companies = companies == null ? new ArrayList<>() : companies;
                    companies.add(new Mention(EntityType.ORGANIZATION, m.start(), e + w.length(), null,
                            Mention.Priority.RULE));
                    break;
                }
            }
        }
        if (companies != null) {
            mentions.addAll(companies);
        }
    }

    /**
     * 约翰·肯尼迪国际机场, 戴高乐机场, 约翰·霍普金斯大学: an airport, university or foundation named after a foreign
     * person is a place (airports, as People's Daily writes [首都/n 国际/n 机场/n]ns) or an organisation ([布朗/nr
     * 大学/n]nt, [宋/nr 庆龄/nr 基金会/n]nt), not the person. A foreign name (dotted, or of three chars or more all of
     * which are transliteration chars) or a well-known person of the lexicon only, and not before 大学毕业, 大学生,
     * 大学时 (王芳|大学毕业).
     */
    static void facilitiesNamedAfterPersons(char[] c, NerLexicon lex, List<Mention> mentions) {
        int n = c.length;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int e = m.end();
            if (m.type() != EntityType.PERSON || m.priority() >= Mention.Priority.USER_LEXICON || e + 2 > n
                    || "国机大基".indexOf(c[e]) < 0 || !foreignName(c, m)
                    && (lex.categories(new String(c, m.start(), m.length())) & NerLexicon.PERSON) == 0) {
                continue;
            }
            EntityType kind = null;
            int end = e;
            if (EntityRules.startsWith(c, e, "国际机场")) {
                kind = EntityType.PLACE;
                end = e + 4;
            } else if (EntityRules.startsWith(c, e, "机场")) {
                kind = EntityType.PLACE;
                end = e + 2;
            } else if (EntityRules.startsWith(c, e, "大学") && (e + 2 == n || "毕生时期".indexOf(c[e + 2]) < 0)
                    || EntityRules.startsWith(c, e, "基金会")) {
                kind = EntityType.ORGANIZATION;
                end = e + (c[e] == '大' ? 2 : 3);
            }
            if (kind != null) {
                mentions.set(k, new Mention(kind, m.start(), end, null, Mention.Priority.RULE));
            }
        }
    }

    private static boolean foreignName(char[] c, Mention m) {
        if (m.length() < 3) {
            return false;
        }
        for (int i = m.start(); i < m.end(); i++) {
            if (EntityRules.isDot(c[i])) {
                return true;
            }
        }
        return transliterated(c, m.start(), m.end());
    }

    /** Words of a company's trade after its trade name in the short names of listed companies. */
    private static final String[] TRADES = {"药业", "制药", "医药", "股份", "控股", "集团", "实业", "地产", "置业", "传媒",
            "物流", "电器", "电气", "化工", "重工", "乳业", "酒业", "证券"};
    /** First chars of {@link #TRADES}: after most names comes none of them. */
    private static final String TRADE_FIRSTS = "药制医股控集实地置传物电化重乳酒证";

    /**
     * 向东|行驶: 向 and a direction before a verb of motion is "eastwards", not the name 向东 (People's Daily writes
     * 向/p 南/f 行驶/v, 向/p 北/f 移动/v). As a name it follows a surname or a title (张向东, 记者向东报道). Nor is a
     * compass bearing a place ({@link #bearing}).
     */
    static void dropDirections(char[] c, List<Mention> mentions) {
        int n = c.length;
        mentions.removeIf(m -> m.priority() < Mention.Priority.USER_LEXICON && (m.type() == EntityType.PERSON
                && m.length() == 2 && c[m.start()] == '向' && "东西南北".indexOf(c[m.start() + 1]) >= 0
                && m.end() < n && EntityRules.startsWithAny(c, m.end(), MOTIONS)
                || m.type() == EntityType.PLACE && bearing(c, m)));
    }

    /** 西偏北, 东偏南: a compass bearing, which the tagger read as a place in a weather report (向西偏北方向移动). */
    private static boolean bearing(char[] c, Mention m) {
        return m.length() == 3 && c[m.start() + 1] == '偏' && "东西南北".indexOf(c[m.start()]) >= 0
                && "东西南北".indexOf(c[m.start() + 2]) >= 0;
    }

    /** Verbs of motion or extent after a direction (向东|移动, 向西|延伸). */
    private static final String[] MOTIONS = {"行驶", "移动", "延伸", "推进", "转移", "前进", "挺进", "进发", "航行",
            "飞行", "飞去", "流去", "流入", "流动", "走去", "走", "驶", "飞", "流", "看", "望", "眺望", "扩展", "扩张",
            "发展", "撤退", "撤离", "偏", "方向", "拐", "转", "迁", "延", "伸", "绵延", "蔓延", "靠拢", "开进", "开去"};

    /**
     * A storm's name in quotes after the word for it (台风“杜苏芮”, 超强台风“山竹”, 强热带风暴“格美”) names the storm,
     * not a person, though many are written like names, nor a place or body inside it (台风“桦加沙” gave PLACE 加沙);
     * so does a user's name in quotes after the word for a user (网友“天山雪莲” gave PLACE 天山).
     */
    static void dropStormAndUserNames(char[] c, List<Mention> mentions) {
        int n = c.length;
        mentions.removeIf(m -> namedInQuotes(c, n, m.start(), m.end()));
    }

    /** Longest quoted storm name, and longest quoted user name. */
    private static final int STORM_MAX = 6, USER_MAX = 12;

    /**
     * [s, e) lies inside one pair of quotes that opens right after a storm word (at most {@value #STORM_MAX} chars
     * inside) or a user word (at most {@value #USER_MAX}): one scan back to the opening quote serves both.
     */
    private static boolean namedInQuotes(char[] c, int n, int s, int e) {
        int q = s - 1;
        while (q >= 0 && s - q <= USER_MAX && !opensQuote(c[q])) {
            if (closesQuote(c[q])) {
                return false;
            }
            q--;
        }
        if (q < 2 || s - q > USER_MAX || !opensQuote(c[q])) {
            return false;
        }
        int max = endsWithAny(c, q, STORMS) ? STORM_MAX : endsWithAny(c, q, USERS) ? USER_MAX : 0;
        if (s - q > max) {
            return false;
        }
        int r = e;
        while (r < n && r - q <= max + 1 && !closesQuote(c[r]) && !opensQuote(c[r])) {
            r++;
        }
        return r < n && r - q <= max + 1 && closesQuote(c[r]);
    }

    /** Words for a user of a website, whose name in quotes after them is a nickname (网友“天山雪莲”). */
    private static final String[] USERS = {"网友", "网名", "昵称", "博主", "用户", "账号", "微博名"};

    /** Words for the storms that get names: 台风 (超强台风), 飓风, 热带风暴 (强热带风暴), 热带低压, 气旋. */
    private static final String[] STORMS = {"台风", "飓风", "风暴", "低压", "气旋"};

    /** A quote mark that opens, as the recognizer sees it (a full-width " is folded to ASCII). */
    private static boolean opensQuote(char ch) {
        return Chars.isOpenQuote(ch) || ch == '"';
    }

    private static boolean closesQuote(char ch) {
        return Chars.isCloseQuote(ch) || ch == '"';
    }

    /**
     * 天不亮, 胡不归, 黄未黄: a three-char person whose given name begins with a negation is a phrase (天 不亮, a
     * surname-like char before a negated verb or adjective): of the 19,645 persons of People's Daily 1998-01 one has
     * such a given name (丁传贤、于不凡、马瑾: an item of a list of names stays). Uyghur names write Abdu- 阿不 (阿不都,
     * 阿不来提).
     */
    static void dropNegatedNames(char[] c, List<Mention> mentions) {
        int n = c.length;
        mentions.removeIf(m -> m.type() == EntityType.PERSON && m.length() == 3 && NEGATIONS.indexOf(c[m.start() + 1]) >= 0
                && EntityRules.isHan(c[m.start()]) && EntityRules.isHan(c[m.end() - 1]) && c[m.start()] != '阿'
                && !(m.start() > 0 && c[m.start() - 1] == '、' || m.end() < n && c[m.end()] == '、'));
    }

    private static final String NEGATIONS = "不未没";

    /**
     * Set phrases that begin like a surname and given name: 万里之外 and 千里之遥 (distances; 万里 the statesman is
     * never followed by 之), 因公牺牲 (died on duty).
     */
    private static final String[] NAMELIKE_PHRASES = {"万里之", "千里之", "因公牺牲", "因公殉职", "因公负伤", "因公致残",
            "因公受伤"};

    /** A person that begins one of {@link #NAMELIKE_PHRASES} and ends inside it is part of the phrase. */
    static void dropPhraseStarts(char[] c, List<Mention> mentions) {
        mentions.removeIf(m -> {
            if (m.type() != EntityType.PERSON) {
                return false;
            }
            for (String p : NAMELIKE_PHRASES) {
                if (m.length() < p.length() && EntityRules.startsWith(c, m.start(), p)) {
                    return true;
                }
            }
            return false;
        });
    }

    /** Words right before 何 that make it "what" (有何不同, 谈何容易, 作何感想, 从何着手, 相距何远). */
    private static final String BEFORE_WHAT = "有谈作从距";

    /**
     * 何 after 有, 谈, 作, 从 or 距 asks "what" and starts no name (谈何革命, 相距何远): People's Daily 1998-01 has 何
     * after them 15 times, always so, and none of its 166 surnames 何 there.
     */
    static void dropInterrogatives(char[] c, List<Mention> mentions) {
        mentions.removeIf(m -> m.type() == EntityType.PERSON && c[m.start()] == '何' && m.start() > 0
                && BEFORE_WHAT.indexOf(c[m.start() - 1]) >= 0);
    }

    /** Adverbs that no three-char name of People's Daily 1998-01 ends in. */
    private static final String CLAUSE_ADVERBS = "亦却便也就还仍即";

    /**
     * An adverb that opens the predicate after a two-char name is no third char of it: 何平亦表示 was read as a
     * 3-char person. 才 ends 35 names there (王德才), so it goes only before 是 (周杰才是真正的主角); 则 not at all, though
     * 郑华则认为 is read so too: the training days have 李敬则认为, a name, where the tagger was right. 同 ("and", "with")
     * goes before another person (陈静同|赵强; People's Daily has X/nr 同/p Y/nr, and 文同, 瑞同 as given names), and
     * 在 ("at") before a place (局长赵华在|和田地区; 刘山在 is a name there, before 和). The tagger's last char goes too
     * where it starts a verb more common than the verb's last char alone ({@link Words#verbOverItsLastChar}: 何平安|排
     * of 何平安排了工作), unless that char starts a word of its own (李国庆|祝贺). And a name of three chars or more
     * loses the 梅 of 梅开二度 after it.
     */
    static void adverbTails(char[] c, List<Mention> mentions) {
        int n = c.length;
        boolean[] personAt = null; // built at the first name ending in 同 or 在: most texts have none
        boolean[] placeAt = null;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int s = m.start(), e = m.end();
            if (m.type() == EntityType.PERSON && e - s >= 3 && m.priority() < Mention.Priority.USER_LEXICON
                    && scoresAgain(c, e - 1)) {
                mentions.set(k, new Mention(EntityType.PERSON, s, e - 1, m.value(), m.priority()));
                continue;
            }
            if (m.type() != EntityType.PERSON || e - s != 3 || e >= n || !EntityRules.isHan(c[e])
                    || m.priority() >= Mention.Priority.USER_LEXICON) {
                continue;
            }
            char last = c[e - 1];
            if ((last == '同' || last == '在') && personAt == null) {
                personAt = new boolean[n + 1];
                placeAt = new boolean[n + 1];
                for (Mention p : mentions) {
                    personAt[p.start()] |= p.type() == EntityType.PERSON;
                    placeAt[p.start()] |= p.type() == EntityType.PLACE;
                }
            }
            if (CLAUSE_ADVERBS.indexOf(last) >= 0 || last == '才' && c[e] == '是' || last == '同' && personAt[e]
                    || last == '在' && placeAt[e]
                    || m.priority() < Mention.Priority.RULE && Words.verbOverItsLastChar(new String(c, e - 1, 2))
                    && !(e + 1 < n && Words.common(new String(c, e, 2)))) {
                mentions.set(k, new Mention(EntityType.PERSON, s, e - 1, m.value(), m.priority()));
            }
        }
    }

    /** Prepositions that open the predicate after a name (向, 对, 在 ...); not 和 or 为, which Japanese given names hold. */
    private static final String NAME_PREPOSITIONS = "向对在给从把被跟同将";

    /**
     * A four-char person of a one-char surname whose third char is a preposition ends before it: 检察长刘华向市人大常委会
     * was read as 刘华向市. People's Daily 1998-01 has no such name; a two-char surname of the lexicon (欧阳向东,
     * 山田和夫) keeps its name whole.
     */
    static void prepositionTails(char[] c, NerLexicon lex, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int s = m.start();
            if (m.type() == EntityType.PERSON && m.length() == 4 && m.priority() < Mention.Priority.USER_LEXICON
                    && NAME_PREPOSITIONS.indexOf(c[s + 2]) >= 0 && EntityRules.isHan(c[s + 3])
                    && (lex.categories(new String(c, s, 2)) & NerLexicon.SURNAME) == 0) {
                mentions.set(k, new Mention(EntityType.PERSON, s, s + 2, m.value(), m.priority()));
            }
        }
    }

    /**
     * 梅开二度 (a player's second goal; 三度, 四度 the third and fourth) at {@code p}: the segmenter does not know the
     * idiom and the tagger reads its 梅 as the last char of the scorer's name (姆巴佩梅|开二度).
     */
    private static boolean scoresAgain(char[] c, int p) {
        return c[p] == '梅' && p + 3 < c.length && c[p + 1] == '开' && "二三四".indexOf(c[p + 2]) >= 0
                && c[p + 3] == '度';
    }

    /** Degree adverbs that start a comment on a person (吴京太燃了, 王一博真帅, 张艺谋很厉害, 王俊凯超帅). */
    private static final String DEGREE_ADVERBS = "太真超好很挺蛮";

    /**
     * One-char words of praise and blame in today's speech that the core dictionary barely knows as adjectives (帅
     * is ng there, 燃 vg): after a degree adverb they comment on the person before it.
     */
    private static final String PRAISE = "帅美酷萌燃棒强牛赞甜飒暖惨丑坏好火红";

    /**
     * A degree adverb and an adjective after a name belong to the sentence, not to the name: the tagger, which never
     * saw a chatty comment in 1998's news, reads 吴京太|燃了 and 马云太|有钱了 as 3-char names, 王俊凯超帅 as one
     * and 真帅 after 王一博 as another. A person is cut before an adverb at its third char or later that an
     * adjective follows, and a two-char person that is such an adverb and adjective goes.
     */
    static void degreeComments(char[] c, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() != EntityType.PERSON) {
                continue;
            }
            int s = m.start(), e = m.end();
            if (e - s == 2 && DEGREE_ADVERBS.indexOf(c[s]) >= 0 && adjectiveAt(c, s + 1)) {
                mentions.set(k, null);
                continue;
            }
            for (int p = s + 2; p < e; p++) {
                if (DEGREE_ADVERBS.indexOf(c[p]) >= 0 && adjectiveAt(c, p + 1)) {
                    mentions.set(k, new Mention(EntityType.PERSON, s, p, m.value(), m.priority()));
                    break;
                }
            }
        }
        mentions.removeIf(java.util.Objects::isNull);
    }

    /** Whether an adjective starts at i: a word of {@link #PRAISE}, or a two-char word mostly an adjective (可爱). */
    private static boolean adjectiveAt(char[] c, int i) {
        if (i >= c.length) {
            return false;
        }
        if (PRAISE.indexOf(c[i]) >= 0) {
            return true;
        }
        return i + 2 <= c.length && Words.mostlyAdjective(new String(c, i, 2));
    }

    /** Chars that make 奖 part of another word after a name: 奖励, 奖金, 奖学金, 奖赏, 奖惩, 奖章, 奖状, 奖券, 奖品, 奖牌. */
    private static final String PRIZE_WORDS = "励金学赏惩章状券品牌";

    /** Media a picture's or a carving's caption names in brackets after its title. */
    private static final String[] MEDIA = {"中国画", "国画", "油画", "水彩", "水粉", "水墨", "版画", "木刻", "速写", "素描",
            "书法", "篆刻", "剪纸", "雕塑", "年画"};

    /**
     * 千年古杉（速写）, 云横苍岭（中国画）: what stands right before a medium in brackets is a work's title, not a person
     * (People's Daily 1998-01-01..27 writes a medium in brackets 26 times, never after a person; the artist follows).
     */
    static void dropWorkTitles(char[] c, List<Mention> mentions) {
        int n = c.length;
        mentions.removeIf(m -> {
            int e = m.end();
            if (m.type() != EntityType.PERSON || e + 3 > n || c[e] != '(') {
                return false;
            }
            for (String w : MEDIA) {
                int end = e + 1 + w.length();
                if (end < n && EntityRules.startsWith(c, e + 1, w) && (c[end] == ')' || EntityRules.isDot(c[end]))) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * 拨款３亿谢克尔: right after an amount (a digit, 万 or 亿 ending a numeral) comes its unit or currency, not a
     * person (谢克尔, the shekel), whatever the rules above made of it (谢/nr 克尔/nr).
     */
    static void dropUnitsAfterAmounts(char[] c, boolean[] cut, byte[] posEnd, List<Mention> mentions) {
        mentions.removeIf(m -> {
            int s = m.start();
            if (m.type() == EntityType.PERSON && tableUnit(c, s, m.end())) {
                return true;
            }
            if (m.type() != EntityType.PERSON || s == 0 || !cut[s] || posEnd[s] != NUMERAL) {
                return false;
            }
            char prev = c[s - 1];
            return Character.isDigit(prev) || prev == '万' || prev == '亿';
        });
    }

    /**
     * 拖拉机（万台）５０３: a table's unit, 万 or 亿 and a measure word alone in brackets with a figure right after
     * (a byline in brackets ends its paragraph). The text is folded: （ is (, every digit 0.
     */
    private static boolean tableUnit(char[] c, int s, int e) {
        return e - s == 2 && s > 0 && e + 1 < c.length && (c[s] == '万' || c[s] == '亿') && MEASURE.has(c[s + 1])
                && c[s - 1] == '(' && c[e] == ')' && c[e + 1] == '0';
    }

    /**
     * Countries' one-char abbreviations that name their army before 军 (乌军, 俄军, 以军, 美军) and are no common surname
     * (not 韩, 马, 罗: 韩军 is a name too).
     */
    private static final String ARMIES = "乌俄美以日英法德朝越泰菲叙伊土巴";

    /** A hospital's departments, which a char before reads as a three-char name (心内科, 普外科). */
    private static final String[] DEPARTMENTS = {"内科", "外科", "儿科", "妇科", "产科", "眼科", "骨科", "牙科"};

    /** Countries' one-char abbreviations before 方 besides those of the lexicon: Arab states and Afghanistan, Benin, Mozambique. */
    private static final String SIDES_TOO = "阿贝莫";

    /**
     * What only looks like a person: a country's one-char abbreviation and 方 is that country's side (与阿方举行对话;
     * People's Daily writes 中方/n, 巴方/n, 阿方/n as one word), and with 军 its army ({@link #ARMIES}), a currency's name (６０００亿玻利瓦尔), three or four
     * countries' abbreviations before 三国, 经贸, 签署 ... (孟巴印三国; not 罗桂英, whose chars abbreviate places too),
     * 全军老同志, 党内老同志, old comrades of the army, of the party, and a hospital's department (心内科).
     */
    static void dropLookalikes(char[] c, NerLexicon lex, List<Mention> mentions) {
        mentions.removeIf(m -> {
            if (m.type() != EntityType.PERSON) {
                return false;
            }
            int s = m.start(), e = m.end();
            if (m.length() == 2 && c[s + 1] == '方' && ((lex.categories(c[s]) & NerLexicon.PLACE1) != 0
                    || EntityRules.OWNER_ONLY.indexOf(c[s]) >= 0 || SIDES_TOO.indexOf(c[s]) >= 0)) {
                return true;
            }
            if (m.length() == 2 && c[s + 1] == '军' && ARMIES.indexOf(c[s]) >= 0) {
                return true; // 乌军在库尔斯克州作战: Ukraine's army
            }
            if (inCurrency(c, s, e)) {
                return true; // ６０００亿玻利瓦尔, 货币雷亚尔
            }
            if (m.length() == 3 && EntityRules.startsWithAny(c, s + 1, DEPARTMENTS)) {
                return true; // 中山医院心内科主任: a hospital's department
            }
            if (m.length() >= 3 && m.length() <= 4 && countryRun(c, s, e, lex) && e < c.length
                    && ("三四五两)".indexOf(c[e]) >= 0 || EntityRules.startsWithAny(c, e, AFTER_COUNTRIES))) {
                return true; // 孟巴印三国, 俄白哈吉签署: countries by their abbreviations (not 罗桂英, 马吉德)
            }
            return m.length() >= 3 && c[e - 1] == '老' && EntityRules.startsWith(c, e, "同志")
                    && Words.common(new String(c, s, m.length() - 1));
        });
    }

    /**
     * Currencies whose names read like transliterated names (general knowledge; not 马克, 古德, also names).
     */
    private static final String[] CURRENCIES = {"雷亚尔", "玻利瓦尔", "谢克尔", "比索", "卢布", "卢比", "里拉", "兰特",
            "第纳尔", "里亚尔", "迪拉姆", "克朗", "福林", "兹罗提", "列伊", "列弗", "林吉特", "先令", "苏克雷", "格里夫纳",
            "坚戈", "索姆", "马纳特", "塔卡", "基普", "瑞尔", "库纳", "德拉克马", "埃斯库多", "比塞塔", "克瓦查", "奈拉",
            "塞地", "戈比", "索莫尼", "阿富汗尼", "新谢克尔"};

    /** Chars of {@link #CURRENCIES}: a mention whose first char is none lies in no currency's name. */
    private static final CharSet CURRENCY_CHAR = new CharSet();

    static {
        for (String cur : CURRENCIES) {
            for (int i = 0; i < cur.length(); i++) {
                CURRENCY_CHAR.add(cur.charAt(i));
            }
        }
    }

    /** Whether a currency's name covers {@code [s, e)}. */
    private static boolean inCurrency(char[] c, int s, int e) {
        if (!CURRENCY_CHAR.has(c[s])) {
            return false; // most persons: no currency holds their first char
        }
        for (String cur : CURRENCIES) {
            int len = cur.length();
            for (int p = Math.max(0, e - len); p <= s && p + len <= c.length; p++) {
                if (EntityRules.startsWith(c, p, cur)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words after a run of countries' abbreviations (孟巴印经贸首脑会议, 俄白哈吉签署). */
    private static final String[] AFTER_COUNTRIES = {"经贸", "签署", "首脑", "共同体", "关系", "合作"};

    /** Abbreviations of Bangladesh, Belarus and the Central Asian states, besides the lexicon's. */
    private static final String CIS_TOO = "孟白哈吉乌塔土";

    /** Whether every char of {@code [s, e)} abbreviates a country. */
    private static boolean countryRun(char[] c, int s, int e, NerLexicon lex) {
        for (int k = s; k < e; k++) {
            if ((lex.categories(c[k]) & NerLexicon.PLACE1) == 0 && EntityRules.OWNER_ONLY.indexOf(c[k]) < 0
                    && SIDES_TOO.indexOf(c[k]) < 0 && CIS_TOO.indexOf(c[k]) < 0) {
                return false;
            }
        }
        return true;
    }

    /** An honour roll without separators holds at least this many title-name-body slots. */
    private static final int ROLL_SLOTS = 3;

    /**
     * Professional titles and posts of honour rolls that the lexicon's titles (a feature of the tagger) lack: medical,
     * editorial, agricultural, research and teaching grades, and deputies of posts (general knowledge).
     */
    private static final String[] ROLL_TITLES = {"医师", "主任医师", "副主任医师", "主治医师", "药师", "护师", "技师",
            "编审", "副编审", "主任记者", "高级记者", "高级编辑", "译审", "馆员", "研究馆员", "农艺师", "高级农艺师",
            "畜牧师", "兽医师", "经济师", "统计师", "工艺师", "副研究员", "助理研究员", "高级工程师", "讲师", "助教",
            "高级教师", "特级教师", "博士生", "硕士生", "研究生", "副科长", "副处长", "副所长", "副站长", "副团长",
            "副队长", "副经理", "副总编", "股长", "副股长", "组长", "副组长", "干事", "科员", "会计", "村主任"};
    /** Last chars of {@link #ROLL_TITLES}. */
    private static final CharSet ROLL_TITLE_LAST = new CharSet();

    static {
        for (String t : ROLL_TITLES) {
            ROLL_TITLE_LAST.add(t.charAt(t.length() - 1));
        }
    }

    /**
     * An honour roll written without separators, each entry a body, a title and a name (河北农业大学园艺系副教授王金春
     * 河北省大厂回族自治县副县长赵德平…): between a title (of the lexicon, or a professional one of {@link #ROLL_TITLES})
     * and the next place or organisation found, two or three Han chars that begin with a surname are a person, where
     * the text holds three such slots or more. Persons found inside the slot give way (夏光|地 → 夏光地); a slot over a
     * mention of another type is none.
     */
    static void honourRolls(char[] c, NerLexicon lex, List<int[]> hits, List<Mention> mentions) {
        int n = c.length;
        java.util.BitSet titleEnds = new java.util.BitSet(n + 1); // a set: 副教授 and 教授 end together
        for (int[] h : hits) {
            if ((h[2] & NerLexicon.TITLE) != 0) {
                titleEnds.set(h[1]);
            }
        }
        if (titleEnds.cardinality() < ROLL_SLOTS) {
            return;
        }
        for (int p = 2; p < n; p++) {
            if (ROLL_TITLE_LAST.has(c[p - 1]) && endsWithAny(c, p, ROLL_TITLES)) {
                titleEnds.set(p);
            }
        }
        boolean[] bodyAt = null; // a place or organisation mention starts at p
        boolean[] placeAt = null; // a place of the lexicon starts at p
        List<int[]> slots = new java.util.ArrayList<>();
        for (int t = titleEnds.nextSetBit(0); t >= 0; t = titleEnds.nextSetBit(t + 1)) {
            if (t + 4 > n || (lex.categories(c[t]) & NerLexicon.SURNAME) == 0 || AMBIGUOUS.has(c[t])) {
                continue;
            }
            if (bodyAt == null) {
                bodyAt = new boolean[n + 1];
                placeAt = new boolean[n + 1];
                for (Mention m : mentions) {
                    if (m.type() == EntityType.PLACE || m.type() == EntityType.ORGANIZATION) {
                        bodyAt[m.start()] = true;
                    }
                }
                for (int[] h : hits) {
                    if ((h[2] & NerLexicon.PLACE) != 0) {
                        placeAt[h[0]] = true;
                    }
                }
            }
            for (int e = t + 2; e <= t + 3; e++) {
                if ((bodyAt[e] || placeAt[e]) && EntityRules.hanName(c, t, e)) {
                    slots.add(new int[]{t, e});
                    break;
                }
            }
        }
        if (slots.size() < ROLL_SLOTS) {
            return;
        }
        // a slot holds a name where no place or organisation lies, or where only organisations the tagger ran on
        // from one body over the title and name into the next lie (重庆市农业科学研究所农艺师张谊模云南省…歌舞团)
        List<int[]> runOn = new java.util.ArrayList<>();
        // the places and organisations over each offset, and the start of the longest title ending there: the
        // slots are looked up by offset, not by a scan of all mentions and hits each (a long roll has thousands)
        @SuppressWarnings("unchecked")
        List<Mention>[] over = new List[n];
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON) {
                continue;
            }
            for (int p = Math.max(0, m.start()); p < m.end() && p < n; p++) {
                if (over[p] == null) {
                    over[p] = new java.util.ArrayList<>(2);
                }
                over[p].add(m);
            }
        }
        int[] titleFrom = new int[n + 1]; // 1 + the start of the longest lexicon title ending at p, else 0
        for (int[] h : hits) {
            if ((h[2] & NerLexicon.TITLE) != 0 && (titleFrom[h[1]] == 0 || h[0] + 1 < titleFrom[h[1]])) {
                titleFrom[h[1]] = h[0] + 1;
            }
        }
        for (java.util.Iterator<int[]> it = slots.iterator(); it.hasNext(); ) {
            int[] sl = it.next();
            int title = titleStart(c, titleFrom, sl[0]);
            int state = slotState(over, title, sl[0], sl[1]);
            if (state < 0 || state == 0 && !bodyAt[sl[1]]) {
                it.remove();
            } else if (state == 1) {
                runOn.add(new int[]{title, sl[0], sl[1]});
            }
        }
        if (slots.size() < ROLL_SLOTS) {
            return;
        }
        for (int[] r : runOn) {
            splitRunOn(mentions, r[0], r[1], r[2]);
        }
        personsForItems(n, slots, mentions);
    }

    /** Start of the longest title (of the lexicon or {@link #ROLL_TITLES}) that ends at {@code t}. */
    private static int titleStart(char[] c, int[] titleFrom, int t) {
        int start = titleFrom[t] > 0 ? Math.min(t, titleFrom[t] - 1) : t;
        for (String w : ROLL_TITLES) {
            if (t - w.length() < start && t >= w.length() && EntityRules.startsWith(c, t - w.length(), w)) {
                start = t - w.length();
            }
        }
        return start;
    }

    /**
     * 0: no place or organisation over {@code [name, end)}; 1: only organisations that run on past {@code end} and
     * start before the title or inside the name; -1: anything else.
     */
    private static int slotState(List<Mention>[] over, int title, int name, int end) {
        int state = 0;
        for (int p = name; p < end; p++) {
            for (int k = 0; over[p] != null && k < over[p].size(); k++) {
                Mention m = over[p].get(k);
                if (m.type() != EntityType.ORGANIZATION || m.end() <= end || (m.start() > title && m.start() < name)) {
                    return -1;
                }
                state = 1;
            }
        }
        return state;
    }

    /** Cuts each organisation over the name {@code [name, end)} into the body before the title and the one after the name. */
    private static void splitRunOn(List<Mention> mentions, int title, int name, int end) {
        for (int k = mentions.size() - 1; k >= 0; k--) {
            Mention m = mentions.get(k);
            if (m.type() != EntityType.ORGANIZATION || m.end() <= name || m.start() >= end) {
                continue;
            }
            mentions.remove(k);
            if (title - m.start() >= 2) {
                mentions.add(new Mention(EntityType.ORGANIZATION, m.start(), title, m.value(), m.priority()));
            }
            if (m.end() - end >= 2) {
                mentions.add(new Mention(EntityType.ORGANIZATION, end, m.end(), m.value(), m.priority()));
            }
        }
    }

    /**
     * Credits written after the names of a byline: （高远摄）, （姜伟尚占摄影报道）, （杨崇南绘）, （张滨作）. Not 文, which
     * ends given names as often (沈龙文, 于燕文); 作 follows a name 15 times in days 01–27 and ends one only in a byline
     * its annotators ran together (石愚作).
     */
    private static final String[] CREDITS = {"摄影报道", "摄影", "报道", "供稿", "摄", "画", "绘", "摘", "译", "作"};
    /** The end of {@code c[s, e)} before a credit of {@link #CREDITS} that ends it and leaves a char before it, else e. */
    private static int beforeCredit(char[] c, int s, int e) {
        for (String credit : CREDITS) {
            if (e - credit.length() > s && EntityRules.startsWith(c, e - credit.length(), credit)) {
                return e - credit.length();
            }
        }
        return e;
    }

    /** A byline's bracket holds at most this many chars. */
    private static final int BYLINE_MAX = 24;

    /**
     * A byline: the bracket that ends a paragraph holds its reporters' names, written without separators
     * (（张岸涛裴双喜郝建平）, （高远摄）, （四川省达川市委安全东）). Past the places, bodies and titles found in it and a
     * label (摄影：), and before a credit (摄, 摄影报道), two to nine Han chars that split wholly into names of a surname
     * and one or two chars are one person per name, as People's Daily tags them; persons found inside give way. Of
     * several splits the likeliest wins ({@link #bylineSplit}: 王彦田|周亮, 徐勤|王荣志). No place or body may lie in
     * the names (（江苏）), and no name ends in 族 (（满族）).
     */
    static void bylines(char[] c, NerLexicon lex, List<int[]> hits, List<Mention> mentions) {
        int n = c.length;
        for (int close = 0; close < n; close++) {
            if (c[close] != ')' || !paragraphEnd(c, close + 1)) {
                continue;
            }
            int open = close - 1;
            while (open >= 0 && close - open <= BYLINE_MAX && c[open] != '(' && c[open] != ')') {
                open--;
            }
            if (open < 0 || c[open] != '(' || close - open > BYLINE_MAX) {
                continue;
            }
            int s = open + 1, e = close;
            for (int k = s; k < e; k++) {
                if (c[k] == ':') {
                    s = k + 1; // 摄影：徐烨谢奇
                }
            }
            for (int[] h : hits) {
                if (h[0] > open && h[1] < e && (h[2] & (NerLexicon.TITLE | NerLexicon.PLACE | NerLexicon.ORG)) != 0) {
                    s = Math.max(s, h[1]); // 四川省达川市委|安全东, 新华社记者|戴浩
                }
            }
            for (Mention m : mentions) {
                if (m.type() != EntityType.PERSON && m.start() > open && m.end() < e) {
                    s = Math.max(s, m.end());
                }
            }
            e = beforeCredit(c, s, e);
            if (e - s < 2 || e - s > 9 || c[e - 1] == '族'
                    || (lex.categories(new String(c, s, e - s)) & (NerLexicon.PERSON | NerLexicon.SEEN_PER)) != 0) {
                continue; // a known name is one person (索朗罗布)
            }
            splitNames(c, s, e, 1, lex, mentions);
        }
        reporterLines(c, lex, hits, mentions);
    }

    /**
     * The persons of {@code c[s, e)} read as {@link #bylineSplit} names, in place of the persons found there, when it
     * splits into at least {@code minNames} names and no other mention lies there.
     */
    private static void splitNames(char[] c, int s, int e, int minNames, NerLexicon lex, List<Mention> mentions) {
        int[] cuts = bylineSplit(c, s, e, lex);
        if (cuts == null || cuts.length - 1 < minNames) {
            return;
        }
        for (Mention m : mentions) {
            if (m.type() != EntityType.PERSON && m.start() < e && s < m.end()) {
                return;
            }
        }
        mentions.removeIf(m -> m.type() == EntityType.PERSON && m.start() < e && s < m.end());
        for (int k = 0; k + 1 < cuts.length; k++) {
            mentions.add(new Mention(EntityType.PERSON, cuts[k], cuts[k + 1], null, Mention.Priority.RULE));
        }
    }

    /** Most chars of a line of names written without separators: four three-char names. */
    private static final int NAME_LINE_MAX = 12;

    /**
     * A line that is nothing but names run together (赖林嵩周美林范双民张振明, 郭宗利熊毅唐磊: the reporters or
     * photographers of an article, on a line of their own): where the tagger found a person in it, no other mention
     * touches it and the segmenter reads no verb into it, its names split as a bracketed byline's. People's Daily has
     * about two such lines a day. A line of two or three chars is one name where {@link #nameAlone} says so.
     */
    static void nameLines(char[] c, byte[] posStart, NerLexicon lex, List<Mention> mentions) {
        int n = c.length;
        EntityRules.Overlaps person = null, other = null;
        List<int[]> names = new java.util.ArrayList<>();
        for (int b = 0; b < n; ) {
            int end = b;
            while (end < n && !Chars.isLineBreak(c[end])) {
                end++;
            }
            int s = b, e = end;
            b = end + 1;
            while (s < e && Chars.isSpace(c[s])) {
                s++;
            }
            while (e > s && Chars.isSpace(c[e - 1])) {
                e--;
            }
            if (e - s < 2 || e - s > NAME_LINE_MAX || !allHan(c, s, e)) {
                continue;
            }
            if (e - s < 4) {
                if (nameAlone(c, s, e, lex)) {
                    names.add(new int[]{s, e});
                }
                continue;
            }
            boolean verb = false;
            for (int k = s; k < e; k++) {
                verb |= posStart[k] == VERB;
            }
            if (verb || (lex.categories(new String(c, s, e - s)) & (NerLexicon.PERSON | NerLexicon.SEEN_PER)) != 0) {
                continue;
            }
            if (person == null) {
                person = new EntityRules.Overlaps(n, mentions, m -> m.type() == EntityType.PERSON);
                other = new EntityRules.Overlaps(n, mentions, m -> m.type() != EntityType.PERSON);
            }
            int[] cuts = bylineSplit(c, s, e, lex);
            if (!person.any(s, e) || other.any(s, e) || cuts == null || cuts.length < 3
                    || !givenNamesSeen(c, cuts, lex)) {
                continue;
            }
            for (int k = 0; k + 1 < cuts.length; k++) {
                names.add(new int[]{cuts[k], cuts[k + 1]});
            }
        }
        replacePersons(n, names, mentions);
    }

    /**
     * Whether a line of two or three Han chars and nothing else is one person's name (董其中, 路小路: the writer of a
     * piece, on a line of its own): of such paragraphs in the training split that start with a surname, 325 of 344 are
     * one person, the others places and ordinary words (江西, 利率, 全家福). So where it starts with a surname (of one
     * char, or of two before one more), is no word of the core dictionary and no name of the lexicon but a person's,
     * and every given-name char occurs in names of the training split.
     */
    private static boolean nameAlone(char[] c, int s, int e, NerLexicon lex) {
        String line = new String(c, s, e - s);
        int given = e - s == 3 && (lex.categories(line.substring(0, 2)) & NerLexicon.SURNAME) != 0 ? s + 2
                : (lex.categories(c[s]) & NerLexicon.SURNAME) != 0 ? s + 1 : -1;
        if (given < 0 || Words.known(line) || !onlyAName(lex, line)
                || (lex.categories(c[e - 1]) & NerLexicon.ORGSUF) != 0) { // 文艺部, 信息科
            return false;
        }
        for (int k = given; k < e; k++) {
            if (lex.givenNameCount(c[k]) == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether every given-name char of the names at {@code cuts} occurs in a name of the training split: a line of
     * verse (牛辞丰稔岁) splits into surnames and chars too, but not into chars that names use.
     */
    private static boolean givenNamesSeen(char[] c, int[] cuts, NerLexicon lex) {
        if (cuts == null) {
            return false;
        }
        for (int k = 0; k + 1 < cuts.length; k++) {
            for (int i = cuts[k] + 1; i < cuts[k + 1]; i++) {
                if (lex.givenNameCount(c[i]) == 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Titles that a line of reporters' names follows (新华社记者蔡晖贾永). */
    private static final String[] REPORTERS = {"记者", "通讯员"};
    /** Most chars before the reporters' title on such a line (本报, 新华社, 孙海龙新华社). */
    private static final int REPORTER_LEAD = 10;
    /** Most chars after it: nine of names and a credit (摄影报道). */
    private static final int REPORTER_NAMES = 13;

    /** Whether the lexicon hit {@code h} is a title of {@link #REPORTERS} (本报记者, 通讯员). */
    private static boolean reporterTitle(char[] c, int[] h) {
        return (h[2] & NerLexicon.TITLE) != 0 && EntityRules.endsWithAny(c, h[1], REPORTERS);
    }

    /**
     * A line that ends with reporters' names written without separators after 记者 or 通讯员 (本报记者严正孙勇军,
     * 新华社记者李锦赵承, before a credit such as 报道 or 摄): two names or more, split as a bracketed byline's.
     */
    static void reporterLines(char[] c, NerLexicon lex, List<int[]> hits, List<Mention> mentions) {
        int n = c.length;
        for (int[] h : hits) {
            int s = h[1];
            if (!reporterTitle(c, h)) {
                continue;
            }
            // both scans stop once the line cannot be such a line: linear on a long line with many titles
            int lineStart = h[0];
            while (lineStart > 0 && c[lineStart - 1] != '\n' && h[0] - lineStart <= REPORTER_LEAD) {
                lineStart--;
            }
            int e = s;
            while (e < n && EntityRules.isHan(c[e]) && e - s <= REPORTER_NAMES) {
                e++;
            }
            if (h[0] - lineStart > REPORTER_LEAD || e - s > REPORTER_NAMES || !paragraphEnd(c, e)
                    || !allHan(c, lineStart, h[0])) {
                continue;
            }
            e = beforeCredit(c, s, e);
            if (e - s >= 4 && e - s <= 9
                    && (lex.categories(new String(c, s, e - s)) & (NerLexicon.PERSON | NerLexicon.SEEN_PER)) == 0) {
                splitNames(c, s, e, 2, lex, mentions);
            }
        }
    }

    /** Prepositions and adverbs no reporter's name starts with (记者在现场报道, 记者从前方报道, 记者正在报道). */
    private static final String NOT_REPORTER_FIRST = "在从对将就都也还又这那正已";

    /** Most chars of one reporter's name between 记者 and 报道 (a compound surname and a two-char given name). */
    private static final int REPORTER_NAME_MAX = 4;

    /**
     * 本报记者潘帝都报道, 记者归通昌、吴绮敏报道: between 记者 (or 通讯员) and 报道 stand the reporters' names and
     * nothing else, one per item of a 、-list; a two-char name may be padded with a space (（记者 黄 垚）). Each item
     * of two to four Han chars is one person, unless it is a place, organisation or title of the lexicon or an
     * ordinary word the core dictionary saw five times or more (记者今天报道, 记者日前报道; 丁子, m once there, is a
     * name). A person that crosses the item's edge (潘帝|都, 归|通昌) gives way to it, and an item no mention covers
     * becomes one (记者丁子报道). Not where a place or organisation lies in the item. A late pass, after the person
     * filter: the byline's frame is surer than the filter's features.
     */
    static void reportedBy(char[] c, NerLexicon lex, List<int[]> hits, List<Mention> mentions) {
        int n = c.length;
        java.util.TreeMap<Integer, Integer> items = null; // the names' spans, by start
        List<int[]> titles = null; // [start, end] of each reporter's title: most texts have none
        for (int[] h : hits) {
            if (reporterTitle(c, h)) {
                if (titles == null) {
                    titles = new ArrayList<>();
                }
                titles.add(new int[] {h[0], h[1]});
                traineesOnLine(c, h[1], titles);
            }
        }
        if (titles == null) {
            return;
        }
        for (int[] h : titles) {
            int s = h[1];
            while (s < n && c[s] == ' ' && s - h[1] < 2) {
                s++; // （记者 黄 垚）: a space after the title
            }
            int e = s;
            while (e < n && e - s <= REPORTER_NAMES && (EntityRules.isHan(c[e]) || c[e] == '、' || paddingAt(c, e))
                    && !EntityRules.startsWith(c, e, "报道")) {
                e++;
            }
            // 本报记者 李亚楠 实习生 马欣然⏎: a name spaced from its title may end the line too
            boolean spacedLast = s > h[1] && e - s >= 2 && (e == n || c[e] == '\n');
            if (e == s || !EntityRules.startsWith(c, e, "报道") && !bracketedByline(c, h[0], e)
                    && !spacedByline(c, e) && !spacedLast) {
                continue;
            }
            if (e < n && c[e] == ')' && c[e - 1] != '、') {
                e = beforeCredit(c, s, e); // （新华社记者刘宇|摄）
            }
            for (int from = s; from < e; ) {
                int to = from;
                while (to < e && c[to] != '、') {
                    to++;
                }
                if (reporter(c, from, to, lex)) {
                    if (items == null) {
                        items = new java.util.TreeMap<>();
                    }
                    items.put(from, to);
                }
                from = to + 1;
            }
        }
        if (items == null) {
            return;
        }
        // the items in one pass over the mentions (a long text may hold thousands of bylines): not where a place
        // or organisation lies in the item; a person crossing it gives way
        EntityRules.Overlaps others = new EntityRules.Overlaps(n, mentions, m -> m.type() != EntityType.PERSON);
        items.entrySet().removeIf(item -> others.any(item.getKey(), item.getValue()));
        boolean[] inItem = new boolean[n];
        for (java.util.Map.Entry<Integer, Integer> item : items.entrySet()) {
            for (int p = item.getKey(); p < item.getValue(); p++) {
                inItem[p] = true;
            }
        }
        int[] coveredBefore = new int[n + 1]; // chars of accepted items before each offset
        for (int p = 0; p < n; p++) {
            coveredBefore[p + 1] = coveredBefore[p] + (inItem[p] ? 1 : 0);
        }
        mentions.removeIf(m -> coveredBefore[m.end()] > coveredBefore[m.start()]);
        for (java.util.Map.Entry<Integer, Integer> item : items.entrySet()) {
            mentions.add(new Mention(EntityType.PERSON, item.getKey(), item.getValue(), null, Mention.Priority.RULE));
        }
    }

    /**
     * A name at {@code e}'s left ends at spaces that set it apart on a byline line (本报记者 蒋夫尔 通讯员 古丽米拉 报道,
     * 记者 石鑫 摄): after them come a credit, another reporter's title or the line's end.
     */
    private static boolean spacedByline(char[] c, int e) {
        int k = e;
        while (k < c.length && c[k] == ' ') {
            k++;
        }
        if (k == e) {
            return false;
        }
        if (k == c.length || c[k] == '\n' || EntityRules.startsWith(c, k, "报道")) {
            return true;
        }
        if (c[k] == '摄' && (k + 1 == c.length || !EntityRules.isHan(c[k + 1]))) {
            return true;
        }
        for (String title : BYLINE_TITLES) {
            if (EntityRules.startsWith(c, k, title)) {
                return true;
            }
        }
        return false;
    }

    /** A byline's trainee, whom the lexicon holds no title for (People's Daily 1998-01 has 实习生/n once). */
    private static final String TRAINEE = "实习生";

    /** Adds the trainees' titles on the line after a reporter's title that ends at {@code from}. */
    private static void traineesOnLine(char[] c, int from, List<int[]> titles) {
        for (int k = from; k + TRAINEE.length() <= c.length && c[k] != '\n' && k - from <= REPORTER_NAMES * 2; k++) {
            if (EntityRules.startsWith(c, k, TRAINEE)) {
                titles.add(new int[] {k, k + TRAINEE.length()});
            }
        }
    }

    /** Titles that open the next name of a spaced byline line. */
    private static final String[] BYLINE_TITLES = {"记者", "通讯员", "本报记者", "实习生", "见习记者"};

    /** Chars between a byline's opening bracket and its 记者: (新华社记者, (本报驻京记者. */
    private static final int BYLINE_HEAD = 8;

    /**
     * The names after a reporter's title at {@code title} end the bracket that holds them: 电（记者姜微）, （新华社记者
     * 李舸）. The bracket opens at most {@value #BYLINE_HEAD} chars before the title, with no other bracket between.
     */
    private static boolean bracketedByline(char[] c, int title, int e) {
        if (e >= c.length || c[e] != ')') {
            return false;
        }
        for (int k = title - 1; k >= 0 && k >= title - 1 - BYLINE_HEAD; k--) {
            if (c[k] == '(') {
                return true;
            }
            if (!EntityRules.isHan(c[k])) {
                return false;
            }
        }
        return false;
    }

    /**
     * The space that pads a two-char name to the width of three (张 伟, 黄 垚): between two Han chars, the first after
     * no Han char, the second before none.
     */
    private static boolean paddingAt(char[] c, int p) {
        return c[p] == ' ' && p >= 1 && p + 1 < c.length && EntityRules.isHan(c[p - 1]) && EntityRules.isHan(c[p + 1])
                && (p < 2 || !EntityRules.isHan(c[p - 2])) && (p + 2 >= c.length || !EntityRules.isHan(c[p + 2]));
    }

    /** Whether one item {@code [s, e)} of {@link #reportedBy} may be a reporter's name by its chars alone. */
    private static boolean reporter(char[] c, int s, int e, NerLexicon lex) {
        String item = new String(c, s, e - s).replace(" ", ""); // 黄 垚, padded
        if (item.length() < 2 || item.length() > REPORTER_NAME_MAX) {
            return false;
        }
        return onlyAName(lex, item) && !Words.ordinaryToo(item) && NOT_REPORTER_FIRST.indexOf(c[s]) < 0;
    }

    static boolean allHan(char[] c, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!EntityRules.isHan(c[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * （新园）, （木易摘）: two Han chars alone in the bracket that ends a paragraph (before a credit such as 摘) are the
     * writer's pen name, where they are no word of the core dictionary or the lexicon (（续完）, （和平）, （北京）), do
     * not start with a numeral (（二首）) and no mention lies.
     */
    static void penNames(char[] c, NerLexicon lex, List<Mention> mentions) {
        int n = c.length;
        for (int close = 3; close < n; close++) {
            if (c[close] != ')' || !paragraphEnd(c, close + 1)) {
                continue;
            }
            char credit = c[close - 1];
            int e = credit == '摘' || credit == '摄' || credit == '文' || credit == '译' ? close - 1 : close;
            int s = e - 2;
            if (s < 1 || c[s - 1] != '(' || !EntityRules.isHan(c[s]) || !EntityRules.isHan(c[s + 1])) {
                continue;
            }
            String name = new String(c, s, 2);
            if (Words.known(name) || Words.otherThanPerson(name) || lex.categories(name) != 0
                    && (lex.categories(name) & (NerLexicon.SEEN_PER | NerLexicon.PERSON)) == 0
                    || name.indexOf('图') >= 0 || name.indexOf('续') >= 0 || name.indexOf('完') >= 0
                    || "一二三四五六七八九十两百万上中下".indexOf(c[s]) >= 0) { // （二首）, （上）; not 千 (千禾摄)
                continue;
            }
            boolean free = true;
            for (Mention m : mentions) {
                free &= m.end() <= s || m.start() >= e || m.type() == EntityType.PERSON && m.start() == s && m.end() == e;
            }
            if (free) {
                mentions.removeIf(m -> m.type() == EntityType.PERSON && m.start() == s && m.end() == e);
                mentions.add(new Mention(EntityType.PERSON, s, e, null, Mention.Priority.RULE));
            }
        }
    }

    private static boolean paragraphEnd(char[] c, int p) {
        for (int k = p; k < c.length; k++) {
            if (c[k] == '\n' || c[k] == '\r') {
                return true;
            }
            if (!Character.isWhitespace(c[k]) && c[k] != '\u3000') {
                return false;
            }
        }
        return true;
    }

    /** Share of two-char names among the persons of People's Daily bylines: most names have three chars. */
    private static final double LOG_TWO = Math.log(0.3), LOG_THREE = Math.log(0.7);
    /**
     * The likeliest way to read {@code c[s, e)} as names of a one-char surname and one or two given-name chars, as the
     * offsets where names start and the end; null when there is none. A name's score is the log-probability of its
     * surname and of its given-name chars (how many names of the training split hold them there) and of its length.
     */
    static int[] bylineSplit(char[] c, int s, int e, NerLexicon lex) {
        for (int k = s; k < e; k++) {
            if (!EntityRules.isHan(c[k]) || "的了等们和与及在是".indexOf(c[k]) >= 0 && k > s) {
                return null;
            }
        }
        double surnames = lex.surnameTotal(), givenNames = lex.givenNameTotal();
        int len = e - s;
        double[] best = new double[len + 1];
        int[] back = new int[len + 1];
        java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
        best[0] = 0;
        for (int i = 0; i < len; i++) {
            if (best[i] == Double.NEGATIVE_INFINITY || (lex.categories(c[s + i]) & NerLexicon.SURNAME) == 0) {
                continue;
            }
            double sur = Math.log((lex.surnameCount(c[s + i]) + 1) / surnames);
            double given = 0;
            for (int l = 2; l <= 3 && i + l <= len; l++) {
                given += Math.log((lex.givenNameCount(c[s + i + l - 1]) + 1) / givenNames);
                String name = new String(c, s + i, l);
                if ((lex.categories(name) & (NerLexicon.PLACE | NerLexicon.ORG)) != 0) {
                    continue;
                }
                double score = best[i] + sur + given + (l == 2 ? LOG_TWO : LOG_THREE);
                if (score > best[i + l]) {
                    best[i + l] = score;
                    back[i + l] = i;
                }
            }
        }
        if (best[len] == Double.NEGATIVE_INFINITY) {
            return null;
        }
        int count = 0;
        for (int i = len; i > 0; i = back[i]) {
            count++;
        }
        int[] cuts = new int[count + 1];
        cuts[count] = e;
        for (int i = len, k = count - 1; i > 0; i = back[i], k--) {
            cuts[k] = s + back[i];
        }
        return cuts;
    }

    /** The list items {@code found} become persons; a person starting inside one of them gives way (汪|大成). */
    private static void personsForItems(int n, List<int[]> found, List<Mention> mentions) {
        if (found.isEmpty()) {
            return;
        }
        boolean[] inItem = new boolean[n];
        for (int[] f : found) {
            java.util.Arrays.fill(inItem, f[0], f[1], true);
        }
        mentions.removeIf(m -> m.type() == EntityType.PERSON && inItem[m.start()]);
        for (int[] f : found) {
            mentions.add(new Mention(EntityType.PERSON, f[0], f[1], null, Mention.Priority.RULE));
        }
    }

    /** Whether every mention over {@code [s, e)} is a place or organisation of exactly that span. */
    private static boolean retypable(List<Mention> mentions, int s, int e) {
        for (Mention m : mentions) {
            if (m.start() < e && s < m.end() && (m.type() == EntityType.PERSON || m.start() != s || m.end() != e
                    || m.priority() >= Mention.Priority.RULE)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the roster item {@code c[s, e)} is a name in form (see {@link #rosters}). */
    private static boolean rosterName(char[] c, int s, int e, NerLexicon lex, boolean middle, boolean strong) {
        int len = e - s;
        String item = new String(c, s, len);
        if (item.indexOf('·') >= 0) {
            return middle && len <= 16 && c[s] != '·' && c[e - 1] != '·';
        }
        if (len < 2 || Words.common(item)) {
            return false;
        }
        for (int t = 2; t <= len; t++) {
            if ((lex.categories(item.substring(len - t)) & NerLexicon.TITLE) != 0) {
                return false; // 总书记、国家主席、中央军委主席: a list of offices
            }
        }
        boolean surname = (lex.categories(c[s]) & NerLexicon.SURNAME) != 0
                || len >= 3 && (lex.categories(item.substring(0, 2)) & NerLexicon.SURNAME) != 0;
        if (!middle) {
            return surname && len <= 3 && EntityRules.hanName(c, s + 1, e) && !Words.otherThanPerson(item);
        }
        // inside the list any char but a particle may be in a name (梅向明, 相从智)
        for (int k = s; k < e; k++) {
            if (!EntityRules.isHan(c[k]) || "等的了们".indexOf(c[k]) >= 0) {
                return false;
            }
        }
        return len <= 4 && (surname || strong) && !Words.otherThanPerson(item);
    }

    /**
     * The end of a list's last item {@code c[s, e)} that runs on past the list (高蕾|等的精彩演唱, 王五|等人, and the
     * election reports' 王恩科、宋彭生、文林|为省人大常委会副主任): before a 等 or 为 two or three chars in, else e.
     */
    private static int beforeDeng(char[] c, int s, int e) {
        for (int k = s + 2; k <= s + 3 && k < e; k++) {
            if (c[k] == '等' || c[k] == '为') {
                return k;
            }
        }
        return e;
    }

    /** Where the bracketed note of up to eight chars that ends at e starts (冯淬（女）), else e: {@link #skipNote} backwards. */
    static int noteStart(char[] c, int e) {
        if (e >= 1 && c[e - 1] == ')') {
            for (int k = e - 2; k >= 0 && k >= e - 10; k--) {
                if (c[k] == '(') {
                    return k;
                }
            }
        }
        return e;
    }

    /** After an item ending at e: past a bracketed note of up to eight chars (（满族）, （女）), else e. */
    static int skipNote(char[] c, int e) {
        if (e < c.length && c[e] == '(') {
            for (int k = e + 1; k < c.length && k <= e + 9; k++) {
                if (c[k] == ')') {
                    return k + 1;
                }
            }
        }
        return e;
    }

    /** Word classes that end a clause's words before a list of names: 派|, 在|, 有|, 和|. */
    private static boolean clauseWord(byte pc) {
        return pc == VERB || pc == PREP || pc == ADVERB || pc == CONJ || pc == PARTICLE;
    }

    private static boolean candidate(char[] c, int s, int e, NerLexicon lex, boolean both) {
        int len = e - s;
        // 吕志和、: before a 、 和 is no conjunction
        return len >= 2 && len <= 3 && (lex.categories(c[s]) & NerLexicon.SURNAME) != 0
                && (EntityRules.hanName(c, s, e) || c[e - 1] == '和' && EntityRules.hanName(c, s, e - 1))
                && (both ? !Words.common(new String(c, s, len)) : !Words.otherThanPerson(new String(c, s, len)));
    }

    /**
     * A person of a one-char surname and two or three more chars that ran into the next word loses its last char:
     * 孟欣|成了, 王坪|曾执导, 褚时健|集厂长 (the segmenter starts a word of two or more chars at the last char, or a
     * one-char verb, adverb or function word there whose char is rare in given names: 吴彬|也, 徐金娣|托).
     */
    static void trailingWords(char[] c, boolean[] cut, byte[] posStart, NerLexicon lex, List<Mention> mentions) {
        int n = c.length;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int s = m.start(), e = m.end(), last = e - 1;
            if (endsInSpeech(c, cut, posStart, lex, m) || longNameTail(c, lex, m)) {
                mentions.set(k, new Mention(m.type(), s, last, m.value(), m.priority()));
                continue;
            }
            if (m.type() != EntityType.PERSON || m.length() < 3 || m.length() > 4 || !cut[last]
                    || (lex.categories(c[s]) & NerLexicon.SURNAME) == 0
                    || (lex.categories(new String(c, s, 2)) & NerLexicon.SURNAME) != 0 || !EntityRules.hanName(c, s, last)
                    || !EntityRules.isHan(c[last]) || e == n || !EntityRules.isHan(c[e])) {
                // 祝源又、: before punctuation the char ends the name
                continue;
            }
            int we = e;
            while (we < n && !cut[we]) {
                we++;
            }
            byte p = posStart[last];
            boolean word = we == e ? (p == VERB || p == ADVERB || p == PREP || p == CONJ || p == PARTICLE)
                    && Words.mostly(c[last], "vpcdu") && !endsNamesOnly(c[last])
                    : we - last <= 4 && Words.common(new String(c, last, we - last));
            // not 冯小|刚, 王子|先: chars common in given names stay, whatever the segmenter says
            if (word && lex.givenNameCount(c[last]) < GIVEN_RARE && !Words.known(new String(c, s, m.length()))) {
                mentions.set(k, new Mention(m.type(), s, last, m.value(), m.priority()));
            }
        }
    }

    private static final int GIVEN_RARE = 3;

    /**
     * A one-char surname and three chars is rarely a Han name: where the last is mostly a verb or function word and a
     * Han char follows, it starts what comes next (龚德俊|花巨资, 门文元|任总导演), though the segmenter read it into
     * the given name (俊花/nr). Not a transliterated name (阿尔斯|通, 阿不都拉) nor a well-known person.
     */
    private static boolean longNameTail(char[] c, NerLexicon lex, Mention m) {
        int s = m.start(), e = m.end();
        return m.type() == EntityType.PERSON && m.length() == 4 && e < c.length && EntityRules.isHan(c[e])
                && EntityRules.hanName(c, s, e) && (lex.categories(c[s]) & NerLexicon.SURNAME) != 0
                && (lex.categories(new String(c, s, 2)) & NerLexicon.SURNAME) == 0 && !allTranslit(c, s, e - 1)
                && (lex.categories(new String(c, s, 4)) & NerLexicon.PERSON) == 0 && Words.mostly(c[e - 1], "vpcdu")
                && !endsNamesOnly(c[e - 1]);
    }

    /**
     * 桥本|说, 内塔尼亚胡|称: a verb of saying, a word of its own, ends no name of any origin; nor where the segmenter
     * glued it to a one-char given name it read as a name (王/nr 非称/nr 这场球).
     */
    private static boolean endsInSpeech(char[] c, boolean[] cut, byte[] posStart, NerLexicon lex, Mention m) {
        int e = m.end(), last = e - 1;
        if (m.type() != EntityType.PERSON || m.length() < 3 || SPEECH.indexOf(c[last]) < 0 || !cut[e]
                || lex.givenNameCount(c[last]) >= GIVEN_RARE || m.priority() > Mention.Priority.RULE) {
            return false;
        }
        return cut[last] ? posStart[last] == VERB
                : m.length() == 3 && cut[last - 1] && posStart[last - 1] == NAME && cut[m.start() + 1]
                && posStart[m.start()] == NAME && (lex.categories(c[m.start()]) & NerLexicon.SURNAME) != 0;
    }

    /**
     * 艾力·买买提|家 (his home, his family): a dotted name whose last part has three chars or more and ends in 家;
     * no transliterated name part ends so.
     */
    private static boolean endsInHome(char[] c, Mention m) {
        int e = m.end();
        if (m.type() != EntityType.PERSON || c[e - 1] != '家' || m.priority() > Mention.Priority.RULE) {
            return false;
        }
        int dot = e - 1;
        while (dot > m.start() && !EntityRules.isDot(c[dot])) {
            dot--;
        }
        return dot > m.start() && e - 1 - dot >= 3;
    }

    /**
     * 李明|作报告, 王强|做了: a three-char person (a surname and two chars) ending in 作 or 做 before more words took in
     * the verb "make, do"; no name of the training days ends in either (but for one byline its annotators ran
     * together, 石愚作).
     */
    private static boolean endsInDoing(char[] c, NerLexicon lex, Mention m) {
        int s = m.start(), e = m.end();
        return m.type() == EntityType.PERSON && m.length() == 3 && (c[e - 1] == '作' || c[e - 1] == '做')
                && e < c.length && EntityRules.isHan(c[e]) && EntityRules.hanName(c, s, e)
                && (lex.categories(c[s]) & NerLexicon.SURNAME) != 0 && m.priority() <= Mention.Priority.RULE;
    }

    /**
     * The verb of saying off the persons the later rules made (the last item of a list, 钱宏斌、李军、赖斌|说，):
     * {@link #trailingWords} ran before them.
     */
    static void speechTails(char[] c, boolean[] cut, byte[] posStart, NerLexicon lex, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (endsInSpeech(c, cut, posStart, lex, m) || endsInDoing(c, lex, m) || endsInHome(c, m)) {
                mentions.set(k, new Mention(m.type(), m.start(), m.end() - 1, m.value(), m.priority()));
            }
        }
    }

    /**
     * HanLP's role-tagged corpus saw the char end a given name ten times or more and never (under three times) right
     * after a name: 苏炳|添 (添 a verb of its own to the segmenter) ends the name, where 吴彬|也 does not.
     */
    private static boolean endsNamesOnly(char ch) {
        int roles = NameRoles.of(ch);
        return (roles >>> NameRoles.D & 7) >= 2 && (roles >>> NameRoles.L & 7) == 0;
    }

    /** Verbs of saying that follow a speaker's name. */
    private static final String SPEECH = "说称";

    /** Longest dotted name word taken whole (阿不都热依木·买买提 has 10 chars). */
    private static final int MAX_DOTTED = 20;

    /**
     * @return the end of the name word (nr) of the segmenter that starts at {@code s} if it holds a middle dot and
     *         every part has two Han chars or more, the first not starting with a title or an ordinary word
     *         (委员卡雷尔·范米尔特/nr); else -1
     */
    static int dottedNameWord(char[] c, boolean[] cut, byte[] posStart, NerLexicon lex, int s) {
        int n = c.length;
        if (!cut[s] || posStart[s] != NAME || !EntityRules.isHan(c[s])) {
            return -1;
        }
        int e = s + 1, part = 1, dots = 0;
        while (e < n && !cut[e]) {
            if (e - s >= MAX_DOTTED) {
                return -1;
            }
            char ch = c[e];
            if (EntityRules.isDot(ch)) {
                if (part < 2 || dots == 0 && titleOrWordFirst(c, s, e, lex)) {
                    return -1;
                }
                part = 0;
                dots++;
            } else if (EntityRules.isHan(ch)) {
                part++;
            } else {
                return -1;
            }
            e++;
        }
        return dots > 0 && part >= 2 ? e : -1;
    }

    /**
     * 阿不都热依木·买买提: a dotted name word of the segmenter ({@link #dottedNameWord}) that no mention overlaps is
     * a person. Uyghur and Kazakh names use chars that {@link EntityRules#dottedNames} does not take for
     * transliteration (不, 都, 热, 依), and the tagger misses some of them (他 阿不都·买买提 说). Where the tagger did
     * propose a name its edges are kept: the segmenter, trained on one month of People's Daily, runs a char on
     * either side into an unseen foreign name (中保尔·柯察金, 阿莱科斯·帕帕佐普洛斯时). Runs after the person filter,
     * which spares such a word where the tagger proposed exactly it ({@link PersonFilter}).
     */
    static void dottedNameWords(char[] c, boolean[] cut, byte[] posStart, NerLexicon lex, List<Mention> mentions) {
        int n = c.length;
        EntityRules.Overlaps taken = null;
        List<Mention> added = null;
        int[] personAt = null; // 1 + index of a person mention starting at p, else 0
        for (int s = 0; s < n; s++) {
            int e = dottedNameWord(c, cut, posStart, lex, s);
            if (e < 0) {
                continue;
            }
            if (taken == null) {
                taken = new EntityRules.Overlaps(n, mentions, m -> true);
                added = new ArrayList<>();
                personAt = new int[n + 1];
                for (int k = 0; k < mentions.size(); k++) {
                    if (mentions.get(k).type() == EntityType.PERSON) {
                        personAt[mentions.get(k).start()] = k + 1;
                    }
                }
            }
            if (particleDiAfter(c, cut, posStart, e)) {
                // the person the tagger ended with the word grows with it; nothing else may lie over the char
                if (personAt[s] > 0 && mentions.get(personAt[s] - 1).end() == e && !taken.any(e, e + 1)) {
                    Mention m = mentions.get(personAt[s] - 1);
                    mentions.set(personAt[s] - 1, new Mention(m.type(), s, e + 1, m.value(), m.priority()));
                }
                e++;
            }
            if (!taken.any(s, e)) {
                added.add(new Mention(EntityType.PERSON, s, e, null, Mention.Priority.RULE));
            } else if (personAt[s] > 0) {
                trimFunctionTail(c, cut, posStart, s, e, personAt[s] - 1, mentions);
            }
            s = e - 1;
        }
        if (added != null) {
            mentions.addAll(added);
        }
    }

    /**
     * 艾合买提·吐尔|地|带领: the segmenter read the last char of 吐尔地 (Turdi, a common Uyghur name) as the adverbial
     * particle 地, which follows adverbials and never a person's name, so a dotted name word with a last part of two
     * chars followed by 地 alone as a particle ends after it.
     */
    private static boolean particleDiAfter(char[] c, boolean[] cut, byte[] posStart, int e) {
        return e + 1 < c.length && c[e] == '地' && cut[e + 1] && posStart[e] == PARTICLE && EntityRules.isDot(c[e - 3]);
    }

    /**
     * 艾则孜·买买提正|忙着: the person {@code k} that begins with the dotted name word [s, e) and runs on over a
     * one-char adverb, verb or function word of the segmenter ends with the word; not over a transliteration char
     * (萨米亚·侯赛|因: the segmenter cuts names too).
     */
    private static void trimFunctionTail(char[] c, boolean[] cut, byte[] posStart, int s, int e, int k, List<Mention> mentions) {
        Mention m = mentions.get(k);
        if (m.end() == e + 1 && cut[e + 1] && (functionClass(posStart[e]) || posStart[e] == VERB)
                && !NAME_SOUND.has(c[e])) {
            mentions.set(k, new Mention(m.type(), s, e, m.value(), m.priority()));
        }
    }

    /**
     * Chars of transliterated names: those HanLP's dictionary of them (portable 1.8.6,
     * {@code data/dictionary/person/nrf}) holds ten times or more, as its {@code TranslatedPersonDictionary} derives
     * them, and 不, which it leaves out as too common but Uyghur names use (阿不都), and {@link #UYGHUR_KAZAKH}.
     */
    private static final String SOUND_CHARS = "丁万世丘东丝丹丽乌乔买亚亨什代伊伍休伦伯佐佛佩依保修儿克兰兹内冈农凡凯切列利别力加努劳勃勒华南博卜卡卢厄历古可史叶吉吕哈"
            + "哥唐嘉因图坎坦埃基塔塞士夏多大夫夸奇奈奎契奥妮姆威娃娅娜孔季宁安宾密富尔尤尼居山巴布希帕席平库庞康廉廷弗当彭彻彼得德怀思"
            + "恩惠戈戴扎托扬拉拜捷提摩撒敦文斯施日旺昂昆明易普曼朗木本朱李杜来杰松林柏查柯根格桑梅森欣欧比毛汀汉汗江汤沃沙法波泰泽洛派"
            + "海涅温滕潘烈热爱特玛珀班理琳琴瑞瑟瓦甘生甫申略登皮盖祖福科穆米索约纳纽维缪罕罗翰考耶肖肯胡舍舒艾芒芙芬苏若英范茨莉莎莫莱"
            + "菲萨葛蒂蒙蕾薇西詹诺谢豪贝贡费贾赖赛赫路辛达迈迪逊通道邓那邦都采里金钦钱锡门阿隆雅雪雷霍露非韦顿马高鲁鲍麦黑默黛齐龙";

    /**
     * Chars of Uyghur and Kazakh names as Chinese writes them that the list above lacks (热合曼, 托乎提, 吐尔洪, 玉素甫,
     * 艾则孜, 肉孜, 乃扎尔, 吾守尔, 茹仙古丽, 吐尔地; general knowledge of the names Xinjiang's press prints).
     */
    private static final String UYGHUR_KAZAKH = "乃义乎仙再则司合吐吾地外姑孜守开排旦洪牙玉素肉色茹铁音";

    private static final CharSet NAME_SOUND = new CharSet();

    static {
        String chars = SOUND_CHARS + "不" + UYGHUR_KAZAKH;
        for (int i = 0; i < chars.length(); i++) {
            NAME_SOUND.add(chars.charAt(i));
        }
    }

    /**
     * The segmenter's word ends after the char at e, which with the next char makes an ordinary word: the name word
     * swallowed that word's first char (吐尔洪·买买提高/nr 兴地/n for 买买提|高兴).
     */
    private static boolean splitWordStart(char[] c, boolean[] cut, int e) {
        return !cut[e] && e + 2 <= c.length && cut[e + 1] && Words.common(new String(c, e, 2));
    }

    /**
     * The one-char word at e is followed by 汗 (Kazakh -khan) or 江 (Uyghur -jan) standing alone as a word: the last
     * part of a name the segmenter cut, as in 达吾列|提|汗|带队, not a verb after the name.
     */
    private static boolean beforeNameEnding(char[] c, boolean[] cut, int e) {
        return e + 2 <= c.length && (c[e + 1] == '汗' || c[e + 1] == '江') && cut[e + 1]
                && (e + 2 == c.length || cut[e + 2]);
    }

    /** The 都 at e ends 阿不都 or 阿布都 (Abdu, a name or a name's head: 古丽米拉·阿不都), not the adverb. */
    private static boolean abduEnd(char[] c, int e) {
        return c[e] == '都' && e >= 2 && c[e - 2] == '阿' && (c[e - 1] == '不' || c[e - 1] == '布');
    }

    /** Longest part of a dotted name taken by {@link #dottedRuns} (阿不都热依木, 巴合提别克). */
    private static final int MAX_SOUND_PART = 7;

    /**
     * 农民阿布都克力木·买买提: parts of transliteration chars ({@link #NAME_SOUND}) on both sides of a middle dot, two
     * to {@value #MAX_SOUND_PART} chars each and not running into an ordinary word of the segmenter (副主席|玉苏甫江:
     * 席 is a transliteration char; 扎克尔|来到), are one person. Uyghur and Kazakh names, which the segmenter cuts
     * (阿布|都|克力木·买买提) and the tagger halves (阿布), use chars that {@link EntityRules#dottedNames} does not
     * take. A part of two chars or more ends before a one-char verb, adjective or function word (查理斯·科雷|来|了);
     * a run in quotes is a name of something else (“塔比伊·杜米亚特”, a restaurant). Persons inside it give way; any
     * other mention over it, or a person running out of it, keeps it out, but for a place that opens the name
     * ({@link #placesOpeningNames}). Runs after the person filter.
     */
    static void dottedRuns(char[] c, boolean[] cut, NerLexicon lex, List<Mention> mentions) {
        int n = c.length;
        List<Mention> found = null;
        for (int p = 1; p + 2 < n; p++) {
            if (!EntityRules.isDot(c[p]) || !NAME_SOUND.has(c[p - 1]) || !NAME_SOUND.has(c[p + 1])) {
                continue;
            }
            int s = p;
            // 丈夫|特里, 主席|曼: nor the end of an ordinary two-char word the segmenter did not see
            while (s > 0 && p - s < MAX_SOUND_PART && NAME_SOUND.has(c[s - 1]) && !inOrdinaryWord(c, cut, s - 1)
                    && !(s >= 2 && Words.common(new String(c, s - 2, 2)))) {
                s--;
            }
            if (s > 0 && !cut[s]) {
                int we = s; // 高僧帕|巴荣·卡拉耶: take no tail of a word that ends before the dot
                while (we < p && !cut[we]) {
                    we++;
                }
                if (we < p) {
                    s = we;
                }
            }
            int e = p;
            boolean ok = p - s >= 2;
            while (ok) {
                int part = e + 1;
                e = part;
                while (e < n && e - part < MAX_SOUND_PART && NAME_SOUND.has(c[e]) && !inOrdinaryWord(c, cut, e)
                        && !(e - part >= 2 && cut[e] && e + 1 <= n && (e + 1 == n || cut[e + 1])
                        && Words.mostly(c[e], "vpcdua") && !beforeNameEnding(c, cut, e) && !abduEnd(c, e))
                        && !(e - part >= 2 && splitWordStart(c, cut, e))) {
                    e++;
                }
                if (e < n && !cut[e]) {
                    int ws = e; // 邦德|大战诺/nr: take no head of a word that starts inside the part
                    while (ws > part && !cut[ws]) {
                        ws--;
                    }
                    if (ws > part) {
                        e = ws;
                    }
                }
                ok = e - part >= 2;
                if (!ok || e + 1 >= n || !EntityRules.isDot(c[e]) || !NAME_SOUND.has(c[e + 1])) {
                    break;
                }
            }
            boolean quoted = s > 0 && e < n && (c[s - 1] == '“' || c[s - 1] == '"') && (c[e] == '”' || c[e] == '"');
            if (ok && !quoted) {
                if (found == null) {
                    found = new ArrayList<>();
                }
                found.add(new Mention(EntityType.PERSON, s, e, null, Mention.Priority.RULE));
            }
            p = Math.max(p, e);
        }
        if (found != null) {
            placesOpeningNames(c, lex, found, mentions);
            replacePersonsWithin(n, found, mentions);
        }
    }

    /**
     * 阿里|木江·吐尔逊: the tagger's place at the start of a run of {@link #dottedRuns} gives way to it where a given name
     * of the lexicon starts with the place and ends after it, before the dot (阿里木, of 阿里木江): the place's chars
     * are the name's.
     */
    private static void placesOpeningNames(char[] c, NerLexicon lex, List<Mention> runs, List<Mention> mentions) {
        int[] dotOf = new int[c.length]; // the first dot of the run starting at each offset, 0 = none
        for (Mention run : runs) {
            int dot = run.start();
            while (!EntityRules.isDot(c[dot])) {
                dot++;
            }
            dotOf[run.start()] = dot;
        }
        mentions.removeIf(m -> m.type() == EntityType.PLACE && m.priority() < Mention.Priority.RULE
                && dotOf[m.start()] > m.end() && knownNameAcross(c, m.start(), m.end(), dotOf[m.start()], lex));
    }

    /** A person of the lexicon {@code c[s, e)} with {@code edge < e <= limit}. */
    private static boolean knownNameAcross(char[] c, int s, int edge, int limit, NerLexicon lex) {
        for (int e = edge + 1; e <= limit; e++) {
            if (knownPerson(c, s, e, lex)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 粒砂⏎, 厉佛灯⏎: a line of two or three Han chars and nothing else, which no mention touches, is a byline (an
     * author's name or pen name under an article or a poem): in People's Daily 1998-01-01..27, 350 of the 380 such
     * paragraphs that the core dictionary does not know as a word are persons, and of the other 30 all but three
     * (文艺部, 峨眉泉, 京青联) begin with a verb, adverb or conjunction or hold a pronoun (致读者, 多想, 探望你). So the
     * line must be no word of the core dictionary nor of the lexicon, end in no organisation suffix, hold no pronoun
     * nor abbreviation (京|青联) of the segmenter, and begin with no verb or function word save a surname the
     * segmenter read as a preposition or conjunction (于|立群) before a given name that is no common word (和|鞋子
     * stays); a later verb or function word only as the one-char given name after a surname (黄|铸). The tagger,
     * which reads a line as a sentence of its own, misses pen names for want of context. Runs after the person
     * filter and after {@link #nameLines}, whose {@link #nameAlone} takes such a line only where it starts with a
     * surname and its given-name chars occur in training names: this rule takes the pen names that do not (今哲, 广记).
     */
    static void lineNames(char[] c, boolean[] cut, byte[] posStart, NerLexicon lex, List<Mention> mentions) {
        int n = c.length;
        boolean[] covered = null;
        for (int ls = 0; ls < n; ) {
            int le = ls;
            while (le < n && !Chars.isLineBreak(c[le])) {
                le++;
            }
            int s = ls, e = le;
            while (s < e && Chars.isSpace(c[s])) {
                s++;
            }
            while (e > s && Chars.isSpace(c[e - 1])) {
                e--;
            }
            if (e - s >= 2 && e - s <= 3 && cut[s] && cut[e] && EntityRules.hanName(c, s, e)) {
                if (covered == null) {
                    covered = covered(n, mentions);
                }
                if (!anyTaken(covered, s, e) && bylineName(c, cut, posStart, lex, s, e)) {
                    mentions.add(new Mention(EntityType.PERSON, s, e, null, Mention.Priority.RULE));
                }
            }
            ls = le + 1;
        }
    }

    private static boolean bylineName(char[] c, boolean[] cut, byte[] posStart, NerLexicon lex, int s, int e) {
        String line = new String(c, s, e - s);
        if (Words.known(line) || (lex.categories(line) & (NerLexicon.PLACE | NerLexicon.ORG | NerLexicon.TOWN)) != 0
                || (lex.categories(c[e - 1]) & NerLexicon.ORGSUF) != 0) {
            return false; // 文艺部
        }
        boolean surname = (lex.categories(c[s]) & NerLexicon.SURNAME) != 0;
        for (int i = s; i < e; i++) {
            if (!cut[i]) {
                continue;
            }
            int we = i + 1;
            while (!cut[we]) {
                we++;
            }
            byte pc = posStart[i];
            if (pc == PRONOUN || Words.mostly(com.hankcs.hanlp.dictionary.CoreDictionary.get(new String(c, i, we - i)), "j")) {
                return false; // 探望你, 京|青联
            }
            boolean notName = pc == VERB || functionClass(pc);
            // 观/Vg|雪: a verb morpheme the segmenter's classes miss, by the core dictionary's uses of the char
            if (i == s && (notName || we == s + 1 && pc != NAME && Words.mostlyNotAName(c[s])) && !(surname && we == s + 1 && (pc == PREP || pc == CONJ)
                    && EntityRules.plausible(c, s, 1, e))) {
                return false; // 致|读者, 多|想, 和|鞋子; not 于|立群
            }
            if (i > s && notName && !(surname && i == s + 1 && we == e && e - s == 2)) {
                return false; // 学|金融 (first), 不|合格 (first); not 黄|铸
            }
        }
        return true;
    }

    /**
     * 丁薛祥　习近平　王　毅　尹　力　石泰峰: official name lists set names in cells three chars wide, one space apart,
     * and pad a two-char name with a space between surname and given name. In a run of Han words separated by spaces
     * only, where a three-char word is a person, two one-char words in a row, a surname and a char seen in given
     * names, are one person (王　毅), in place of what was found inside it (the surname alone). So is a run of just
     * such two words whose surname alone was found a person (【编辑：李　强】), and a run where such a pair follows a
     * word ending with a title of the lexicon (本报记者　李　强, 通讯员　王　伟　摄). Other runs (春　夏　秋) are left
     * alone: nothing says their cells are names.
     */
    static void paddedNames(char[] c, NerLexicon lex, List<Mention> mentions) {
        int n = c.length;
        byte[] person = null; // the length of a person of one or three chars starting here
        boolean[] personEnd = null; // a person ends here
        List<int[]> names = new ArrayList<>();
        int[] starts = new int[16], ends = new int[16];
        for (int i = 0; i < n; ) {
            if (!EntityRules.isHan(c[i])) {
                i++;
                continue;
            }
            // one run: Han words with only spaces between them
            int k = 0, ones = 0;
            for (int p = i; ; ) {
                int e = p;
                while (e < n && EntityRules.isHan(c[e])) {
                    e++;
                }
                if (k == starts.length) {
                    starts = Arrays.copyOf(starts, k * 2);
                    ends = Arrays.copyOf(ends, k * 2);
                }
                starts[k] = p;
                ends[k++] = e;
                ones += e - p == 1 ? 1 : 0;
                int q = e;
                while (q < n && c[q] == ' ') {
                    q++;
                }
                if (q == e || q == n || !EntityRules.isHan(c[q])) {
                    i = q;
                    break;
                }
                p = q;
            }
            if (ones < 2) {
                continue;
            }
            if (person == null) {
                person = new byte[n];
                personEnd = new boolean[n + 1];
                for (Mention m : mentions) {
                    if (m.type() == EntityType.PERSON) {
                        personEnd[m.end()] = true;
                        if (m.length() == 1 || m.length() == 3) {
                            person[m.start()] = (byte) m.length();
                        }
                    }
                }
            }
            paddedCells(c, lex, starts, ends, k, person, personEnd, names);
        }
        if (names.isEmpty()) {
            return;
        }
        // a mention inside a padded name gives way to it (the surname alone); one crossing its edge keeps it out
        int[] nameAt = new int[n];
        for (int j = 0; j < names.size(); j++) {
            Arrays.fill(nameAt, names.get(j)[0], names.get(j)[1], j + 1);
        }
        boolean[] crossed = new boolean[names.size()];
        for (Mention m : mentions) {
            for (int p = m.start(); p < m.end(); p++) { // mentions of a type do not overlap: linear in the text
                int j = nameAt[p] - 1;
                if (j >= 0 && (m.start() < names.get(j)[0] || m.end() > names.get(j)[1])) {
                    crossed[j] = true;
                }
            }
        }
        mentions.removeIf(m -> {
            int j = nameAt[m.start()] - 1;
            return j >= 0 && !crossed[j] && m.end() <= names.get(j)[1];
        });
        for (int j = 0; j < names.size(); j++) {
            if (!crossed[j]) {
                mentions.add(new Mention(EntityType.PERSON, names.get(j)[0], names.get(j)[1], null, Mention.Priority.RULE));
            }
        }
    }

    /**
     * The padded names of one run of words, added to {@code names}, when the run reads as cells of names: it holds a
     * three-char person or a title before a one-char cell, or it is one padded name whose surname alone was found a
     * person (编辑：李　强) or that stands in a 、-list beside a person (王  刚、李  强).
     */
    private static void paddedCells(char[] c, NerLexicon lex, int[] starts, int[] ends, int k, byte[] person,
                                    boolean[] personEnd, List<int[]> names) {
        int n = c.length;
        boolean cells = k == 2 && (person[starts[0]] == 1
                || ends[1] + 1 < n && c[ends[1]] == '、' && person[ends[1] + 1] != 0
                || starts[0] >= 2 && c[starts[0] - 1] == '、' && personEnd[starts[0] - 1]);
        for (int t = 0; t < k; t++) {
            cells |= k >= 3 && ends[t] - starts[t] == 3 && person[starts[t]] == 3;
            // 本报记者　李　强, 通讯员　王　伟: a title of the lexicon right before a cell
            cells |= t + 2 < k && ends[t] - starts[t] >= 2 && ends[t + 1] - starts[t + 1] == 1
                    && endsWithTitle(c, starts[t], ends[t], lex);
        }
        if (!cells) {
            return;
        }
        if (k >= 3 && ends[k - 2] - starts[k - 2] == 1
                && Arrays.asList(CREDITS).contains(new String(c, starts[k - 1], ends[k - 1] - starts[k - 1]))) {
            k--; // 记者　李　强　摄: the credit after the last name is no cell
        }
        // every one-char word must pair with the next into a name, or the run is not cells of names (春　夏　秋　冬)
        for (int t = 0; t < k; t++) {
            if (ends[t] - starts[t] == 1) {
                int g = t + 1 < k ? starts[t + 1] : -1;
                if (g < 0 || ends[t + 1] - g != 1 || (lex.categories(c[starts[t]]) & NerLexicon.SURNAME) == 0
                        || lex.givenNameCount(c[g]) == 0 || EntityRules.NOT_IN_NAME.indexOf(c[g]) >= 0) {
                    return;
                }
                t++;
            }
        }
        for (int t = 0; t + 1 < k; t++) {
            if (ends[t] - starts[t] == 1) {
                names.add(new int[]{starts[t], starts[t + 1] + 1});
                t++; // the given name is no surname of the next cell
            }
        }
    }

    /** Whether the Han word {@code c[s, e)} ends with a title of the lexicon (本报记者, 党委书记, 通讯员). */
    private static boolean endsWithTitle(char[] c, int s, int e, NerLexicon lex) {
        for (int b = Math.max(s, e - 5); b <= e - 2; b++) {
            if ((lex.categories(new String(c, b, e - b)) & NerLexicon.TITLE) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * 其长子|拉吉夫·甘地, 谢赫·哈西娜|提议, 阿拉丁·布鲁杰尔迪|访巴: a person holding a dotted name that the segmenter
     * reads as one word ends at that word where the tagger ran it on into the word beside it that the segmenter
     * cuts across the person's edge (a word of the core dictionary before it, 长子; a verb or function word after
     * it, 提议) or over a verb or function word of its own (访) that is no transliteration char (萨米亚·侯赛|因
     * keeps its 因). The segmenter, which reads the dotted word whole,
     * knows such edges better than the char tagger, which sees few foreign names.
     */
    static void dottedNameEdges(char[] c, boolean[] cut, byte[] posStart, NerLexicon lex, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() != EntityType.PERSON || m.length() < 4) {
                continue;
            }
            int d1 = -1, d2 = -1;
            for (int i = m.start() + 1; i < m.end() - 1; i++) {
                if (EntityRules.isDot(c[i])) {
                    d1 = d1 < 0 ? i : d1;
                    d2 = i;
                }
            }
            if (d1 < 0) {
                continue;
            }
            int a = d1, b = d2 + 1;
            while (a > m.start() && !cut[a]) {
                a--;
            }
            // 棉农吾斯曼·吐尔逊, one word of the segmenter, tagged from 农: the person's first char makes a word of the
            // core dictionary with the char before it, where that word opens the segmenter's (棉农, a cotton grower),
            // so the name starts after it
            if (a == m.start() && a > 0 && !cut[a] && cut[a - 1] && d1 - a >= 3
                    && Words.known(new String(c, a - 1, 2)) && !knownPerson(c, a, d1, lex)) {
                mentions.set(k, new Mention(m.type(), a + 1, m.end(), m.value(), m.priority()));
                continue;
            }
            while (b < m.end() && !cut[b]) {
                b++;
            }
            // the dotted word [a, b) is one word of the segmenter, whole inside the person
            if (!cut[a] || !cut[b] || d1 - a < 1 || b - d2 < 2) {
                continue;
            }
            int s = m.start(), e = m.end();
            if (s < a && !cut[s] && ordinaryWordAcross(c, cut, s, a)) {
                s = a;
            }
            // 毕业|于|约翰·霍普金斯: a preposition or other function word of its own before the dotted word, unless a
            // transliteration char (别/d|克木哈买提·木沙)
            if (s < a && cut[s] && functionClass(posStart[s]) && oneWord(cut, s, a) && !NAME_SOUND.has(c[s])) {
                s = a;
            }
            // 种植|户买买提·吐尔逊: a char mostly no name (户 of 种植户) before a given name the lexicon knows, which the
            // segmenter and the tagger both glued to the name
            if (s == a && d1 - s >= 4 && AMBIGUOUS.has(c[s]) && knownPerson(c, s + 1, d1, lex)
                    && !knownPerson(c, s, d1, lex)) {
                s++;
            }
            // 尼尔·弗斯|特等/b keeps its 特: only a verb or function word after the name ends it
            if (e > b && (posStart[b] == VERB || functionClass(posStart[b]))
                    && (cut[e] ? !NAME_SOUND.has(c[b]) : ordinaryWordAcross(c, cut, e, b))) {
                e = b;
            }
            if (s != m.start() || e != m.end()) {
                mentions.set(k, new Mention(m.type(), s, e, m.value(), m.priority()));
            }
        }
    }

    /**
     * 管委会主任|如|先古丽·吾斯曼: a one-char word between a title and a dotted name is the name's first char, cut off
     * by the segmenter (Uyghur and Kazakh given names start with chars that are words of their own: 如, 米, 沙), unless
     * it links or says (主任|和|…, 书记|说|…). The given name stays at five chars or fewer.
     */
    static void titledDottedStarts(char[] c, boolean[] cut, List<int[]> hits, List<Mention> mentions) {
        boolean[] titleEnd = null; // built at the first candidate: most texts have none
        EntityRules.Overlaps taken = null;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int s = m.start();
            if (m.type() != EntityType.PERSON || s < 3 || !cut[s] || !cut[s - 1] || !EntityRules.isHan(c[s - 1])
                    || TITLE_LINKS.indexOf(c[s - 1]) >= 0) {
                continue;
            }
            int dot = s + 1;
            while (dot < m.end() && !EntityRules.isDot(c[dot])) {
                dot++;
            }
            if (dot >= m.end() - 1 || dot - s + 1 > 5) {
                continue;
            }
            if (titleEnd == null) {
                titleEnd = new boolean[c.length + 1];
                for (int[] h : hits) {
                    titleEnd[h[1]] |= (h[2] & NerLexicon.TITLE) != 0 && cut[h[0]];
                }
                taken = new EntityRules.Overlaps(c.length, mentions, x -> true);
            }
            if (titleEnd[s - 1] && !taken.any(s - 1, s)) {
                mentions.set(k, new Mention(m.type(), s - 1, m.end(), m.value(), m.priority()));
            }
        }
    }

    /** One-char words that may stand between a title and a name: they link, say, place or mark. */
    private static final String TITLE_LINKS = "和与及同跟向对把被将给让请叫派陪率等说称讲是为在也都还又就才已曾的了着过之从自于以由";

    private static boolean knownPerson(char[] c, int s, int e, NerLexicon lex) {
        return (lex.categories(new String(c, s, e - s)) & NerLexicon.PERSON) != 0;
    }

    /**
     * The segmenter's word that crosses offset {@code edge} (a person's edge inside it) lies between {@code edge}'s
     * side of the dotted word and has two to four chars and is a word of HanLP's core dictionary (长子 before it,
     * 提议 after it).
     */
    private static boolean ordinaryWordAcross(char[] c, boolean[] cut, int edge, int dotted) {
        int ws = edge, we = edge;
        while (ws > 0 && !cut[ws]) {
            ws--;
        }
        while (we < c.length && !cut[we]) {
            we++;
        }
        boolean beside = edge < dotted ? we == dotted : ws == dotted;
        return beside && we - ws >= 2 && we - ws <= 4 && Words.known(new String(c, ws, we - ws));
    }

    /**
     * Adds each of {@code found} (persons in text order, none overlapping another) unless a mention of another type
     * overlaps it or a person runs out of it; the persons inside one that is added give way. Linear in the text and
     * the mentions' lengths.
     */
    private static void replacePersonsWithin(int n, List<Mention> found, List<Mention> mentions) {
        if (found.isEmpty()) {
            return;
        }
        int[] owner = new int[n]; // 1 + the index of the one covering i
        for (int k = 0; k < found.size(); k++) {
            java.util.Arrays.fill(owner, found.get(k).start(), found.get(k).end(), k + 1);
        }
        boolean[] blocked = new boolean[found.size()];
        for (Mention m : mentions) {
            for (int i = m.start(); i < m.end(); i++) {
                int k = owner[i] - 1;
                if (k >= 0 && (m.type() != EntityType.PERSON || m.start() < found.get(k).start()
                        || m.end() > found.get(k).end())) {
                    blocked[k] = true;
                }
            }
        }
        mentions.removeIf(m -> m.type() == EntityType.PERSON && owner[m.start()] > 0 && !blocked[owner[m.start()] - 1]);
        for (int k = 0; k < found.size(); k++) {
            if (!blocked[k]) {
                mentions.add(found.get(k));
            }
        }
    }

    /**
     * The segmenter's word holding offset q has two to four chars and is an ordinary word (主席, 来到); the scan
     * stops at four chars, so a long word costs no more.
     */
    private static boolean inOrdinaryWord(char[] c, boolean[] cut, int q) {
        int ws = q, we = q + 1;
        while (ws > 0 && !cut[ws] && q - ws < 4) {
            ws--;
        }
        while (we < c.length && !cut[we] && we - q < 4) {
            we++;
        }
        return (ws == 0 || cut[ws]) && (we == c.length || cut[we]) && we - ws >= 2 && we - ws <= 4
                && Words.common(new String(c, ws, we - ws));
    }

    /** 委员卡雷尔·范米尔特/nr: the segmenter ran a title or an ordinary word into the first part of the name. */
    private static boolean titleOrWordFirst(char[] c, int s, int e, NerLexicon lex) {
        for (int len = 2; len <= e - s - 2; len++) {
            String w = new String(c, s, len);
            if ((lex.categories(w) & NerLexicon.TITLE) != 0 || Words.common(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A person that is the beginning of one name word of the segmenter (nr) grows to the whole word: 卡尔|逊, 奥斯|汀,
     * 科科|申 (tagger) where the segmenter reads 卡尔逊/nr; the tagger stops early on unseen foreign names. A tagger's
     * person of two or more chars that begins a place word (辛辛那|提城/ns) is dropped, unless a function word follows
     * it inside that word (涂勇|及市/ns: the segmenter's error, not the tagger's).
     */
    static void nameWords(char[] c, boolean[] cut, byte[] posStart, List<Mention> mentions) {
        int n = c.length;
        boolean[] drop = new boolean[mentions.size()];
        boolean[] taken = covered(n, mentions);
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int s = m.start(), e = m.end();
            if (m.type() != EntityType.PERSON || !cut[s] || (posStart[s] != NAME && posStart[s] != PLACE) || e >= n
                    || cut[e] || !oneWord(cut, s, e)) {
                continue; // the mention lies inside one name word of the segmenter
            }
            int we = e;
            while (we < n && !cut[we]) {
                we++;
            }
            if (posStart[s] == PLACE) {
                // 辛辛那|提城/ns, a place the tagger cut short; not 涂勇|及市/ns, where a function word follows the name
                if (m.priority() < Mention.Priority.RULE && m.length() >= 2 && !FUNCTION.has(c[e])) {
                    drop[k] = true;
                }
                continue;
            }
            // not 查尔斯|王子, 德米雷尔|借(此): the segmenter ran a title or verb into the name
            boolean tail = we - e == 1 ? !Words.mostly(c[e], "vpcdu") : !Words.known(new String(c, e, we - e));
            if (posStart[s] == NAME && we - s <= 8 && tail && EntityRules.hanName(c, e, we) && !anyTaken(taken, e, we)) {
                mentions.set(k, new Mention(m.type(), s, we, m.value(), m.priority()));
                java.util.Arrays.fill(taken, e, we, true);
            }
        }
        int[] at = {0};
        mentions.removeIf(m -> at[0] < drop.length && drop[at[0]++]);
    }

    /** Verbs and conjunctions that join two persons in one run of text: 许广平致鲁瑞, 乔石祝克雷库, 李晓并刘伟. */
    private static final String JOINERS = "致祝应并与和同及给向";

    /**
     * A person of five or more chars made of two names joined by a verb or conjunction (许广平|致|鲁瑞, 科科申|应|迟浩田)
     * becomes the two persons: each side two to four chars, starting with a surname or a transliteration char.
     */
    static void splitJoined(char[] c, NerLexicon lex, List<Mention> mentions) {
        int size = mentions.size();
        for (int k = 0; k < size; k++) {
            Mention m = mentions.get(k);
            int s = m.start(), e = m.end();
            if (m.type() != EntityType.PERSON || m.length() < 5 || m.length() > 9 || !EntityRules.isHan(c[s])) {
                continue;
            }
            for (int i = s + 2; i <= e - 3 && i <= s + 4; i++) {
                if (JOINERS.indexOf(c[i]) >= 0 && nameStart(c, s, lex) && nameStart(c, i + 1, lex) && e - i - 1 <= 4
                        && EntityRules.hanName(c, s, i) && EntityRules.hanName(c, i + 1, e)) {
                    mentions.set(k, new Mention(m.type(), s, i, null, m.priority()));
                    mentions.add(new Mention(m.type(), i + 1, e, null, m.priority()));
                    break;
                }
            }
        }
    }

    private static boolean nameStart(char[] c, int s, NerLexicon lex) {
        return (lex.categories(c[s]) & NerLexicon.SURNAME) != 0 || TRANSLIT.has(c[s]);
    }

    /**
     * Common Japanese family names of two chars (real-world list of the most frequent surnames and of public
     * figures' names, in simplified Chinese script; names with 塚 in both its forms).
     */
    private static final java.util.Set<String> JAPANESE = java.util.Set.of(
            "佐藤", "铃木", "高桥", "田中", "渡边", "伊藤", "山本", "中村", "小林", "加藤", "吉田", "山田", "山口",
            "松本", "井上", "木村", "清水", "山崎", "池田", "桥本", "阿部", "石川", "山下", "中岛", "石井", "小川",
            "前田", "冈田", "藤田", "后藤", "近藤", "村上", "远藤", "青木", "坂本", "斋藤", "福田", "太田", "西村",
            "藤井", "冈本", "藤原", "中野", "三浦", "原田", "中川", "松田", "竹内", "小野", "田村", "森田", "内田",
            "柴田", "酒井", "宫崎", "横山", "高木", "安藤", "宫本", "大野", "小岛", "谷口", "今井", "工藤", "增田",
            "丸山", "杉山", "村田", "大冢", "新井", "藤本", "河野", "野口", "武田", "松井", "千叶", "岩崎", "菅原",
            "木下", "久保", "佐野", "野村", "松尾", "菊地", "杉本", "古川", "岛田", "水野", "桑原", "樱井", "渡部",
            "细川", "片冈", "谷内", "小村", "小渊", "羽田", "海部", "宫泽", "竹下", "村山", "河本", "大平", "三木",
            "鸠山", "野田", "冈崎", "高村", "小泉", "八木", "丹羽", "梶山", "小泽", "石原", "大江", "黑泽", "川端",
            "坂田", "武宫", "大竹", "桥田", "土井", "中曾", "野中", "森喜", "堀田", "浅野", "服部", "仓田", "北岛",
            // public figures of the 2010s-2020s (岸田文雄, 石破茂, 高市早苗, 茂木敏充, 大谷翔平, 植田和男)
            "岸田", "石破", "高市", "茂木", "上川", "大谷", "植田",
            // 塚 as Japanese names keep it (三塚博), beside the simplified 冢
            "三冢", "三塚", "大塚", "饭塚", "手塚", "石塚", "平塚", "户塚");

    /** First and second chars of {@link #JAPANESE}: most two-char words are ruled out without building a String. */
    private static final CharSet JAPANESE_FIRST = new CharSet(),
            JAPANESE_SECOND = new CharSet();
    /** {@link #JAPANESE} as sorted keys (first char &lt;&lt; 16 | second), searched without building a String. */
    private static final int[] JAPANESE_KEYS = JAPANESE.stream().mapToInt(w -> w.charAt(0) << 16 | w.charAt(1)).sorted()
            .toArray();
    /** A bit per hashed key of {@link #JAPANESE_KEYS}: most pairs of their chars are answered without the search. */
    private static final long[] JAPANESE_BITS = new long[1 << 10];

    private static int japaneseBit(int key) {
        return (key * 0x9E3779B1) >>> 16;
    }

    /** Whether {@code a b} is a family name of {@link #JAPANESE}. */
    private static boolean japaneseFamily(char a, char b) {
        int key = a << 16 | b, bit = japaneseBit(key);
        return (JAPANESE_BITS[bit >>> 6] & 1L << bit) != 0 && java.util.Arrays.binarySearch(JAPANESE_KEYS, key) >= 0;
    }

    static {
        for (String name : JAPANESE) {
            JAPANESE_FIRST.add(name.charAt(0));
            JAPANESE_SECOND.add(name.charAt(1));
        }
        for (int key : JAPANESE_KEYS) {
            JAPANESE_BITS[japaneseBit(key) >>> 6] |= 1L << japaneseBit(key);
        }
    }

    /**
     * A Japanese family name ({@link #JAPANESE}) with its given name, the next word of one or two chars (小林|觉,
     * 细川|护熙): where the tagger found the family name alone as a person, the person grows to the given name;
     * where no mention lies and the text speaks of 日本 or the segmenter reads the given name (or the whole: 三塚博/nr)
     * as a name, a person is added. The given name is no verb, function word, numeral (九段), locative or title, nor a
     * verb of saying (桥本|说).
     */
    static void japaneseNames(char[] c, boolean[] cut, byte[] posStart, NerLexicon lex, List<int[]> hits,
                              List<Mention> mentions) {
        int n = c.length;
        boolean[] titleStart = null;
        int[] at = null; // 1 + index of the person mention starting at p
        boolean[] taken = null;
        boolean japan = false;
        for (int s = 0; s + 3 <= n; s++) {
            if (!cut[s] || !JAPANESE_FIRST.has(c[s]) || !JAPANESE_SECOND.has(c[s + 1]) || !japaneseFamily(c[s], c[s + 1])) {
                continue;
            }
            // the segmenter may read the whole name as one name word (三塚博/nr)
            boolean nameWord = !cut[s + 2] && posStart[s] == NAME;
            if (!cut[s + 2] && !nameWord) {
                continue;
            }
            if (at == null) { // the first family name of the text: most texts have none
                titleStart = new boolean[n + 1];
                for (int[] h : hits) {
                    if ((h[2] & NerLexicon.TITLE) != 0) {
                        titleStart[h[0]] = true;
                    }
                }
                at = new int[n + 1];
                taken = new boolean[n];
                for (int k = 0; k < mentions.size(); k++) {
                    Mention m = mentions.get(k);
                    if (m.type() == EntityType.PERSON) {
                        at[m.start()] = k + 1;
                    }
                    java.util.Arrays.fill(taken, m.start(), m.end(), true);
                }
            }
            int g = s + 2, ge = g + 1;
            while (ge < n && !cut[ge]) {
                ge++;
            }
            // 中村|真|衣|夺冠: two one-char words of a noun, adjective or adverb (真 of 真衣, 真澄 is mostly an adverb)
            boolean twoWords = !nameWord && ge - g == 1 && ge + 1 < n && cut[ge + 1] && EntityRules.isHan(c[ge]);
            // 植田|和|男: 和 before a one-char word 男, 夫, 彦 or 子 opens a given name (和男, 和夫), not "and"
            boolean kazu = twoWords && c[g] == '和' && KAZU_SECOND.indexOf(c[ge]) >= 0;
            boolean pair = kazu || twoWords && EntityRules.isHan(c[ge + 1]) && nameCharClass(posStart[g])
                    && nameCharClass(posStart[ge]) && !Words.mostly(c[g], "pcurf") && !FUNCTION.has(c[ge]);
            if (pair || twoWords && !EntityRules.isHan(c[ge + 1])) {
                ge++; // 谷内|敏|美。: two one-char words before punctuation
            }
            byte p = nameWord ? NAME : posStart[g];
            // the segmenter often reads a given name as a verb (小林|觉/v, 细川|护熙/v): only function words, numerals
            // (九段), time and ordinary words (桥本|去年) and titles end the family name
            if (ge - g > 2 || !EntityRules.hanName(c, kazu ? g + 1 : g, ge) || titleStart[g] || p == PREP
                    || p == CONJ && !kazu || p == PARTICLE || p == PRONOUN || p == NUMERAL || p == LOCATIVE
                    || FUNCTION.has(c[g]) && !pair || FUNCTION.has(c[ge - 1])
                    || (ge - g == 2 && Words.common(new String(c, g, 2)))
                    || (ge - g == 1 && SPEECH.indexOf(c[g]) >= 0)) {
                continue;
            }
            int k = at[s] - 1;
            if (k >= 0 && mentions.get(k).end() == s + 2) {
                Mention m = mentions.get(k);
                if (!anyTaken(taken, g, ge)) {
                    mentions.set(k, new Mention(m.type(), s, ge, m.value(), m.priority()));
                    java.util.Arrays.fill(taken, g, ge, true);
                }
            } else if (!anyTaken(taken, s, ge) && (p == NAME || japan || (japan = mentionsJapan(c)))
                    && (p == NAME || !Words.rarelyAPerson(new String(c, s, 2))) && !Words.known(new String(c, s, ge - s))) {
                mentions.add(new Mention(EntityType.PERSON, s, ge, null, Mention.Priority.RULE));
                java.util.Arrays.fill(taken, s, ge, true);
            }
        }
    }

    /** Second chars of Japanese given names that start with 和 (和男, 和夫, 和彦, 和子). */
    private static final String KAZU_SECOND = "男夫彦子";

    /** Word classes a one-char given-name part may have: a noun, adjective, adverb or name (真|衣, 由|美). */
    private static boolean nameCharClass(byte pc) {
        return pc == NOUN || pc == ADJECTIVE || pc == ADVERB || pc == NAME || pc == OTHER;
    }

    private static boolean mentionsJapan(char[] c) {
        for (int k = 0; k + 1 < c.length; k++) {
            if (c[k] == '日' && c[k + 1] == '本') {
                return true;
            }
        }
        return false;
    }
}
