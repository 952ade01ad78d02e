package org.tiqu;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets (Java {@code String} indices) into the caller's text.
 *
 * @param start first offset, inclusive
 * @param end   last offset, exclusive; greater than {@code start}
 */
public record Span(int start, int end) {
    /** @throws IllegalArgumentException when the range is empty or negative */
    public Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("span must satisfy 0 <= start < end, got [" + start + ", " + end + ")");
        }
    }

    /** @return {@code end - start} */
    public int length() {
        return end - start;
    }

    /** @return whether this span and {@code other} share at least one offset */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** @return whether {@code other} lies inside this span */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }
}
