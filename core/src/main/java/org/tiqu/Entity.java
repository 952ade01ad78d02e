package org.tiqu;

import java.util.Objects;

/**
 * One recognized entity.
 *
 * @param type  what kind of entity it is
 * @param text  the source slice with whitespace removed (one space kept between Latin words) and full-width forms
 *              folded (NFKC); the clean surface form
 * @param start offset of the first UTF-16 code unit in the caller's text
 * @param end   offset just after the last code unit; {@code original.substring(start, end)} is the source text
 * @param value the normalized value (DATE only, e.g. {@code 2023-08-15}, {@code 2017/..}, {@code PAST_REF}); else null
 */
public record Entity(EntityType type, String text, int start, int end, String value) {
    /** @throws IllegalArgumentException on an empty or negative range, NullPointerException on a null type or text */
    public Entity {
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(text, "text must not be null");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("entity must satisfy 0 <= start < end, got [" + start + ", " + end + ")");
        }
    }

    /** @return the entity's range in the caller's text */
    public Span span() {
        return new Span(start, end);
    }
}
