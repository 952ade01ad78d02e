package org.tiqu.internal.ner;

import org.tiqu.EntityType;
import org.tiqu.internal.recognize.Mention;

import java.util.ArrayList;
import java.util.List;

/**
 * The character tagger and the segmenter disagree on where some place names end (大巴山南麓 tagged 山南,
 * 大宁河小三峡 tagged 大宁河小, 喜马拉雅山巅 tagged 喜马拉雅山): the segmenter reads whole words with their part
 * of speech and is right more often there when the tagger's span crosses a word boundary. A tagged PLACE that
 * starts inside a place word of the segmenter (POS ns) and ends past it, or starts with one and ends inside the next
 * word, becomes that place word. (A tagged place inside a place word keeps its span: the segmenter glues a
 * neighbouring char on, 赞天津, 古罗马, as often as the tagger drops one; and a run of place words stays whole:
 * 中南海紫光阁 is one name.) And a division word of the segmenter right after a tagged place is a place too
 * (玉溪市|春和镇); a river of the lexicon keeps its 河 before 畔 (额尔齐斯河|畔). A tagged place that is exactly a
 * place of the lexicon keeps its span (长安街 of 长安|街上). Stateless.
 */
final class PlaceAlignment {
    private PlaceAlignment() {
    }

    /**
     * 日本|福岛: a tagged place that is exactly two place words of the segmenter, the first a country, is two places
     * (People's Daily writes 美国/ns 纽约/ns; it joins a country to the place after it only in the name of a site,
     * [美国/ns 纽约/ns 现代/t 艺术/n 博物馆/n]ns, which is more than two words).
     */
    static void countriesBeforePlaces(char[] c, int[] placeWord, List<Mention> mentions) {
        List<Mention> seconds = null;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int s = m.start(), p = placeWord[s];
            if (m.type() != EntityType.PLACE || m.priority() >= Mention.Priority.RULE || p <= s || p >= m.end()
                    || placeWord[p] != m.end() || !PersonRules.COUNTRIES.contains(new String(c, s, p - s))) {
                continue;
            }
            mentions.set(k, new Mention(EntityType.PLACE, s, p, m.value(), m.priority()));
            if (seconds == null) {
                seconds = new ArrayList<>();
            }
            seconds.add(new Mention(EntityType.PLACE, p, m.end(), null, m.priority()));
        }
        if (seconds != null) {
            mentions.addAll(seconds);
        }
    }

    /**
     * @param c         folded cleaned text
     * @param cut       cut[i]: a word boundary of the segmentation lies at offset i
     * @param placeWord placeWord[p]: end of the segmenter's ns word of two or more chars starting at p, else 0
     * @param mentions  the tagger's mentions (PLACE mentions are replaced in place)
     */
    static void apply(char[] c, boolean[] cut, int[] placeWord, EntityRules.HitIndex byStart, List<Mention> mentions) {
        int n = placeWord.length - 1;
        int[] wordStart = null; // wordStart[i] - 1: start of the ns word covering offset i, else -1
        for (int k = mentions.size() - 1; k >= 0; k--) {
            Mention m = mentions.get(k);
            if (m.type() != EntityType.PLACE) {
                continue;
            }
            if (wordStart == null) {
                wordStart = wordStarts(placeWord, n);
            }
            int s = m.start();
            int e = m.end();
            int first = wordStart[s] - 1;
            if (cut[s] && cut[e] || EntityRules.lexiconPlace(byStart, s, e)) {
                continue; // and 长安街 of 长安|街上: a place of the lexicon exactly
            }
            // starting inside one place word and ending past it (山南 of 大巴山|南麓): that word; not one inside a
            // place word (罗马 of 古罗马, 天津 of 赞天津: the segmenter glues a neighbour char on as often), nor one
            // the tagger started right after another place's division char that the segmenter glued on (清水河镇|江阴,
            // read 清水河|镇江|阴)
            if (first >= 0 && first < s && placeWord[first] < e
                    && !(first == s - 1 && DIVISION_ENDS.indexOf(c[first]) >= 0 && placeEndsAt(mentions, s))) {
                mentions.set(k, new Mention(EntityType.PLACE, first, placeWord[first]));
            } else if (first == s && placeWord[s] < e && !cut[e] && "省市县区".indexOf(c[placeWord[s]]) < 0
                    && !(e == placeWord[s] + 1 && DIVISION_ENDS.indexOf(c[placeWord[s]]) >= 0)) {
                // 大宁河小 (大宁河|小三峡), 喜马拉雅山 (喜马拉雅|山巅): the place word it starts with; but 杭州市|属,
                // 山西省|辖 (市属, 省辖 are written after the full name), and 清水河镇 (清水河|镇江|阴): a division char
                // that ends the tagged place is its own, where the segmenter glued it to the next word
                mentions.set(k, new Mention(EntityType.PLACE, s, placeWord[s]));
            }
        }
        divisionsAfterPlaces(c, placeWord, mentions);
    }

    /**
     * A tagged place that starts inside a place of the lexicon and ends past it (托海国际滑雪场 of 可可托海国际滑雪场,
     * where the segmenter read 可可|托海) starts where that place does: the tagger saw the lexicon's place only in
     * part. Not a place of one char or a short form (SHORT) of the lexicon.
     */
    static void startsInsideLexiconPlaces(EntityRules.HitIndex index, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() != EntityType.PLACE || m.priority() >= Mention.Priority.RULE) {
                continue;
            }
            int best = m.start();
            for (int q = Math.max(0, m.start() - index.maxLength); q < m.start(); q++) {
                for (int x = index.from(q); x < index.to(q); x++) {
                    int[] h = index.get(x);
                    if (q < best && h[1] > m.start() && h[1] < m.end() && h[1] - q >= 3
                            && (h[2] & (NerLexicon.PLACE | NerLexicon.SEEN_LOC)) != 0
                            && (h[2] & (NerLexicon.ORG | NerLexicon.SHORT)) == 0) {
                        best = q;
                    }
                }
            }
            if (best < m.start()) {
                mentions.set(k, new Mention(EntityType.PLACE, best, m.end(), m.value(), m.priority()));
            }
        }
    }

    /** Locatives the segmenter glues to a place's last char (西|湖边, 黄|河畔, 泰|山上). */
    private static final String GLUED_LOCATIVES = "边畔岸旁上下里内外";

    /**
     * 西湖边的桂花: the segmenter reads 西|湖边, so the tagger sees no place. A place of the lexicon (two chars or
     * more, no short form, organisation or person too) that starts a word and ends one char before the end of a
     * two-char word ending in a locative is a place, where no mention lies.
     */
    static void placesBeforeGluedLocatives(char[] c, boolean[] cut, List<int[]> hits, List<Mention> mentions) {
        int n = c.length;
        List<Mention> added = null;
        EntityRules.Overlaps taken = null;
        for (int[] h : hits) {
            int a = h[0], b = h[1];
            if (b - a < 2 || b + 1 > n || !cut[a] || cut[b] || !cut[b - 1] || !cut[b + 1]
                    || GLUED_LOCATIVES.indexOf(c[b]) < 0 || (h[2] & NerLexicon.PLACE) == 0
                    || (h[2] & (NerLexicon.ORG | NerLexicon.SHORT | NerLexicon.PERSON)) != 0 || coast(c, a, b)) {
                continue;
            }
            if (taken == null) {
                taken = new EntityRules.Overlaps(n, mentions, m -> true);
                added = new ArrayList<>();
            }
            if (!taken.any(a, b + 1)) {
                added.add(new Mention(EntityType.PLACE, a, b, null, Mention.Priority.RULE));
            }
        }
        if (added != null) {
            mentions.addAll(added);
        }
    }

    /**
     * 保民生、惠民生: the short form of a county (惠民 of 惠民县) that the segmenter reads inside a three-char word of
     * something else (惠民生/nz) is none: a place written alone is a word of its own or the start of a place word.
     * Only the lexicon's short forms (SHORT), where a division char, 水 (珠江/ns 水/n on the training days: the
     * place's water) or another place word does not follow.
     */
    static void shortPlacesInsideWords(char[] c, boolean[] cut, int[] placeWord, EntityRules.HitIndex byStart,
                                       List<Mention> mentions) {
        int n = c.length;
        mentions.removeIf(m -> {
            int s = m.start(), e = m.end();
            if (m.type() != EntityType.PLACE || e - s != 2 || !cut[s] || cut[e] || e + 1 > n || !cut[e + 1]
                    || placeWord[s] != 0 || "县市区镇乡村州省旗盟水".indexOf(c[e]) >= 0 || !EntityRules.isHan(c[e])) {
                return false;
            }
            for (int k = byStart.from(s); k < byStart.to(s); k++) {
                int[] h = byStart.get(k);
                if (h[1] == e && (h[2] & NerLexicon.SHORT) != 0) {
                    return true;
                }
            }
            return false;
        });
    }

    /** 非洲东海岸, 美国西海岸: a compass point and 海岸 are a coast, not the sea 东海 or 西海. */
    private static boolean coast(char[] c, int a, int b) {
        return b - a == 2 && "东西南北".indexOf(c[a]) >= 0 && c[b - 1] == '海' && c[b] == '岸';
    }

    /**
     * A tagged place that ends on 街 of the segmenter's word 街道 (红庙子街 of 红庙子|街道, a subdistrict) ends before
     * it: People's Daily names a subdistrict by its place and the common noun ([赢洲/ns 街道/n 东升/nz 居委会/n]nt).
     */
    static void subdistricts(char[] c, boolean[] cut, List<Mention> mentions) {
        int n = c.length;
        List<Mention> after = null;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int e = m.end();
            if (m.type() != EntityType.PLACE) {
                continue;
            }
            if (m.length() >= 3 && e < n && c[e - 1] == '街' && c[e] == '道'
                    && cut[e - 1] && !cut[e] && (e + 1 == n || cut[e + 1])) {
                mentions.set(k, new Mention(EntityType.PLACE, m.start(), e - 1, m.value(), m.priority()));
                continue;
            }
            // 友好南路街道明园 (社区): the subdistrict and the community after it, two places either side of 街道
            for (int i = m.start() + 2; i + 4 <= e; i++) {
                if (c[i] == '街' && c[i + 1] == '道' && cut[i] && cut[i + 2] && m.priority() < Mention.Priority.RULE) {
                    mentions.set(k, new Mention(EntityType.PLACE, m.start(), i, m.value(), m.priority()));
                    if (after == null) {
                        after = new ArrayList<>();
                    }
                    after.add(new Mention(EntityType.PLACE, i + 2, e, null, m.priority()));
                    break;
                }
            }
        }
        if (after != null) {
            mentions.addAll(after);
        }
    }

    /**
     * A tagged place that is a direction and a road word alone (南路 of 解放|南路, 东大街) begins with the word before
     * it, two or three Han chars that no mention touches and that the segmenter reads as a noun, verb or adjective:
     * the street is named by that word (解放南路, 友好南路), as People's Daily writes 南京东路/ns and 解放路/ns.
     */
    static void roadStarts(char[] c, boolean[] cut, byte[] posEnd, List<Mention> mentions) {
        EntityRules.Overlaps taken = null; // built at the first such place: most texts have none
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int s = m.start(), e = m.end();
            if (m.type() != EntityType.PLACE || s < 2 || !cut[s] || "东南西北中".indexOf(c[s]) < 0
                    || !(e - s == 2 && (c[s + 1] == '路' || c[s + 1] == '街')
                    || e - s == 3 && c[s + 1] == '大' && (c[s + 2] == '街' || c[s + 2] == '道'))) {
                continue;
            }
            byte pos = posEnd[s];
            if (pos != PersonRules.NOUN && pos != PersonRules.VERB && pos != PersonRules.ADJECTIVE) {
                continue;
            }
            int b = hanWordBefore(c, cut, s);
            if (b < 0) {
                continue;
            }
            if (taken == null) {
                taken = new EntityRules.Overlaps(c.length, mentions, o -> true);
            }
            if (!taken.any(b, s)) {
                mentions.set(k, new Mention(EntityType.PLACE, b, e, m.value(), m.priority()));
            }
        }
    }

    /** Start of the segmenter's word of two or three Han chars that ends at s, or -1. */
    private static int hanWordBefore(char[] c, boolean[] cut, int s) {
        int b = s - 1;
        while (b > 0 && !cut[b]) {
            b--;
        }
        return s - b >= 2 && s - b <= 3 && EntityRules.isHan(c[b]) && EntityRules.isHan(c[s - 1]) ? b : -1;
    }

    /**
     * 主持召开州人民政府常务会议: the tagger reads 开州 across 召开|州. A tagged place of the tagger whose first char
     * ends a common two-char verb of the segmenter ({@link Words#common}) starts no name. Not after a rare verb, which
     * may be the segmenter's error (用武汉人的话来说: 用武 v 1).
     */
    static void placesInsideVerbs(char[] c, boolean[] cut, byte[] posEnd, List<Mention> mentions) {
        mentions.removeIf(m -> {
            int s = m.start();
            return m.type() == EntityType.PLACE && m.priority() < Mention.Priority.RULE && s >= 1 && !cut[s]
                    && cut[s - 1] && cut[s + 1] && posEnd[s + 1] == PersonRules.VERB
                    && Words.common(new String(c, s - 1, 2));
        });
    }

    /** One-char words of terrain that end a place's name and begin none (将军|山, 凤凰|岭). */
    private static final String TERRAIN_WORDS = "山峰岭湖岛";

    /**
     * A tagged place that begins with a one-char word of terrain (山滑雪场 of 将军|山|滑雪场) begins with the noun
     * word before it, two or three Han chars that no mention touches: the terrain word ends a name (将军山), none
     * begins with it.
     */
    static void terrainStarts(char[] c, boolean[] cut, byte[] posEnd, List<Mention> mentions) {
        EntityRules.Overlaps taken = null; // built at the first such place: most texts have none
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int s = m.start();
            if (m.type() != EntityType.PLACE || s < 2 || m.length() < 2 || !cut[s] || !cut[s + 1]
                    || TERRAIN_WORDS.indexOf(c[s]) < 0 || posEnd[s] != PersonRules.NOUN) {
                continue;
            }
            int b = hanWordBefore(c, cut, s);
            if (b < 0) {
                continue;
            }
            if (taken == null) {
                taken = new EntityRules.Overlaps(c.length, mentions, o -> true);
            }
            if (!taken.any(b, s)) {
                mentions.set(k, new Mention(EntityType.PLACE, b, m.end(), m.value(), m.priority()));
            }
        }
    }

    private static boolean placeEndsAt(List<Mention> mentions, int end) {
        for (Mention m : mentions) {
            if (m.type() == EntityType.PLACE && m.end() == end) {
                return true;
            }
        }
        return false;
    }

    /**
     * By offset below {@code n}: one more than the start of the segmenter's place word covering it, else 0. Callers
     * build it only once a PLACE mention needs it.
     */
    private static int[] wordStarts(int[] placeWord, int n) {
        int[] wordStart = new int[n]; // start + 1, so that the array's zeros read as "no word" without a fill
        for (int p = 0; p < n; p++) {
            for (int i = p, e = placeWord[p]; i < e; i++) {
                wordStart[i] = p + 1;
            }
        }
        return wordStart;
    }

    /** Words that count the units of a list before them (五地州, 四个地市, 两县区). */
    private static final String[] COUNTED_UNITS = {"地州市", "地州", "地市", "县市", "县区", "市县", "省区", "区县"};

    /**
     * 巴州、阿克苏地区……和克州五地州: a tagged place that runs on into a count of the units listed before it (五地州, 四个
     * 地市) ends before the count; and a count of villages or townships alone (万村) is no place.
     */
    static void countedUnits(char[] c, List<Mention> mentions) {
        // 千村示范、万村整治, 百乡千村: 百, 千 or 万 before 村, 乡 or 镇 counts them (万县 is a place: not 县)
        mentions.removeIf(m -> m.type() == EntityType.PLACE && m.priority() < Mention.Priority.RULE
                && m.length() == 2 && "百千万".indexOf(c[m.start()]) >= 0 && "村乡镇".indexOf(c[m.start() + 1]) >= 0);
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int s = m.start(), e = m.end();
            if (m.type() != EntityType.PLACE || m.priority() >= Mention.Priority.RULE || e - s < 5) {
                continue;
            }
            for (int p = s + 2; p < e - 2; p++) {
                if ("一二两三四五六七八九十几".indexOf(c[p]) < 0 && !(c[p] >= '0' && c[p] <= '9')) {
                    continue;
                }
                int u = p + 1;
                while (u < e && ("十个".indexOf(c[u]) >= 0 || c[u] >= '0' && c[u] <= '9')) {
                    u++;
                }
                for (String unit : COUNTED_UNITS) {
                    if (u + unit.length() == e && EntityRules.startsWith(c, u, unit)) {
                        mentions.set(k, new Mention(EntityType.PLACE, s, p, m.value(), m.priority()));
                        p = e;
                        break;
                    }
                }
            }
        }
    }

    /**
     * 直布罗陀 tagged 布罗陀, 崇明县 tagged 明县, 上辛口乡 tagged 辛口乡: a tagged PLACE that is the end of a longer
     * place word of the segmenter and is no name the lexicon knows becomes the whole word. A known name keeps its
     * span (赞|天津, 古|罗马, 长|寿县: the segmenter glues a neighbour char onto a known place as often).
     */
    static void completePlaceWords(char[] c, int[] placeWord, NerLexicon lex, List<Mention> mentions) {
        int n = c.length;
        int[] wordStart = null; // wordStart[i] - 1: start of the ns word covering offset i, else -1
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() != EntityType.PLACE || m.priority() >= Mention.Priority.RULE) {
                continue;
            }
            if (wordStart == null) {
                wordStart = wordStarts(placeWord, n);
            }
            int first = wordStart[m.start()] - 1;
            if (first < 0 || first == m.start() || placeWord[first] != m.end()
                    || (lex.categories(new String(c, m.start(), m.length()))
                    & (NerLexicon.PLACE | NerLexicon.SEEN_LOC)) != 0) {
                continue;
            }
            boolean han = true; // not 吉德万—|伯尔萨: a word the segmenter glued over a dash
            for (int i = first; i < m.start() && han; i++) {
                han = EntityRules.isHan(c[i]);
            }
            if (han) {
                mentions.set(k, new Mention(EntityType.PLACE, first, m.end(), m.value(), m.priority()));
            }
        }
    }

    /** Last chars of the division names {@link #divisionsAfterPlaces} takes. */
    private static final String DIVISION_ENDS = "镇乡村县区市";

    /**
     * 玉溪市春和镇, 菏泽市牡丹乡: the tagger stops after the city; a place word of the segmenter (ns, two to five chars)
     * that ends in a division char and starts right where a tagged PLACE ends, touching no other mention, is a PLACE.
     */
    static void divisionsAfterPlaces(char[] c, int[] placeWord, List<Mention> mentions) {
        int n = c.length;
        boolean[] touched = null;
        List<Mention> added = null;
        for (Mention m : mentions) {
            int p = m.end();
            if (m.type() != EntityType.PLACE || p >= n || placeWord[p] == 0 || placeWord[p] - p > 5
                    || DIVISION_ENDS.indexOf(c[placeWord[p] - 1]) < 0) {
                continue;
            }
            if (touched == null) {
                touched = new boolean[n];
                for (Mention o : mentions) {
                    java.util.Arrays.fill(touched, o.start(), o.end(), true);
                }
            }
            boolean free = true;
            for (int i = p; i < placeWord[p] && free; i++) {
                free = !touched[i];
            }
            if (free) {
                if (added == null) {
                    added = new java.util.ArrayList<>();
                }
                added.add(new Mention(EntityType.PLACE, p, placeWord[p]));
            }
        }
        if (added != null) {
            mentions.addAll(added);
        }
    }

    /**
     * A river, lake or stream of the lexicon before 畔, 边 or 岸 keeps its last char (额尔齐斯|河畔: the segmenter's
     * 河畔/n took the 河 from the tagger's place, and 额尔齐斯 alone was left). People's Daily writes 多瑙河/ns 畔/Ng.
     */
    static void riversBeforeBanks(char[] c, List<int[]> hits, List<Mention> mentions) {
        int n = c.length;
        int[] riverEnd = null; // riverEnd[p]: end of a lexicon river starting at p, cut before its water char by a mention
        for (int[] h : hits) {
            int b = h[1];
            if ((h[2] & NerLexicon.PLACE) != 0 && b - h[0] >= 3 && b < n && "河江湖溪".indexOf(c[b - 1]) >= 0
                    && "畔边岸".indexOf(c[b]) >= 0) {
                if (riverEnd == null) {
                    riverEnd = new int[n + 1];
                }
                riverEnd[h[0]] = Math.max(riverEnd[h[0]], b);
            }
        }
        if (riverEnd == null) {
            return;
        }
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() == EntityType.PLACE && riverEnd[m.start()] == m.end() + 1) {
                mentions.set(k, new Mention(EntityType.PLACE, m.start(), m.end() + 1, m.value(), m.priority()));
            }
        }
    }
}
