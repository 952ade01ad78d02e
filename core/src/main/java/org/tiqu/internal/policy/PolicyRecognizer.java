package org.tiqu.internal.policy;

import org.tiqu.internal.text.Chars;
import org.tiqu.internal.text.WordTrie;
import org.tiqu.EntityType;
import org.tiqu.internal.recognize.Document;
import org.tiqu.internal.recognize.Mention;
import org.tiqu.internal.recognize.Recognizer;
import org.tiqu.internal.seg.Word;

import com.hankcs.hanlp.dictionary.CoreDictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds POLICY phrases (named strategies, programmes, slogans, numbered frameworks, fixed formulas) following
 * {@code shared/data/policy/GUIDELINE.md}. One {@link org.tiqu.internal.text.WordTrie} pass over the cleaned text
 * finds lexicon terms and the heads the rules start from; the rules then look only at a few words around each hit:
 * <ul>
 *   <li>lexicon terms ({@link PolicyLexicon}), extended by a following {@code 战略} (乡村振兴战略) and rejected
 *       after 更/较 (更高质量发展 is not 高质量发展) or inside an organisation name (脱贫攻坚总指挥部);</li>
 *   <li>numbered frameworks: numeral + 个/大/项/条 + a framework head (八大产业集群, 十四条基本方略);</li>
 *   <li>quoted slogans: a numeral-led quote (“一张网”, “1+N”), a quote ending in a programme head
 *       (“红色根脉强基工程”), a quote followed by a principle head (“兵地一盘棋”思想, “…”的底线), or a
 *       parallel formula in quotes (“谁投资、谁所有”); other quotes (“高颜值”, “呵护生态”) are speech or irony;</li>
 *   <li>named campaigns/strategies/programmes by head (…攻坚战, …保卫战, …战略, …工程, …行动, …行动计划,
 *       习近平…思想, 新时代党的治X方略), the left edge found over the name's words and stopping at verbs
 *       such as 推动/坚持/贯彻;</li>
 *   <li>compact parallel formulas sharing a first character (共建共治共享) and the X长制 family (河长制).</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class PolicyRecognizer implements Recognizer {
    private static final int TERM = 0;
    private static final int TERM_QUOTED = 1;
    private static final int CAMPAIGN = 2;   // 攻坚战 保卫战
    private static final int STRATEGY = 3;   // 战略
    private static final int PROGRAMME = 4;  // 工程 行动 行动计划
    private static final int THEORY = 5;     // 思想 理论
    private static final int FANGLUE = 6;    // 方略
    private static final int CHANGZHI = 7;   // 长制
    private static final int SHUANGKONG = 8; // 双控
    private static final int CAMPAIGN_PREFIX = 9; // 平安 法治 美丽 健康 数字 清廉 + a province or 中国

    /** Province-level names (and 中国) after which 平安/法治/美丽/… name a provincial campaign (平安浙江). */
    private static final String[] PROVINCES = {"中国", "浙江", "江苏", "广东", "新疆", "西藏", "四川", "云南", "贵州",
            "湖北", "湖南", "河北", "河南", "山东", "山西", "陕西", "甘肃", "青海", "宁夏", "内蒙古", "广西", "福建",
            "江西", "安徽", "海南", "吉林", "辽宁", "黑龙江", "北京", "上海", "天津", "重庆", "兵团"};

    /** Heads after a numeral + 个/大/项/条 that make a named framework (not 十条措施 or 八个方面). */
    private static final String[] FRAMEWORK_HEADS = {"产业集群", "都市区", "攻坚战", "保卫战", "基本方略", "城市群",
            "经济圈", "发展理念", "倡议", "产业链", "产业基地"};

    /** Heads that end a quoted name which is itself the span (“红色根脉强基工程”, “枫桥经验”, “国培计划”, “春蕾计划”). */
    private static final String[] QUOTED_NAME_HEADS = {"工程", "行动", "战略", "经验", "攻坚战", "保卫战", "计划"};

    /** Generic heads after a quoted core: the span is the quoted core (“兵地一盘棋”思想, “…”的底线). */
    private static final String[] PRINCIPLE_HEADS = {"思想", "理念", "原则", "方针", "战略", "要求", "制度", "底线",
            "目标", "重要思想", "政策体系", "方略", "总要求", "发展理念", "战略布局", "奋斗目标", "总目标"};

    /** The heads that may also follow after 的 (“…”的底线); “稳中有升”的目标 is an ordinary target. */
    private static final Set<String> HEADS_AFTER_DE = Set.of(
            "思想", "理念", "原则", "方针", "战略", "要求", "底线", "总要求", "发展理念");

    /** Words that end a name to the left: the verbs and adverbs of "implement X" (推动高质量发展 -> 高质量发展). */
    private static final Set<String> STOP_WORDS = Set.of(
            "推动", "推进", "坚持", "贯彻", "落实", "实施", "深入", "打好", "打赢", "开展", "启动", "加快", "实行", "围绕", "聚焦", "按照", "根据",
            "通过", "打响", "加强", "强化", "完善", "健全", "建立", "制定", "出台", "部署", "组织", "推出", "参与", "参加", "纳入", "学习", "践行",
            "树立", "发起", "提出", "打造", "构建", "实现", "持续", "全力", "全面", "大力", "积极", "不断", "稳步", "扎实", "坚决", "决胜", "服务",
            "融入", "对接", "助力", "支持", "保障", "抓好", "做好", "进行", "开始", "继续", "完成", "取得", "赢得", "确保", "巩固", "深化", "加大",
            "加速", "牢固", "切实", "认真", "需要", "采取", "排除", "包括", "设计", "作为", "事关", "具有", "展开", "筹集", "应当", "上升", "进入",
            "成为", "形成", "提供", "推行", "开创", "发动", "面临", "涉及", "关系", "属于", "列入", "采用", "承担", "负责", "举行", "举办", "召开",
            "带动", "拉动", "发挥", "一种", "这种", "有关", "相关", "相应", "共同", "协调", "进一步", "现有", "原有", "所有", "全部", "整个", "当前",
            "目前", "新时期", "跨世纪", "是", "有", "为", "要", "将", "把", "对", "在", "以", "从", "和", "与", "及", "同", "等", "打", "抓",
            "做", "搞", "按", "向", "由", "被", "让", "使", "了", "着", "过", "该", "这", "那", "其", "各", "本", "关于", "一项", "一个",
            "这项", "一场", "这场", "系列", "一系列", "各项", "今年", "明年", "去年",
            // verbs that announce or weigh a plan (集团宣布新战略: a company's news, no named strategy)
            "宣布", "发布", "公布", "宣告", "透露", "披露", "介绍", "表示", "提交", "审议", "讨论", "确定", "调整", "公开",
            "揭晓", "酝酿", "谋划",
            // verbs of doing or getting something, and words before them, which take a programme as object (从事土建工程,
            // 获得国家优质工程, 今后菜篮子工程; not 保持 of 水土保持工程, nor 关心 of the slogan “关心残疾人，帮助残疾人”)
            "从事", "获得", "使用", "配合", "解决", "加紧", "迫使", "化为", "正是", "预计", "缓建", "联系", "见",
            "见到", "致使", "肩负", "肩负起", "用于", "拿出", "号召", "转向", "提炼", "提炼出", "推广", "发放", "严禁",
            "延误", "妨碍", "回顾", "总结", "集资", "对付", "商讨", "思索", "面对", "可能", "利用", "扶持", "抓紧", "使得",
            "营造", "注重", "夯实", "类似", "荣获", "决定", "今后", "简称", "批准", "不肯");

    /** Words too generic to name a strategy or programme on their own (企业发展战略, 重点工程, 水利工程). */
    private static final Set<String> GENERIC = Set.of(
            "集中", "斗争", "维和", "军事", "统一", "清理", "整顿", "世纪", "跨世纪", "新时期", "企业", "公司", "集团", "发展", "经营", "市场", "国家",
            "全球", "长期", "重大", "重要", "总体", "整体", "品牌", "营销", "竞争", "合作", "我国", "本地", "地方", "区域", "产业", "行业", "新",
            "国际化", "多元化", "差异化", "重点", "水利", "建设", "民生", "系统", "基础", "配套", "专项", "联合", "实际", "具体", "工作", "安全", "全面",
            "示范", "试点", "改造", "扩建", "新建", "维修", "工程", "项目", "城市", "农村", "乡村", "生态", "环境", "保护", "治理", "创新", "文化",
            "教育", "经济", "社会", "科技", "人才", "交通", "能源", "工业", "农业", "服务", "质量", "绿色", "数字", "提升", "行动", "计划", "战略",
            "综合", "整治", "攻坚", "三年", "五年", "十年", "年度", "百日", "专题",
            // whose list a project is on (自治区重点工程, 国家级示范工程)
            "自治区", "全国", "全省", "全市", "全县", "全区", "省级", "市级", "县级", "国家级", "自治区级", "兵团",
            // what any action is (军事打击行动, 人道主义行动, 集体行动, 后续行动)
            "打击", "武力", "外交", "集体", "自觉", "后续", "人道主义", "救援", "报复", "一致",
            // who acts, not what the programme is called (县政府联合行动, 部门联合行动, 省市县三级联合行动; words
            // ending in 政府 or 部门 count too, see allGeneric)
            "单位", "机关", "警方", "两级", "三级", "四级", "五级", "多部门", "各部门", "省", "市", "县", "区", "乡",
            "镇", "省市", "市县", "省市县", "县乡", "乡镇", "两地", "多地");

    /** Construction words: …改造工程, …输电工程 are building projects, not named programmes. */
    private static final Set<String> CONSTRUCTION = Set.of(
            "建设", "系统", "一期", "二期", "三期", "基本建设", "清洗", "配套", "系统工程", "改造", "扩建", "新建", "修建", "维修", "装修", "枢纽", "建筑",
            "安装", "施工", "续建", "加固", "道路", "管网", "引水", "供水", "排水", "输水", "调水", "大桥", "隧道", "公路", "铁路", "电站", "水库", "楼",
            "输电", "输变电", "变电", "供电", "发电", "输气", "输油", "管道", "机场", "港口", "码头", "桥梁", "航道", "地铁", "轨道",
            "直流", "交流", "高压", "特高压", "电网", "线路", "电缆", "风电", "光伏", "储能", "防洪", "排涝", "灌溉", "堤防",
            "增建", "二线", "复线", "扩能", "电气化", "光缆", "通信", "核电", "技改", "大修", "复建", "处理");

    /** Verbs that open a verb phrase when they come first: 发展金融工程, 加强生态工程. */
    private static final Set<String> LEADING_VERBS = Set.of(
            "发展", "建设", "加强", "集中", "开展", "实行", "组织");

    private static final String[] LEADERS = {"习近平", "毛泽东", "邓小平"};

    /** Organisation heads after a policy term: the term is then part of the organisation's name. */
    private static final String[] ORG_SUFFIXES = {"指挥部", "领导小组", "办公室", "委员会", "管理局", "研究院", "研究中心",
            "研究会", "促进会", "基金会", "协会", "学会", "学院", "工作组", "专班", "研究所", "股份有限公司", "有限公司",
            "有限责任公司", "公司", "集团", "局", "办", "组"};

    private final WordTrie trie;

    public PolicyRecognizer() {
        TreeMap<String, Integer> keys = new TreeMap<>();
        for (Map.Entry<String, Boolean> e : PolicyLexicon.load().terms().entrySet()) {
            keys.put(e.getKey(), e.getValue() ? TERM_QUOTED : TERM);
        }
        for (String h : new String[]{"攻坚战", "保卫战"}) {
            keys.putIfAbsent(h, CAMPAIGN);
        }
        keys.putIfAbsent("战略", STRATEGY);
        for (String h : new String[]{"工程", "行动", "行动计划"}) {
            keys.putIfAbsent(h, PROGRAMME);
        }
        for (String h : new String[]{"思想", "理论"}) {
            keys.putIfAbsent(h, THEORY);
        }
        keys.putIfAbsent("方略", FANGLUE);
        keys.putIfAbsent("长制", CHANGZHI);
        keys.putIfAbsent("双控", SHUANGKONG);
        for (String p : new String[]{"平安", "法治", "美丽", "健康", "数字", "清廉"}) {
            keys.putIfAbsent(p, CAMPAIGN_PREFIX);
        }
        trie = WordTrie.of(keys);
    }

    @Override
    public void recognize(Document doc, List<Mention> out) {
        TextView t = new TextView(doc);
        if (t.length() == 0) {
            return;
        }
        List<int[]> spans = new ArrayList<>();
        trie.match(t.s.toCharArray(), (b, e, kind) -> hit(t, b, e, kind, spans));
        numbered(t, spans);
        quotes(t, spans);
        parallel(t, spans);
        for (int[] sp : spans) {
            if (!insideOrganisation(t, sp[1])) {
                out.add(new Mention(EntityType.POLICY, sp[0], sp[1], null, Mention.Priority.RULE));
            }
        }
    }

    private static void hit(TextView t, int b, int e, int kind, List<int[]> spans) {
        if (kind >= CAMPAIGN && kind <= PROGRAMME && splitHead(t, b, e)) {
            return;
        }
        switch (kind) {
            case TERM, TERM_QUOTED -> term(t, b, e, kind == TERM_QUOTED, spans);
            case CAMPAIGN -> {
                if (e >= t.length() || t.at(e) != '略') { // 扶贫攻坚战略: the head is 战略
                    named(t, b, e, 4, 2, true, spans);
                }
            }
            case STRATEGY -> {
                if (!attributive(t, b, e)) {
                    named(t, b, e, 4, 3, false, spans);
                }
            }
            case PROGRAMME -> {
                Word before = t.wordAt(b - 1);
                // 行动起来, 工程师, 工程院: the head runs on into another word; 机械工程专业, 工程系, 工程硕士: a
                // discipline
                boolean verb = e < t.length() && "起中上者力计师院局部队处公项质款量技学兵车机专系硕博".indexOf(t.at(e)) >= 0;
                // 防洪工程 is often one word of the segmenter: the construction word may lie inside the head's word
                boolean building = t.at(b) == '工' && before != null
                        && endsWithAny(t.s.substring(before.start(), b), CONSTRUCTION);
                // 各贝尔公司行动迟缓: 行动 a verb before its adjective, no programme
                Word headWord = t.wordAt(b);
                Word after = t.wordAt(e);
                boolean predicate = t.at(b) == '行' && headWord != null && headWord.pos().equals("v")
                        && after != null && after.start() == e && after.pos().startsWith("a");
                if (before != null && !verb && !building && !predicate) {
                    named(t, b, e, 5, 4, false, spans);
                }
            }
            case THEORY -> theory(t, b, e, spans);
            case FANGLUE -> fanglue(t, b, e, spans);
            case CHANGZHI -> {
                if (b > 0 && t.han(b - 1) && "家首厂校院社省市县部局队".indexOf(t.at(b - 1)) < 0) {
                    spans.add(new int[]{b - 1, e});
                }
            }
            case SHUANGKONG -> {
                // 能耗双控, 碳排放双控: the controlled quantity is the word before
                Word w = t.wordAt(b - 1);
                if (w != null && w.end() == b && nameWord(w) && !t.han(e)) {
                    int k = w.start();
                    Word before = t.wordAt(k - 1);
                    if (before != null && before.end() == k && nameWord(before) && b - before.start() <= 4) {
                        k = before.start(); // 碳|排放双控
                    }
                    if (b - k >= 2) {
                        spans.add(new int[]{k, e});
                    }
                }
            }
            case CAMPAIGN_PREFIX -> {
                for (String p : PROVINCES) {
                    if (t.startsWith(p, e) && !t.han(e + p.length()) || t.startsWith(p, e) && t.startsWith("建设", e + p.length())) {
                        spans.add(new int[]{b, e + p.length()});
                        break;
                    }
                }
            }
            default -> throw new IllegalStateException("kind " + kind);
        }
    }

    /** 中央银|行动: the head's first char ends a word that starts before it, so the head is no word of the text. */
    private static boolean splitHead(TextView t, int b, int e) {
        Word w = t.wordAt(b);
        return w != null && w.start() < b && w.end() < e;
    }

    /**
     * 签署战略合作协议, 战略伙伴关系, 战略性新兴产业, 战略意义: 战略 inside a word, or before a noun it describes, heads
     * no name (双方签署战略 is none); a named strategy ends at 战略 (实施科教兴国战略，…; 西部大开发战略实施以来).
     */
    private static boolean attributive(TextView t, int b, int e) {
        Word head = t.wordAt(b);
        if (head == null || head.start() != b || head.end() != e) {
            return true;
        }
        Word next = t.wordAt(e);
        if (next == null || next.start() != e) {
            return false;
        }
        String pos = next.pos();
        return pos.startsWith("n") || pos.equals("vn") || pos.equals("b") || pos.equals("k");
    }

    /** Quote marks around a term: Chinese ones (“两新”), or straight or single ones as web text has them ("两新", ‘两新’). */
    private static boolean quotePair(char open, char close) {
        return Chars.isOpenQuote(open) && Chars.isCloseQuote(close) || open == '"' && close == '"'
                || open == '‘' && close == '’';
    }

    private static void term(TextView t, int b, int e, boolean quotedOnly, List<int[]> spans) {
        if (quotedOnly && !(b > 0 && e < t.length() && quotePair(t.at(b - 1), t.at(e)))) {
            return;
        }
        // 更高质量发展 / 较高质量发展: an adjective phrase, not the policy term
        if (t.at(b) == '高' && b > 0 && "更较最".indexOf(t.at(b - 1)) >= 0) {
            return;
        }
        int end = e;
        if (t.startsWith("战略", end) && !t.s.startsWith("战略", e - 2)) {
            end += 2; // 乡村振兴战略: the head is part of the name
        }
        spans.add(new int[]{b, end});
    }

    /**
     * A name ending in a head word: the left edge walks over the words before the head while they can be part of
     * a name (nouns, verbal nouns, names, numerals) and are no "implement" verbs.
     */
    private static void named(TextView t, int hb, int he, int maxWords, int minCore, boolean enumeration,
                              List<int[]> spans) {
        int k = leftEdge(t, hb, maxWords);
        if (enumeration) {
            k = quotedPart(t, k, maxWords);
        }
        if (enumeration) {
            // 蓝天、碧水、净土保卫战: earlier items of an enumeration belong to the name
            while (k >= 3 && k < hb && t.at(k - 1) == '、') {
                Word w = t.wordAt(k - 2);
                if (w == null || w.end() != k - 1 || w.length() < 2 || w.length() > 4 || !nameWord(w)) {
                    break;
                }
                k = w.start();
            }
        }
        Word first = t.wordAt(k);
        if (first != null && first.end() < hb && LEADING_VERBS.contains(first.text())) {
            k = first.end(); // 发展金融工程: 发展 is the verb before the name
        }
        if (!enumeration && k < hb && t.at(k) == '一') {
            return; // 一种文化战略, 一项工程
        }
        Word lead = t.wordAt(k);
        if (lead != null && lead.start() == k && lead.length() == 1 && lead.pos().equals("j") && k > 0
                && "对来访赴驻援涉在".indexOf(t.at(k - 1)) >= 0) {
            return; // 对华投资战略, 对美外交战略: a plan toward a country, no named strategy
        }
        // 美国战略, 浙江省…, 国务院扶贫攻坚战略: a place or body in front names whose strategy it is, not the strategy
        // and leading counts (400多项国家重点工程) are not part of a name
        // but a place before a quoted epithet of its own is part of the name (黄河“几字弯”攻坚战)
        for (Word w = t.wordAt(k); w != null && w.start() == k && w.end() < hb && leadingNoise(w)
                && !(w.pos().startsWith("ns") && Chars.isOpenQuote(t.at(w.end()))); w = t.wordAt(k)) {
            k = w.end();
        }
        if (hb - k < minCore || allGeneric(t, k, hb) || hasPersonName(t, k, hb) || placeOnly(t, k, hb)) {
            return;
        }
        spans.add(new int[]{k, he});
    }

    /** Longest quoted part inside a campaign's name (“三北”工程攻坚战). */
    private static final int MAX_QUOTED_PART = 8;

    /**
     * A campaign's name may hold a quoted part, kept with its quotes as the guideline keeps internal ones (打好“三北”
     * 工程攻坚战, 黄河“几字弯”攻坚战): when a close quote stands right before the edge {@code k}, the edge moves over
     * the quoted Han chars (at most {@value #MAX_QUOTED_PART}) and on over the name words before them.
     */
    private static int quotedPart(TextView t, int k, int maxWords) {
        if (k < 3 || !Chars.isCloseQuote(t.at(k - 1))) {
            return k;
        }
        int open = k - 2;
        while (open >= 0 && k - 1 - open <= MAX_QUOTED_PART && t.han(open)) {
            open--;
        }
        if (open < 0 || !Chars.isOpenQuote(t.at(open)) || k - 2 - open < 2) {
            return k;
        }
        return trimCrossingStop(t, leftEdge(t, open, maxWords), open + 1); // 打好“三北”…: not from 好
    }

    private static int leftEdge(TextView t, int hb, int maxWords) {
        int k = hb;
        int count = 0;
        while (k > 0 && count < maxWords) {
            Word w = t.wordAt(k - 1);
            if (w == null || !nameWord(w)) {
                break;
            }
            // a word that runs into the head (HanLP's 防治攻 …) still has its start as the candidate edge
            k = w.start();
            count++;
        }
        return trimCrossingStop(t, k, hb);
    }

    /** HanLP sometimes cuts 打|好污染: a stop word that crosses the edge moves the edge to its end. */
    private static int trimCrossingStop(TextView t, int k, int limit) {
        for (int a = 1; a <= 2; a++) {
            for (int b = 1; b <= 2 && k + b < limit; b++) {
                if (k - a >= 0 && STOP_WORDS.contains(t.s.substring(k - a, k + b))) {
                    return k + b;
                }
            }
        }
        return k;
    }

    private static boolean endsWithAny(String word, Set<String> ends) {
        for (String e : ends) {
            if (word.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean leadingNoise(Word w) {
        String pos = w.pos();
        return pos.startsWith("ns") || pos.startsWith("nt") || pos.startsWith("m") || pos.equals("q")
                || isNumeralWord(w.text()) || Character.isDigit(w.text().charAt(0));
    }

    /** 美国战略: a core that is only a place name. */
    private static boolean placeOnly(TextView t, int from, int to) {
        Word w = t.wordAt(from);
        return w != null && w.start() == from && w.end() >= to && w.pos().startsWith("ns");
    }

    private static boolean hasPersonName(TextView t, int from, int to) {
        for (int i = from; i < to; ) {
            Word w = t.wordAt(i);
            if (w == null) {
                return false;
            }
            if (w.pos().startsWith("nr") && (w.end() >= t.length() || "县市省区镇乡村".indexOf(t.at(w.end())) < 0)) {
                return true; // not a county's name before its level (兴我邱/nr 县/n，富我人民)
            }
            i = w.end();
        }
        return false;
    }

    private static boolean nameWord(Word w) {
        String text = w.text();
        if (STOP_WORDS.contains(text)) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(org.tiqu.internal.text.Chars.isHan(c) || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        String pos = w.pos();
        if (pos.isEmpty()) {
            return false;
        }
        return switch (pos.charAt(0)) {
            case 'n', 'v', 'a', 'b', 'j', 'l', 'i', 'm', 'q', 't', 'g' -> !pos.equals("vshi") && !pos.equals("vyou")
                    && !pos.equals("ad") && !pos.equals("vd");
            default -> false;
        };
    }

    private static boolean allGeneric(TextView t, int from, int to) {
        int i = from;
        while (i < to) {
            Word w = t.wordAt(i);
            if (w == null) {
                return true;
            }
            String text = t.s.substring(Math.max(w.start(), from), Math.min(w.end(), to));
            if (!GENERIC.contains(text) && !isNumeralWord(text) && !text.endsWith("政府") && !text.endsWith("部门")) {
                return false; // 县政府 and 职能部门 are one word of the segmenter
            }
            i = Math.min(w.end(), to);
        }
        return true;
    }

    private static boolean isNumeralWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!TextView.isNumeral(c) && c != '个' && c != '大' && c != '项' && c != '条') {
                return false;
            }
        }
        return true;
    }

    /**
     * 习近平生态文明思想: a leader's name, a few words, then 思想/理论; not a head inside a word nor a sentence about
     * the leader (邓小平同志历来提倡解放思想: 解放思想 is one word).
     */
    private static void theory(TextView t, int hb, int he, List<int[]> spans) {
        Word head = t.wordAt(hb);
        if (head != null && head.start() < hb) {
            return;
        }
        for (int k = hb; k >= Math.max(0, hb - 12); k--) {
            if (k < hb && !t.han(k)) {
                return;
            }
            for (String leader : LEADERS) {
                if (t.startsWith(leader, k)) {
                    if (hb - k - leader.length() <= 14 && !t.s.substring(k, hb).contains("的")
                            && !t.s.substring(k, hb).contains("总书记")) {
                        spans.add(new int[]{k, he});
                    }
                    return;
                }
            }
        }
    }

    /** 新时代党的治疆方略: 治 + one char, optionally 党的 and 新时代 before it. */
    private static void fanglue(TextView t, int hb, int he, List<int[]> spans) {
        int k = hb - 2;
        if (k < 0 || t.at(k) != '治' || !t.han(k + 1)) {
            return;
        }
        if (t.startsWith("党的", k - 2)) {
            k -= 2;
        }
        if (t.startsWith("新时代", k - 3)) {
            k -= 3;
        }
        spans.add(new int[]{k, he});
    }

    /** 八大产业集群, 十四条基本方略, 四大都市区: numeral + 个/大/项/条 + a framework head. */
    private static void numbered(TextView t, List<int[]> spans) {
        String s = t.s;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '个' && c != '大' && c != '项' && c != '条') {
                continue;
            }
            int k = i;
            while (k > 0 && i - k < 3 && TextView.isNumeral(s.charAt(k - 1))) {
                k--;
            }
            if (k == i || (k > 0 && (s.charAt(k - 1) == '第' || TextView.isNumeral(s.charAt(k - 1))))
                    || (i - k == 1 && s.charAt(k) == '一')) {
                continue;
            }
            for (int gap = 0; gap <= 2; gap++) {
                int h = i + 1 + gap;
                if (gap > 0 && !t.allHan(i + 1, h)) {
                    break;
                }
                String head = longestHead(s, h);
                if (head != null) {
                    spans.add(new int[]{k, h + head.length()});
                    break;
                }
            }
        }
    }

    private static String longestHead(String s, int at) {
        String best = null;
        for (String h : FRAMEWORK_HEADS) {
            if (s.startsWith(h, at) && (best == null || h.length() > best.length())) {
                best = h;
            }
        }
        return best;
    }

    /** Quoted slogans and formulas; quotes that are speech, irony or emphasis are left alone. */
    private static void quotes(TextView t, List<int[]> spans) {
        String s = t.s;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char open = s.charAt(i);
            boolean straight = open == '"'; // web text's straight quotes: the next one closes
            if (!Chars.isOpenQuote(open) && !straight) {
                continue;
            }
            int j = i + 1;
            while (j < n && j - i <= 31 && !quoteMark(s.charAt(j))) {
                j++;
            }
            if (j >= n || !(straight ? s.charAt(j) == '"' : Chars.isCloseQuote(s.charAt(j)))) {
                continue;
            }
            int b = i + 1;
            if (j - b >= 2 && slogan(t, b, j)) {
                spans.add(new int[]{b, j});
            }
            i = j;
        }
    }

    private static boolean quoteMark(char c) {
        return Chars.isOpenQuote(c) || Chars.isCloseQuote(c) || c == '"';
    }

    private static boolean slogan(TextView t, int b, int e) {
        String s = t.s;
        String q = s.substring(b, e);
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            boolean ok = org.tiqu.internal.text.Chars.isHan(c) || (c >= '0' && c <= '9') || c == '+'
                    || c == '、' || c == '，' || (c >= 'A' && c <= 'Z');
            if (!ok) {
                return false; // sentences (。：？), hyphenated place lists (乌-昌-石), Latin text
            }
        }
        if (startsWithAny(s, e + 1, PROGRAMME_HEADS) && q.length() >= 3 && q.length() <= 10 && !q.contains("的")
                && !hasPersonName(t, b, e) && topNature(q) != 'i' && !STOP_WORDS.contains(q.substring(0, 2))) {
            return true; // “万企兴万村”行动, “百县千乡万村”工程: the quoted name of a programme (GUIDELINE 2.3)
        }
        if (TextView.isNumeral(q.charAt(0))) {
            return !ordinaryFirstWord(t, b, e) && numeralSlogan(q) && !hasPersonName(t, b, e); // “三唱周总理”
        }
        if (q.length() >= 2 && (STOP_WORDS.contains(q.substring(0, 2)) || STOP_WORDS.contains(q.substring(0, 1)))) {
            return false; // “实行国民待遇”: a verb phrase
        }
        for (String h : QUOTED_NAME_HEADS) {
            if (q.length() >= h.length() + 2 && q.endsWith(h)) {
                return true;
            }
        }
        int after = e + 1;
        boolean de = after < s.length() && s.charAt(after) == '的';
        if (de) {
            after++;
        }
        for (String h : PRINCIPLE_HEADS) {
            if (s.startsWith(h, after) && q.length() <= 16 && (!de || HEADS_AFTER_DE.contains(h))) {
                return true;
            }
        }
        if (q.length() >= 3 && q.length() <= 10 && afterCue(s, b - 1) && !q.contains("，")) {
            return true; // 坚持“房住不炒”, 树立“大食物观”: a principle someone is told to follow
        }
        // “拍摄潘汉年、学习潘汉年”: a quote about a person is no programme; “前人栽树，后人乘凉”: a saying of the core
        // dictionary
        return parallelQuote(q) && !hasPersonName(t, b, e) && topNature(q.replaceAll("[、，]", "")) != 'i';
    }

    /** Heads of a programme right after its quoted name (“万企兴万村”行动). */
    private static final String[] PROGRAMME_HEADS = {"行动", "工程", "计划", "专项行动"};

    /** Verbs that take a principle or slogan as object (坚持/落实/践行 “…”). */
    private static final String[] CUES = {"坚持", "落实", "贯彻", "践行", "树立", "坚定", "增强", "做到", "实施", "推行",
            "弘扬", "秉持", "秉承", "遵循", "落实好", "贯彻好", "坚持好"};

    private static boolean afterCue(String s, int open) {
        for (String c : CUES) {
            if (open >= c.length() && s.startsWith(c, open - c.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A quote that only starts with a numeral char: its first word is an adverb or a name (“四川长虹” the share,
     * “四国集团”, “十分渺茫”), not a count, or the quote is an idiom (“四通八达”, “五谷丰登”).
     */
    private static boolean ordinaryFirstWord(TextView t, int b, int e) {
        if (topNature(t.s.substring(b, e)) == 'i') {
            return true;
        }
        Word w = t.wordAt(b);
        if (w == null || w.start() != b || w.end() >= e) {
            return false;
        }
        String pos = w.pos();
        return pos.equals("d") || pos.startsWith("ns") || pos.startsWith("nr") || pos.startsWith("nt")
                || pos.startsWith("nz") || topNature(w.text()) == 'd';
    }

    /** The first letter of the tag HanLP's core dictionary gives {@code word} most often, or 0 when unknown. */
    private static char topNature(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null) {
            return 0;
        }
        int best = 0;
        for (int k = 1; k < a.nature.length; k++) {
            if (a.frequency[k] > a.frequency[best]) {
                best = k;
            }
        }
        return a.nature[best].toString().charAt(0);
    }

    /** “三农”, “一张网”, “1+N”, “四梁八柱” — but not plan periods (“十四五”), games (“十四冬”), “五个是” or “一煤独大”. */
    private static boolean numeralSlogan(String q) {
        if (q.length() < 3 || q.length() > 10 || q.contains("、") || q.contains("，") || q.contains("的")) {
            // “十分严重的事态”: a phrase; two-char ones (三农, 双碳) come from the lexicon: 两会, 三高, 六经 are not policies
            return false;
        }
        char first = q.charAt(0);
        if (first == '百' || first == '千') {
            return false;
        }
        int run = 0;
        while (run < q.length() && TextView.isNumeral(q.charAt(run))) {
            run++;
        }
        boolean ascii = first >= '0' && first <= '9';
        if ((run > 2 && !ascii) || run == q.length()) {
            return false; // 七十二行…, pure numbers
        }
        int numerals = 0;
        for (int i = run; i < q.length(); i++) {
            numerals += TextView.isNumeral(q.charAt(i)) ? 1 : 0;
        }
        char second = q.charAt(run);
        if (first == '一' && run == 1 && numerals == 0 && "张盘件网站码门窗号屏键单".indexOf(second) < 0) {
            return false; // 一把手, 一衣带水, 一切…: only 一张网 / 一盘棋 style or 一带一路 style
        }
        if ("年月日号时岁元万亿度届期".indexOf(q.charAt(run)) >= 0) {
            return false; // “2023年度”, “5000元”: dates, ages, amounts
        }
        if (second == '人' || q.endsWith("大")) {
            return false; // 二人转; 十五大 (a congress, an event)
        }
        if (startsWithAny(q, run, FESTIVALS) || q.endsWith("战役") || q.endsWith("国集团")) {
            return false; // “九八新春大联欢”: a year's festival gala; “三大战役”: battles of history; “八国集团”: a body
        }
        if (second == '里' && q.length() - run <= 2) {
            return false; // “六里桥”, “三里屯”, “八里庄”: places named by their distance, no policy
        }
        if (q.length() == 3 && q.charAt(0) == '十' && q.charAt(2) == '五') {
            return false; // 十四五: a plan period (DATE)
        }
        if (q.length() == run + 1 && "运冬残".indexOf(q.charAt(run)) >= 0) {
            return false; // 十四冬, 十五运: the national winter and summer games, events
        }
        if (q.endsWith("勋章") || q.endsWith("奖章")) {
            return false; // “七一勋章”, “八一勋章”: honours, no policy
        }
        for (String record : SPORTS_RUNS) {
            if (q.endsWith(record)) {
                return false; // “三连冠”, “五连胜”, “三冠王”: a team's record
            }
        }
        if (bornIn(q)) {
            return false; // “90后”, “00后”, “八零后”: people born in a decade, no policy
        }
        char last = q.charAt(q.length() - 1);
        return !(last == '是' || last == '年' || last == '月' || last == '日' || last == '次' || q.endsWith("独大"));
    }

    /** Festivals and seasons that follow a year written in numerals (九八新春, 九九春节). */
    private static final String[] FESTIVALS = {"新春", "春节", "元旦", "国庆", "中秋", "迎春", "新年", "春晚"};

    private static boolean startsWithAny(String q, int at, String[] words) {
        for (String w : words) {
            if (q.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    /** Ends of a sports record after a number: titles, wins or defeats in a row. */
    private static final String[] SPORTS_RUNS = {"连冠", "连胜", "连败", "连霸", "连平", "冠王"};

    /** A decade and 后 (90后, 八零后): digits or numerals, 零 and 〇 among them, then 后. */
    private static boolean bornIn(String q) {
        if (q.length() < 3 || !q.endsWith("后")) {
            return false;
        }
        for (int i = 0; i < q.length() - 1; i++) {
            if (!TextView.isNumeral(q.charAt(i)) && q.charAt(i) != '零' && q.charAt(i) != '〇') {
                return false;
            }
        }
        return true;
    }

    /** “谁投资、谁所有”, “共抓大保护，不搞大开发”: two to four short parallel parts. */
    /** Particles that end a line of classical verse or prose (兮, 也, 乎, 哉, 矣, 焉). */
    private static final String CLASSICAL_ENDS = "兮也乎哉矣焉";

    private static boolean parallelQuote(String q) {
        String[] parts = q.split("[、，]");
        if (parts.length < 2 || parts.length > 4) {
            return false;
        }
        int len = parts[0].length();
        boolean sameLength = true;
        boolean sameFirst = true;
        boolean sameLast = true;
        for (String p : parts) {
            if (p.length() < 3 || p.length() > 7 || p.contains("的") || p.contains("是")) {
                return false;
            }
            if (CLASSICAL_ENDS.indexOf(p.charAt(p.length() - 1)) >= 0 || p.contains("之") && p.contains("而")) {
                return false; // verse and classical prose: 巧笑倩兮，美目盼兮; 先天下之忧而忧，后天下之乐而乐
            }
            sameLength &= p.length() == len;
            sameFirst &= p.charAt(0) == parts[0].charAt(0);
            sameLast &= p.charAt(p.length() - 1) == parts[0].charAt(len - 1);
        }
        if (sameFirst && !sameLength && parts[0].charAt(0) == '我') {
            return false;
        }
        // parallel wording: a shared first/last char, or equal parts sharing a char at one position (大保护/大开发);
        // equal parts alone are too often verse (沉鱼落雁之容，闭月羞花之貌)
        return sameFirst || sameLast || (sameLength && sharedPosition(parts));
    }

    private static boolean sharedPosition(String[] parts) {
        for (int i = 1; i < parts[0].length() - 1; i++) {
            if ("之的以而其与和".indexOf(parts[0].charAt(i)) >= 0) {
                continue; // verse: 沉鱼落雁之容，闭月羞花之貌
            }
            boolean same = true;
            for (String p : parts) {
                same &= p.charAt(i) == parts[0].charAt(i);
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    /** 共建共治共享, 交往交流交融: three or more two-char units sharing their first character. */
    private static void parallel(TextView t, List<int[]> spans) {
        String s = t.s;
        int n = s.length();
        for (int i = 0; i + 6 <= n; i++) {
            char c = s.charAt(i);
            if (s.charAt(i + 2) != c || s.charAt(i + 4) != c || !t.allHan(i, i + 6)
                    || "不有无是的一了也又再更最很都能可会要在把被让使大小多少好新老人全各每本同或爱".indexOf(c) >= 0
                    || TextView.isNumeral(c)) { // 十二月二十二日: a date, no formula
                continue;
            }
            if (i >= 2 && s.charAt(i - 2) == c && t.han(i - 1)) {
                continue; // inside a longer run found earlier
            }
            char x = s.charAt(i + 1);
            char y = s.charAt(i + 3);
            char z = s.charAt(i + 5);
            if (x == y || y == z || x == z || x == c || PARTICLES.indexOf(x) >= 0 || PARTICLES.indexOf(y) >= 0) {
                continue;
            }
            Word first = t.wordAt(i);
            if (first != null && first.start() < i) {
                continue; // 超氧|化物|歧化酶: the first unit starts inside a word
            }
            int e = i + 6;
            while (e + 2 <= n && s.charAt(e) == c && t.han(e + 1)) {
                e += 2;
            }
            // the last unit begins a longer word (煤炭煤电|煤化工), or its second char does (送医送药送|温暖), or is a
            // particle (变咸变苦变得): the run ends before it
            Word last = e < n ? t.wordAt(e - 1) : null;
            if (last != null && last.end() > e && last.start() >= e - 2 || PARTICLES.indexOf(s.charAt(e - 1)) >= 0) {
                e -= 2;
            }
            if (e - i >= 6) {
                spans.add(new int[]{i, e});
            }
        }
    }

    /** Particles, which make no unit of a parallel formula with the char before them (京的京腔, 变得). */
    private static final String PARTICLES = "的地得着了过";

    /** 全县脱贫攻坚总指挥部: a policy term followed by an organisation head is part of the organisation. */
    private static boolean insideOrganisation(TextView t, int end) {
        int k = end;
        if (t.startsWith("总", k) || t.startsWith("工作", k)) {
            k += t.at(k) == '总' ? 1 : 2;
        } else if (t.startsWith("建设", k)) {
            k += 2; // 南水北调工程|建设|委员会, 京沪高速铁路|建设|指挥部: the body that builds the project
        }
        for (String suffix : ORG_SUFFIXES) {
            if (t.startsWith(suffix, k)) {
                // one-char suffixes that start another word are none: 办理, 办法; 组织, 组成, 组建, 组合; 局面 (but
                // 中央生态环境保护督察组: a team named after the policy it carries out)
                return switch (suffix) {
                    case "办" -> !t.han(k + 1) || t.at(k + 1) == '公';
                    case "组" -> k + 1 >= t.length() || "织成建合".indexOf(t.at(k + 1)) < 0;
                    case "局" -> k + 1 >= t.length() || "面势部限".indexOf(t.at(k + 1)) < 0; // 乡村振兴局, not 新局面
                    default -> true;
                };
            }
        }
        return false;
    }
}
