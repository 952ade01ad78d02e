package org.tiqu.robust;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.tiqu.Entity;
import org.tiqu.EntityType;
import org.tiqu.internal.recognize.Mention;
import org.tiqu.internal.resolve.Resolver;
import org.tiqu.internal.text.Chars;
import org.tiqu.internal.text.NormalizedText;
import org.tiqu.internal.text.Normalizer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The resolver on arbitrary mention sets (any types, ranges, priorities, duplicates) over hostile text: the
 * result keeps the entity contract, every entity is a proposed mention mapped back exactly, and nothing is
 * dropped without a reason (an overlap within its type or a crossing with another type).
 */
@AddLifecycleHook(FuzzTries.class)
class ResolverFuzzTest {
    private static final EntityType[] TYPES = EntityType.values();

    record Case(String text, List<Mention> mentions) {
    }

    @Property
    @FuzzTries.Share(0.05)
    void resolvedMentionsKeepTheEntityContract(@ForAll("cases") Case c) {
        NormalizedText norm = Normalizer.normalize(c.text());
        List<Mention> mentions = new ArrayList<>();
        for (Mention m : c.mentions()) {
            if (m.end() <= norm.length()) {
                mentions.add(m);
            }
        }
        List<Entity> entities = Resolver.resolve(norm, new ArrayList<>(mentions));
        mentions = trimmed(norm.text(), mentions);
        Invariants.checkEntities(c.text(), entities);
        Set<Entity> proposed = new HashSet<>();
        for (Mention m : mentions) {
            int start = norm.toOriginalStart(m.start());
            int end = norm.toOriginalEnd(m.end());
            proposed.add(new Entity(m.type(), NormalizedText.surface(c.text(), start, end), start, end, m.value()));
        }
        for (Entity e : entities) {
            if (!proposed.contains(e)) {
                throw new AssertionError(e + " was never proposed: " + mentions + " in \"" + Invariants.esc(c.text()) + "\"");
            }
        }
        for (Mention m : mentions) {
            int start = norm.toOriginalStart(m.start());
            int end = norm.toOriginalEnd(m.end());
            boolean explained = false;
            for (Entity e : entities) {
                boolean overlaps = e.start() < end && start < e.end();
                boolean nests = e.start() <= start && end <= e.end() || start <= e.start() && e.end() <= end;
                explained |= overlaps && (e.type() == m.type() || !nests);
                // nothing but the caller's own words nests inside a longer person
                explained |= e.type() == EntityType.PERSON && m.type() != EntityType.PERSON && e.start() <= start
                        && end <= e.end() && end - start < e.end() - e.start()
                        && m.priority() < Mention.Priority.USER_LEXICON;
            }
            if (!explained && !hasCrossingPartner(m, mentions)) {
                throw new AssertionError(m + " was dropped for no reason; kept " + entities);
            }
        }
    }

    /** The documented clean-up: whitespace off the edges, whole surrogate pairs, whitespace-only mentions gone. */
    private static List<Mention> trimmed(String cleaned, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            int start = m.start();
            int end = m.end();
            while (start < end && Chars.isSpace(cleaned.charAt(start))) {
                start++;
            }
            while (end > start && Chars.isSpace(cleaned.charAt(end - 1))) {
                end--;
            }
            if (start == end) {
                continue;
            }
            if (Character.isLowSurrogate(cleaned.charAt(start)) && start > 0 && Character.isHighSurrogate(cleaned.charAt(start - 1))) {
                start--;
            }
            if (end < cleaned.length() && Character.isLowSurrogate(cleaned.charAt(end)) && Character.isHighSurrogate(cleaned.charAt(end - 1))) {
                end++;
            }
            out.add(new Mention(m.type(), start, end, m.value(), m.priority()));
        }
        return out;
    }

    /** A dropped mention may have lost to one that was itself dropped later; then it crossed or overlapped something. */
    private static boolean hasCrossingPartner(Mention m, List<Mention> all) {
        for (Mention o : all) {
            if (o != m && o.start() < m.end() && m.start() < o.end()) {
                return true;
            }
        }
        return false;
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> text = Arbitraries.oneOf(Adversarial.text(), Adversarial.mutated())
                .filter(t -> Normalizer.normalize(t).length() > 0);
        return text.flatMap(t -> {
            int n = Normalizer.normalize(t).length();
            Arbitrary<Mention> mention = Combinators.combine(
                    Arbitraries.of(TYPES), Arbitraries.integers().between(0, n - 1), Arbitraries.integers().between(1, 12),
                    Arbitraries.of(Mention.Priority.STATISTICAL, Mention.Priority.RULE, Mention.Priority.USER_LEXICON))
                    .as((type, start, len, prio) -> new Mention(type, start, Math.min(n, start + len),
                            type == EntityType.DATE ? "2023-08-15" : null, prio));
            return mention.list().ofMaxSize(20).map(ms -> new Case(t, ms));
        });
    }
}
