package org.tiqu.bench.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Span scoring: exact span + type matching (the CoNLL / MUC "exact" criterion), overlap recall, DATE value accuracy,
 * and the two comparison rules of DESIGN.md (score the outermost predicted spans; People's Daily DATE suffixes).
 * Stateless.
 */
public final class Scorer {
    /**
     * Suffixes People's Daily leaves outside its {@code t} tokens while tiqu's guideline includes them: 以来/来
     * (十年来), 底/初/末 ({@code 1996年/t 末/f}, like 底 and 初), 前 (三年前) and the parts of day 晚/夜 after a day
     * ({@code 8日/t 晚/Tg}; the guideline's 25日上午, the 15日晚).
     */
    static final List<String> PD98_DATE_SUFFIXES = List.of("以来", "来", "底", "初", "末", "前", "晚", "夜");
    /** Parts of day People's Daily tags {@code Tg} before a clock time (晚/Tg ８时/t); the guideline keeps them. */
    static final String PD98_DATE_PREFIXES = "晚早夜";

    private Scorer() {
    }

    /**
     * Exact-match counts: a predicted item is correct when a gold item has the same type, start and end
     * (each gold item can be matched once).
     *
     * @param types the types scored together (micro-average); other annotations are ignored
     */
    public static Prf exact(Collection<Annotation> gold, Collection<Annotation> predicted, Set<String> types) {
        Map<String, Integer> goldKeys = new HashMap<>();
        long g = 0;
        for (Annotation a : gold) {
            if (types.contains(a.type())) {
                goldKeys.merge(key(a), 1, Integer::sum);
                g++;
            }
        }
        long p = 0;
        long c = 0;
        for (Annotation a : predicted) {
            if (types.contains(a.type())) {
                p++;
                Integer left = goldKeys.get(key(a));
                if (left != null && left > 0) {
                    goldKeys.put(key(a), left - 1);
                    c++;
                }
            }
        }
        return new Prf(g, p, c);
    }

    /** {@link #exact(Collection, Collection, Set)} for one type. */
    public static Prf exact(Collection<Annotation> gold, Collection<Annotation> predicted, String type) {
        return exact(gold, predicted, Set.of(type));
    }

    /**
     * Drops every annotation of {@code types} that lies inside a different, larger annotation of {@code types}
     * (gold does not nest, so only the outermost predictions are scored). Annotations of other types, and spans
     * equal to another span, are kept.
     */
    public static List<Annotation> outermost(List<Annotation> predicted, Set<String> types) {
        List<Annotation> out = new ArrayList<>(predicted.size());
        for (Annotation a : predicted) {
            if (!types.contains(a.type()) || !insideAnother(a, predicted, types)) {
                out.add(a);
            }
        }
        return out;
    }

    private static boolean insideAnother(Annotation a, List<Annotation> all, Set<String> types) {
        for (Annotation b : all) {
            if (types.contains(b.type()) && b.contains(a) && b.end() - b.start() > a.end() - a.start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Drops every annotation of {@code types} that lies strictly inside an annotation of {@code outerTypes} (tiqu's
     * POLICY or DOCUMENT) whose span is exactly one gold word ({@code goldWords}, as {@code [start, end)} pairs).
     * DESIGN.md: 邓小平理论 holds the PERSON 邓小平 and is itself a POLICY; gold does not nest, so the outermost
     * prediction is scored. People's Daily writes 邓小平理论/n as one word, so it marks nothing inside it, and the
     * nested name is neither right nor wrong. Where gold splits the outer span into words (中国/ns 特色/n 社会主义/n),
     * it does mark the names inside, and they are scored as usual.
     */
    public static List<Annotation> withoutNamesInsideWholeWords(List<Annotation> predicted, Set<String> types,
                                                                Set<String> outerTypes, Set<List<Integer>> goldWords) {
        List<Annotation> out = new ArrayList<>(predicted.size());
        for (Annotation a : predicted) {
            if (!types.contains(a.type()) || !insideWholeWord(a, predicted, outerTypes, goldWords)) {
                out.add(a);
            }
        }
        return out;
    }

    private static boolean insideWholeWord(Annotation a, List<Annotation> all, Set<String> outerTypes,
                                           Set<List<Integer>> goldWords) {
        for (Annotation b : all) {
            if (outerTypes.contains(b.type()) && b.contains(a) && b.end() - b.start() > a.end() - a.start()
                    && goldWords.contains(List.of(b.start(), b.end()))) {
                return true;
            }
        }
        return false;
    }

    /** @return how many gold annotations of {@code type} overlap at least one predicted annotation of that type */
    public static long overlapFound(Collection<Annotation> gold, Collection<Annotation> predicted, String type) {
        long found = 0;
        for (Annotation g : gold) {
            if (!g.type().equals(type)) {
                continue;
            }
            for (Annotation p : predicted) {
                if (p.type().equals(type) && p.overlaps(g)) {
                    found++;
                    break;
                }
            }
        }
        return found;
    }

    /**
     * Value accuracy on exactly matched spans.
     *
     * @param matched      predicted spans of the type that exactly match a gold span
     * @param correctValue of those, how many carry the gold value (string equality)
     */
    public record ValueCounts(long matched, long correctValue) {
        /** @return correctValue / matched, 0 when nothing matched */
        public double accuracy() {
            return matched == 0 ? 0 : (double) correctValue / matched;
        }

        /** @return the counts of both added together */
        public ValueCounts plus(ValueCounts o) {
            return new ValueCounts(matched + o.matched, correctValue + o.correctValue);
        }
    }

    /** Compares the values of predicted and gold annotations of {@code type} whose spans are equal. */
    public static ValueCounts values(Collection<Annotation> gold, Collection<Annotation> predicted, String type) {
        Map<String, String> goldValue = new HashMap<>();
        for (Annotation g : gold) {
            if (g.type().equals(type)) {
                goldValue.put(key(g), g.value());
            }
        }
        long matched = 0;
        long correct = 0;
        Set<String> used = new HashSet<>();
        for (Annotation p : predicted) {
            String k = key(p);
            if (p.type().equals(type) && goldValue.containsKey(k) && used.add(k)) {
                matched++;
                if (goldValue.get(k) != null && goldValue.get(k).equals(p.value())) {
                    correct++;
                }
            }
        }
        return new ValueCounts(matched, correct);
    }

    /**
     * People's Daily rule: a predicted DATE that does not match a gold DATE exactly, but does once a trailing
     * 以来/来/底/初/末/前/晚/夜 or a leading part of day 晚/早/夜 before a clock time (晚８时) is removed, is replaced by
     * the trimmed span. Predictions that already match, or that match nothing either way, are left alone (so 去年底,
     * which People's Daily tags as one {@code t} word, is not cut).
     *
     * @param text the text the offsets refer to
     */
    public static List<Annotation> trimPd98DateSuffixes(String text, Collection<Annotation> gold,
                                                        List<Annotation> predicted) {
        Set<String> goldDates = new HashSet<>();
        for (Annotation g : gold) {
            if (g.type().equals("DATE")) {
                goldDates.add(key(g));
            }
        }
        List<Annotation> out = new ArrayList<>(predicted.size());
        for (Annotation p : predicted) {
            Annotation q = p;
            if (p.type().equals("DATE") && !goldDates.contains(key(p))) {
                String s = p.in(text);
                for (String suffix : PD98_DATE_SUFFIXES) {
                    if (s.endsWith(suffix) && s.length() > suffix.length()) {
                        Annotation trimmed = p.withSpan(p.start(), p.end() - suffix.length());
                        if (goldDates.contains(key(trimmed))) {
                            q = trimmed;
                        }
                        break;
                    }
                }
                if (q == p && s.length() > 2 && PD98_DATE_PREFIXES.indexOf(s.charAt(0)) >= 0
                        && !Character.isLetter(s.charAt(1))) {
                    Annotation trimmed = p.withSpan(p.start() + 1, p.end());
                    if (goldDates.contains(key(trimmed))) {
                        q = trimmed;
                    }
                }
            }
            out.add(q);
        }
        return out;
    }

    private static String key(Annotation a) {
        return a.type() + '\u0000' + a.start() + ':' + a.end();
    }
}
