package org.tiqu.internal.keywords;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import org.tiqu.Entity;
import org.tiqu.EntityType;
import org.tiqu.Keyword;
import org.tiqu.internal.recognize.Document;
import org.tiqu.internal.seg.Word;
import org.tiqu.internal.text.Chars;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks content words (nouns, verbal nouns, names) of two or more Han characters and entities by term frequency
 * times rarity (from HanLP's core dictionary frequencies). Deterministic: ties go to the earlier first occurrence.
 */
public final class KeywordRanker {
    private static final double TOTAL = 25_000_000; // about the size of HanLP's core dictionary corpus

    public List<Keyword> rank(Document doc, List<Entity> entities, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Map<String, Double> weight = new LinkedHashMap<>();
        for (Word w : doc.words()) {
            if (isContent(w)) {
                weight.merge(w.text(), rarity(w.text()), Double::sum);
            }
        }
        for (Entity e : entities) {
            if (e.type() != EntityType.DATE && e.text().length() >= 2) {
                weight.merge(e.text(), 1.5 * rarity(e.text()), Double::sum);
            }
        }
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(weight.entrySet());
        Map<String, Integer> order = new HashMap<>();
        for (String k : weight.keySet()) {
            order.put(k, order.size());
        }
        ranked.sort((a, b) -> {
            int c = Double.compare(b.getValue(), a.getValue());
            return c != 0 ? c : Integer.compare(order.get(a.getKey()), order.get(b.getKey()));
        });
        List<Keyword> out = new ArrayList<>();
        double top = ranked.isEmpty() ? 1 : ranked.get(0).getValue();
        for (Map.Entry<String, Double> e : ranked) {
            if (out.size() == limit) {
                break;
            }
            out.add(new Keyword(e.getKey(), Math.round(e.getValue() / top * 10000) / 10000.0));
        }
        return out;
    }

    private static boolean isContent(Word w) {
        String pos = w.pos();
        if (w.length() < 2 || !(pos.startsWith("n") || pos.equals("vn") || pos.equals("gi"))) {
            return false;
        }
        for (int i = 0; i < w.text().length(); i++) {
            if (!Chars.isHan(w.text().charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static double rarity(String word) {
        int f = CoreDictionary.getTermFrequency(word);
        return Math.log((TOTAL + 1) / (f + 1.0));
    }
}
