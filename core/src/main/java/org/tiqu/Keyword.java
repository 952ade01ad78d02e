package org.tiqu;

import java.util.Objects;

/**
 * A keyword or keyphrase of a document.
 *
 * @param text  the keyword's clean surface form
 * @param score relevance in {@code (0, 1]}, higher is more relevant; the first keyword of a document scores 1
 */
public record Keyword(String text, double score) {
    /** @throws NullPointerException on a null text */
    public Keyword {
        Objects.requireNonNull(text, "text must not be null");
    }
}
