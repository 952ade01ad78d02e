package org.tiqu.internal.seg;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FactNamesTest {
    private static final Segmenter SHIPPED = Segmenter.shipped();

    private static String joined(String text) {
        return SHIPPED.segment(text).stream().map(Word::text).collect(Collectors.joining(" "));
    }

    @Test
    void foreignNamesAndShortCompanyNamesStayWhole() {
        // the model alone glued 马斯克称特斯拉 into one word and cut 腾讯 in two
        assertEquals("马斯克 称 特斯拉 将 在 上海 新建 工厂 。", joined("马斯克称特斯拉将在上海新建工厂。"));
        assertTrue(joined("腾讯旗下微信团队发布公告。").startsWith("腾讯 "));
        assertTrue(joined("阿里巴巴旗下的淘宝网宣布降价。").startsWith("阿里巴巴 "));
    }

    @Test
    void modernNewsWordsStayWhole() {
        // the 1998 model cut 网约车 and 储能 and glued 碳达峰碳中和 into one word
        assertEquals("碳达峰 碳中和", joined("碳达峰碳中和"));
        assertTrue(joined("网约车司机使用健康码。").startsWith("网约车 司机 使用 健康码 "));
        assertTrue(joined("特斯拉的储能业务增长。").contains(" 储能 "));
        assertTrue(joined("美团宣布推出无人机配送服务。").startsWith("美团 宣布 ")); // was 美 团
    }

    @Test
    void countiesAndCitiesStayWhole() {
        // the model alone cut 于|田|县, 五|家|渠市 and 头|屯河区
        assertEquals("和田 地区 于田县 达里雅布依乡 卫生院", joined("和田地区于田县达里雅布依乡卫生院"));
        assertEquals("第六师 五家渠市 党委", joined("第六师五家渠市党委").replace("第六 师", "第六师"));
        assertTrue(joined("乌鲁木齐经济技术开发区（头屯河区）").contains("头屯河区"));
    }

    @Test
    void riversLakesAndMountainsStayWhole() {
        // the model alone glued the preposition on: 对叶尔羌河 as one word
        assertEquals("专家 对 叶尔羌河 流域 进行 考察 。", joined("专家对叶尔羌河流域进行考察。"));
        Set<String> known = Set.of("盆地");
        assertTrue(FactNames.keep("PLACE", "叶尔羌河", known));
        assertTrue(FactNames.keep("PLACE", "博斯腾湖", known));
        // People's Daily writes 塔里木/ns 盆地/n: a place that ends in a word of the model's lexicon stays out
        assertFalse(FactNames.keep("PLACE", "塔里木盆地", known));
        assertFalse(FactNames.keep("PLACE", "黄河", known));
    }

    @Test
    void placesOfNoWordsOfTheirOwnStayWhole() {
        // the model alone glued 拉提至巴音布鲁克段 into one word
        assertEquals("那拉提 至 巴音布鲁克 段", joined("那拉提至巴音布鲁克段"));
        assertFalse(FactNames.keep("PLACE", "巴音布鲁克", Set.of("布鲁克")));
        assertTrue(FactNames.keep("PLACE", "巴音布鲁克", Set.of("盆地")));
    }

    @Test
    void keepsForeignNamesButNotChineseOnes() {
        Set<String> known = Set.of("银行", "公司");
        assertTrue(FactNames.keep("PERSON", "古特雷斯", known));
        assertTrue(FactNames.keep("PERSON", "阿拉丁·布鲁杰尔迪", known));
        assertTrue(FactNames.keep("PLACE", "内华达", known));
        // PKU writes surname and given name apart; 朱森林 and 霍英东 are spelt in transliteration chars only
        assertFalse(FactNames.keep("PERSON", "江泽民", known));
        assertFalse(FactNames.keep("PERSON", "朱森林", known));
        assertFalse(FactNames.keep("PERSON", "霍英东", known));
        assertFalse(FactNames.keep("PERSON", "·卡特", known));
    }

    @Test
    void keepsShortCompanyNamesButNotNamesWithAHead() {
        Set<String> known = Set.of("银行", "公司");
        assertTrue(FactNames.keep("ORG", "腾讯", known));
        assertTrue(FactNames.keep("ORG", "阿里巴巴", known));
        assertFalse(FactNames.keep("ORG", "招商银行", known)); // 招商|银行
        assertFalse(FactNames.keep("ORG", "国家能源局", known)); // longer than four chars
        assertFalse(FactNames.keep("ORG", "国资委", known)); // ends in a body char
        assertFalse(FactNames.keep("ORG", "南大", known)); // 南大立交桥
        assertFalse(FactNames.keep("ORG", "新党", known)); // 新党支部
        assertFalse(FactNames.keep("ORG", "万科", known)); // 伊万科维奇
        assertFalse(FactNames.keep("ORG", "中国中车", known)); // 中国|中车
        assertFalse(FactNames.keep("ORG", "BBC", known)); // Latin runs are the segmenter's own rule
        assertFalse(FactNames.keep("TITLE", "总统", known));
    }

    @Test
    void addsOnlyToTheShippedModelsLexicon() {
        List<String> words = CwsModel.load().lexiconWords();
        assertTrue(words.contains("腾讯") && words.contains("古特雷斯"));
        assertFalse(words.contains("霍英东") || words.contains("南大"));
        List<String> base = FactNames.with(List.of("腾讯"), 8);
        assertEquals(base.stream().distinct().count(), base.size(), "no word twice");
        assertEquals(base.stream().sorted().toList(), base, "sorted, as the model file lists them");
    }
}
