package org.tiqu.internal.recognize;

import org.tiqu.EntityType;

/**
 * A proposed entity in cleaned-text coordinates.
 *
 * @param type     entity type
 * @param start    cleaned-text offset, inclusive
 * @param end      cleaned-text offset, exclusive
 * @param value    normalized value (DATE), else null
 * @param priority tie-breaker among overlapping mentions of one type after length (higher wins);
 *                 see {@link Priority}
 */
public record Mention(EntityType type, int start, int end, String value, int priority) {
    public Mention {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("mention must satisfy 0 <= start < end, got [" + start + ", " + end + ")");
        }
    }

    public Mention(EntityType type, int start, int end) {
        this(type, start, end, null, Priority.STATISTICAL);
    }

    public int length() {
        return end - start;
    }

    /** Conventional priorities. */
    public static final class Priority {
        /** A caller's own lexicon: wins over everything of its type it overlaps. */
        public static final int USER_LEXICON = 100;
        /** Curated lexicons of real-world facts and grammar rules. */
        public static final int RULE = 50;
        /** Statistical models. */
        public static final int STATISTICAL = 10;

        private Priority() {
        }
    }
}
