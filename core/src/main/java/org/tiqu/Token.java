package org.tiqu;

import java.util.Objects;

/**
 * One word of the segmentation. Tokens never overlap and cover every non-whitespace character of the input.
 *
 * @param text  the source slice, full-width forms folded (NFKC)
 * @param start offset of the first UTF-16 code unit in the caller's text
 * @param end   offset just after the last code unit
 * @param pos   part-of-speech tag (PKU / HanLP tag set, e.g. {@code n}, {@code v}, {@code nr}, {@code t}; {@code x} for symbols)
 */
public record Token(String text, int start, int end, String pos) {
    /** @throws IllegalArgumentException on an empty or negative range */
    public Token {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(pos, "pos must not be null");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("token must satisfy 0 <= start < end, got [" + start + ", " + end + ")");
        }
    }
}
