package org.tiqu.internal.resolve;

import org.tiqu.Entity;
import org.tiqu.EntityType;
import org.tiqu.internal.recognize.Mention;
import org.tiqu.internal.text.Chars;
import org.tiqu.internal.text.NormalizedText;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns proposed mentions into entities by one rule:
 * <ol>
 *   <li>Within a type, mentions are taken greedily in the order: from the caller's lexicon first, then longer
 *       first, then higher priority, then earlier; a mention overlapping one already taken is dropped. So the
 *       longest name wins and entities of one type never overlap.</li>
 *   <li>Across types, entities may nest (a PLACE inside an ORGANIZATION); a mention that crosses the border of
 *       a longer mention of another type (overlaps it without either containing the other) is dropped, and so is
 *       one inside a longer PERSON (a person's name holds no other entity) and a POLICY inside a longer
 *       ORGANIZATION (a policy term in a body's name is no policy mention), unless it is the caller's.</li>
 * </ol>
 * Before that, each mention loses whitespace at its edges and is widened to whole surrogate pairs. Cleaned-text
 * offsets are then mapped back to the caller's text.
 */
public final class Resolver {
    /** Caller's lexicon first, then longer, then higher priority, then earlier; written out, as it boxes nothing. */
    private static final Comparator<Mention> RANK = (a, b) -> {
        int c = Integer.compare(a.priority() >= Mention.Priority.USER_LEXICON ? 0 : 1,
                b.priority() >= Mention.Priority.USER_LEXICON ? 0 : 1);
        if (c == 0) {
            c = Integer.compare(b.length(), a.length());
        }
        if (c == 0) {
            c = Integer.compare(b.priority(), a.priority());
        }
        return c != 0 ? c : Integer.compare(a.start(), b.start());
    };

    /** Text order: earlier first, then longer, then by type. */
    private static final Comparator<Mention> TEXT_ORDER = (a, b) -> {
        int c = Integer.compare(a.start(), b.start());
        if (c == 0) {
            c = Integer.compare(b.length(), a.length());
        }
        return c != 0 ? c : a.type().compareTo(b.type());
    };

    private Resolver() {
    }

    public static List<Entity> resolve(NormalizedText text, List<Mention> mentions) {
        Map<EntityType, List<Mention>> byType = new EnumMap<>(EntityType.class);
        for (Mention m : mentions) {
            if (m.end() > text.length()) {
                throw new IllegalStateException("mention beyond the text: " + m);
            }
            Mention t = trim(text.text(), m);
            if (t != null) {
                byType.computeIfAbsent(t.type(), k -> new ArrayList<>()).add(t);
            }
        }
        List<Mention> kept = new ArrayList<>();
        for (List<Mention> ofType : byType.values()) {
            ofType.sort(RANK);
            BitSet used = new BitSet(text.length());
            for (Mention m : ofType) {
                int next = used.nextSetBit(m.start());
                if (next < 0 || next >= m.end()) {
                    used.set(m.start(), m.end());
                    kept.add(m);
                }
            }
        }
        kept.sort(RANK);
        // accepted mentions by start; a crossing one starts within the longest accepted length before m's end
        TreeMap<Integer, List<Mention>> accepted = new TreeMap<>();
        int longest = 0;
        List<Mention> uncrossed = new ArrayList<>();
        for (Mention m : kept) {
            boolean crossing = false;
            for (List<Mention> near : accepted.subMap(m.start() - longest, true, m.end(), false).values()) {
                for (Mention t : near) {
                    crossing |= crosses(t, m);
                }
            }
            if (!crossing) {
                uncrossed.add(m);
                accepted.computeIfAbsent(m.start(), k -> new ArrayList<>()).add(m);
                longest = Math.max(longest, m.length());
            }
        }
        uncrossed.sort(TEXT_ORDER);
        dropInside(uncrossed, EntityType.PERSON, null);
        dropInside(uncrossed, EntityType.ORGANIZATION, EntityType.POLICY);
        List<Entity> out = new ArrayList<>(uncrossed.size());
        for (Mention m : uncrossed) {
            int start = text.toOriginalStart(m.start());
            int end = text.toOriginalEnd(m.end());
            out.add(new Entity(m.type(), NormalizedText.surface(text.original(), start, end), start, end, m.value()));
        }
        return out;
    }

    /**
     * Removes the mentions inside a longer one of type {@code holder}, except the caller's lexicon's, which win over
     * the statistics: of every other type inside a PERSON ({@code held} null; a person's name holds no place or
     * organisation: 华盛顿 of 乔治·华盛顿, 特斯拉 of 尼古拉·特斯拉), of type {@code held} otherwise (a policy term in an
     * organisation's name, 对口支援 of 广东省对口支援新疆工作前方指挥部, is no policy mention, as
     * {@code policy/GUIDELINE.md} §2.2 says). {@code mentions} is in text order; mentions of one type do not overlap.
     */
    static void dropInside(List<Mention> mentions, EntityType holder, EntityType held) {
        boolean any = false;
        for (Mention m : mentions) {
            any |= m.type() == holder;
        }
        if (!any) {
            return;
        }
        // one pass and one copy: linear however many mentions go (Iterator.remove on a list is not)
        boolean[] inside = new boolean[mentions.size()];
        int holderStart = -1, holderEnd = -1;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k); // in text order a holder comes before the shorter mentions it holds
            if (m.type() == holder) {
                if (m.end() > holderEnd) {
                    holderStart = m.start();
                    holderEnd = m.end();
                }
            } else if (held == null || m.type() == held) {
                inside[k] = m.start() >= holderStart && m.end() <= holderEnd && m.length() < holderEnd - holderStart
                        && m.priority() < Mention.Priority.USER_LEXICON;
            }
        }
        List<Mention> kept = new ArrayList<>(mentions.size());
        for (int k = 0; k < inside.length; k++) {
            if (!inside[k]) {
                kept.add(mentions.get(k));
            }
        }
        mentions.clear();
        mentions.addAll(kept);
    }

    /**
     * A recognizer's span with whitespace at either edge removed and widened to whole surrogate pairs, so an
     * entity never starts or ends on whitespace or inside a pair; null when nothing but whitespace is left.
     */
    static Mention trim(String cleaned, Mention m) {
        int start = m.start();
        int end = m.end();
        while (start < end && Chars.isSpace(cleaned.charAt(start))) {
            start++;
        }
        while (end > start && Chars.isSpace(cleaned.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return null;
        }
        if (start > 0 && Character.isLowSurrogate(cleaned.charAt(start)) && Character.isHighSurrogate(cleaned.charAt(start - 1))) {
            start--;
        }
        if (end < cleaned.length() && Character.isLowSurrogate(cleaned.charAt(end)) && Character.isHighSurrogate(cleaned.charAt(end - 1))) {
            end++;
        }
        return start == m.start() && end == m.end() ? m : new Mention(m.type(), start, end, m.value(), m.priority());
    }

    private static boolean overlaps(Mention a, Mention b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private static boolean crosses(Mention a, Mention b) {
        return overlaps(a, b)
                && !(a.start() <= b.start() && b.end() <= a.end())
                && !(b.start() <= a.start() && a.end() <= b.end());
    }
}
