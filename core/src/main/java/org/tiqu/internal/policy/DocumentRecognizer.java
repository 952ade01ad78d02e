package org.tiqu.internal.policy;

import org.tiqu.internal.text.WordTrie;
import org.tiqu.EntityType;
import org.tiqu.internal.recognize.Document;
import org.tiqu.internal.recognize.Mention;
import org.tiqu.internal.recognize.Recognizer;
import org.tiqu.internal.seg.Word;
import org.tiqu.internal.text.Chars;

import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds DOCUMENT titles following {@code shared/data/policy/GUIDELINE.md} §4:
 * <ul>
 *   <li>the content of {@code 《…》} (without the brackets; a title cut by a layout break is joined by the
 *       normalizer, so the span maps back across the break) — except newspapers, magazines, programmes and
 *       books/articles ({@code 《人民日报》}, {@code 《求是》杂志}, {@code 《…》一书}), which are publications, not
 *       documents of government;</li>
 *   <li>a quoted alias that defines a title: {@code 《…》（下称“指导意见”）} -> {@code 指导意见};</li>
 *   <li>well-known titles without brackets: {@code “十四五”规划}, {@code 政府工作报告}, {@code 民法典}, {@code 党章}, {@code 十九大报告}
 *       (without 党的), and laws named by their head ({@code 长江保护法}, {@code 青藏高原生态保护法}).</li>
 * </ul>
 * Generic words (方案, 意见) without brackets are not titles. Immutable and thread-safe.
 */
public final class DocumentRecognizer implements Recognizer {
    private static final int REPORT = 0;      // 政府工作报告
    private static final int CONGRESS = 1;    // 大报告
    private static final int PLAN = 2;        // 规划
    private static final int LAW = 3;         // …保护法
    private static final int NAMED_LAW = 4;   // 反垄断法: a whole law's name

    /** Publications whose titles stand in 《》 but are not documents (the guideline's DOC is about documents). */
    private static final String[] MEDIA_ENDINGS = {"日报", "晚报", "时报", "早报", "商报", "周报", "导报", "画报", "报刊",
            "青年报", "杂志", "周刊", "月刊", "旬刊", "学报", "新闻联播", "焦点访谈", "新闻", "频道"};
    private static final Set<String> MEDIA_TITLES = Set.of(
            "求是", "参考消息", "人民文学", "瞭望", "半月谈", "红旗文稿", "中国青年", "人民画报");
    private static final String[] MEDIA_AFTER = {"杂志", "报", "记者", "刊发", "刊登", "刊载", "头版", "栏目", "节目",
            "一书", "一文", "专栏", "客户端", "编辑部", "评论员", "社论", "节目组", "剧组", "电视剧", "电影", "丛书"};

    /** Last words of document titles. */
    private static final String[] DOC_HEADS = {"意见", "方案", "规划", "纲要", "纲领", "法", "法典", "条例", "办法",
            "规定", "决定", "通知", "公告", "通告", "报告", "备忘录", "协议", "协定", "条约", "公约", "决议", "白皮书",
            "宣言", "章程", "计划", "细则", "标准", "指南", "目录", "清单", "批复", "函", "公报", "声明", "建议",
            "倡议书", "准则", "守则", "纪要", "合同", "议定书", "措施", "规则", "制度", "政策", "名录", "导则", "规范",
            "要点", "议程", "框架", "蓝图", "战略", "路线图", "议案", "提案", "指引", "说明", "令", "命令", "指示",
            "批示", "讲话", "文件", "法规", "修正案", "草案", "征求意见稿", "决策", "索引", "体系", "规程", "须知"};

    /** Kinds of document named right after the title's 》 (not 报告: 《…》报告会 is a talk). */
    private static final String[] KINDS_AFTER = {"白皮书", "蓝皮书", "绿皮书", "文件"};

    /** Verbs that issue or apply documents right before 《. */
    private static final String[] DOC_CUES = {"印发", "出台", "发布", "颁布", "制定", "签订", "签署", "审议", "通过",
            "贯彻", "落实", "实施", "执行", "修订", "编制", "起草", "依据", "对照", "废止", "施行", "转发", "下发"};

    private static final String[] LAW_HEADS = {"保护法", "促进法", "管理法", "防治法", "安全法", "组织法", "诉讼法",
            "监督法", "保障法", "教育法", "振兴法", "监察法", "选举法", "代表法", "合同法", "公司法", "劳动法",
            "许可法", "处罚法", "复议法", "赔偿法", "救助法", "发展法", "服务法", "权益保障法", "预算法", "统计法",
            "审计法", "规划法", "土地管理法", "环境保护法", "森林法", "草原法", "水法", "海洋法", "渔业法", "矿产资源法"};

    /** Laws named against what they fight (反垄断法): no law head ends them, each is one specific law. */
    private static final String[] ANTI_LAWS = {"反不正当竞争法", "反垄断法", "反分裂国家法", "反恐怖主义法", "反间谍法",
            "反外国制裁法", "反电信网络诈骗法", "反有组织犯罪法", "反家庭暴力法", "反洗钱法", "反食品浪费法"};

    private static final Set<String> LAW_STOP = Set.of(
            "违反", "依据", "根据", "按照", "实施", "修订", "修改", "制定", "贯彻", "落实", "遵守", "执行", "学习", "宣传", "颁布", "出台", "通过",
            "审议", "依照", "对照", "新", "该", "这部", "本");

    private final WordTrie trie;

    public DocumentRecognizer() {
        TreeMap<String, Integer> keys = new TreeMap<>();
        keys.put("政府工作报告", REPORT);
        keys.put("民法典", REPORT); // one specific code, never generic
        keys.put("党章", REPORT);
        for (String law : ANTI_LAWS) {
            keys.put(law, NAMED_LAW);
        }
        keys.put("大报告", CONGRESS);
        keys.put("规划", PLAN);
        for (String h : LAW_HEADS) {
            keys.put(h, LAW);
        }
        trie = WordTrie.of(keys);
    }

    @Override
    public void recognize(Document doc, List<Mention> out) {
        TextView t = new TextView(doc);
        if (t.length() == 0) {
            return;
        }
        bracketed(t, out);
        issuedTitles(t, out);
        trie.match(t.s.toCharArray(), (b, e, kind) -> hit(t, b, e, kind, out));
    }

    /** Last chars of the bodies that issue documents (中共中央, 国务院, 委员会, 人民政府, 办公厅, 教育部, 财政厅). */
    private static final String ISSUER_ENDS = "央院会府厅室部局委";

    /** Kinds of document that end a title written without brackets (…的意见, …的通知, …的审计工作报告). */
    private static final String[] ISSUED_HEADS = {"建议", "意见", "决定", "决议", "通知", "报告", "规定", "办法", "方案",
            "措施", "条例", "纲要"};

    /**
     * A title written without brackets after its issuer (中共中央关于制定…第十五个五年规划的建议, 国务院关于…的审计工作报告):
     * nouns of a body right before 关于, then the title's words up to the last document kind of the clause (no
     * punctuation but 、 and quotes between) that ends a word and has a 的 before it. The issuer is part of the
     * title, as it is of the documents' own names.
     */
    private static void issuedTitles(TextView t, List<Mention> out) {
        String s = t.s;
        for (int k = s.indexOf("关于"); k > 0; k = s.indexOf("关于", k + 2)) {
            Word before = t.wordAt(k - 1);
            if (before == null || before.end() != k || ISSUER_ENDS.indexOf(s.charAt(k - 1)) < 0
                    || !issuerWord(t, before)) {
                continue;
            }
            int start = before.start();
            for (int words = 1; words < 6 && start > 0; words++) {
                Word w = t.wordAt(start - 1);
                if (w != null && issuerWord(t, w)) {
                    start = w.start();
                } else if (s.charAt(start - 1) == '、' && start > 1 && t.wordAt(start - 2) != null
                        && issuerWord(t, t.wordAt(start - 2))) {
                    start = t.wordAt(start - 2).start(); // 中共中央、国务院关于…
                } else {
                    break;
                }
            }
            if (start > 0 && s.charAt(start - 1) == '《') {
                continue; // a bracketed title
            }
            int end = -1;
            boolean de = false;
            for (int p = k + 2; p < s.length() && p - k <= 100 && clauseChar(s.charAt(p)); p++) {
                de |= s.charAt(p) == '的';
                Word w = de ? t.wordAt(p) : null;
                for (int h = 0; w != null && h < ISSUED_HEADS.length; h++) {
                    if (s.startsWith(ISSUED_HEADS[h], p) && w.end() == p + ISSUED_HEADS[h].length()) {
                        end = w.end();
                    }
                }
            }
            if (end > 0) {
                add(out, start, end);
                k = end - 2;
            }
        }
    }

    /**
     * A word of a body's name before 关于: a noun, a place or other name, an abbreviation, a fixed phrase or a verbal
     * noun, of Han chars (中共中央, 自治区, 人民政府/l, 办公厅, 中国|游泳|协会); no person's name.
     */
    private static boolean issuerWord(TextView t, Word w) {
        String pos = w.pos();
        return !pos.isEmpty() && ("njl".indexOf(pos.charAt(0)) >= 0 || pos.equals("vn")) && !pos.startsWith("nr")
                && t.allHan(w.start(), w.end());
    }

    /** Chars a title without brackets may hold: no punctuation but 、 and quote marks. */
    private static boolean clauseChar(char c) {
        return Chars.isHan(c) || c == '、' || Chars.isOpenQuote(c) || Chars.isCloseQuote(c) || c == '"'
                || Character.isLetterOrDigit(c) || c == '+';
    }

    private static void add(List<Mention> out, int b, int e) {
        out.add(new Mention(EntityType.DOCUMENT, b, e, null, Mention.Priority.RULE));
    }

    private static void bracketed(TextView t, List<Mention> out) {
        bracketed(t, '《', '》', out);
        bracketed(t, '〈', '〉', out); // a title's inner marks, which some texts use for a title of their own
    }

    private static void bracketed(TextView t, char open, char close, List<Mention> out) {
        String s = t.s;
        int n = s.length();
        // indexOf is a vectorized intrinsic: most texts hold no 《 at all
        for (int i = s.indexOf(open); i >= 0; i = s.indexOf(open, i + 1)) {
            int j = i + 1;
            while (j < n && j - i <= 120 && s.charAt(j) != close && s.charAt(j) != open && s.charAt(j) != '\n') {
                j++;
            }
            if (j >= n || s.charAt(j) != close) {
                continue;
            }
            int b = i + 1;
            while (b < j && Chars.isSpace(s.charAt(b))) {
                b++;
            }
            int e = j;
            while (e > b && Chars.isSpace(s.charAt(e - 1))) {
                e--;
            }
            if (e > b && hasHan(s, b, e) && !isPublication(s, b, e, j + 1) && isDocument(s, i, b, e, j + 1)) {
                add(out, b, e);
                alias(t, j + 1, out);
            }
            i = j;
        }
    }

    /**
     * A bracketed title is a DOCUMENT when it reads like one: it ends in a document head (…意见, …法, …报告,
     * …备忘录, an optional （征求意见稿） after it), starts with 关于, or follows a verb that issues or applies
     * documents (印发, 签署, 贯彻…), or is followed by a word that says what kind of document it is (《新时代的中国
     * 绿色发展》白皮书). Books, films and articles in 《》 (《水浒传》, 《霓虹灯下的哨兵》) are not.
     */
    private static boolean isDocument(String s, int open, int b, int e, int after) {
        for (String kind : KINDS_AFTER) {
            if (s.startsWith(kind, after)) {
                return true;
            }
        }
        int end = e;
        while (end > b && (s.charAt(end - 1) == '）' || s.charAt(end - 1) == ')')) {
            int p = Math.max(s.lastIndexOf('（', end - 1), s.lastIndexOf('(', end - 1));
            if (p <= b) {
                break;
            }
            end = p; // drop （征求意见稿）, （试行）, （2021年版）
        }
        String title = s.substring(b, end).strip();
        if (title.endsWith("〉") && title.lastIndexOf('〈') >= 0) {
            // 《中共中央、国务院〈关于…的若干规定〉》: the issuers and the document's own title
            title = title.substring(title.lastIndexOf('〈') + 1, title.length() - 1);
        }
        if (title.startsWith("关于")) {
            return true;
        }
        for (String h : DOC_HEADS) {
            if (title.endsWith(h)) {
                return true;
            }
        }
        for (String cue : DOC_CUES) {
            int at = open - cue.length();
            if (at >= 0 && s.startsWith(cue, at)) {
                return true;
            }
            at = open - cue.length() - 1;
            if (at >= 0 && s.startsWith(cue, at) && "了的过".indexOf(s.charAt(open - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasHan(String s, int b, int e) {
        for (int i = b; i < e; i++) {
            if (Chars.isHan(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPublication(String s, int b, int e, int after) {
        String title = s.substring(b, e);
        if (MEDIA_TITLES.contains(title)) {
            return true;
        }
        for (String m : MEDIA_ENDINGS) {
            if (title.endsWith(m)) {
                return true;
            }
        }
        if (title.endsWith("报") && !(title.endsWith("公报") || title.endsWith("通报") || title.endsWith("简报")
                || title.endsWith("年报") || title.endsWith("快报") || title.endsWith("情报") || title.endsWith("汇报"))) {
            return true; // 《顺德报》
        }
        for (String m : MEDIA_AFTER) {
            if (s.startsWith(m, after)) {
                return !(m.equals("报") && s.startsWith("报告", after)); // 《…》报告 is still a document
            }
        }
        return false;
    }

    /** （下称“指导意见”） right after a title: the alias is a DOCUMENT too. */
    private static void alias(TextView t, int at, List<Mention> out) {
        String s = t.s;
        if (at >= s.length() || (s.charAt(at) != '（' && s.charAt(at) != '(')) {
            return;
        }
        int k = at + 1;
        for (String cue : new String[]{"以下简称", "以下称", "下称", "简称"}) {
            if (s.startsWith(cue, k)) {
                k += cue.length();
                if (k < s.length() && Chars.isOpenQuote(s.charAt(k))) {
                    int close = k + 1;
                    while (close < s.length() && close - k <= 30 && !Chars.isCloseQuote(s.charAt(close))) {
                        close++;
                    }
                    if (close < s.length() && Chars.isCloseQuote(s.charAt(close)) && close > k + 1) {
                        add(out, k + 1, close);
                    }
                }
                return;
            }
        }
    }

    private static void hit(TextView t, int b, int e, int kind, List<Mention> out) {
        if (b > 0 && t.at(b - 1) == '《') {
            return; // already a bracketed title
        }
        switch (kind) {
            case REPORT -> add(out, b, e);
            case NAMED_LAW -> add(out, t.startsWith("中华人民共和国", b - 7) ? b - 7 : b, e);
            case CONGRESS -> {
                // 十九大报告, 二十大报告: the congress number right before 大
                int k = b;
                while (k > 0 && b - k < 3 && "一二三四五六七八九十".indexOf(t.at(k - 1)) >= 0) {
                    k--;
                }
                if (k < b) {
                    add(out, k, e);
                }
            }
            case PLAN -> plan(t, b, e, out);
            case LAW -> law(t, b, e, out);
            default -> throw new IllegalStateException("kind " + kind);
        }
    }

    /** “十四五”规划 (with its quotes, as the guideline writes it) or 十四五规划, optionally 纲要. */
    private static void plan(TextView t, int b, int e, List<Mention> out) {
        int k = b;
        boolean quoted = k > 0 && Chars.isCloseQuote(t.at(k - 1));
        if (quoted) {
            k--;
        }
        if (k < 3 || t.at(k - 3) != '十' || t.at(k - 1) != '五' || "一二三四五六七八九".indexOf(t.at(k - 2)) < 0) {
            return;
        }
        k -= 3;
        if (quoted) {
            if (k < 1 || !Chars.isOpenQuote(t.at(k - 1))) {
                return;
            }
            k--;
        }
        int end = t.startsWith("纲要", e) ? e + 2 : e;
        add(out, k, end);
    }

    /** 长江保护法: the name's words before a law head; at least two characters of name. */
    private static void law(TextView t, int b, int e, List<Mention> out) {
        if (e < t.length() && "规人律院庭官案则务学".indexOf(t.at(e)) >= 0) {
            return; // 保护法规, 管理法人: the head is not the end of a law's name
        }
        int k = b;
        int words = 0;
        while (k > 0 && words < 5) {
            Word w = t.wordAt(k - 1);
            if (w == null || LAW_STOP.contains(w.text()) || !lawWord(w)) {
                break;
            }
            k = w.start();
            words++;
        }
        if (t.startsWith("中华人民共和国", k - 7)) {
            k -= 7;
        }
        if (b - k >= 2) {
            add(out, k, e);
        }
    }

    private static boolean lawWord(Word w) {
        String text = w.text();
        for (int i = 0; i < text.length(); i++) {
            if (!Chars.isHan(text.charAt(i))) {
                return false;
            }
        }
        String pos = w.pos();
        // nouns, verbal nouns, names and abbreviations only: 符合刑事诉讼法, 是选举法 start at the verb's end
        return !pos.isEmpty() && ("nbjg".indexOf(pos.charAt(0)) >= 0 || pos.equals("vn")) && !pos.startsWith("nr");
    }
}
