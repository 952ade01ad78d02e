package org.tiqu.bench.eval;

import java.util.Objects;

/**
 * One labelled span, gold or predicted: half-open {@code [start, end)} offsets into the evaluated text.
 *
 * @param type  label (e.g. {@code PERSON}, {@code DATE})
 * @param start first offset, inclusive
 * @param end   last offset, exclusive
 * @param value normalized value (DATE) or null
 */
public record Annotation(String type, int start, int end, String value) {
    /** @throws IllegalArgumentException on an empty or negative range */
    public Annotation {
        Objects.requireNonNull(type, "type");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("annotation must satisfy 0 <= start < end, got [" + start + ", " + end + ")");
        }
    }

    /** An annotation without a value. */
    public Annotation(String type, int start, int end) {
        this(type, start, end, null);
    }

    /** @return whether {@code other} lies within this span (equal spans included) */
    public boolean contains(Annotation other) {
        return start <= other.start && other.end <= end;
    }

    /** @return whether the two spans share at least one offset */
    public boolean overlaps(Annotation other) {
        return start < other.end && other.start < end;
    }

    /** @return a copy with another span (type and value kept) */
    public Annotation withSpan(int newStart, int newEnd) {
        return new Annotation(type, newStart, newEnd, value);
    }

    /** @return {@code text.substring(start, end)} */
    public String in(String text) {
        return text.substring(start, end);
    }
}
