package org.tiqu.internal.policy;

import org.tiqu.Entity;
import org.tiqu.EntityType;
import org.tiqu.Extractor;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Shared extractor and assertions for the POLICY / DOCUMENT tests. */
final class Spans {
    static final Extractor EXTRACTOR = Extractor.builder().findReferenceDate(false).keywords(0).build();

    private Spans() {
    }

    static List<Entity> of(String text, EntityType type) {
        return EXTRACTOR.extract(text).entities().stream().filter(e -> e.type() == type).toList();
    }

    /** Asserts an entity of {@code type} with exactly this text at the n-th occurrence of {@code span} in text. */
    static void assertSpan(String text, EntityType type, String span, int occurrence) {
        int start = -1;
        for (int i = 0; i <= occurrence; i++) {
            start = text.indexOf(span, start + 1);
        }
        assertTrue(start >= 0, "test text lacks " + span);
        int end = start + span.length();
        for (Entity e : of(text, type)) {
            if (e.start() == start && e.end() == end) {
                assertEquals(java.text.Normalizer.normalize(span, java.text.Normalizer.Form.NFKC), e.text());
                assertEquals(span, text.substring(e.start(), e.end()));
                return;
            }
        }
        fail("no " + type + " [" + start + "," + end + ") " + span + " in " + of(text, type));
    }

    static void assertSpan(String text, EntityType type, String span) {
        assertSpan(text, type, span, 0);
    }

    /** Asserts that no entity of {@code type} has this text. */
    static void assertNone(String text, EntityType type, String span) {
        for (Entity e : of(text, type)) {
            if (e.text().equals(span)) {
                fail("unexpected " + type + " " + span + " at " + e.start());
            }
        }
    }
}
