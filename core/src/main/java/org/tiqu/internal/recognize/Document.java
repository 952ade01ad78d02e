package org.tiqu.internal.recognize;

import org.tiqu.internal.seg.Word;
import org.tiqu.internal.text.NormalizedText;

import java.time.LocalDate;
import java.util.List;

/**
 * What every recognizer sees of one input: the cleaned text, its words and the reference date.
 *
 * @param text          the cleaned text and its offset map
 * @param words         the segmentation of {@code text.text()}
 * @param referenceDate the date relative expressions resolve against, or null when unknown
 */
public record Document(NormalizedText text, List<Word> words, LocalDate referenceDate) {
    /** @return the cleaned text */
    public String chars() {
        return text.text();
    }
}
