package org.tiqu.internal.text;

import java.util.Arrays;

/**
 * Splits cleaned text into sentence spans so the segmenter's lattice stays bounded on long inputs: after
 * 。！？；… (with closing quotes), at line breaks, and, in a run with no such mark, at the last comma or space
 * before {@link #MAX_LENGTH} chars (hard cut only when there is none). Never cuts a surrogate pair.
 */
public final class Sentences {
    /** Longest span handed to the segmenter. */
    public static final int MAX_LENGTH = 200;

    private Sentences() {
    }

    /** @return {@code [start, end)} pairs covering {@code text} without gaps, as a flat array */
    public static int[] split(CharSequence text) {
        int[] cuts = new int[16];
        int size = 0;
        int n = text.length();
        int start = 0;
        int lastSoft = -1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean hard = Chars.isSentenceEnd(c) || c == '\n';
            if (hard) {
                int end = i + 1;
                while (end < n && (Chars.isCloser(text.charAt(end)) || Chars.isSentenceEnd(text.charAt(end)))) {
                    end++;
                }
                if (size + 2 > cuts.length) {
                    cuts = Arrays.copyOf(cuts, cuts.length * 2);
                }
                cuts[size++] = start;
                cuts[size++] = end;
                start = end;
                i = end - 1;
                lastSoft = -1;
                continue;
            }
            if (c == '，' || c == ',' || c == '、' || c == ' ' || c == '：') {
                lastSoft = i + 1;
            }
            if (i + 1 - start >= MAX_LENGTH) {
                int end = lastSoft > start ? lastSoft : i + 1;
                if (end < n && Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))) {
                    end++;
                }
                if (size + 2 > cuts.length) {
                    cuts = Arrays.copyOf(cuts, cuts.length * 2);
                }
                cuts[size++] = start;
                cuts[size++] = end;
                start = end;
                i = end - 1;
                lastSoft = -1;
            }
        }
        if (start < n) {
            if (size + 2 > cuts.length) {
                cuts = Arrays.copyOf(cuts, cuts.length + 2);
            }
            cuts[size++] = start;
            cuts[size++] = n;
        }
        return size == cuts.length ? cuts : Arrays.copyOf(cuts, size);
    }

    /**
     * {@link #split} with blank chars ({@link Chars#isSpace}) trimmed off each span's edges and spans left empty
     * dropped: the sentences the NER tagger reads, at run time and in training alike.
     *
     * @return {@code [start, end)} pairs, in order, as a flat array
     */
    public static int[] trimmed(CharSequence text) {
        int[] cuts = split(text);
        int size = 0;
        for (int k = 0; k < cuts.length; k += 2) {
            int b = cuts[k], e = cuts[k + 1];
            while (b < e && Chars.isSpace(text.charAt(b))) {
                b++;
            }
            while (e > b && Chars.isSpace(text.charAt(e - 1))) {
                e--;
            }
            if (e > b) {
                cuts[size++] = b;
                cuts[size++] = e;
            }
        }
        return size == cuts.length ? cuts : Arrays.copyOf(cuts, size);
    }
}
