package org.tiqu.internal.ner;

import org.junit.jupiter.api.Test;
import org.tiqu.EntityType;
import org.tiqu.internal.recognize.Mention;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules of {@link PersonRules} on hand-made segmentations ({@code word/pos} separated by spaces) and tagger
 * output, so that they are tested whatever the bundled models propose.
 */
class PersonRulesTest {
    private static final NerLexicon LEX = NerLexicon.get();

    /** A segmented text: its folded chars, word boundaries and part-of-speech classes at word starts and ends. */
    private record Seg(char[] c, boolean[] cut, byte[] posStart, byte[] posEnd, List<int[]> hits) {
        static Seg of(String tagged) {
            StringBuilder text = new StringBuilder();
            List<int[]> words = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            for (String w : tagged.split(" ")) {
                int slash = w.lastIndexOf('/');
                words.add(new int[]{text.length(), text.length() + slash});
                tags.add(w.substring(slash + 1));
                text.append(w, 0, slash);
            }
            char[] c = NerFeatures.fold(text, 0, text.length());
            boolean[] cut = new boolean[c.length + 1];
            byte[] posStart = new byte[c.length + 1], posEnd = new byte[c.length + 1];
            for (int k = 0; k < words.size(); k++) {
                int[] w = words.get(k);
                cut[w[0]] = cut[w[1]] = true;
                posStart[w[0]] = posEnd[w[1]] = PersonRules.posClass(tags.get(k));
            }
            List<int[]> hits = new ArrayList<>();
            NerFeatures.lexiconCodes(c, LEX, hits);
            return new Seg(c, cut, posStart, posEnd, hits);
        }

        List<Mention> apply(Mention... tagged) {
            List<Mention> ms = new ArrayList<>(List.of(tagged));
            PersonRules.apply(c, cut, posStart, posEnd, LEX, hits, ms);
            return ms;
        }

        List<Mention> bylines(Mention... tagged) {
            List<Mention> ms = new ArrayList<>(List.of(tagged));
            PersonRules.bylines(c, LEX, hits, ms);
            return ms;
        }

        /** Runs one of the rules that come after the person filter on the tagger's mentions. */
        List<Mention> after(LateRule rule, Mention... tagged) {
            List<Mention> ms = new ArrayList<>(List.of(tagged));
            rule.apply(c, LEX, ms);
            return ms;
        }

        String text(Mention m) {
            return new String(c, m.start(), m.length());
        }
    }

    /** The signature of {@link PersonRules#writtenForms}, {@link PersonRules#athletes}, {@link PersonRules#borrowedTails} and other late rules. */
    @FunctionalInterface
    private interface LateRule {
        void apply(char[] c, NerLexicon lex, List<Mention> mentions);
    }

    private static List<String> inOrder(Seg s, List<Mention> ms) {
        return ms.stream().filter(m -> m.type() == EntityType.PERSON)
                .sorted(java.util.Comparator.comparingInt(Mention::start)).map(s::text).toList();
    }

    private static List<String> persons(Seg s, List<Mention> ms) {
        return ms.stream().filter(m -> m.type() == EntityType.PERSON).map(s::text).toList();
    }

    @Test
    void unseenNameAtClauseStartBeforeAVerbIsAPerson() {
        Seg s = Seg.of("调查/v 表明/v ，/w 褚/v 时/Ng 健/nr 利用/v 职权/n");
        List<Mention> ms = s.apply();
        assertEquals(List.of(new Mention(EntityType.PERSON, 5, 8, null, Mention.Priority.RULE)), ms);
    }

    @Test
    void aVerbAndItsObjectAfterARoleWordAreNoName() {
        // 修 is mostly a verb and 水渠 only a noun (n 2): the members dig a canal; 付 (v 19) before 秋林 (nz) is a name
        Seg s = Seg.of("社员/n 修/v 水渠/n 。/w 农民/n 付/v 秋林/nz 说/v");
        assertEquals(List.of("付秋林"), persons(s, s.apply()));
    }

    @Test
    void aGivenNameIsNotCompletedWithTheVerbAfterIt() {
        // the segmenter cut 安华举行 as 安/nr 华举/nr 行/nr; the tagger read 安华
        Seg s = Seg.of("首相/n 安/nr 华举/nr 行/nr 会谈/v 。/w");
        List<Mention> ms = new ArrayList<>(List.of(new Mention(EntityType.PERSON, 2, 4)));
        PersonRules.completeGivenNames(s.c(), s.cut(), s.posStart(), LEX, ms);
        assertEquals(List.of("安华"), persons(s, ms));
    }

    @Test
    void theVerbMakeLeavesAName() {
        // 作 and 做 end no name of the training days: 李明作报告 is 李明 making a report; before a mark it stays
        Seg s = Seg.of("副/b 书记/n 李/nr 明作/nr 报告/n ，/w 王/nr 强做/nr 了/u 工作/n ，/w 张/nr 明作/nr 。/w");
        List<Mention> ms = personsAt(s, "李明作", "王强做", "张明作");
        PersonRules.speechTails(s.c(), s.cut(), s.posStart(), LEX, ms);
        assertEquals(List.of("李明", "王强", "张明作"), persons(s, ms));
    }

    @Test
    void aDegreeAdverbAndAnAdjectiveAfterANameAreTheComment() {
        // 吴京太|燃了, 王俊凯超帅, 王一博 真帅; a third name char that no adjective follows (马振太说) stays
        Seg s = Seg.of("吴京太/nr 燃/v 了/y ，/w 王俊凯超帅/nr ，/w 王一博/nr 真帅/nr ，/w 张艺谋/nr 很/d 可爱/a ，/w 马振太/nr 说/v");
        List<Mention> ms = personsAt(s, "吴京太", "王俊凯超帅", "王一博", "真帅", "张艺谋", "马振太");
        PersonRules.degreeComments(s.c(), ms);
        assertEquals(List.of("吴京", "王俊凯", "王一博", "张艺谋", "马振太"), persons(s, ms));
    }

    @Test
    void anAdverbOpeningThePredicateIsNoThirdNameChar() {
        // 何平亦表示, 周杰才是; 王德才说 and 李敬则认为 (a name of the training days) stay
        Seg s = Seg.of("何平亦/nr 表示/v ，/w 周杰才/nr 是/v 主角/n ，/w 王德才/nr 说/v ，/w 李敬则/nr 认为/v");
        List<Mention> ms = personsAt(s, "何平亦", "周杰才", "王德才", "李敬则");
        PersonRules.adverbTails(s.c(), ms);
        assertEquals(List.of("何平", "周杰", "王德才", "李敬则"), persons(s, ms));
        // 同 before another person is "with"; 张文同 before a verb keeps it
        Seg t = Seg.of("陈静同/nr 赵强/nr 一起/d 去/v ，/w 张文同/nr 说/v");
        List<Mention> both = personsAt(t, "陈静同", "赵强", "张文同");
        PersonRules.adverbTails(t.c(), both);
        assertEquals(List.of("陈静", "赵强", "张文同"), persons(t, both));
        // 在 before a place is "at"; 刘山在 before 和 (a name of the training days) keeps it
        Seg u = Seg.of("局长/n 赵华在/nr 和田/ns 地区/n 督导/v ，/w 刘山在/nr 和/c 贝宁/ns 外交/n 部长/n 会谈/v");
        List<Mention> at = personsAt(u, "赵华在", "刘山在");
        String ut = new String(u.c());
        at.add(new Mention(EntityType.PLACE, ut.indexOf("和田"), ut.indexOf("和田") + 4));
        at.add(new Mention(EntityType.PLACE, ut.indexOf("贝宁"), ut.indexOf("贝宁") + 2));
        PersonRules.adverbTails(u.c(), at);
        assertEquals(List.of("赵华", "刘山在"), persons(u, at));
    }

    @Test
    void aNamesLastCharThatStartsACommonVerbGoes() {
        // 何平安|排 and 张文学|习 read as three-char names; 李国庆|祝贺 (祝贺 a word of its own) and 武定远|在 (在 far
        // more common alone than 远在) stay
        Seg s = Seg.of("何/nr 平安/nr 排/v 了/u 工作/vn ，/w 张/nr 文学/nr 习/v 文件/n ，/w 李/nr 国庆/nr 祝贺/v ，/w "
                + "武/nr 定远/nr 在/p 北京/ns");
        List<Mention> ms = personsAt(s, "何平安", "张文学", "李国庆", "武定远");
        PersonRules.adverbTails(s.c(), ms);
        assertEquals(List.of("何平", "张文", "李国庆", "武定远"), persons(s, ms));
    }

    @Test
    void aForeignNameGrowsOverNoCharOfAnOrdinaryWordAtItsEdge() {
        // 马丽华|丽 of 华丽转身 (丽华丽/nr read whole); 库|尔尼科娃 still grows
        Seg s = Seg.of("马/nr 丽华丽/nr 转身/v ，/w 库尔尼科娃/nr 赢/v 了/u");
        List<Mention> ms = personsAt(s, "马丽华", "库");
        String t = new String(s.c());
        ms.set(1, person(t.indexOf("库"), t.indexOf("库") + 2));
        PersonRules.growForeignNames(s.c(), s.cut(), s.posStart(), ms);
        assertEquals(List.of("马丽华", "库尔尼科娃"), persons(s, ms));
    }

    @Test
    void aPrepositionIsNoThirdCharOfAFourCharName() {
        // 刘华向市 of 刘华向市人大常委会报告工作; a two-char surname keeps its name (欧阳向东, 山田和夫 not even tried)
        Seg s = Seg.of("刘/nr 华向市/nr 人大/j 常委会/j 报告/n ，/w 欧阳/nr 向东/nr 说/v");
        List<Mention> ms = personsAt(s, "刘华向市", "欧阳向东");
        PersonRules.prepositionTails(s.c(), LEX, ms);
        assertEquals(List.of("刘华", "欧阳向东"), persons(s, ms));
    }

    @Test
    void theScorersNameLeavesTheIdiomOfHisSecondGoal() {
        // 姆巴佩梅|开二度; 李冬梅 before anything else keeps her 梅
        Seg s = Seg.of("姆巴佩梅/nr 开/v 二/m 度/q ，/w 哈兰德梅/nr 开/v 三/m 度/q ，/w 李冬梅/nr 开/v 会/v");
        List<Mention> ms = personsAt(s, "姆巴佩梅", "哈兰德梅", "李冬梅");
        PersonRules.adverbTails(s.c(), ms);
        assertEquals(List.of("姆巴佩", "哈兰德", "李冬梅"), persons(s, ms));
    }

    @Test
    void aDottedNameLeavesTheHomeAfterIt() {
        Seg s = Seg.of("农民/n 艾力·买买提家/nr 种/v 了/u 棉花/n ，/w 刘/nr 国家/n 说/v");
        List<Mention> ms = personsAt(s, "艾力·买买提家", "刘国家");
        PersonRules.speechTails(s.c(), s.cut(), s.posStart(), LEX, ms);
        assertEquals(List.of("艾力·买买提", "刘国家"), persons(s, ms));
    }

    @Test
    void aPlaceRightAfterATitleOfOfficeIsItsHolder() {
        // 马里 is also a country: after 财政部长 and before a date it is the minister; after 访问 it stays a place
        Seg s = Seg.of("财政部长/n 马里/ns 十二月/t 三十一日/t 在/p 雅加达/ns 说/v ，/w 总理/n 访问/v 马里/ns 。/w");
        String t = new String(s.c());
        List<Mention> ms = new ArrayList<>(List.of(new Mention(EntityType.PLACE, 4, 6),
                new Mention(EntityType.PLACE, t.lastIndexOf("马里"), t.lastIndexOf("马里") + 2)));
        PersonRules.placesAfterTitles(s.c(), s.cut(), s.posStart(), s.hits(), ms);
        assertEquals(List.of(EntityType.PERSON, EntityType.PLACE), ms.stream().map(Mention::type).toList());
    }

    @Test
    void aCharBeforeAnOrgansTitleIsNoSurname() {
        // 师党委书记: the division's party secretary, not a Mr 师; 周书记 is Secretary Zhou
        Seg s = Seg.of("。/w 师/Ng 党委书记/n 、/w 政委/n 张/nr 文全/nr ，/w 周/nr 书记/n 说/v");
        assertEquals(List.of("周"), persons(s, s.after((c, lex, ms) -> PersonRules.surnamesBeforeTitles(c, s.cut(),
                s.posStart(), s.posEnd(), lex, s.hits(), ms))));
    }

    @Test
    void aUnitBeforeItsCommissarIsNoSurname() {
        // 师政委: the division's political commissar (People's Daily: 师/Ng 政委/n); 王政委 is Commissar Wang
        Seg s = Seg.of("市委/n 书记/n 、/w 师/Ng 政委/n 在/p 调研/v ，/w 营/n 教导员/n 和/c 王/nr 政委/n 说/v");
        assertEquals(List.of("王"), persons(s, s.after((c, lex, ms) -> PersonRules.surnamesBeforeTitles(c, s.cut(),
                s.posStart(), s.posEnd(), lex, s.hits(), ms))));
    }

    @Test
    void aVerbOfSayingLeavesTheLastItemOfAList() {
        // the 、-list rules make 赖斌说 an item after trailingWords ran; the late pass takes the verb off
        Seg s = Seg.of("李军/nr 、/w 赖/nr 斌/nr 说/v ，/w 看/v 完/v");
        List<Mention> ms = new ArrayList<>(List.of(new Mention(EntityType.PERSON, 3, 6, null, Mention.Priority.RULE)));
        PersonRules.speechTails(s.c(), s.cut(), s.posStart(), LEX, ms);
        assertEquals(List.of("赖斌"), persons(s, ms));
    }

    @Test
    void unseenNameAfterAVerbBeforeANounIsAPerson() {
        Seg s = Seg.of("开除/v 褚/v 时/Ng 健/nr 党籍/n");
        assertEquals(List.of("褚时健"), persons(s, s.apply()));
    }

    @Test
    void unseenNameAfterDeIsAPersonButNotAfterOtherParticles() {
        Seg de = Seg.of("充满/v 节日/n 气氛/n 的/u 时/Ng 传/v 义/nr 家里/s");
        Seg le = Seg.of("到/v 了/u 时/Ng 传/v 义/nr 家里/s");
        assertEquals(List.of("时传义"), persons(de, de.apply()));
        assertEquals(List.of(), persons(le, le.apply()));
    }

    @Test
    void loneSurnameBeforeAWordOfAddressOrTitleIsAPerson() {
        Seg master = Seg.of("如果/c 周/nr 师傅/n 门口/n");
        Seg official = Seg.of("，/w 崔/nr 局长/n 来/v 了/u");
        assertEquals(List.of("周"), persons(master, master.apply()));
        assertEquals(List.of("崔"), persons(official, official.apply()));
    }

    @Test
    void aNamedSurnameRunIntoTheNextWordLosesIt() {
        // the tagger's 李认 and 李即: after 李建国 the surname alone refers to him, and 认为, 即 are words of their own
        Seg s = Seg.of("李/nr 建国/nr 购/v 车/n 。/w 李/nr 认为/v 被盗/v ，/w 李/nr 即/d 报案/v");
        List<Mention> ms = s.apply(person(0, 3), person(6, 8), person(12, 14));
        assertEquals(List.of("李建国", "李", "李"), inOrder(s, ms));
    }

    @Test
    void aNamedSurnameBeforeAOneCharVerbKeepsItsGivenName() {
        // the segmenter tags many one-char given names a verb (攀/v): 张攀 stays whole
        Seg s = Seg.of("男的/n 叫/v 张/nr 攀/nr 。/w 张/nr 攀/v 自己/r 来/v");
        List<Mention> ms = s.apply(person(3, 5), person(6, 8));
        assertEquals(List.of("张攀", "张攀"), inOrder(s, ms));
    }

    @Test
    void aSurnameReferenceEndingTheTextIsAPerson() {
        // the text's last char: the end of the text is read as punctuation (it once indexed past the end)
        Seg s = Seg.of("赵敬忠/nr 来/v 了/u ，/w 见到/v 赵/nr");
        assertEquals(List.of("赵敬忠", "赵"), inOrder(s, s.apply(new Mention(EntityType.PERSON, 0, 3))));
    }

    @Test
    void theLastItemOfAListRunningOnPastDengIsAPerson() {
        // 高蕾 ends the list; its run of Han chars goes on past 等 (高蕾等的精彩演唱)
        Seg s = Seg.of("马梅/nr 、/w 张礼慧/nr 、/w 高蕾/n 等/u 的/u 精彩/a 演唱/vn");
        List<Mention> ms = s.apply(person(0, 2), person(3, 6));
        assertEquals(List.of("马梅", "张礼慧", "高蕾"), inOrder(s, ms));
    }

    @Test
    void aTwoCharNameBeforeAVerbOfSayingIsAPerson() {
        Seg said = Seg.of("灯泡厂/n 的/u 江虹/n 说/v ：/w 好/a");
        Seg other = Seg.of("灯泡厂/n 的/u 江虹/n 很/d 好/a");
        assertEquals(List.of("江虹"), persons(said, said.apply()));
        assertEquals(List.of(), persons(other, other.apply()));
    }

    @Test
    void aLineOfReportersNamesIsSplitIntoPersons() {
        Seg s = Seg.of("新华社/nt 记者/n 李锦/nr 赵承/nr");
        List<Mention> ms = s.apply(person(5, 8));
        assertEquals(List.of("李锦", "赵承"), inOrder(s, ms));
    }

    @Test
    void aJapaneseFamilyNameAfterTheFullNameIsAPerson() {
        Seg japanese = Seg.of("井口俊英/nr 承认/v ，/w 井口/n 伪造/v 账簿/n");
        assertEquals(List.of("井口俊英", "井口"), inOrder(japanese, japanese.apply(person(0, 4))));
        // 阿拉法特: both chars transliterate, 阿拉 is no family name
        Seg arafat = Seg.of("阿拉法特/nr 说/v ：/w 阿拉/n 是/v 主/n");
        assertEquals(List.of("阿拉法特"), inOrder(arafat, arafat.apply(person(0, 4))));
    }

    @Test
    void aGivenNameAloneAfterTheFullNameIsAPerson() {
        Seg s = Seg.of("周/nr 恩来/nr 诞辰/n ，/w 《/w 百年/m 恩来/n 》/w 首映/v");
        assertEquals(List.of("周恩来", "恩来"), inOrder(s, s.apply(person(0, 3))));
        // a tagger's name that the segmenter does not start with a name gives no given name (印/v 好书)
        Seg t = Seg.of("编/v 好书/n 、/w 印/v 好书/n 、/w 发/v 好书/n");
        assertEquals(List.of("印好书"), inOrder(t, t.apply(person(4, 7))));
    }

    @Test
    void aNameTheTextRepeatsIsAPersonAgain() {
        // the tagger found 宁洪虎 once; its second mention, a word of its own that the segmenter took for a noun,
        // is the same person
        Seg s = Seg.of("宁洪虎/nr 来/v 了/u 。/w 五/m 年/q 宁洪虎/n 获/v 奖/n");
        List<Mention> ms = s.apply(person(0, 3));
        assertEquals(List.of("宁洪虎", "宁洪虎"), inOrder(s, ms));
    }

    @Test
    void aRepeatedNameInsideALongerWordIsNoPerson() {
        // 马克思 of 马克思主义 (one word) is not the person again
        Seg s = Seg.of("马克思/nr 说/v ：/w 马克思主义/n 是/v 科学/n");
        List<Mention> ms = s.apply(person(0, 3));
        assertEquals(List.of("马克思"), inOrder(s, ms));
    }

    @Test
    void aSurnameStandingForAFamilyIsAPerson() {
        Seg after = Seg.of("一个/m 姓/v 丁/nr 的/u 南方人/n");
        Seg before = Seg.of("一位/m 王/nr 姓/Ng 摊主/n 拾到/v");
        Seg household = Seg.of("要/v 多/d 到/v 龙/nr 家/n ，/w 关心/v");
        List<Mention> named = after.apply();
        PersonRules.namedSurnames(after.c(), LEX, named); // after the person filter
        assertEquals(List.of("丁"), persons(after, named));
        assertEquals(List.of("王"), persons(before, before.apply()));
        assertEquals(List.of("龙"), persons(household, household.apply()));
    }

    @Test
    void wordsPlacesAndNumeralsBeforeJiaAreNoFamilies() {
        Seg word = Seg.of("我们/r 的/u 国家/n 。/w");
        Seg place = Seg.of("到/v 张/nr 家/n 口/n 去/v");
        Seg numeral = Seg.of("送/v 进/v 万/m 家/n");
        Seg common = Seg.of("老/a 百姓/n 的/u 事/n");
        assertEquals(List.of(), persons(word, word.apply()));
        assertEquals(List.of(), persons(place, place.apply()));
        assertEquals(List.of(), persons(numeral, numeral.apply()));
        assertEquals(List.of(), persons(common, common.apply()));
    }

    @Test
    void loneSurnameBeforeADeputysTitleIsAPerson() {
        // 罗 abbreviates Romania before 总统, but no country has a 科长; 张 is a classifier (一张) and a surname
        Seg section = Seg.of("工作/vn 的/u 罗/nr 副/b 科长/n 赶忙/d 上前/v");
        Seg director = Seg.of("政治处/n 张/nr 副/b 主任/n 打听/v");
        assertEquals(List.of("罗"), persons(section, section.apply()));
        assertEquals(List.of("张"), persons(director, director.apply()));
    }

    @Test
    void aVerbOrClassifierBeforeATitleIsNoSurname() {
        Seg serve = Seg.of("安子文/nr 同志/n 任/v 书记/n 。/w");
        Seg classifier = Seg.of("这/r 位/q 总经理/n 直言/v");
        assertEquals(List.of("安子文"), persons(serve, serve.apply(new Mention(EntityType.PERSON, 0, 3))));
        assertEquals(List.of(), persons(classifier, classifier.apply()));
    }

    @Test
    void countryAbbreviationBeforeAnOfficeAndBrandsAreNoLoneSurnames() {
        Seg president = Seg.of("邀请/v 哈/j 总统/n 访问/v");
        Seg classifier = Seg.of("两/m 位/q 老师/n");
        Seg brand = Seg.of("吃/v 康/nr 师傅/n 方便面/n");
        assertEquals(List.of(), persons(president, president.apply()));
        assertEquals(List.of(), persons(classifier, classifier.apply()));
        assertEquals(List.of(), persons(brand, brand.apply()));
    }

    @Test
    void slotNameOnlyWhereNoMentionLies() {
        Seg s = Seg.of("调查/v 表明/v ，/w 褚/v 时/Ng 健/nr 利用/v 职权/n");
        assertEquals(List.of(), persons(s, s.apply(new Mention(EntityType.ORGANIZATION, 5, 6))));
    }

    @Test
    void ordinaryWordsAndFunctionCharsAreNoSlotNames() {
        Seg words = Seg.of("，/w 信息/n 来/v 分析/v");
        Seg pronoun = Seg.of("，/w 盖/v 住/v 你/r 的/u 心/n");
        assertEquals(List.of(), persons(words, words.apply()));
        assertEquals(List.of(), persons(pronoun, pronoun.apply()));
    }

    @Test
    void taggedPlaceWordIsNoPerson() {
        Seg s = Seg.of("关于/p 刘桥/ns 一/m 矿/n");
        assertEquals(List.of(), persons(s, s.apply(new Mention(EntityType.PERSON, 2, 4))));
    }

    @Test
    void placeWordAfterATitleStaysAPerson() {
        Seg s = Seg.of("基础/n 设施/n 部长/n 沙龙/n 提出/v");
        assertEquals(List.of("沙龙"), persons(s, s.apply(new Mention(EntityType.PERSON, 6, 8))));
    }

    @Test
    void nameLosesATitlePrefixAndACreditVerb() {
        Seg coach = Seg.of("以/p 吴彬/nr 总/b 教练/n 为/v 首/n");
        Seg credit = Seg.of("（/w 杨崇南/nr 绘/v ）/w");
        assertEquals(List.of("吴彬"), persons(coach, coach.apply(new Mention(EntityType.PERSON, 1, 4))));
        assertEquals(List.of("杨崇南"), persons(credit, credit.apply(new Mention(EntityType.PERSON, 1, 5))));
        // three chars: 傅雷|译的; 王佐书 keeps its 书, a given-name char
        Seg translated = Seg.of("传记/n 是/v 傅/nr 雷译/nr 的/u");
        assertEquals(List.of("傅雷"), persons(translated, translated.apply(new Mention(EntityType.PERSON, 3, 6))));
        Seg written = Seg.of("（/w 王/nr 佐书/nr ）/w");
        assertEquals(List.of("王佐书"), persons(written, written.apply(new Mention(EntityType.PERSON, 1, 4))));
    }

    @Test
    void aBylineEndsBeforeZuo() {
        Seg s = Seg.of("（/w 阚/nr 翊作/nr ）/w");
        assertEquals(List.of("阚翊"), persons(s, s.bylines(new Mention(EntityType.PERSON, 1, 4))));
    }

    @Test
    void bareSurnameAfterXiaoIsTheFamiliarName() {
        Seg s = Seg.of("两/m 个/q 小赵/nr 在/p 北京/ns");
        assertEquals(List.of("小赵"), persons(s, s.apply(new Mention(EntityType.PERSON, 3, 4))));
    }

    @Test
    void surnameAndOneCharTakeTheThirdCharOfASegmentedGivenName() {
        Seg s = Seg.of("四十/m 出头/v 的/u 魏/nr 德运/nr 利用/v");
        assertEquals(List.of("魏德运"), persons(s, s.apply(new Mention(EntityType.PERSON, 5, 7))));
    }

    @Test
    void nameDoesNotTakeAWordThatFollowsNames() {
        Seg s = Seg.of("国务委员/n 宋/nr 健在/nr 航天/n");
        assertEquals(List.of("宋健"), persons(s, s.apply(new Mention(EntityType.PERSON, 4, 6))));
    }

    @Test
    void surnameAndGivenNameTheSegmenterReadsAsNamesAreAPerson() {
        Seg s = Seg.of("职工/n 自发/d 为/p 王/nr 国栋/nr 捐款/v");
        assertEquals(List.of("王国栋"), persons(s, s.apply()));
    }

    @Test
    void segmentedNameNeedsGivenNameChars() {
        Seg s = Seg.of("职工/n 自发/d 为/p 王/nr 在也/nr 捐款/v");
        assertEquals(List.of(), persons(s, s.apply()));
    }

    @Test
    void transliteratedWordTheSegmenterReadsAsANameIsAPerson() {
        Seg s = Seg.of("排名/v 第四十七/m 位/q 的/u 阿拉济/nr 表现/v 出色/a");
        assertEquals(List.of("阿拉济"), persons(s, s.apply()));
    }

    @Test
    void taggedBeginningOfATransliteratedNameGrowsToTheWord() {
        Seg person = Seg.of("来自/v 华沙/ns 的/u 莱什钦斯基/nr 表演/v");
        Seg place = Seg.of("埃里卡特/nr 指出/v ，/w 在/p");
        assertEquals(List.of("莱什钦斯基"), persons(person, person.apply(new Mention(EntityType.PERSON, 5, 7))));
        List<Mention> ms = place.apply(new Mention(EntityType.PLACE, 0, 3));
        assertEquals(List.of(new Mention(EntityType.PERSON, 0, 4, null, Mention.Priority.RULE)), ms);
    }

    @Test
    void aWordHoldingAFunctionCharIsNoTransliteratedName() {
        // the segmenter glued 姆卡帕|在|莫伊 into one nr word
        Seg s = Seg.of("报道/v ，/w 姆卡帕在莫伊/nr 的/u 宣誓/v");
        assertTrue(persons(s, s.apply()).stream().noneMatch(p -> p.contains("在")), persons(s, s.apply())::toString);
    }

    @Test
    void transliteratedWordEndingInAnotherCharIsNoName() {
        Seg s = Seg.of("大臣/n 德雷克率/nr 欧盟/j");
        assertEquals(List.of("德雷克"), persons(s, s.apply(new Mention(EntityType.PERSON, 2, 5))));
    }

    @Test
    void nameInsideADoctrineIsStillAPerson() {
        // DESIGN.md: 邓小平理论 holds the PERSON 邓小平, though People's Daily tags 毛泽东思想/n as one noun
        Seg tagged = Seg.of("高举/v 毛泽东思想/n 的/u 旗帜/n");
        Seg known = Seg.of("坚持/v 邓小平理论/n");
        Seg marx = Seg.of("发掘/v 马克思/nr 理论/n 的/u 意义/n");
        assertEquals(List.of("毛泽东"), persons(tagged, tagged.apply(new Mention(EntityType.PERSON, 2, 5))));
        assertEquals(List.of("邓小平"), persons(known, known.apply()));
        assertEquals(List.of("马克思"), persons(marx, marx.apply(new Mention(EntityType.PERSON, 2, 5))));
    }

    @Test
    void anIsmNamedAfterAPersonHoldsNoPerson() {
        // 马克思主义, 列宁主义: common nouns (a Marxist is a 马克思主义者), not a mention of the person
        Seg marxism = Seg.of("坚持/v 马克思主义/n 的/u 立场/n");
        Seg leninism = Seg.of("列宁主义/n 的/u 传播/vn");
        assertEquals(List.of(), persons(marxism, marxism.apply()));
        assertEquals(List.of(), persons(leninism, leninism.apply()));
    }

    @Test
    void aBylineEndingAParagraphSplitsIntoItsReporters() {
        // People's Daily writes the reporters of a story without separators in a bracket at its end
        Seg s = Seg.of("投资/v 数百亿元/m 。/w （/w 张/nr 岸涛/nr 裴双喜/n 郝建平/nr ）/w");
        List<Mention> ms = s.apply(new Mention(EntityType.PERSON, 9, 12), new Mention(EntityType.PERSON, 15, 18));
        assertEquals(List.of("张岸涛", "裴双喜", "郝建平"), inOrder(s, ms));
    }

    @Test
    void aBylineSkipsItsBodyAndCreditAndReadsTheLikeliestSplit() {
        Seg body = Seg.of("负担/n 。/w （/w 四川省/ns 达川/ns 市委/n 安/nr 秋东/nr ）/w");
        Seg credit = Seg.of("开通/v 。/w （/w 齐/nr 秋远/nr 摄/Vg ）/w");
        Seg split = Seg.of("资料/n 。/w （/w 徐/nr 勤/nr 王/nr 荣志/nr ）/w");
        assertEquals(List.of("安秋东"), persons(body, body.bylines(new Mention(EntityType.ORGANIZATION, 4, 11))));
        assertEquals(List.of("齐秋远"), persons(credit, credit.bylines()));
        // 王 is a far commoner surname than 荣: 徐勤|王荣志, not 徐勤王|荣志
        assertEquals(List.of("徐勤", "王荣志"), inOrder(split, split.bylines(new Mention(EntityType.PERSON, 4, 7))));
    }

    @Test
    void aBracketInsideAParagraphOrHoldingNoNameIsNoByline() {
        Seg inside = Seg.of("（/w 徐/nr 勤/nr 王/nr 荣志/nr ）/w 说/v");
        Seg people = Seg.of("居住/v 着/u 回族/nz 。/w （/w 满族/nz ）/w");
        assertEquals(List.of(), persons(inside, inside.bylines()));
        assertEquals(List.of(), persons(people, people.bylines()));
    }

    @Test
    void aLineOfNamesRunTogetherSplitsIntoTheNames() {
        // the photographers of a story on a line of their own; the tagger read the line as one person
        Seg line = Seg.of("报道/v 。/w \n/w 郭/nr 宗利/nr 熊毅/nr 唐磊/nr");
        List<Mention> ms = line.apply(new Mention(EntityType.PERSON, 4, 11));
        assertEquals(List.of("郭宗利", "熊毅", "唐磊"), inOrder(line, ms));
        // a line with a verb in it is a sentence, one with a place in it a heading: neither is split
        Seg verb = Seg.of("报道/v 。/w \n/w 王/nr 刚/nr 见/v 李明/nr");
        assertEquals(List.of("王刚见李明"), inOrder(verb, verb.apply(new Mention(EntityType.PERSON, 4, 9))));
        Seg place = Seg.of("报道/v 。/w \n/w 王刚/nr 李明/nr 丰台/ns");
        assertEquals(List.of("王刚李明"), inOrder(place, place.apply(new Mention(EntityType.PERSON, 4, 8),
                new Mention(EntityType.PLACE, 8, 10))));
    }

    @Test
    void aNameAfterAWordForWhatAPersonIsIsAPerson() {
        // surnames that are mostly verbs or prepositions (付, 于): the role word before them says a name follows
        Seg farmer = Seg.of("小港村/ns 农民/n 付/v 秋林/nz ，/w 栽种/v 了/u");
        assertEquals(List.of("付秋林"), persons(farmer, farmer.apply()));
        Seg inspector = Seg.of("总队/n 检查员/n 于/p 居洋/n 。/w");
        assertEquals(List.of("于居洋"), persons(inspector, inspector.apply()));
        // an adverb after the role word, and a surname starting an ordinary word, are no names
        for (String other : List.of("世人/n 常/d 怀想/v 。/w", "校长/n 任期/n 内/f 。/w")) {
            Seg s = Seg.of(other);
            assertEquals(List.of(), persons(s, s.apply()), other);
        }
    }

    @Test
    void aTaggersPersonStartingAPlaceWordGoesUnlessAFunctionWordFollowsIt() {
        Seg city = Seg.of("在/p 辛辛那提城/ns 举行/v");
        assertEquals(List.of(), persons(city, city.apply(new Mention(EntityType.PERSON, 1, 4))));
        // the segmenter ran 及 and the next unit's 市 into a place word
        Seg deputy = Seg.of("副/b 市长/n 涂勇及市/ns 公用局/n 领导/n");
        assertEquals(List.of("涂勇"), persons(deputy, deputy.apply(new Mention(EntityType.PERSON, 3, 5))));
    }

    @Test
    void aShortLineThatIsOnlyANameIsAPerson() {
        // the writer of a piece on a line of his own; the tagger found nothing there
        Seg writer = Seg.of("报道/v 。/w \n/w 董/nr 其中/nr");
        assertEquals(List.of("董其中"), persons(writer, writer.apply()));
        Seg compound = Seg.of("报道/v 。/w \n/w 欧阳/nr 明/nr");
        assertEquals(List.of("欧阳明"), persons(compound, compound.apply()));
        // a desk that signs a piece, a place as a heading, a word: no names
        for (String other : List.of("文艺部/n", "江西/ns", "利率/n")) {
            Seg s = Seg.of("报道/v 。/w \n/w " + other);
            assertEquals(List.of(), persons(s, s.apply()), other);
        }
    }

    @Test
    void aNoteOfAMissingCharsSoundAndCrossesForAWithheldNameArePartOfTheName() {
        // 秦惠（君音）: the paper's character set lacks the third char, read jūn; the tagger saw 秦惠 and 君音
        Seg note = Seg.of("夫人/n 秦惠/nr （/w 君音/nr ）/w 女士/n");
        List<Mention> ms = note.after(PersonRules::writtenForms, new Mention(EntityType.PERSON, 2, 4),
                new Mention(EntityType.PERSON, 5, 7));
        assertEquals(List.of("秦惠(君音)"), inOrder(note, ms));
        // a surname alone before the note, in a list; a given-name char after it, but no credit (摄)
        Seg list = Seg.of("何志平/nr 、/w 余/nr （/w 申音/nr ）/w 、/w 曹/nr （/w 凡音/n ）/w 生/nr 、/w 崔/nr （/w 摇音/n ）/w 摄/v");
        assertEquals(List.of("何志平", "余(申音)", "曹(凡音)生", "崔(摇音)"),
                inOrder(list, list.after(PersonRules::writtenForms, new Mention(EntityType.PERSON, 0, 3))));
        Seg crosses = Seg.of("经理/n 林/nr ×/w ×/w 送给/v");
        assertEquals(List.of("林××"), inOrder(crosses, crosses.after(PersonRules::writtenForms,
                new Mention(EntityType.PERSON, 2, 4))));
    }

    @Test
    void aRunOfSurnamesWithTheirGivenNamesInBracketsIsTwoPersonsEach() {
        Seg s = Seg.of("部署/v 刘/nr （/w 伯承/nr ）/w 邓/nr （/w 小平/nr ）/w 、/w 陈/nr （/w 赓/nr ）/w 大军/n");
        List<Mention> ms = new ArrayList<>(List.of(new Mention(EntityType.PERSON, 2, 6),
                new Mention(EntityType.PERSON, 14, 17)));
        PersonRules.bracketedGivenNames(s.c(), s.cut(), s.posStart(), LEX, ms);
        assertEquals(List.of("刘", "伯承", "邓", "小平", "陈", "赓"), inOrder(s, ms));
        // one such form alone is no run; notes of sex or place in a photo are no given names
        Seg one = Seg.of("刘/nr （/w 伯承/nr ）/w 大军/n");
        List<Mention> alone = new ArrayList<>(List.of(new Mention(EntityType.PERSON, 0, 5)));
        PersonRules.bracketedGivenNames(one.c(), one.cut(), one.posStart(), LEX, alone);
        assertEquals(List.of("刘(伯承)"), inOrder(one, alone));
        Seg notes = Seg.of("王/nr （/w 左/f ）/w 和/c 李/nr （/w 女/b ）/w 交谈/v");
        List<Mention> kept = new ArrayList<>(List.of(new Mention(EntityType.PERSON, 0, 1)));
        PersonRules.bracketedGivenNames(notes.c(), notes.cut(), notes.posStart(), LEX, kept);
        assertEquals(List.of("王"), inOrder(notes, kept));
        // nor common nouns on both sides: 区（市）人大代表
        Seg nouns = Seg.of("参加/v 区/n （/w 市/n ）/w 人大代表/n 和/c 县/n （/w 市/n ）/w 选举/v");
        List<Mention> none = new ArrayList<>();
        PersonRules.bracketedGivenNames(nouns.c(), nouns.cut(), nouns.posStart(), LEX, none);
        assertEquals(List.of(), none);
    }

    @Test
    void xiaoBeforeAChildsGivenNameIsNoPartOfTheName() {
        Seg s = Seg.of("帮助/v 小/a 迎艳/nr 上学/v ，/w 小林实/nr 说/v ，/w 小/a 王文明/nr 来/v");
        List<Mention> ms = s.after(PersonRules::familiarPrefix, person(2, 5), person(8, 11), person(13, 17));
        // 小林 is a Japanese family name; before a full name 小 is an endearment too
        assertEquals(List.of("迎艳", "小林实", "王文明"), inOrder(s, ms));
        // given-name chars the training split's names hardly hold (翩 of 小翩翩, no surname) make no difference
        assertTrue(LEX.givenNameCount('翩') < 2 && (LEX.categories('翩') & NerLexicon.SURNAME) == 0,
                "the rare given-name char this test relies on");
        Seg rare = Seg.of("女儿/n 小/a 翩翩/nr 说/v");
        assertEquals(List.of("翩翩"), inOrder(rare, rare.after(PersonRules::familiarPrefix, person(2, 5))));
    }

    @Test
    void aNameEndsBeforeTheFirstCharOfTheWordAfterIt() {
        Seg s = Seg.of("廖静文/nr 、/w 马坚/nr 夫人/n 马存真/nr 、/w 莫洛托夫/nr 人民/n 、/w 李文/nr 一行/n 、/w 由/p 方鸣/nr 任/v 主任/n");
        List<Mention> ms = s.after(PersonRules::borrowedTails, person(4, 7), person(12, 16), person(19, 22),
                person(25, 28));
        assertEquals(List.of("马坚", "莫洛托夫", "李文", "方鸣"), inOrder(s, ms));
        // a name that ends in 任 before no title keeps it
        Seg plain = Seg.of("王大任/nr 说/v");
        assertEquals(List.of("王大任"), inOrder(plain, plain.after(PersonRules::borrowedTails, person(0, 3))));
    }

    @Test
    void aPersonReadAcrossOneBracketKeepsWhatStandsBeforeIt() {
        Seg s = Seg.of("张/nr （/w 女/b ）/w 、/w 李/nr （/w 男/b ）/w 和/c 秦惠/nr （/w 君音/nr ）/w");
        List<Mention> ms = new ArrayList<>(List.of(new Mention(EntityType.PERSON, 0, 3),
                new Mention(EntityType.PERSON, 5, 7), new Mention(EntityType.PERSON, 10, 16)));
        PersonRules.halfBrackets(s.c(), ms);
        assertEquals(List.of("张", "李", "秦惠(君音)"), inOrder(s, ms));
        // one char short of the closing bracket takes it
        List<Mention> shortOne = new ArrayList<>(List.of(new Mention(EntityType.PERSON, 10, 15)));
        PersonRules.halfBrackets(s.c(), shortOne);
        assertEquals(List.of("秦惠(君音)"), inOrder(s, shortOne));
        // a person that starts with a bracket closed before it goes
        List<Mention> open = new ArrayList<>(List.of(new Mention(EntityType.PERSON, 8, 10)));
        PersonRules.halfBrackets(s.c(), open);
        assertEquals(List.of(), open);
    }

    @Test
    void aPlaceOrBodyReadAcrossOneBracketKeepsItsSideOfIt() {
        Seg s = Seg.of("中欧/j 班列/n （/w 西安/ns ）/w 到/v （/w 新疆天业集团/nt 和/c 上海汽车工业/nz （/w 集团/n ）/w 总公司/n");
        List<Mention> ms = new ArrayList<>(List.of(new Mention(EntityType.PLACE, 5, 8),
                new Mention(EntityType.ORGANIZATION, 9, 16), new Mention(EntityType.ORGANIZATION, 17, 30)));
        PersonRules.halfBrackets(s.c(), ms);
        assertEquals(List.of("PLACE 西安", "ORGANIZATION 新疆天业集团", "ORGANIZATION 上海汽车工业(集团)总公司"),
                ms.stream().map(m -> m.type() + " " + s.text(m)).toList());
    }

    @Test
    void aPersonGrowsToTheLongerNameTheTextGivesItElsewhere() {
        Seg s = Seg.of("刘我成/nr 哭/v 了/u 。/w 刘/nr 我/r 成/v 调/v 到/v 县/n ，/w 谈舒萍/nr 和/c 谈/v 舒萍/nr");
        assertEquals(List.of("刘我成", "刘我成", "谈舒萍", "谈舒萍"), inOrder(s, s.after(
                (c, lex, ms) -> PersonRules.growToTextNames(c, ms),
                person(0, 3), person(6, 7), person(13, 16), person(18, 20))));
        // the text's only longer name is enough
        Seg one = Seg.of("刘/nr 我/r 成调/v 到/v 县/n ，/w 刘我成/nr 哭/v 了/u");
        assertEquals(List.of("刘我成", "刘我成"), inOrder(one, one.after(
                (c, lex, ms) -> PersonRules.growToTextNames(c, ms), person(0, 1), person(7, 10))));
        // not over a mention of another type
        Seg place = Seg.of("王/nr 刚/nr 说/v ，/w 王/nr 刚山/ns");
        List<Mention> ms = place.after((c, lex, x) -> PersonRules.growToTextNames(c, x), person(0, 2), person(4, 5),
                new Mention(EntityType.PLACE, 5, 7));
        assertEquals(List.of("王刚", "王"), inOrder(place, ms));
    }

    @Test
    void aPersonEndsWhereTheShorterNameTheTextGivesItElsewhereEnds() {
        // 先 (mostly an adverb) and 一 (a numeral) start the next word; the text names 肖强 and 梁军 elsewhere
        Seg s = Seg.of("问/v 肖强/nr 为何/r 撞人/v ，/w 肖强/nr 先/d 说/v 。/w 梁军/nr 来/v ，/w 梁军/nr 一/m 见到/v 他/r");
        assertEquals(List.of("肖强", "肖强", "梁军", "梁军"), inOrder(s, s.after(
                (c, lex, ms) -> PersonRules.shrinkToTextNames(c, s.cut(), lex, ms),
                person(1, 3), person(8, 11), person(13, 15), person(17, 20))));
        // not a given name (宫川|宏一), not the longer name where the text repeats it, not to a bare surname (欧阳|修)
        Seg kept = Seg.of("宫川/nr 说/v ，/w 宫川/nr 宏一/nr 。/w 李明/nr 说/v ，/w 李明/nr 成/v 了/u ，/w 李明/nr 成/v 了/u 。/w 欧阳/nr 和/c 欧阳/nr 修/v");
        assertEquals(List.of("宫川", "宫川宏一", "李明", "李明成", "李明成", "欧阳", "欧阳修"), inOrder(kept, kept.after(
                (c, lex, ms) -> PersonRules.shrinkToTextNames(c, kept.cut(), lex, ms),
                person(0, 2), person(4, 8), person(9, 11), person(13, 16), person(18, 21), person(23, 25), person(26, 29))));
        // the shorter name only in another paragraph: perhaps another person
        Seg paragraphs = Seg.of("李鹏/nr 说/v 。/w \n/w 李鹏/nr 飞/v 到/v 北京/ns 。/w");
        assertEquals(List.of("李鹏", "李鹏飞"), inOrder(paragraphs, paragraphs.after(
                (c, lex, ms) -> PersonRules.shrinkToTextNames(c, paragraphs.cut(), lex, ms), person(0, 2), person(5, 8))));
    }

    @Test
    void aStoryCallsItsPeopleByAGivenNameAlone() {
        Seg s = Seg.of("女孩/n 翩翩/z 高兴/a 。/w 翩翩/z 不答应/v ，/w 翩翩/z 委屈/a 地/u 哭/v");
        assertEquals(List.of("翩翩", "翩翩", "翩翩"), persons(s, s.after((c, lex, ms) -> PersonRules.storyNames(c, s.cut(), ms))));
        // twice in the text, or beside a cue once, is not enough; nor a word the core dictionary knows (高原)
        Seg twice = Seg.of("女孩/n 翩翩/z 说/v ，/w 翩翩/z 笑/v");
        assertEquals(List.of(), persons(twice, twice.after((c, lex, ms) -> PersonRules.storyNames(c, twice.cut(), ms))));
        Seg once = Seg.of("女孩/n 翩翩/z 来/v ，/w 翩翩/z 去/v ，/w 翩翩/z 走/v");
        assertEquals(List.of(), persons(once, once.after((c, lex, ms) -> PersonRules.storyNames(c, once.cut(), ms))));
        // 淘粪姑娘: chars never seen in a given name
        Seg work = Seg.of("淘粪/v 姑娘/n 来/v ，/w 淘粪/v 姑娘/n 说/v ，/w 进城/v 淘粪/v");
        assertEquals(List.of(), persons(work, work.after((c, lex, ms) -> PersonRules.storyNames(c, work.cut(), ms))));
        Seg word = Seg.of("高原/n 说/v ，/w 高原/n 笑/v ，/w 高原/n 哭/v");
        assertEquals(List.of(), persons(word, word.after((c, lex, ms) -> PersonRules.storyNames(c, word.cut(), ms))));
    }

    @Test
    void noPersonRightBeforeAMediumInBrackets() {
        // the title of a picture comes before its medium, the artist after; 中国画家 is no medium
        Seg s = Seg.of("千年/m 古杉/nr （/w 速写/n ）/w （/w 高莽/nr ）/w 云横苍岭/nr （/w 中国画/n ·/w 纸本/n ）/w 王明/nr （/w 中国/ns 画家/n ）/w");
        List<Mention> ms = new ArrayList<>(List.of(person(2, 4), person(9, 11), person(12, 16), person(24, 26)));
        PersonRules.dropWorkTitles(s.c(), ms);
        assertEquals(List.of("高莽", "王明"), persons(s, ms));
    }

    @Test
    void theItemsOfAListClosedByAPlaceNounArePlaces() {
        Seg s = Seg.of("开辟/v 清莱/ns 、/w 华欣/nr 、/w 苏梅岛/nr 等/u 地/n 的/u 景点/n 。/w 江泽民/nr 、/w 李鹏/nr 等/u 市/n 领导/n");
        List<Mention> ms = new ArrayList<>(List.of(new Mention(EntityType.PLACE, 2, 4), person(5, 7), person(8, 11),
                person(17, 20), person(21, 23)));
        PersonRules.listedPlaces(s.c(), s.cut(), ms);
        // 等市领导: a noun goes on after the place noun, the list is of persons
        assertEquals(List.of("江泽民", "李鹏"), persons(s, ms));
        assertEquals(3, ms.stream().filter(m -> m.type() == EntityType.PLACE).count());
    }

    private static Mention place(int s, int e) {
        return new Mention(EntityType.PLACE, s, e);
    }

    @Test
    void anItemBetweenTwoPlacesOfAListIsAPlace() {
        // 安西 read as a person, 万全 read as nothing, both between places; 李鹏 between persons stays; 人权 between
        // places is a common word (a list of issues), not a place
        Seg s = Seg.of("高台/ns 、/w 金昌/ns 、/w 安西/nr 、/w 张掖/ns ，/w 尚义/ns 、/w 万全/v 、/w 康保县/ns ，/w "
                + "江泽民/nr 、/w 李鹏/nr 、/w 乔石/nr ，/w 西藏/ns 、/w 人权/n 、/w 台湾/ns");
        List<Mention> ms = new ArrayList<>(List.of(place(0, 2), place(3, 5), person(6, 8), place(9, 11),
                place(12, 14), place(18, 21), person(22, 25), person(26, 28), person(29, 31), place(32, 34),
                place(38, 40)));
        PersonRules.itemsBetweenLikeItems(s.c(), LEX, ms);
        assertEquals(List.of("江泽民", "李鹏", "乔石"), persons(s, ms));
        List<String> places = ms.stream().filter(m -> m.type() == EntityType.PLACE)
                .map(m -> new String(s.c(), m.start(), m.length())).sorted().toList();
        assertEquals(List.of("万全", "台湾", "安西", "尚义", "康保县", "张掖", "西藏", "金昌", "高台"), places);
        // between organisations: an untagged item and a place become organisations; an organisation between
        // places stays one
        Seg o = Seg.of("人事部/nt 、/w 安全部/n 、/w 公安部/nt 、/w 北京/ns 、/w 劳动部/nt ，/w 美国/ns 、/w 欧洲航天局/nt 、/w 日本/ns");
        List<Mention> os = new ArrayList<>(List.of(org(0, 3), org(8, 11), place(12, 14), org(15, 18), place(19, 21),
                org(22, 27), place(28, 30)));
        PersonRules.itemsBetweenLikeItems(o.c(), LEX, os);
        assertEquals(List.of("人事部", "公安部", "北京", "劳动部", "欧洲航天局", "安全部"), os.stream()
                .filter(m -> m.type() == EntityType.ORGANIZATION).map(m -> new String(o.c(), m.start(), m.length()))
                .toList());
    }

    @Test
    void aPersonAfterANounOfAPlacesStandingIsAPlace() {
        // 城市 and 首府 name places after them, never persons, and 畔 comes after places; a well-known person after 前往
        // stays one
        Seg s = Seg.of("海滨/n 城市/n 斯塔万格/nr 出发/v ，/w 首府/n 彭塔阿雷纳斯/nr 。/w 前往/v 毛泽东/nr 故居/n ，/w 会见/v 张建丰/nr"
                + " 。/w 曹娥江/nr 畔/f");
        List<Mention> ms = new ArrayList<>(List.of(person(4, 8), person(13, 19), person(22, 25), person(30, 33),
                person(34, 37)));
        PersonRules.placesAfterPlaceWords(s.c(), LEX, ms);
        assertEquals(List.of("毛泽东", "张建丰"), persons(s, ms));
        assertEquals(3, ms.stream().filter(m -> m.type() == EntityType.PLACE).count());
    }

    @Test
    void aTransliteratedNameRightAfterAForeignStateIsItsCity() {
        // 得克萨斯州|奥斯汀 is a city; a Chinese 州 before a person (恩施州|李明) and a state before a two-char name keep
        // their persons
        Seg s = Seg.of("得克萨斯州/ns 奥斯汀/nr 举行/v ，/w 恩施州/ns 李明/nr 说/v ，/w 恩施州/ns 奥斯汀/nr 说/v");
        List<Mention> ms = new ArrayList<>(List.of(place(0, 5), person(5, 8), place(11, 14), person(14, 16),
                place(18, 21), person(21, 24)));
        PersonRules.placesAfterPlaceWords(s.c(), LEX, ms);
        assertEquals(List.of("李明", "奥斯汀"), persons(s, ms));
        assertEquals(List.of("得克萨斯州", "奥斯汀", "恩施州", "恩施州"), ms.stream()
                .filter(m -> m.type() == EntityType.PLACE).map(m -> new String(s.c(), m.start(), m.length())).toList());
    }

    @Test
    void aNameRightBeforeThePrizeWordNamesAPrize() {
        // 马可·波罗奖 and 安徒生奖 are prizes; 张三奖励 and a 奖学金 named after a person keep their persons
        Seg s = Seg.of("获/v 马可·波罗/nr 奖/n ，/w 国际/n 安徒生/nr 奖/n 。/w 张三/nr 奖励/v 他/r ，/w 设立/v 李四/nr 奖学金/n");
        List<Mention> ms = new ArrayList<>(List.of(person(1, 6), person(10, 13), person(15, 17), person(23, 25)));
        PersonRules.dropPrizeNames(s.c(), ms);
        assertEquals(List.of("张三", "李四"), persons(s, ms));
    }

    @Test
    void aNegatedGivenNameIsAPhraseUnlessListedAmongNames() {
        Seg s = Seg.of("韩/nr 老师/n 天不亮/nr 就/d 动身/v ，/w 丁传贤/nr 、/w 于不凡/nr 、/w 马瑾/nr ，/w 阿不都/nr");
        List<Mention> ms = personsAt(s, "天不亮", "丁传贤", "于不凡", "马瑾", "阿不都");
        PersonRules.dropNegatedNames(s.c(), ms);
        assertEquals(List.of("丁传贤", "于不凡", "马瑾", "阿不都"), persons(s, ms));
    }

    @Test
    void aPersonGrowsOverTheGivenNameTheSegmenterSplitFromItsSurname() {
        // 王德|槟: the given-name word 德槟/nr ends the name; not over a verb (张平|送), a word (马坚|夫人), a numeral
        // (李文|一行) or a surname that begins the next byline (陈辉|李清华)
        Seg s = Seg.of("据/p 王/nr 德槟/nr 研究员/n ，/w 将/p 张/nr 平送/nr 往/p 医院/n ，/w 马/nr 坚夫/nr 人/n 、/w "
                + "李/nr 文一/nr 行/n 。/w 陈/nr 辉李/nr 清华/j");
        List<Mention> ms = personsAt(s, "王德", "张平", "马坚", "李文", "陈辉");
        PersonRules.thirdNameChars(s.c(), s.cut(), s.posStart(), s.posEnd(), LEX, ms);
        assertEquals(List.of("王德槟", "张平", "马坚", "李文", "陈辉"), persons(s, ms));
    }

    @Test
    void aNameRunsToTheCharBeforeAVerbOfSayingOrAMarkAfterANoun() {
        Seg s = Seg.of("总经理/n 计/nr 三/m 猛/d 说/v ，/w 会长/n 朱穆/nr 之/u 和/c 他/r ，/w 青年/n 杜远/nr 难/a ，/w "
                + "李军/nr 还/d 说/v ，/w 王平/nr 劝说/v ，/w 记者/n 戴浩/nr 摄/v ）/w 去/v 孙明/nr 亮/a ，/w 张/nr 平/nr 一/m 说/v");
        List<Mention> ms = personsAt(s, "计三", "朱穆", "杜远", "李军", "王平", "戴浩", "孙明", "张平");
        PersonRules.thirdNameChars(s.c(), s.cut(), s.posStart(), s.posEnd(), LEX, ms);
        // an adverb, a longer verb of saying, a photo credit, no noun before the mark, a numeral: the name stays
        assertEquals(List.of("计三猛", "朱穆之", "杜远难", "李军", "王平", "戴浩", "孙明", "张平"), persons(s, ms));
    }

    @Test
    void setPhrasesThatBeginLikeNamesAreNoPersons() {
        // 万里之外 and 因公牺牲 are phrases; 万里 in a list of leaders stays
        Seg s = Seg.of("万/m 里/q 之外/f ，/w 因/p 公/Ng 牺牲/v ，/w 杨尚昆/nr 、/w 万里/nr 、/w 宋平/nr");
        String t = new String(s.c());
        List<Mention> ms = new ArrayList<>();
        for (int from : new int[] {t.indexOf("万里"), t.lastIndexOf("万里")}) {
            ms.add(person(from, from + 2));
        }
        ms.add(person(t.indexOf("因公"), t.indexOf("因公") + 2));
        PersonRules.dropPhraseStarts(s.c(), ms);
        assertEquals(1, ms.size());
        assertEquals(t.lastIndexOf("万里"), ms.get(0).start());
    }

    @Test
    void heAfterHaveOrTalkAsksWhat() {
        // 谈何革命, 相距何远: "what"; 何鲁丽 after 由 or a comma stays a person
        Seg s = Seg.of("谈/v 何/r 革命/vn ，/w 相距/v 何远/nr ，/w 由/p 何鲁丽/nr 主持/v ，/w 何平/nr 说/v");
        List<Mention> ms = personsAt(s, "何革", "何远", "何鲁丽", "何平");
        PersonRules.dropInterrogatives(s.c(), ms);
        assertEquals(List.of("何鲁丽", "何平"), persons(s, ms));
    }

    @Test
    void anUnknownForeignPlaceJoinedToAPersonIsAPerson() {
        // 斯克里亚宾 beside 拉赫玛尼诺夫 is a composer; 伊拉克, a place the lexicon knows, stays a place
        Seg s = Seg.of("拉赫玛尼诺夫/nr 和/c 斯克里亚宾/ns ，/w 李鹏/nr 和/c 伊拉克/ns");
        List<Mention> ms = new ArrayList<>(List.of(person(0, 6), place(7, 12), person(13, 15), place(16, 19)));
        PersonRules.personsBesidePersons(s.c(), LEX, ms);
        assertEquals(List.of("拉赫玛尼诺夫", "斯克里亚宾", "李鹏"), persons(s, ms));
    }

    /** Persons at the first occurrence of each of {@code names} in the text of {@code s}. */
    private static List<Mention> personsAt(Seg s, String... names) {
        String t = new String(s.c());
        List<Mention> ms = new ArrayList<>();
        for (String w : names) {
            ms.add(person(t.indexOf(w), t.indexOf(w) + w.length()));
        }
        return ms;
    }

    private static Mention org(int s, int e) {
        return new Mention(EntityType.ORGANIZATION, s, e);
    }

    @Test
    void theItemsOfAListOfThingsAreNoPersons() {
        // closed by 等 and a noun of things; 江泽民、李鹏等市领导 stays a list of persons
        Seg s = Seg.of("涌现/v 华翔/nr 、/w 天安/ns 、/w 戴维/nr 等/u 一批/m 配件/n 企业/n 。/w 江泽民/nr 、/w 李鹏/nr 等/u 市/n 领导/n");
        List<Mention> ms = new ArrayList<>(List.of(person(2, 4), person(8, 10), person(18, 21), person(22, 24)));
        PersonRules.listedThings(s.c(), s.cut(), new int[s.c().length + 1], LEX, ms);
        assertEquals(List.of("江泽民", "李鹏"), persons(s, ms));
        // among brands (nz): one read as a brand beside a brand, one between two brands; not a known person
        Seg b = Seg.of("谢夫隆/nz 、/w 埃克森/nz 、/w 阿莫科/nr 、/w 莫比尔/nz 、/w 毛泽东/nr 、/w 张三/nr 。/w");
        int[] brand = new int[b.c().length + 1];
        brand[0] = 3;
        brand[4] = 7;
        brand[12] = 15;
        List<Mention> bs = new ArrayList<>(List.of(person(8, 11), person(12, 15), person(16, 19), person(20, 22)));
        PersonRules.listedThings(b.c(), b.cut(), brand, LEX, bs);
        assertEquals(List.of("毛泽东", "张三"), persons(b, bs));
    }

    @Test
    void anUnknownPlaceBeforeAWordOfPersonsOnlyIsAPerson() {
        Seg s = Seg.of("开除/v 辛业江/ns 党籍/n ，/w 中国/ns 同志/n 和/c 辛业江/ns 利用/v 职权/n");
        List<Mention> ms = s.after(PersonRules::personsBeforePersonWords, new Mention(EntityType.PLACE, 2, 5),
                new Mention(EntityType.PLACE, 8, 10), new Mention(EntityType.PLACE, 13, 16));
        // a known place stays (中国|同志), and so does the unknown one before an ordinary verb
        assertEquals(List.of("辛业江"), persons(s, ms));
        assertEquals(2, ms.stream().filter(m -> m.type() == EntityType.PLACE).count());
    }

    @Test
    void aNameThatIsAPersonOnceIsNoUnknownPlaceElsewhere() {
        // 辛业江 a person before 受贿案 and a place after 送给; 迪斯尼 (the core dictionary's nr/nz) stays a place
        Seg s = Seg.of("辛业江/nr 受贿案/n ，/w 送给/v 辛业江/ns 股票/n ，/w 迪斯尼/ns 和/c 迪斯尼/nr");
        String t = new String(s.c());
        int second = t.indexOf("辛业江", 1), resort = t.indexOf("迪斯尼");
        List<Mention> ms = s.after(PersonRules::placesNamedAsPersons, person(0, 3),
                new Mention(EntityType.PLACE, second, second + 3), new Mention(EntityType.PLACE, resort, resort + 3),
                person(resort + 4, resort + 7));
        assertEquals(List.of("辛业江", "辛业江", "迪斯尼"), persons(s, ms));
        assertTrue(ms.contains(new Mention(EntityType.PLACE, resort, resort + 3)), ms::toString);
    }

    @Test
    void aForeignNameDoesNotGrowLeftOverAOneCharVerb() {
        // 提 is a transliteration char (提莫西), here the verb before the name
        Seg s = Seg.of("去/v 提/v 艾琳/nr ，/w 他/r");
        assertEquals(List.of("艾琳"), persons(s, s.apply(person(2, 4))));
    }

    @Test
    void anUnknownPlaceBeforeAWordOfAddressIsAPerson() {
        Seg s = Seg.of("库尔班/ns 大叔/n 今年/t 七十/m 岁/q ，/w 北京/ns 大妈/n 也/d 来/v 了/u");
        List<Mention> ms = s.after((c, lex, x) -> PersonRules.addressedPlaces(c, s.cut(), lex, x),
                new Mention(EntityType.PLACE, 0, 3), new Mention(EntityType.PLACE, 11, 13));
        assertEquals(List.of("库尔班"), persons(s, ms));
        assertTrue(ms.contains(new Mention(EntityType.PLACE, 11, 13)), ms::toString);
    }

    @Test
    void anUnknownPlaceBeforeAWordOnlyPersonsDoIsAPerson() {
        // 辛业江 指出 (a name read as a river's place); 北京 指出 stays a place: the lexicon knows it
        Seg s = Seg.of("辛业江/ns 指出/v ，/w 北京/ns 指出/v");
        List<Mention> ms = s.after((c, lex, x) -> PersonRules.addressedPlaces(c, s.cut(), lex, x),
                new Mention(EntityType.PLACE, 0, 3), new Mention(EntityType.PLACE, 6, 8));
        assertEquals(List.of("辛业江"), persons(s, ms));
        assertTrue(ms.contains(new Mention(EntityType.PLACE, 6, 8)), ms::toString);
    }

    @Test
    void anUnknownPlaceThatSpeaksIsAPersonNotWhereSomeoneSpeaks() {
        // 沙赫特 说, 吉尔伯特 本人: persons; 在 拉斯韦加斯城 说 and 北京 表示 stay places; 说明 is no verb of saying
        Seg s = Seg.of("沙赫特/ns 说/v ，/w 吉尔伯特/ns 本人/r 不/d 知道/v ，/w 主席/n 在/p 拉斯韦加斯城/ns 说/v ，/w "
                + "北京/ns 表示/v ，/w 萨维茨卡/ns 说明/v");
        String t = new String(s.c());
        Mention[] places = java.util.stream.Stream.of("沙赫特", "吉尔伯特", "拉斯韦加斯城", "北京", "萨维茨卡")
                .map(w -> new Mention(EntityType.PLACE, t.indexOf(w), t.indexOf(w) + w.length())).toArray(Mention[]::new);
        List<Mention> ms = s.after((c, lex, x) -> PersonRules.addressedPlaces(c, s.cut(), lex, x), places);
        assertEquals(List.of("沙赫特", "吉尔伯特"), persons(s, ms));
    }

    @Test
    void aDottedNameWordEndsAPersonThatRanOnOverAnAdverb() {
        Seg s = Seg.of("种植户/n 艾则孜·买买提/nr 正/d 忙/v 着/u ，/w 主妇/n 萨米亚·侯赛/nr 因/p 。/w");
        List<Mention> ms = s.after((c, lex, x) -> PersonRules.dottedNameWords(c, s.cut(), s.posStart(), lex, x),
                person(3, 11), person(16, 23));
        // 因 is a transliteration char: the segmenter may have cut the name there
        assertEquals(List.of("艾则孜·买买提", "萨米亚·侯赛因"), inOrder(s, ms));
    }

    @Test
    void aLineOfTwoOrThreeUnknownCharsAloneIsAByline() {
        Seg s = Seg.of("诗/n 。/w \n/w 厉/nr 佛灯/nr \n/w 今哲/nr \n/w 黄/nr 铸/v \n/w 于/p 立群/nr \n/w 致/v 读者/n \n/w "
                + "探望/v 你/r \n/w 观/Vg 雪/n \n/w 京/j 青联/j \n/w 文艺部/n \n/w 和/c 鞋子/n \n/w 脚步/n \n/w 王/nr 刚/nr 说/v");
        List<Mention> ms = s.after((c, lex, x) -> PersonRules.lineNames(c, s.cut(), s.posStart(), lex, x));
        assertEquals(List.of("厉佛灯", "今哲", "黄铸", "于立群"), inOrder(s, ms));
        // a line a mention already touches is left alone
        Seg tagged = Seg.of("今哲/nr");
        assertEquals(List.of("今"), inOrder(tagged, tagged.after((c, lex, x) -> PersonRules.lineNames(c, tagged.cut(),
                tagged.posStart(), lex, x), person(0, 1))));
    }

    @Test
    void aDottedNameWordEndsAPersonThatRanIntoTheWordBesideIt() {
        Seg s = Seg.of("其/r 长子/n 拉吉夫·甘地/l 上台/v ，/w 总理/n 谢赫·哈西娜/nr 提议/v ，/w 特使/n 阿拉丁·布鲁杰尔迪/nr 访/v "
                + "巴/j ，/w 科学家/n 尼尔·弗斯/nr 特等/b 人/n ，/w 主妇/n 萨米亚·侯赛/nr 因/p 病/n");
        String t = new String(s.c());
        // as the tagger ran them: 子拉吉夫·甘地, 谢赫·哈西娜提, 阿拉丁·布鲁杰尔迪访巴, 尼尔·弗斯特, 萨米亚·侯赛因
        Mention[] tagged = java.util.stream.Stream.of("子拉吉夫·甘地", "谢赫·哈西娜提", "阿拉丁·布鲁杰尔迪访巴", "尼尔·弗斯特",
                "萨米亚·侯赛因").map(w -> person(t.indexOf(w), t.indexOf(w) + w.length())).toArray(Mention[]::new);
        List<Mention> ms = s.after((c, lex, x) -> PersonRules.dottedNameEdges(c, s.cut(), s.posStart(), lex, x), tagged);
        // 特等 is no verb and 因 a transliteration char: those two keep their last char
        assertEquals(List.of("拉吉夫·甘地", "谢赫·哈西娜", "阿拉丁·布鲁杰尔迪", "尼尔·弗斯特", "萨米亚·侯赛因"), inOrder(s, ms));
    }

    @Test
    void aCharGluedBeforeAKnownGivenNameOfADottedNameIsNotTheNames() {
        // 种植户 + 买买提·吐尔逊, glued by the segmenter and the tagger alike; 艾买提 itself is a known given name, so
        // 司马义·艾买提 keeps its 艾
        Seg s = Seg.of("种植/v 户买买提·吐尔逊/nr 说/v ，/w 副委员长/n 司马义·艾买提/nr 说/v");
        String t = new String(s.c());
        Mention[] tagged = java.util.stream.Stream.of("户买买提·吐尔逊", "司马义·艾买提")
                .map(w -> person(t.indexOf(w), t.indexOf(w) + w.length())).toArray(Mention[]::new);
        List<Mention> ms = s.after((c, lex, x) -> PersonRules.dottedNameEdges(c, s.cut(), s.posStart(), lex, x), tagged);
        assertEquals(List.of("买买提·吐尔逊", "司马义·艾买提"), inOrder(s, ms));
    }

    @Test
    void aNameBeforeHaoNamesACraftNotAPerson() {
        Seg moon = Seg.of("嫦娥/n 六/m 号/q 探测器/n 、/w 墨子/nr 号/n 卫星/n");
        assertEquals(List.of(), persons(moon, moon.after((c, lex, ms) -> PersonRules.craftNames(c, ms),
                person(0, 2), person(8, 10))));
        // 号召 is a verb, and Arabic digits before 号 write a day of the month
        Seg call = Seg.of("张三/nr 号召/v 大家/r ，/w 李明/nr 3号/t 到/v 京/j");
        assertEquals(List.of("张三", "李明"), inOrder(call, call.after((c, lex, ms) -> PersonRules.craftNames(c, ms),
                person(0, 2), person(7, 9))));
    }

    @Test
    void anAthleteNamedByCountryInAResultIsAPerson() {
        Seg won = Seg.of("战胜/v 法国/ns 的/u 皮奥利/nr 内/f ，/w 从而/c");
        assertEquals(List.of("皮奥利内"), persons(won, won.after(PersonRules::athletes,
                new Mention(EntityType.PLACE, 2, 4), new Mention(EntityType.PERSON, 5, 8))));
        Seg list = Seg.of("美国/ns 科瓦尔/nr 、/w 美国/ns 斯特里特/nr ；/w");
        assertEquals(List.of("科瓦尔", "斯特里特"), inOrder(list, list.after(PersonRules::athletes,
                new Mention(EntityType.PLACE, 0, 2), new Mention(EntityType.PLACE, 6, 8))));
        // a known place after the place (法国的巴黎), or a run going on into other words (德国的西门子公司), is no athlete
        Seg city = Seg.of("法国/ns 的/u 巴黎/ns ，/w");
        Seg firm = Seg.of("德国/ns 的/u 西门子/nz 公司/n");
        assertEquals(List.of(), persons(city, city.after(PersonRules::athletes, new Mention(EntityType.PLACE, 0, 2))));
        assertEquals(List.of(), persons(firm, firm.after(PersonRules::athletes, new Mention(EntityType.PLACE, 0, 2))));
    }

    @Test
    void theNamesBetweenReporterAndReportedAreReporters() {
        // the tagger's 潘帝 (都 read as "all") and 通昌 give way to the items; 丁子 is new; 今天 is no name
        Seg s = Seg.of("本报/r 记者/n 潘帝/nr 都/d 报道/v ：/w 记者/n 归/v 通昌/nr 、/w 吴绮敏/nr 报道/v ，/w "
                + "记者/n 丁子/n 报道/v ，/w 记者/n 今天/t 报道/v");
        String t = new String(s.c());
        List<Mention> ms = new ArrayList<>(List.of(person(4, 6), person(t.indexOf("通昌"), t.indexOf("通昌") + 2),
                person(t.indexOf("吴绮敏"), t.indexOf("吴绮敏") + 3)));
        PersonRules.reportedBy(s.c(), LEX, s.hits(), ms);
        assertEquals(List.of("丁子", "吴绮敏", "归通昌", "潘帝都"),
                ms.stream().filter(m -> m.type() == EntityType.PERSON).map(s::text).sorted().toList());
        // not where a place lies in the item
        Seg p = Seg.of("记者/n 北京/ns 报道/v");
        List<Mention> place = new ArrayList<>(List.of(new Mention(EntityType.PLACE, 2, 4)));
        PersonRules.reportedBy(p.c(), LEX, p.hits(), place);
        assertEquals(List.of(), persons(p, place));
    }

    @Test
    void theNamesAfterAReporterEndTheirBracket() {
        // 电（记者姜微）, （新华社记者刘宇摄）: the bracket closes the byline, a credit verb before it stays out;
        // not a bracket that opens far before the title
        Seg s = Seg.of("２３日/t 电/n （/w 记者/n 姜微/nr ）/w 上海/ns ，/w （/w 新华社/nt 记者/n 刘宇/nr 摄/v ）/w ，/w "
                + "（/w 这里/r 有/v 很多/m 很多/m 人/n 和/c 记者/n 同行/v ）/w");
        List<Mention> ms = new ArrayList<>();
        PersonRules.reportedBy(s.c(), LEX, s.hits(), ms);
        assertEquals(List.of("姜微", "刘宇"), persons(s, ms));
    }

    @Test
    void aTibetanNameTakesBackTheFunctionWordTheTaggerGaveItsFirstPart() {
        // the tagger's 据泽仁 (据 read as a surname) gives way to 泽仁桑珠; 据 stays out
        Seg s = Seg.of("据/p 泽仁/nr 桑珠/nr 介绍/v");
        List<Mention> ms = new ArrayList<>(List.of(person(0, 3), person(3, 5)));
        PersonRules.tibetanMongolianNames(s.c(), s.cut(), s.hits(), ms);
        assertEquals(List.of("泽仁桑珠"), persons(s, ms));
    }

    @Test
    void aForeignerNamedAfterATitleIsAPerson() {
        // the tagger read only 雅古 as a person: the run after the title grows it
        Seg minister = Seg.of("外长/n 利维/nr 和/c 外交大臣/n 雅古/nr 布/nr 的/u 分歧/n");
        List<Mention> ms = new ArrayList<>(List.of(new Mention(EntityType.PERSON, 2, 4), new Mention(EntityType.PERSON, 9, 11)));
        PersonRules.titledForeigners(minister.c(), minister.cut(), LEX, minister.hits(), ms);
        assertEquals(List.of("利维", "雅古布"), inOrder(minister, ms));
        Seg chair = Seg.of("主席/n 列希/nr 一/m 日/q 晚/t");
        ms = new ArrayList<>();
        PersonRules.titledForeigners(chair.c(), chair.cut(), LEX, chair.hits(), ms);
        assertEquals(List.of("列希"), persons(chair, ms));
        // before a title that follows names, at the start of a clause; not a country there (巴西总统)
        Seg sir = Seg.of("。/w 本/r 西德/ns 先生/n 认为/v ，/w 巴西/ns 总统/n 说/v");
        ms = new ArrayList<>(List.of(new Mention(EntityType.PLACE, 9, 11)));
        PersonRules.titledForeigners(sir.c(), sir.cut(), LEX, sir.hits(), ms);
        assertEquals(List.of("本西德"), persons(sir, ms));
        // or before a verb of saying; not a place there (巴西说 is the lexicon's)
        Seg says = Seg.of("。/w 本/r 西德/ns 说/v ，/w 巴西/ns 说/v");
        ms = new ArrayList<>();
        PersonRules.titledForeigners(says.c(), says.cut(), LEX, says.hits(), ms);
        assertEquals(List.of("本西德"), persons(says, ms));
        // words written with transliteration chars (代表|基本保留), or a run going on into other words, are no names
        for (String text : new String[]{"代表/n 基本/a 保留/v 。/w", "主席/n 马丁/nr 内斯/nr 访华/v"}) {
            assertEquals(List.of(), titledPersons(text), text);
        }
    }

    @Test
    void aBrandNamedAfterAPersonIsThePersonBesideATitle() {
        // 福特 is a brand (nz) to HanLP, 特斯拉 an organisation to the lexicon: beside a title each names a person
        assertEquals(List.of("福特"), titledPersons("前/f 总统/n 福特/nz 于/p 去年/t 去世/v"));
        Seg physicist = Seg.of("总统/n 特斯拉/nz 说/v");
        List<Mention> ms = new ArrayList<>(List.of(new Mention(EntityType.ORGANIZATION, 2, 5)));
        PersonRules.titledForeigners(physicist.c(), physicist.cut(), LEX, physicist.hits(), ms);
        assertEquals(List.of("特斯拉"), inOrder(physicist, ms));
        assertTrue(ms.stream().noneMatch(m -> m.type() == EntityType.ORGANIZATION), "the person replaces the body");
        assertEquals(List.of("福特"), titledPersons("。/w 福特/nz 总统/n 访问/v 中国/ns"));
        // not after a title that is a verb too, nor before a verb of saying alone (the company may speak)
        assertEquals(List.of(), titledPersons("他/r 代表/v 福特/nz 的/u 利益/n"));
        assertEquals(List.of(), titledPersons("。/w 福特/nz 说/v ，/w"));
    }

    @Test
    void aBrandNamedAfterAPersonIsThePersonAfterACallingBeforeAnyVerb() {
        // 物理学家 and 发明家 are no titles of the lexicon, but callings of the core dictionary
        Seg s = Seg.of("物理学家/n 特斯拉/nz 发明/v 了/u 交流电/n");
        List<Mention> ms = new ArrayList<>(List.of(new Mention(EntityType.ORGANIZATION, 4, 7, null,
                Mention.Priority.RULE)));
        PersonRules.titledForeigners(s.c(), s.cut(), LEX, s.hits(), ms);
        assertEquals(List.of("特斯拉"), inOrder(s, ms));
        assertEquals(List.of("福特"), titledPersons("收藏家/n 福特/nz 捐出/v 藏品/n"));
        // the brand's goods make it the company; and a run no dictionary knows is no person after a mere calling
        assertEquals(List.of(), titledPersons("企业家/n 福特/nz 汽车/n 的/u 创始人/n"));
        assertEquals(List.of(), titledPersons("哲学家/n 阿尔/nr 都/d 塞/v"));
    }

    /** The persons {@link PersonRules#titledForeigners} finds in {@code tagged} with no mention given. */
    private static List<String> titledPersons(String tagged) {
        Seg s = Seg.of(tagged);
        List<Mention> ms = new ArrayList<>();
        PersonRules.titledForeigners(s.c(), s.cut(), LEX, s.hits(), ms);
        return persons(s, ms);
    }

    @Test
    void aTwoCharSurnameTheTaggerCutBelongsToTheName() {
        // 诸|葛仓麟: the person takes the surname's first char
        Seg byline = Seg.of("记者/n 诸葛/nr 仓麟/nr 、/w 王/nr 忠菊/nr");
        List<Mention> ms = new ArrayList<>(List.of(person(3, 6), person(7, 10)));
        PersonRules.compoundSurnames(byline.c(), byline.cut(), LEX, ms);
        assertEquals(List.of("诸葛仓麟", "王忠菊"), inOrder(byline, ms));
        // 太史|慈: the surname alone takes a given-name char before a function word
        Seg general = Seg.of("中郎将/n 太史/n 慈和/a 赵云/nr");
        ms = new ArrayList<>(List.of(person(3, 5)));
        PersonRules.compoundSurnames(general.c(), general.cut(), LEX, ms);
        assertEquals(List.of("太史慈"), inOrder(general, ms));
        // 局长|孙明: 长 ends a word, so 长孙 is no surname here
        Seg chief = Seg.of("局长/n 孙/nr 明/nr 介绍/v");
        ms = new ArrayList<>(List.of(person(2, 4)));
        PersonRules.compoundSurnames(chief.c(), chief.cut(), LEX, ms);
        assertEquals(List.of("孙明"), inOrder(chief, ms));
    }

    @Test
    void aGoPlayerIsNamedBeforeHisDanRank() {
        // the tagger read 胜 (won) into the name; 一段 is "a stretch", no rank
        Seg result = Seg.of("中盘/n 胜/v 金秀壮/nr 九/m 段/q ，/w 常昊/nr 八/m 段/q 和/c 叶桂五/nr 段/q");
        List<Mention> ms = result.after(PersonRules::rankedPlayers, new Mention(EntityType.PERSON, 2, 6),
                new Mention(EntityType.PERSON, 15, 18));
        assertEquals(List.of("金秀壮", "常昊", "叶桂"), inOrder(result, ms));
        Seg stretch = Seg.of("走/v 了/u 前/f 一/m 段/q 路/n");
        assertEquals(List.of(), persons(stretch, stretch.after(PersonRules::rankedPlayers)));
    }

    @Test
    void transliteratedNameCutOneCharShortGrowsOverTheRun() {
        Seg right = Seg.of("击败/v 了/u 库/nr 尔尼科娃/nr ，/w");
        Seg left = Seg.of("结晶/n ，/w 多/m 恩布什/nr 和/c 费希尔/nr");
        assertEquals(List.of("库尔尼科娃"), persons(right, right.apply(new Mention(EntityType.PERSON, 4, 8))));
        // a one-char word of a function class (多/m: a numeral) is no part of the name (费希尔 is foreignNames')
        assertEquals(List.of("恩布什", "费希尔"), persons(left, left.apply(new Mention(EntityType.PERSON, 4, 7))));
        Seg crossing = Seg.of("结晶/n ，/w 多恩/nr 布什/nr 和/c");
        assertEquals(List.of("多恩布什"), persons(crossing, crossing.apply(new Mention(EntityType.PERSON, 4, 7))));
    }

    @Test
    void transliteratedNameDoesNotGrowIntoTheNextWord() {
        Seg verb = Seg.of("克林顿/nr 提出/v 建议/n");
        Seg prep = Seg.of("萨马兰奇/nr 因/p 病/n 缺席/v");
        assertEquals(List.of("克林顿"), persons(verb, verb.apply(new Mention(EntityType.PERSON, 0, 3))));
        assertEquals(List.of("萨马兰奇"), persons(prep, prep.apply(new Mention(EntityType.PERSON, 0, 4))));
    }

    private static Mention person(int start, int end) {
        return new Mention(EntityType.PERSON, start, end);
    }

    @Test
    void listItemBesidePersonsIsAPerson() {
        Seg s = Seg.of("丁聪/nr 、/w 董辅/nr 、/w 范用/v 、/w 冯兰瑞/nr");
        List<Mention> ms = s.apply(person(0, 2), person(3, 5), person(9, 12));
        assertEquals(List.of("丁聪", "董辅", "冯兰瑞", "范用"), persons(s, ms));
        assertEquals(6, ms.get(3).start());
        assertEquals(8, ms.get(3).end());
    }

    @Test
    void partOfAListItemGrowsToTheItem() {
        Seg s = Seg.of("汪愚/nr 、/w 汪/nr 大成/nr （/w 满族/nz ）/w 、/w 启功/nr");
        List<Mention> ms = s.apply(person(0, 2), person(3, 4), person(11, 13));
        assertEquals(List.of("汪愚", "启功", "汪大成"), persons(s, ms));
    }

    @Test
    void rosterItemsWithAFunctionWordSurnameArePersons() {
        Seg s = Seg.of("罗龙/nr （/w 壮族/nz ）/w 、/w 和/c 志强/nr （/w 纳西族/nz ）/w 、/w 和/c 根合/nr （/w 傈僳族/nz ）/w"
                + " 、/w 金峰/nr 、/w 王楚光/nr");
        List<Mention> ms = s.apply(person(0, 2), person(8, 10), person(17, 19), person(25, 27), person(28, 31));
        assertEquals(List.of("罗龙", "金峰", "王楚光", "和志强", "和根合"), persons(s, ms));
    }

    @Test
    void anElectionRosterEndsItsLastItemBeforeWei() {
        // 张凯|为省人大常委会副主任: the last item is a person, so five items in six are and 志广 is one too
        Seg s = Seg.of("张帼英/nr 、/w 曾昭科/nr 、/w 王骏/nr 、/w 程青/nr 、/w 志广/nz 、/w 张凯/nr 为/v 省/n 人大/j "
                + "常委会/j 副/b 主任/n");
        List<Mention> ms = personsAt(s, "张帼英", "曾昭科", "王骏", "程青", "张凯");
        PersonRules.rosters(s.c(), LEX, ms);
        assertEquals(List.of("张帼英", "曾昭科", "王骏", "程青", "张凯", "志广"), persons(s, ms));
    }

    @Test
    void aListsOuterItemsHoldTheNameBesideTheirClause() {
        // first item after a verb, last item before an idiom; 海顿, not 海顿所 (所 a particle of its own)
        Seg s = Seg.of("初/d 派/v 史/nr 建/v 、/w 杨/nr 少桥/nr 。/w 这/r 使/v 李/nr 晴祺/nr 、/w 包/v 文翊/nr 喜出望外/i 。/w "
                + "多/a 为/v 贝多芬/nr 、/w 海顿/ns 所/u 作/v 的/u");
        List<Mention> ms = personsAt(s, "杨少桥", "李晴祺", "贝多芬");
        PersonRules.listNames(s.c(), s.cut(), s.posStart(), s.posEnd(), LEX, ms);
        assertEquals(List.of("杨少桥", "李晴祺", "贝多芬", "史建", "包文翊", "海顿"), persons(s, ms));
    }

    @Test
    void aListItemBetweenCommonNounsIsNoPerson() {
        // 姜糖 between 桂皮 and 菊花; 李鹏 beside 江泽民 stays
        Seg s = Seg.of("配有/v 枸杞子/n 、/w 甘草/n 、/w 桂皮/n 、/w 姜/nr 糖/n 、/w 菊花/n 等/u 佐料/n 。/w 江泽民/nr 、/w 李鹏/nr");
        List<Mention> ms = personsAt(s, "姜糖", "江泽民", "李鹏");
        PersonRules.personsAmongNouns(s.c(), s.cut(), s.posStart(), s.posEnd(), LEX, ms);
        assertEquals(List.of("江泽民", "李鹏"), persons(s, ms));
        // a 、 at either end of the text has no item beyond it
        for (String tagged : List.of("、/w 姜/nr 糖/n", "姜/nr 糖/n 、/w")) {
            Seg edge = Seg.of(tagged);
            String et = new String(edge.c());
            List<Mention> one = new ArrayList<>(List.of(person(et.indexOf("姜糖"), et.indexOf("姜糖") + 2)));
            PersonRules.personsAmongNouns(edge.c(), edge.cut(), edge.posStart(), edge.posEnd(), LEX, one);
            assertEquals(1, one.size());
        }
        // a list that holds another person is one of names, though 白云 is a common noun too
        Seg names = Seg.of("获奖者/n 有/v 李明/nr 、/w 白云/n 、/w 张强/nr 。/w");
        List<Mention> both = personsAt(names, "李明", "张强");
        PersonRules.personsAmongNouns(names.c(), names.cut(), names.posStart(), names.posEnd(), LEX, both);
        assertEquals(List.of("李明", "张强"), persons(names, both));
    }

    @Test
    void rosterItemsNeedAListOfPersons() {
        // two persons in four items: no roster, and 和 stays a conjunction (志刚: 和志强 is a well-known person)
        Seg s = Seg.of("罗龙/nr 、/w 和/c 志刚/nr 、/w 蔬菜/n 、/w 金峰/nr");
        List<Mention> ms = s.apply(person(0, 2), person(4, 6), person(10, 12));
        assertEquals(List.of("罗龙", "志刚", "金峰"), persons(s, ms));
    }

    @Test
    void verbOfSayingGluedToAOneCharGivenNameEndsTheName() {
        Seg s = Seg.of("主教练/n 王/nr 非称/nr 这/r 场/q 球/n 的/u 目标/n");
        assertEquals(List.of("王非"), persons(s, s.apply(person(3, 6))));
        // not a verb of saying: the name keeps its last char
        Seg t = Seg.of("主教练/n 王/nr 非凡/nr 这/r 场/q 球/n 的/u 目标/n");
        assertEquals(List.of("王非凡"), persons(t, t.apply(person(3, 6))));
    }

    @Test
    void surnameNamedAfterXingIsAPersonWhateverElseTheCharIs() {
        Seg s = Seg.of("这/r 名/q 姓/v 施/nr 的/u 旅客/n ，/w 老百姓/n 的/u 事/n");
        List<Mention> ms = new ArrayList<>();
        PersonRules.namedSurnames(s.c(), LEX, ms);
        assertEquals(List.of("施"), persons(s, ms));
    }

    @Test
    void oldOrLittleBeforeASurnameIsAFamiliarName() {
        Seg named = Seg.of("他/r 叮咛/v 老/a 赵/nr ：/w 你/r 不/d 是/v 老/a 萧/nr 吗/y");
        Seg words = Seg.of("一/m 部/q 小/a 巴/n ，/w 各/r 小/a 党/n ，/w 老/a 黄牛/n ，/w 养老/v 金/n ，/w 老师/n 好/a");
        List<Mention> ms = new ArrayList<>();
        PersonRules.familiarNames(named.c(), named.cut(), named.posEnd(), LEX, ms);
        assertEquals(List.of("老赵", "老萧"), persons(named, ms));
        ms.clear();
        PersonRules.familiarNames(words.c(), words.cut(), words.posEnd(), LEX, ms);
        assertEquals(List.of(), persons(words, ms)); // a minibus, small parties, an old ox, a pension, a teacher
    }

    @Test
    void doubledGivenNameCharNamedTwiceIsAChildsName() {
        Seg child = Seg.of("孙/nr 书记/n 抚摸/v 着/u 金金/v 的/u 头/n ，/w 熊猫/n 强强/a 趴/v 着/u ，/w 对/p 金金/n 说/v");
        Seg words = Seg.of("台湾/ns 群群/n 观众/n ，/w 山山/n 相连/v ，/w 葡萄/n 苗苗/n 们/k ，/w 静静/a 地/u 流/v ，/w "
                + "山山/n 水水/n ，/w 苗苗/n 们/k ，/w 静静/a 地/u 听/v");
        Seg surname = Seg.of("郭/n 晶晶/n 获得/v 冠军/n ，/w 一/m 根根/n 火把/n ，/w 郭/n 晶晶/n 说/v");
        List<Mention> ms = new ArrayList<>();
        PersonRules.doubledNames(child.c(), child.cut(), child.posStart(), LEX, ms);
        assertEquals(List.of("金金", "金金"), persons(child, ms)); // not 强强, named once
        ms.clear();
        PersonRules.doubledNames(words.c(), words.cut(), words.posStart(), LEX, ms);
        assertEquals(List.of(), persons(words, ms)); // measure, noun and verb chars; before 们 or 地
        PersonRules.doubledNames(surname.c(), surname.cut(), surname.posStart(), LEX, ms);
        assertEquals(List.of(), persons(surname, ms)); // 郭晶晶 is the tagger's; 一根根 a measure
        ms.add(over(child, EntityType.PLACE, "金金"));
        PersonRules.doubledNames(child.c(), child.cut(), child.posStart(), LEX, ms);
        assertEquals(List.of("金金"), persons(child, ms)); // nothing where a mention lies
    }

    @Test
    void unknownTransliteratedPlaceRightAfterACountryIsItsAthlete() {
        Seg s = Seg.of("法国/ns 的/u 埃斯波斯托/nr 和/c 美国/ns 的/u 马尔乔/nr 分/v 获/v ，/w 埃及/ns 科普特/nz 教区/n");
        List<Mention> ms = new ArrayList<>(List.of(over(s, EntityType.PLACE, "埃斯波斯托"),
                over(s, EntityType.PLACE, "马尔乔"), over(s, EntityType.PLACE, "科普特")));
        PersonRules.nationals(s.c(), s.cut(), s.posStart(), LEX, ms);
        assertEquals(List.of("埃斯波斯托", "马尔乔"), persons(s, ms)); // not 科普特 of 科普特|教区
    }

    @Test
    void aVerbAfterASurnameAndTwoCharsIsNoFourthCharOfTheName() {
        Seg s = Seg.of("龚/nr 德/nr 俊花/nr 巨资/n 为/p 他/r");
        assertEquals(List.of("龚德俊"), persons(s, s.apply(person(0, 4))));
        // a transliterated name keeps its last char (外援阿尔斯通先后投中)
        Seg t = Seg.of("外援/n 阿尔斯通/nr 先后/d 投中/v");
        assertEquals(List.of("阿尔斯通"), persons(t, t.apply(person(2, 6))));
    }

    @Test
    void unitAfterAnAmountIsNoPerson() {
        // a made-up unit (谢克尔, the shekel, is a currency the rules know by name)
        Seg s = Seg.of("拨款/v ３亿/m 莫/nr 克尔/nr ，/w 其中/r 莫/nr 克尔/nr 说/v");
        List<Mention> ms = s.apply(person(4, 7), person(10, 13));
        assertEquals(List.of("莫克尔"), persons(s, ms)); // the second, after a pronoun, stays
        assertEquals(10, ms.stream().filter(m -> m.type() == EntityType.PERSON).findFirst().orElseThrow().start());
    }

    @Test
    void aTablesUnitInBracketsIsNoPerson() {
        // 拖拉机（万台）５０３: the unit of a column; a byline （万里） at the paragraph's end stays a person
        Seg s = Seg.of("拖拉机/n （/w 万台/nr ）/w ５０３/m ，/w 收割机/n （/w 万台/nr ）/w ６/m 。/w （/w 万里/nr ）/w");
        String t = new String(s.c());
        int a = t.indexOf("万台"), b = t.indexOf("万台", a + 1), c = t.indexOf("万里");
        List<Mention> ms = s.apply(person(a, a + 2), person(b, b + 2), person(c, c + 2));
        assertEquals(List.of("万里"), persons(s, ms));
    }

    @Test
    void aCountrysSideAndOldComradesAreNoPersons() {
        Seg s = Seg.of("与/p 阿方/n 举行/v 对话/vn ，/w 李方/nr 说/v ，/w 向/p 全军/n 老/a 同志/n 拜年/v");
        List<Mention> ms = s.apply(person(1, 3), person(8, 10), person(13, 16));
        assertEquals(List.of("李方"), persons(s, ms));
    }

    @Test
    void countriesByTheirAbbreviationsAreNoPerson() {
        Seg s = Seg.of("孟巴印/j 三/m 国/n 经贸/n 峰会/n ，/w 罗桂英/nr 平静/a 地/u 说/v");
        List<Mention> ms = s.apply(person(0, 3), person(10, 13));
        assertEquals(List.of("罗桂英"), persons(s, ms)); // 罗, 桂 and 英 abbreviate places too
    }

    @Test
    void currencyIsNoPerson() {
        Seg s = Seg.of("达到/v ６０００亿/m 玻/j 利瓦尔/nr ，/w 货币/n 雷亚尔/nr 比价/n");
        List<Mention> ms = s.apply(person(8, 11), person(14, 17));
        assertEquals(List.of(), persons(s, ms));
    }

    @Test
    void twoCharsAloneInTheBracketThatEndsAParagraphAreAPenName() {
        Seg s = Seg.of("的/u 对策/n 与/c 建议/n 。/w （/w 新园/nr ）/w");
        assertEquals(List.of("新园"), persons(s, s.apply()));
        Seg credit = Seg.of("车间/n 。/w （/w 千禾/nr 摄/v ）/w");
        assertEquals(List.of("千禾"), persons(credit, credit.apply()));
        for (String no : List.of("祝福/vn （/w 二首/m ）/w", "文章/n （/w 续完/v ）/w", "会议/n （/w 北京/ns ）/w")) {
            Seg t = Seg.of(no);
            assertEquals(List.of(), persons(t, t.apply()), no);
        }
    }

    /** A mention of {@code type} over the first occurrence of {@code text} in {@code s}. */
    private static Mention over(Seg s, EntityType type, String text) {
        int at = new String(s.c()).indexOf(text);
        return new Mention(type, at, at + text.length());
    }

    private static final String ROLL = "河北/ns 农业/n 大学/n 园艺系/n 副教授/n 王/nr 金春/nr 河北省/ns 大厂/ns 回族/nz "
            + "自治县/n 副/b 县长/n 赵/nr 德平/nr 河北省/ns 保定市/ns 第二/m 医院/n 副/b 院长/n 杜/nr 庆生/nr "
            + "山西省/ns 农科院/j 副研究员/n 朱/nr 斌成/nr 江西省/ns 于都县/ns";

    @Test
    void honourRollWithoutSeparatorsHasAPersonInEachSlot() {
        Seg s = Seg.of(ROLL);
        // the tagger found the bodies, one person whole and one cut short (王金|春); the rule fills every slot
        List<Mention> ms = new ArrayList<>(List.of(over(s, EntityType.ORGANIZATION, "河北农业大学园艺系"),
                over(s, EntityType.PLACE, "河北省大厂回族自治县"), over(s, EntityType.ORGANIZATION, "河北省保定市第二医院"),
                over(s, EntityType.ORGANIZATION, "山西省农科院"), over(s, EntityType.PLACE, "江西省于都县"),
                over(s, EntityType.PERSON, "王金"), over(s, EntityType.PERSON, "赵德平")));
        PersonRules.honourRolls(s.c(), LEX, s.hits(), ms);
        assertEquals(List.of("王金春", "赵德平", "杜庆生", "朱斌成"), persons(s, ms));
    }

    @Test
    void organisationsRunOnOverAnHonourRollsNamesAreCutAtTheTitleAndName() {
        Seg s = Seg.of(ROLL);
        // the tagger ran the first body on over 副教授王金春 into the next body, and began an organisation inside a
        // name (德平河北省保定市第二医院); each is cut before the title and after the name
        List<Mention> ms = new ArrayList<>(List.of(
                over(s, EntityType.ORGANIZATION, "河北农业大学园艺系副教授王金春河北省大厂回族自治县"),
                over(s, EntityType.ORGANIZATION, "德平河北省保定市第二医院"),
                over(s, EntityType.ORGANIZATION, "山西省农科院"), over(s, EntityType.PLACE, "江西省于都县")));
        PersonRules.honourRolls(s.c(), LEX, s.hits(), ms);
        assertEquals(List.of("王金春", "赵德平", "杜庆生", "朱斌成"), persons(s, ms));
        assertTrue(ms.contains(over(s, EntityType.ORGANIZATION, "河北农业大学园艺系")), ms::toString);
        assertTrue(ms.contains(over(s, EntityType.ORGANIZATION, "河北省大厂回族自治县")), ms::toString);
        assertTrue(ms.contains(over(s, EntityType.ORGANIZATION, "河北省保定市第二医院")), ms::toString);
    }

    @Test
    void twoTitleNameBodySlotsAreNoHonourRoll() {
        Seg s = Seg.of("河北/ns 农业/n 大学/n 园艺系/n 副教授/n 王/nr 金春/nr 河北省/ns 大厂/ns 回族/nz 自治县/n "
                + "副/b 县长/n 赵/nr 德平/nr 河北省/ns");
        List<Mention> ms = new ArrayList<>(List.of(over(s, EntityType.ORGANIZATION, "河北农业大学园艺系"),
                over(s, EntityType.PLACE, "河北省大厂回族自治县"), over(s, EntityType.PLACE, "河北省"),
                over(s, EntityType.PERSON, "王金")));
        PersonRules.honourRolls(s.c(), LEX, s.hits(), ms);
        assertEquals(List.of("王金"), persons(s, ms));
    }

    @Test
    void itemOfARosterOfPersonsTaggedWhollyAsAPlaceIsAPerson() {
        Seg s = Seg.of("席德华/nr 、/w 唐树备/nr 、/w 浦江/ns 、/w 黄天明/nr 、/w 黄植诚/nr");
        List<Mention> ms = s.apply(over(s, EntityType.PERSON, "席德华"), over(s, EntityType.PERSON, "唐树备"),
                over(s, EntityType.PLACE, "浦江"), over(s, EntityType.PERSON, "黄天明"), over(s, EntityType.PERSON, "黄植诚"));
        assertTrue(persons(s, ms).contains("浦江"), persons(s, ms).toString());
        assertTrue(ms.stream().noneMatch(m -> m.type() == EntityType.PLACE), ms.toString());
        // three persons in five items is no list of persons strong enough to retype a place
        Seg weak = Seg.of("席德华/nr 、/w 唐树备/nr 、/w 浦江/ns 、/w 黄山/ns 、/w 黄植诚/nr");
        List<Mention> wm = weak.apply(over(weak, EntityType.PERSON, "席德华"), over(weak, EntityType.PERSON, "唐树备"),
                over(weak, EntityType.PLACE, "浦江"), over(weak, EntityType.PLACE, "黄山"),
                over(weak, EntityType.PERSON, "黄植诚"));
        assertTrue(!persons(weak, wm).contains("浦江"), persons(weak, wm).toString());
    }

    @Test
    void officeInARosterIsNoPerson() {
        Seg s = Seg.of("张明/nr 、/w 李华/nr 、/w 国家/n 主席/n 、/w 王强/nr 、/w 赵刚/nr");
        List<Mention> ms = s.apply(person(0, 2), person(3, 5), person(11, 13), person(14, 16));
        assertEquals(List.of("张明", "李华", "王强", "赵刚"), persons(s, ms));
    }

    @Test
    void wellKnownPersonStandingAsAWordIsAPerson() {
        Seg s = Seg.of("游本昌/nr 再/d 扮/v 济公/n 新春/t 讲/v 故事/n");
        assertEquals(List.of("济公"), persons(s, s.apply()).stream().filter("济公"::equals).toList());
    }

    @Test
    void wellKnownPersonReplacesATaggedPersonRunningIntoAVerb() {
        Seg s = Seg.of("有/v 了/u 伽利略/nr 献/v 绝艺/n");
        List<Mention> ms = s.apply(person(2, 6));
        assertEquals(List.of("伽利略"), persons(s, ms));
    }

    @Test
    void wellKnownPersonWhoseFirstCharTheSegmenterGluedToAPrepositionIsWhole() {
        Seg s = Seg.of("王毅/nr 同布/v 林肯/nr 通电话/v");
        assertEquals(List.of("王毅", "布林肯"), persons(s, s.apply(person(0, 2), person(4, 6))));
    }

    @Test
    void wellKnownPersonTaggedAsAPlaceIsAPerson() {
        Seg s = Seg.of("克林顿/nr 再/d 晤/v 内塔尼亚胡/nr ，/w");
        List<Mention> ms = s.apply(person(0, 3), new Mention(EntityType.PLACE, 5, 10));
        assertEquals(List.of("克林顿", "内塔尼亚胡"), persons(s, ms));
        assertEquals(2, ms.size());
    }

    @Test
    void taggedRunOfNamesAndPlacesHoldingAWellKnownPersonStay() {
        // People's Daily reads a headline's run of names as one; 孙中山 inside a tagged place stays no person
        Seg run = Seg.of("江泽民/nr 李鹏/nr 指示/v");
        Seg place = Seg.of("来到/v 孙中山/nr 故居/n");
        List<Mention> ms = run.apply(person(0, 5));
        assertEquals(List.of("江泽民李鹏"), persons(run, ms));
        List<Mention> inPlace = place.apply(new Mention(EntityType.PLACE, 2, 7));
        assertEquals(List.of(), persons(place, inPlace));
    }

    @Test
    void personLosesATitleAtItsEndOrTheFirstCharOfOneAfterIt() {
        Seg held = Seg.of("市/n 爱委会/j 的/u 吴/nr 同志/n 说/v");
        Seg cutInto = Seg.of("想/v 当年/t 和/p 朱/nr 老总/n 吃/v");
        Seg word = Seg.of("张志学/nr 生前/t 说/v");
        assertEquals(List.of("吴"), persons(held, held.apply(person(5, 8))));
        assertEquals(List.of("朱"), persons(cutInto, cutInto.apply(person(4, 6))));
        assertEquals(List.of("张志学"), persons(word, word.apply(person(0, 3))));
    }

    @Test
    void endearmentBeforeAGivenNameIsNoPartOfIt() {
        Seg s = Seg.of("孤儿/n 小/a 竹君/nr 当成/v");
        assertEquals(List.of("竹君"), persons(s, s.apply(person(2, 5))));
    }

    @Test
    void listItemWithoutAPersonBesideItIsNoPerson() {
        Seg s = Seg.of("黄浦/ns 、/w 卢湾/ns 、/w 徐汇/ns");
        assertEquals(List.of(), persons(s, s.apply()));
    }

    @Test
    void nameLosesAOneCharFunctionWordAfterIt() {
        Seg s = Seg.of("院长/n 吴/nr 彬/nr 也/d 在/p 会上/t");
        List<Mention> ms = s.apply(person(2, 5));
        assertEquals(List.of("吴彬"), persons(s, ms));
        assertEquals(2, ms.get(0).start());
    }

    @Test
    void nameKeepsALastCharThatEndsNamesAndNeverFollowsThem() {
        // 添 is a verb of its own to the segmenter and rare in the training split's names; HanLP's role counts
        // saw it end given names 28 times and follow a name never
        Seg s = Seg.of("名将/n 苏炳/nr 添/v 以/p 9/m 秒/q");
        assertEquals(List.of("苏炳添"), persons(s, s.apply(person(2, 5))));
    }

    @Test
    void nameKeepsACommonGivenNameCharTheSegmenterSplitOff() {
        Seg s = Seg.of("导演/n 冯/nr 小/a 刚/d 对此/d");
        assertEquals(List.of("冯小刚"), persons(s, s.apply(person(2, 5))));
    }

    @Test
    void personGrowsToTheSegmentersNameWord() {
        Seg s = Seg.of("美国/ns 人/n 卡尔逊/nr 交谈/v");
        List<Mention> ms = s.apply(person(3, 5));
        assertEquals(List.of("卡尔逊"), persons(s, ms));
        assertEquals(3, ms.get(0).start());
    }

    @Test
    void personDoesNotGrowOverATitleInTheNameWord() {
        Seg s = Seg.of("我/r 与/p 查尔斯王子/nr 共同/d");
        assertEquals(List.of("查尔斯"), persons(s, s.apply(person(2, 5))));
    }

    @Test
    void taggerPersonThatBeginsAPlaceWordIsDropped() {
        Seg s = Seg.of("图/n 为/v 辛辛那提城/ns 的/u 居民/n");
        assertEquals(List.of(), persons(s, s.apply(new Mention(EntityType.PERSON, 2, 5))));
    }

    @Test
    void twoNamesJoinedByAVerbAreTwoPersons() {
        Seg s = Seg.of("刊布/v 了/u 许广平/nr 致/v 鲁瑞/nr 、/w");
        List<Mention> ms = s.apply(person(3, 9));
        assertEquals(List.of("许广平", "鲁瑞"), persons(s, ms));
        assertEquals(7, ms.get(1).start());
    }

    @Test
    void nameTakesAFunctionCharBeforeAComma() {
        Seg s = Seg.of("原名/n 华/nr 克之/nr ，/w 1902/m 年/q");
        assertEquals(List.of("华克之"), persons(s, s.apply(person(2, 4))));
    }

    @Test
    void nameTakesNoDengBeforeAComma() {
        Seg s = Seg.of("会见/v 李/nr 鹏等/nr ，/w");
        assertEquals(List.of("李鹏"), persons(s, s.apply(person(2, 4))));
    }

    @Test
    void xiaoBeforeAFullNameIsNoPartOfIt() {
        Seg s = Seg.of("牵挂/v 小/a 王磊/nr");
        List<Mention> ms = s.apply(person(2, 5));
        assertEquals(List.of("王磊"), persons(s, ms));
        assertEquals(3, ms.get(0).start());
    }

    @Test
    void japaneseSurnameWithXiaoKeepsIt() {
        Seg s = Seg.of("日本/ns 小林/nr 觉/v 九段/n");
        assertEquals(List.of("小林觉"), persons(s, s.apply(person(2, 5))));
    }

    @Test
    void japaneseFamilyNameTakesItsGivenName() {
        Seg s = Seg.of("代表/n 细川/nr 护熙/v 担任/v");
        List<Mention> ms = s.apply(person(2, 4));
        assertEquals(List.of("细川护熙"), persons(s, ms));
        assertEquals(2, ms.get(0).start());
    }

    @Test
    void japaneseGivenNameOfTwoOneCharWords() {
        // 中村 is a name to the core dictionary; 真 (mostly an adverb) and 衣 are one-char words of the given name
        Seg s = Seg.of("险胜/v 日本/ns 的/u 中村/ns 真/d 衣/n 夺冠/v");
        assertEquals(List.of("中村真衣"), persons(s, s.apply()));
        // an adverb before a verb is no given name (中村|真|想); 山下 is mostly a place word, no family name where
        // no person was found
        Seg verb = Seg.of("日本/ns 的/u 中村/nr 真/d 想/v 去/v");
        assertEquals(List.of("中村"), persons(verb, verb.apply(person(3, 5))));
        Seg place = Seg.of("日本/ns 的/u 山下/s 真/d 美/a 呀/y");
        assertEquals(List.of(), persons(place, place.apply()));
    }

    @Test
    void japaneseGivenNameOpenedByKazu() {
        // 和 before the one-char word 男 opens the given name 和男; before the word 夫人 it is "and"
        Seg s = Seg.of("日本/ns 央行/j 行长/n 植田/n 和/c 男/b 宣布/v");
        assertEquals(List.of("植田和男"), persons(s, s.apply(person(6, 8))));
        Seg and = Seg.of("日本/ns 首相/n 岸田/n 和/c 夫人/n 出席/v");
        assertEquals(List.of("岸田"), persons(and, and.apply(person(4, 6))));
    }

    @Test
    void japaneseNameTheSegmenterReadsAsANameNeedsNoJapanInTheText() {
        // one name word with 塚 (the form Japanese names keep), then its family name alone
        Seg whole = Seg.of("大臣/n 三塚博/nr 表示/v ，/w 三塚/nr 将/d 辞职/v");
        assertEquals(List.of("三塚博", "三塚"), inOrder(whole, whole.apply()));
        // 小村 is mostly an ordinary word (a small village): a person only with a given name read as a name
        Seg given = Seg.of("次官/n 小村/n 武/nr 表示/v 辞职/v");
        assertEquals(List.of("小村武"), persons(given, given.apply()));
        Seg village = Seg.of("走进/v 小村/n 看/v 看/v");
        assertEquals(List.of(), persons(village, village.apply()));
    }

    @Test
    void japaneseFamilyNameTakesNoTimeWord() {
        Seg s = Seg.of("日本/ns 首相/n 桥本/nr 去年/t 推出/v");
        assertEquals(List.of("桥本"), persons(s, s.apply(person(4, 6))));
    }

    @Test
    void surnameAndMouIsAWithheldName() {
        Seg s = Seg.of("长沙县/ns 易某/nr 驾驶/v 一/m 辆/q 中巴车/n");
        assertEquals(List.of("易某"), persons(s, s.apply()));
        Seg none = Seg.of("对/p 某/r 企业/n");
        assertEquals(List.of(), persons(none, none.apply()));
        // a surname read as a name of its own before 某 alone
        Seg split = Seg.of("江西/ns 股民/n 程/nr 某/r 购入/v 股票/n");
        assertEquals(List.of("程某"), persons(split, split.apply()));
        // not a surname read as something else (高/a 某/r), nor before 某某
        Seg adjective = Seg.of("高/a 某/r 单位/n");
        assertEquals(List.of(), persons(adjective, adjective.apply()));
    }

    @Test
    void surnameAndMouMouIsOneWithheldNameThatReplacesTheTaggersHalf() {
        Seg s = Seg.of("被告人/n 王/nr 某某/r 与/p 李某/nr 某/r 受贿/v");
        // the tagger's 王某 gives way to 王某某
        assertEquals(List.of("王某某", "李某某"), persons(s, s.apply(new Mention(EntityType.PERSON, 3, 5))));
        Seg preposition = Seg.of("他/r 向/p 某某/r 借/v 钱/n");
        assertEquals(List.of(), persons(preposition, preposition.apply()));
        // a place or organisation over the chars blocks it
        Seg org = Seg.of("王/nr 某某/r 公司/n");
        assertEquals(List.of(), persons(org, org.apply(new Mention(EntityType.ORGANIZATION, 0, 5))));
    }

    @Test
    void familyClanAndXingLeaveTheSurname() {
        Seg jia = Seg.of("在/p 郭家/n 和/c 闫/nr 家/n");
        // the tagger's 郭家 loses 家; 闫 before 家 is a family too (families)
        assertEquals(List.of("郭", "闫"), inOrder(jia, jia.apply(person(1, 3))));
        Seg xing = Seg.of("一/m 位/q 李/nr 姓/n 居民/n");
        assertEquals(List.of("李"), persons(xing, xing.apply(person(2, 4))));
    }

    @Test
    void dictionaryWordOfASurnameCharAndATitleIsNoPerson() {
        Seg s = Seg.of("选派/v “/w 党/n 代表/n ”/w");
        assertEquals(List.of(), persons(s, s.apply()));
        Seg zhou = Seg.of("找到/v 周/nr 师傅/n");
        assertEquals(List.of("周"), persons(zhou, zhou.apply()));
    }

    @Test
    void xiaoBeforeAForeignNameIsAnEndearment() {
        Seg s = Seg.of("爱孙/n 小/a 扎耶德/nr 。/w");
        assertEquals(List.of("扎耶德"), persons(s, s.apply(person(2, 6))));
    }

    @Test
    void surnameAloneAfterTheFullNameIsThatPerson() {
        Seg s = Seg.of("其/r 弟/n 赵敬忠/nr 称/v 赵/nr 外出/v 。/w");
        assertEquals(List.of("赵敬忠", "赵"), persons(s, s.apply(person(2, 5))));
        Seg noun = Seg.of("时传义/nr 在/p 工作/v 时/ng 说/v");
        assertEquals(List.of("时传义"), persons(noun, noun.apply(person(0, 3))));
        Seg before = Seg.of("赵/nr 外出/v ，/w 赵敬忠/nr 说/v");
        assertEquals(List.of("赵敬忠"), persons(before, before.apply(person(4, 7))));
    }

    @Test
    void wellKnownPersonWinsOverATaggedPersonEndingInsideAWord() {
        Seg s = Seg.of("《/w 罗荣桓/nr 军事/n 文选/n 》/w");
        assertEquals(List.of("罗荣桓"), persons(s, s.apply(person(1, 5))));
        // the last item of a list of names closed by 等 keeps its third char (朱德均|等, not 朱德|均等)
        Seg list = Seg.of("李强/nr 、/w 朱德/nr 均等/a 同志/n 出席/v");
        assertEquals(List.of("李强", "朱德均"), persons(list, list.apply(person(0, 2), person(3, 6))));
        // nor a one-char word after it (梅西|梅|开二度: the idiom 梅开二度, which no dictionary here knows)
        Seg idiom = Seg.of("梅西/ns 梅/nr 开/v 二/m 度/q ，/w");
        assertEquals(List.of("梅西"), persons(idiom, idiom.apply(person(0, 3))));
    }

    @Test
    void verbOfSayingEndsAName() {
        Seg japanese = Seg.of("日本/ns 首相/n 桥本/nr 说/v ，/w 他/r");
        assertEquals(List.of("桥本"), persons(japanese, japanese.apply(person(4, 6))));
        Seg chinese = Seg.of("院长/n 王德云/nr 称/v ：/w 这/r");
        assertEquals(List.of("王德云"), persons(chinese, chinese.apply(person(2, 6))));
    }

    @Test
    void nameInsideAPrizeIsStillAPerson() {
        Seg s = Seg.of("第四/m 届/q 茅盾文学奖/nz 日前/t 揭晓/v");
        assertEquals(List.of("茅盾"), persons(s, s.apply()));
    }

    @Test
    void onePlaceAbbreviationInsideAPersonIsPartOfTheName() {
        // 我们看望了巴老和北京的朋友: the person 巴老 (the writer 巴金) holds 巴 and 老, which are no countries there
        List<Mention> ms = RuleFixtures.list(
                new Mention(EntityType.PERSON, 5, 7),
                new Mention(EntityType.PLACE, 5, 6, null, Mention.Priority.RULE),
                new Mention(EntityType.PLACE, 6, 7, null, Mention.Priority.RULE),
                new Mention(EntityType.PLACE, 8, 10));
        PersonRules.abbreviationsInsidePersons(14, ms);
        assertEquals(List.of(new Mention(EntityType.PERSON, 5, 7), new Mention(EntityType.PLACE, 8, 10)), ms);
    }

    @Test
    void aPlaceEndingInAWordOfAddressIsThePerson() {
        Seg g = Seg.of("阿里木/nr 大叔/n 热情/a 地/u 招呼/v 客人/n");
        List<Mention> ms = new ArrayList<>(List.of(new Mention(EntityType.PLACE, 0, 5)));
        PersonRules.placesEndingInAddressTerms(g.c(), ms);
        assertEquals(List.of(new Mention(EntityType.PERSON, 0, 3, null, Mention.Priority.RULE)), ms);
    }

    @Test
    void aSurnameBefore家IsAFamilyButNotAfterAName() {
        // nor before 之 (史家之绝唱: the historians)
        Seg s = Seg.of("干部/n 要/v 多/d 到/v 龙家/n ，/w 海尔/nr 智家/n 发布/v 新品/n ，/w 史家/n 之/u 绝唱/n");
        List<Mention> ms = new ArrayList<>();
        PersonRules.families(s.c(), s.cut(), s.posEnd(), LEX, ms);
        assertEquals(List.of("龙"), persons(s, ms));
    }

    @Test
    void aNameEndsIn和BeforeAVerbOrAListMark() {
        // 和 right before a verb joins no nouns; before 、 no conjunction either; before a verb that describes the
        // next noun (来访的) or before 和 + noun it is the conjunction
        Seg s = Seg.of("院长/n 包信/v 和/c 当选/v 院士/n ，/w 张/nr 明/nr 、/w 刘/nr 光和/nr 、/w 贾平/nr ，/w "
                + "王英/nr 和/c 来访/v 的/u 客人/n ，/w 王平/nr 和/c 李强/nr 来/v");
        List<Mention> ms = personsAt(s, "包信", "张明", "刘光", "贾平", "王英", "王平");
        PersonRules.completeGivenNames(s.c(), s.cut(), s.posStart(), LEX, ms);
        assertEquals(List.of("包信和", "张明", "刘光和", "贾平", "王英", "王平"), persons(s, ms));
    }

    @Test
    void aNameEndingIn港IsAPort() {
        Seg s = Seg.of("钱凯港/nr 是/v 项目/n ，/w 王港/nr 说/v");
        List<Mention> ms = personsAt(s, "钱凯港", "王港");
        PersonRules.ports(s.c(), ms);
        assertEquals(List.of(new Mention(EntityType.PLACE, 0, 3), new Mention(EntityType.PERSON, 7, 9)), ms);
    }

    @Test
    void aForeignNameEndsBefore在AndThePlaceAfterIt() {
        Seg s = Seg.of("总统/n 马茂/nr 在/p 塔拉瓦/ns 出席/v ，/w 文在寅/nr 出席/v");
        List<Mention> ms = personsAt(s, "马茂在塔拉瓦", "文在寅");
        PersonRules.namesBeforeAt(s.c(), ms);
        assertEquals(List.of("马茂", "文在寅"), persons(s, ms));
        assertTrue(ms.contains(new Mention(EntityType.PLACE, 5, 8, null, Mention.Priority.RULE)), ms::toString);
    }
}
