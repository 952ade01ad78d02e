package org.tiqu.internal.seg;

/**
 * A token in cleaned-text coordinates (see {@link org.tiqu.internal.text.NormalizedText}).
 *
 * @param text  the cleaned text of the word
 * @param start offset in the cleaned text, inclusive
 * @param end   offset in the cleaned text, exclusive
 * @param pos   part-of-speech tag
 */
public record Word(String text, int start, int end, String pos) {
    public int length() {
        return end - start;
    }
}
