package org.tiqu.internal.keywords;

import org.tiqu.Entity;
import org.tiqu.EntityType;
import org.tiqu.Keyword;
import org.tiqu.internal.recognize.Document;
import org.tiqu.internal.seg.Word;
import org.tiqu.internal.text.Chars;
import org.tiqu.internal.text.VariantChars;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks keywords and keyphrases of one document. Deterministic: the same text always gives the same list.
 *
 * <p>Candidates: content words (nouns, names, verbal nouns, verbs, abbreviations, set phrases; not idioms, which
 * describe a topic rather than name it: 欢聚一堂, 络绎不绝) of two or more Han characters that are no stopwords;
 * entities (PERSON, ORGANIZATION, PLACE, POLICY, short DOCUMENT titles); and phrases of two to four adjacent
 * content words that recur in the text (生态文明建设, 兵地融合发展). Numbers, single characters and stopwords never
 * are candidates.
 *
 * <p>Score = in-document importance x corpus rarity: importance is the number of occurrences, each weighted by
 * position (the lead counts more: headlines and first paragraphs name the topic), damped as
 * {@code 1 + ln(weighted count)}; rarity is the IDF over People's Daily training articles ({@link IdfTable}),
 * estimated for unseen phrases from their parts. Entities and recurring phrases get a small bonus. Candidates
 * contained in a better one (融合发展 inside 兵地融合发展) are dropped. Scores are divided by the best, so the
 * first keyword scores 1; ties go to the earlier first occurrence, then to the text.
 */
public final class KeywordRanker {
    /** Function-like words and light verbs/nouns of news text that never make a keyword on their own. */
    static final Set<String> STOPWORDS = Set.of(
            "发展", "工作", "问题", "情况", "方面", "进行", "表示", "认为", "成为", "可以", "没有", "能够", "开始", "继续", "通过", "就是", "具有",
            "希望", "要求", "实现", "加强", "提出", "举行", "有关", "我们", "他们", "她们", "你们", "自己", "这个", "那个", "一个", "这些", "那些",
            "今年", "去年", "明年", "目前", "已经", "同时", "其中", "以及", "以来", "这样", "那样", "为了", "关于", "对于", "由于", "因为", "所以",
            "但是", "而且", "并且", "如果", "虽然", "还是", "或者", "不断", "坚持", "推动", "推进", "深入", "全面", "积极", "努力", "加快", "进一步",
            "重要", "主要", "重大", "不同", "一些", "许多", "各种", "各级", "相关", "记者", "本报", "报道", "同志", "人们", "大家", "地方", "时候",
            "时间", "年代", "世纪", "领域", "水平", "作用", "方式", "内容", "过程", "意义", "基础", "条件", "措施", "活动", "部门", "单位", "地区",
            "国家", "社会", "群众", "人民", "建设", "提高", "增加", "促进", "开展", "组织", "发挥", "取得", "形成", "建立", "完善", "实施", "落实",
            "做好", "搞好", "抓好", "需要", "应该", "必须", "可能", "一定", "一切", "所有", "任何", "其他", "另外", "此外", "当前", "现在", "今天",
            "昨天", "明天", "以后", "以前", "之后", "之前", "期间", "方法", "办法", "经验", "成绩", "成果", "目标", "任务", "作者", "新华社", "电",
            "指出", "强调", "介绍", "说", "讲", "看", "想", "得到", "受到", "使得", "使", "给", "让", "出现", "存在", "发现", "包括", "知道",
            "觉得", "感到", "进入", "来到", "参加", "召开", "会议", "讲话", "同比", "增长", "比重", "亿元", "万元", "党委", "政府", "领导", "干部",
            "负责人");

    // Weights tuned for headline recall on People's Daily TRAINING articles (19980120-27), never on dev-test.
    /** Extra weight of an occurrence in the lead (first LEAD_CHARS chars or first eighth of the text). */
    private static final double LEAD_BONUS = 2.0;
    /** Characters that never start or end a keyword. */
    private static final String EDGE_FUNCTION = "的了和与及在是为将把从对向并等之而或也都就";
    /** Exponent on the weighted count: above 1, so one-off names do not outrank the recurring topic. */
    private static final double TF_EXP = 1.3;
    /** {@code Math.pow(1 + LEAD_BONUS, TF_EXP)}: the weighted count of a candidate seen once, in the lead. */
    private static final double LEAD_ONCE_TF = Math.pow(1 + LEAD_BONUS, TF_EXP);
    /** Rarity of an unknown phrase none of whose parts the table knows, as a share of the maximum. */
    private static final double UNSEEN = 0.9;
    /** Factor for organisation and place entities (HanLP's guesses are noisy: no boost). */
    private static final double ENT = 1.0;
    /** Factor for POLICY phrases and short DOCUMENT titles: the topic of government text. */
    private static final double POL = 2.0;
    /** Factor for person names: bylines and attendance lists are long and rarely the topic. */
    private static final double NR = 0.25;
    /** Factor for recurring multi-word phrases. */
    private static final double PHR = 1.2;
    private static final int LEAD_CHARS = 120;
    /** Names seen once that a word seen once may grow into (中央纪委 -> 中央纪委国家监委), best ranked first. */
    private static final int MAX_ONCE_NAMES = 64;

    private final IdfTable idf;

    public KeywordRanker() {
        this.idf = IdfTable.load();
    }

    private static final class Candidate {
        final String text;
        final int first;
        double weight;
        int count;
        boolean phrase; // a recurring phrase or a POLICY: a word may grow into it
        boolean policy;
        boolean name; // a PERSON, PLACE or ORGANIZATION: a word grows into it where it mostly stands in the name
        double rarity;
        double bonus;
        /** The text as the document writes it at {@link #first}, when known (an entity's); else read from there. */
        String written;

        Candidate(String text, int first, double rarity) {
            this.text = text;
            this.first = first;
            this.rarity = rarity;
        }

        double score; // set once all occurrences are counted: the sort reads it O(n log n) times

        double score() {
            // most candidates occur once, in the lead or not: their powers are computed once (Math.pow showed in
            // profiles); the same values, so the ranking is unchanged
            double tf = weight == 1 ? 1 : weight == 1 + LEAD_BONUS ? LEAD_ONCE_TF : Math.pow(weight, TF_EXP);
            return tf * rarity * bonus;
        }
    }

    public List<Keyword> rank(Document doc, List<Entity> entities, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        List<Word> words = doc.words();
        int length = Math.max(1, doc.chars().length());
        int lead = Math.max(LEAD_CHARS, length / 8);
        Map<String, Candidate> cands = new LinkedHashMap<>();
        LongSet seen = new LongSet(); // (original start, length): a word that is also an entity counts once
        boolean[] content = new boolean[words.size()];
        // each word's span in the original text, where entities live
        int[] origStart = new int[words.size()], origEnd = new int[words.size()];
        for (int i = 0; i < words.size(); i++) {
            origStart[i] = doc.text().toOriginalStart(words.get(i).start());
            origEnd[i] = doc.text().toOriginalEnd(words.get(i).end());
        }
        boolean[] inPolicy = policyCover(origStart, origEnd, entities);
        markNameFragments(origStart, origEnd, entities, inPolicy);
        for (int i = 0; i < words.size(); i++) {
            content[i] = isContent(words.get(i));
        }
        String chars = doc.chars();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            boolean name = w.pos().startsWith("nr");
            int j = i;
            // adjacent name tokens are one name (孙/学良, 师五家/渠市): never count the halves
            while (name && j + 1 < words.size() && words.get(j + 1).pos().startsWith("nr")
                    && words.get(j + 1).start() == words.get(j).end()) {
                j++;
            }
            if (j > i) {
                String text = chars.substring(w.start(), words.get(j).end());
                if (!inPolicy[i] && !afterNumeral(chars, w.start()) && allHan(text) && isKeywordText(text)) {
                    add(cands, seen, text, w.start(), doc.text().toOriginalStart(w.start()), lead, IDF_OF_TEXT, NR);
                }
                i = j;
            } else if (content[i] && !inPolicy[i] && !afterNumeral(chars, w.start())) {
                add(cands, seen, w.text(), w.start(), doc.text().toOriginalStart(w.start()), lead, IDF_OF_TEXT,
                        name ? NR : 1.0);
            }
        }
        boolean[] part = new boolean[words.size()];
        for (int i = 0; i < part.length; i++) {
            Word w = words.get(i);
            part[i] = content[i] || (w.pos().equals("b") && w.length() >= 2 && allHan(w.text()));
        }
        phrases(doc, words, part, lead, cands, seen);
        for (Entity e : entities) {
            double bonus = switch (e.type()) {
                case POLICY -> POL;
                case PERSON -> NR;
                case ORGANIZATION, PLACE -> ENT;
                case DOCUMENT -> e.text().length() <= 12 ? POL : 0;
                case DATE -> 0;
            };
            String written = strip(e.text());
            String text = VariantChars.simplified(written); // the key words of either script share
            if (bonus == 0 || !isKeywordText(text)
                    || e.type() != EntityType.POLICY && afterNumeral(doc.text().original(), e.start())) {
                continue;
            }
            int at = doc.text().toCleanedStart(e.start());
            Candidate known = cands.get(text);
            Candidate c = add(cands, seen, text, at, e.start(), lead, known != null ? known.rarity : estimate(text),
                    bonus);
            c.phrase |= e.type() == EntityType.POLICY;
            c.policy |= e.type() == EntityType.POLICY;
            c.name |= e.type() != EntityType.POLICY && e.type() != EntityType.DOCUMENT;
            if (c.written == null && c.first == at) {
                c.written = written;
            }
        }
        List<Candidate> ranked = new ArrayList<>(cands.values());
        for (Candidate c : ranked) {
            c.score = c.score();
        }
        ranked.sort((a, b) -> {
            int c = Double.compare(b.score, a.score);
            if (c != 0) {
                return c;
            }
            c = Integer.compare(a.first, b.first);
            return c != 0 ? c : a.text.compareTo(b.text);
        });
        // pick in score order; a candidate is replaced by the longer recurring phrase that holds it (生态文明 ->
        // 生态文明建设), keeping its own score, and skipped when it overlaps an earlier pick by containment
        List<Candidate> picked = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        List<Candidate> growths = new ArrayList<>(); // what expand may grow into, in rank order: a few of them
        int onceNames = 0; // names seen once, the best ranked of them only: a long list of names stays cheap
        for (Candidate o : ranked) {
            if (o.count >= 2 && (o.phrase || o.name) || o.name && o.count == 1 && onceNames++ < MAX_ONCE_NAMES) {
                growths.add(o);
            }
        }
        for (Candidate c : ranked) {
            if (picked.size() == limit) {
                break;
            }
            Candidate shown = expand(c, growths);
            if (covered(shown, picked) && shown != c) {
                shown = c; // the phrase or name it grows into holds an earlier pick (its place): the word itself
            }
            if (!covered(shown, picked)) {
                picked.add(shown);
                scores.add(c.score);
            }
        }
        List<Keyword> out = new ArrayList<>(picked.size());
        double top = scores.isEmpty() ? 1 : scores.get(0);
        for (int i = 0; i < picked.size(); i++) {
            out.add(new Keyword(written(doc, picked.get(i)),
                    Math.max(1e-4, Math.round(scores.get(i) / top * 10000) / 10000.0)));
        }
        return out;
    }

    /**
     * The keyword as the document writes it where it first occurs: the candidates are keyed by the cleaned text
     * (simplified script, for the IDF table and so that 國務院 and 国务院 count as one), the caller reads its own.
     */
    private static String written(Document doc, Candidate c) {
        String w = c.written;
        if (w == null) {
            int end = c.first + c.text.length();
            w = end <= doc.text().length() ? doc.text().surface(c.first, end) : c.text;
        }
        return w.equals(c.text) || VariantChars.simplified(w).equals(c.text) ? w : c.text;
    }

    /**
     * Words inside a POLICY phrase count for the phrase, not on their own: 兵地融合发展 is the keyword, not its
     * part 融合发展, and 生态文明建设 does not make 生态 a keyword.
     */
    private static boolean[] policyCover(int[] origStart, int[] origEnd, List<Entity> entities) {
        boolean[] cover = new boolean[origStart.length];
        List<Entity> policies = new ArrayList<>();
        for (Entity e : entities) {
            if (e.type() == EntityType.POLICY || e.type() == EntityType.DOCUMENT) {
                policies.add(e);
            }
        }
        if (policies.isEmpty()) {
            return cover;
        }
        int p = 0;
        for (int i = 0; i < origStart.length; i++) {
            int start = origStart[i];
            int end = origEnd[i];
            while (p < policies.size() && policies.get(p).end() <= start) {
                p++;
            }
            for (int q = p; q < policies.size() && policies.get(q).start() < end; q++) {
                Entity e = policies.get(q);
                if (e.start() <= start && end <= e.end()) {
                    cover[i] = true;
                    break;
                }
            }
        }
        return cover;
    }

    /**
     * Words that are pieces of a PERSON, PLACE or ORGANIZATION the segmentation cut wrongly count for the name, not
     * on their own: in 兵团第六师五家渠市 segmented 兵团/第六/师五家/渠市, 渠市 is a piece of the place 五家渠市, so it
     * is no keyword (the place itself is a candidate). A word is such a piece when it lies inside the entity and
     * some word crosses one of the entity's ends.
     */
    private static void markNameFragments(int[] starts, int[] ends, List<Entity> entities, boolean[] out) {
        int n = starts.length;
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON && e.type() != EntityType.PLACE && e.type() != EntityType.ORGANIZATION) {
                continue;
            }
            // the words overlapping the entity: from the first word ending after its start
            int first = lowerBound(ends, e.start() + 1);
            int last = first;
            boolean crossed = false;
            for (; last < n && starts[last] < e.end(); last++) {
                crossed |= starts[last] < e.start() || ends[last] > e.end();
            }
            if (!crossed) {
                continue;
            }
            for (int i = first; i < last; i++) {
                if (starts[i] >= e.start() && ends[i] <= e.end()) {
                    out[i] = true;
                }
            }
        }
    }

    /** First index whose value is at least {@code key} in the ascending {@code a}. */
    private static int lowerBound(int[] a, int key) {
        int lo = 0, hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Whether one of the picks holds {@code c} or lies in it: it ranks higher already. */
    private static boolean covered(Candidate c, List<Candidate> picked) {
        for (Candidate t : picked) {
            if (t.text.contains(c.text) || c.text.contains(t.text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The best-scoring longer recurring phrase, POLICY or name that contains {@code c} and recurs about as often (a
     * POLICY a third as often, a plain phrase half as often, a name three quarters as often: 铝业 -> 信发铝业 where
     * 铝业 mostly stands in the company's name, not 兵团 -> 兵团第六师党委), followed transitively (生态 -> 生态文明
     * -> 生态文明建设); else c's own text. A word seen once that is no name itself grows into a name seen once too
     * (中央纪委 and 监委 -> 中央纪委国家监委 of a one-sentence text). {@code growths}: the ranked candidates that recur
     * and are phrases or names, and the best ranked names seen once, the only ones it may grow into.
     */
    private static Candidate expand(Candidate c, List<Candidate> growths) {
        Candidate cur = c;
        for (boolean grown = true; grown; ) {
            grown = false;
            for (Candidate o : growths) {
                if ((o.phrase && o.count >= 2 && o.count * (o.policy ? 3 : 2) >= cur.count
                        || o.name && o.count * 4 >= cur.count * 3 && (o.count >= 2 || cur.count == 1 && !cur.name))
                        && o.text.length() > cur.text.length() && o.text.contains(cur.text)) {
                    cur = o;
                    grown = true;
                    break;
                }
            }
        }
        return cur;
    }

    /** Rarity argument of {@link #add}: the table's IDF of the text, looked up only for a new candidate. */
    private static final double IDF_OF_TEXT = Double.NaN;

    private Candidate add(Map<String, Candidate> cands, LongSet seen, String text, int at, int original,
                                 int lead, double rarity, double bonus) {
        Candidate c = cands.get(text);
        if (c == null) {
            c = new Candidate(text, at, Double.isNaN(rarity) ? idf.idf(text) : rarity);
            c.bonus = bonus;
            cands.put(text, c);
        }
        c.bonus = Math.max(c.bonus, bonus);
        if (seen.add((long) original << 16 | Math.min(text.length(), 0xFFFF))) {
            c.weight += at < lead ? 1 + LEAD_BONUS : 1;
            c.count++;
        }
        return c;
    }

    /** Recurring runs of two to four adjacent content words become phrase candidates. */
    private void phrases(Document doc, List<Word> words, boolean[] content, int lead, Map<String, Candidate> cands,
                         LongSet seen) {
        String chars = doc.chars();
        // pass 1 counts adjacent content-word pairs; only a recurring pair can start a recurring phrase
        Map<String, Integer> pairs = new HashMap<>();
        int n = words.size();
        String[] pairAt = new String[n]; // the pair starting at word i, if it counts: built once for both passes
        for (int i = 0; i + 1 < n; i++) {
            if (content[i] && content[i + 1] && words.get(i).end() == words.get(i + 1).start()
                    && phraseStart(words.get(i))) {
                pairAt[i] = chars.substring(words.get(i).start(), words.get(i + 1).end());
                pairs.merge(pairAt[i], 1, Integer::sum);
            }
        }
        Map<String, List<Integer>> found = new HashMap<>();
        for (int i = 0; i + 1 < n; i++) {
            if (pairAt[i] == null || afterNumeral(chars, words.get(i).start()) || pairs.get(pairAt[i]) < 2) {
                continue;
            }
            int end = words.get(i).end();
            for (int j = i + 1; j < n && j < i + 4; j++) {
                Word w = words.get(j);
                if (!content[j] || w.start() != end) {
                    break;
                }
                end = w.end();
                if (phraseEnd(w)) {
                    found.computeIfAbsent(chars.substring(words.get(i).start(), end), k -> new ArrayList<>())
                            .add(words.get(i).start());
                }
            }
        }
        // in first-occurrence order, so the candidate map's iteration (and tie-breaking) stays deterministic
        List<Map.Entry<String, List<Integer>>> recurring = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : found.entrySet()) {
            if (e.getValue().size() >= 2) {
                recurring.add(e);
            }
        }
        recurring.sort((x, y) -> {
            int c = Integer.compare(x.getValue().get(0), y.getValue().get(0));
            return c != 0 ? c : x.getKey().compareTo(y.getKey());
        });
        for (Map.Entry<String, List<Integer>> e : recurring) {
            double rarity = cands.containsKey(e.getKey()) ? cands.get(e.getKey()).rarity : estimate(e.getKey());
            for (int at : e.getValue()) {
                add(cands, seen, e.getKey(), at, doc.text().toOriginalStart(at), lead, rarity, PHR).phrase = true;
            }
        }
    }

    /** A set of non-zero longs by open addressing: no boxing per occurrence. */
    private static final class LongSet {
        private long[] keys = new long[64];
        private int size;

        /** @return whether {@code key} (never 0) was not in the set yet */
        boolean add(long key) {
            if (size * 2 >= keys.length) {
                long[] old = keys;
                keys = new long[old.length * 2];
                size = 0;
                for (long k : old) {
                    if (k != 0) {
                        add(k);
                    }
                }
            }
            int mask = keys.length - 1;
            int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask; // high product bits mix every key bit
            for (long k; (k = keys[slot]) != 0; slot = (slot + 1) & mask) {
                if (k == key) {
                    return false;
                }
            }
            keys[slot] = key;
            size++;
            return true;
        }
    }

    private static boolean phraseStart(Word w) {
        return !w.pos().equals("v");
    }

    /**
     * A name right after an ordinal or numeral is a fragment of a longer one that the segmenter cut (兵团第|六师党委,
     * 第六|师五家渠市): such occurrences are no keyword candidates.
     */
    private static boolean afterNumeral(String text, int at) {
        if (at == 0) {
            return false;
        }
        char c = text.charAt(at - 1);
        return c == '第' || "一二三四五六七八九十".indexOf(c) >= 0;
    }

    /** Job titles: 昌吉州党委书记 is a person's role, the organisation is the keyword. */
    private static final Set<String> TITLES = Set.of(
            "书记", "副书记", "主任", "副主任", "主席", "副主席", "部长", "省长", "市长", "县长", "州长", "局长", "厅长", "总理", "委员", "政委", "师长",
            "代表", "记者", "同志", "负责人");

    private static boolean phraseEnd(Word w) {
        if (TITLES.contains(w.text())) {
            return false;
        }
        char p = w.pos().isEmpty() ? 'x' : w.pos().charAt(0);
        return p == 'n' || p == 'j' || w.pos().equals("vn") || p == 'l' || p == 'i';
    }

    /**
     * Rarity of a phrase or name: its own IDF when the table knows it, else the IDF of its rarest known part (longest
     * match first) plus a little for each extra part (a compound is rarer than its parts); unknown names are rare.
     */
    double estimate(String text) {
        if (idf.known(text)) {
            return idf.idf(text);
        }
        double sum = 0;
        int parts = 0;
        int covered = 0;
        int i = 0;
        while (i < text.length()) {
            int best = 0;
            for (int len = Math.min(8, text.length() - i); len >= 2; len--) {
                if (idf.known(text, i, i + len)) {
                    best = len;
                    break;
                }
            }
            if (best == 0) {
                i++;
                continue;
            }
            sum = Math.max(sum, idf.idf(text, i, i + best));
            parts++;
            covered += best;
            i += best;
        }
        if (parts == 0 || covered * 2 < text.length()) {
            return idf.max() * UNSEEN;
        }
        return Math.min(idf.max(), sum + 0.5 * (parts - 1));
    }

    private static String strip(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '“' && c != '”' && c != '"' && c != '《' && c != '》') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Two or more chars, no stopword, and a Han character that is not a numeral or date unit. */
    static boolean isKeywordText(String text) {
        if (text.length() < 2 || EDGE_FUNCTION.indexOf(text.charAt(0)) >= 0
                || EDGE_FUNCTION.indexOf(text.charAt(text.length() - 1)) >= 0 || STOPWORDS.contains(text)) {
            return false; // 的浙江, 城市和: a function character glued to a name by a bad segmentation
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Chars.isHan(c) && "一二三四五六七八九十百千万亿零〇两几多第年月日时点分".indexOf(c) < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean allHan(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Chars.isHan(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isContent(Word w) {
        String pos = w.pos();
        if (w.length() < 2 || pos.isEmpty()) {
            return false;
        }
        boolean tag = switch (pos.charAt(0)) {
            case 'n' -> !pos.equals("nx");
            case 'v' -> pos.equals("v") || pos.equals("vn") || pos.equals("vi");
            case 'j', 'l', 'g' -> true;
            default -> false;
        };
        if (!tag) {
            return false;
        }
        String text = w.text();
        for (int i = 0; i < text.length(); i++) {
            if (!Chars.isHan(text.charAt(i))) {
                return false;
            }
        }
        return isKeywordText(text);
    }
}
