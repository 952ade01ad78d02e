package org.tiqu.internal.text;

import java.text.Normalizer;

/**
 * Text cleaned for the models, with the way back to the caller's offsets. Every char of {@link #text()} came
 * from a known range of the original; removed characters (layout breaks, a CR before LF) have no counterpart.
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    private final int[] originalStart;
    private final int[] originalEnd;
    private final int[] dropped;

    NormalizedText(String original, String text, int[] originalStart, int[] originalEnd, int[] dropped) {
        this.original = original;
        this.text = text;
        this.originalStart = originalStart;
        this.originalEnd = originalEnd;
        this.dropped = dropped == null ? NONE : dropped;
    }

    /**
     * The original ranges of the visible chars the cleaned text leaves out (page numbers inside a sentence, — 3 —),
     * as {@code [start, end)} pairs in order: the caller's tokens still cover them.
     */
    public int[] droppedRanges() {
        return dropped.length == 0 ? NONE : dropped.clone(); // most texts drop nothing: no array per call
    }

    private static final int[] NONE = new int[0];

    /** @return the caller's text */
    public String original() {
        return original;
    }

    /** @return the cleaned text the models see */
    public String text() {
        return text;
    }

    /** @return length of the cleaned text */
    public int length() {
        return text.length();
    }

    /** @return original offset where the cleaned char at {@code i} starts */
    public int toOriginalStart(int i) {
        return originalStart[i];
    }

    /**
     * The cleaned offset of the first cleaned char at or after original offset {@code originalOffset} (the cleaned
     * length when there is none): the inverse of {@link #toOriginalStart(int)}, by binary search.
     */
    public int toCleanedStart(int originalOffset) {
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (originalStart[mid] < originalOffset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** @return original offset just after the cleaned range that ends (exclusive) at {@code end} */
    public int toOriginalEnd(int end) {
        return originalEnd[end - 1];
    }

    /**
     * The clean surface of an original slice: whitespace removed and compatibility forms folded (NFKC), so a
     * layout break inside a name disappears; a space between two Latin letters or digits stays one space (Sam
     * Altman). Used for every token's and entity's {@code text}.
     */
    public static String surface(String original, int start, int end) {
        if (stable(original, start, end)) {
            return original.substring(start, end); // the common case: nothing to remove or fold
        }
        StringBuilder sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = original.charAt(i);
            if (!Chars.isSpace(c)) {
                sb.append(c);
            } else if (!org.tiqu.internal.text.Normalizer.isZeroWidth(c) && !sb.isEmpty()
                    && latinOrDigit(sb.charAt(sb.length() - 1)) && latinOrDigitAfter(original, i + 1, end)) {
                sb.append(' '); // Sam Altman, New York Times: the one space between two Latin words stays
            }
        }
        String s = sb.toString();
        return Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    /**
     * As {@link #surface(String, int, int)}, returning {@code cleaned} itself (no new string) when the original slice
     * is the same chars and needs no folding: most tokens, whose word text the segmenter has already made.
     */
    public static String surface(String original, int start, int end, String cleaned) {
        if (end - start == cleaned.length() && original.regionMatches(start, cleaned, 0, cleaned.length())
                && stable(original, start, end)) {
            return cleaned;
        }
        return surface(original, start, end);
    }

    /** The first char at or after {@code i} (before {@code end}) that is no whitespace is a Latin letter or digit. */
    private static boolean latinOrDigitAfter(String s, int i, int end) {
        while (i < end && Chars.isSpace(s.charAt(i))) {
            i++;
        }
        return i < end && latinOrDigit(s.charAt(i));
    }

    private static boolean latinOrDigit(char c) {
        return (c < 0x80 || c >= '\uFF10' && c <= '\uFF5A') && Character.isLetterOrDigit(c);
    }

    /** Whether {@code original[start, end)} is its own surface (every char {@link #isNfkcStable}). */
    private static boolean stable(String original, int start, int end) {
        for (int k = start; k < end; k++) {
            if (!isNfkcStable(original.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Printable ASCII, Han and the common Chinese punctuation: no whitespace, no NFKC decomposition, and no
     * composition among each other, so a slice made only of them is its own surface.
     */
    private static boolean isNfkcStable(char c) {
        return c >= '\u4E00' && c <= '\u9FFF' || c >= '!' && c <= '~' || c >= '\u3400' && c <= '\u4DBF'
                || c >= '\u3001' && c <= '\u3002' || c >= '\u3007' && c <= '\u3011'
                || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019' || c == '\u2014' || c == '\u00B7';
    }

    /** @return the clean surface of the original range behind cleaned range {@code [start, end)} */
    public String surface(int start, int end) {
        return surface(original, toOriginalStart(start), toOriginalEnd(end));
    }
}
