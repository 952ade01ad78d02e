package org.tiqu.internal.seg;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import org.tiqu.internal.text.Chars;
import org.tiqu.internal.text.Sentences;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Segments cleaned text sentence by sentence with a HanLP {@link Segment}, and guarantees the token contract:
 * tokens are ordered, never overlap and cover every non-whitespace char. Runs of whitespace separate chunks;
 * characters HanLP should not see (controls, lone surrogates, private use, emoji) become tokens of their own.
 * Thread-safe when the wrapped segment is (HanLP's {@code seg} is).
 */
public final class Segmenter {
    private final Segment segment;

    public Segmenter(Segment segment) {
        this.segment = Objects.requireNonNull(segment, "segment");
    }

    public List<Word> segment(String text) {
        List<Word> out = new ArrayList<>(Math.max(16, text.length() / 2));
        int[] spans = Sentences.split(text);
        for (int s = 0; s < spans.length; s += 2) {
            segmentSentence(text, spans[s], spans[s + 1], out);
        }
        return out;
    }

    private void segmentSentence(String text, int from, int to, List<Word> out) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Chars.isSpace(c)) {
                i++;
                continue;
            }
            if (isOpaque(text, i)) {
                int end = Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1)) ? i + 2 : i + 1;
                out.add(new Word(text.substring(i, end), i, end, "x"));
                i = end;
                continue;
            }
            int j = i + 1;
            while (j < to && !Chars.isSpace(text.charAt(j)) && !isOpaque(text, j)) {
                j++;
            }
            segmentChunk(text, i, j, out);
            i = j;
        }
    }

    private static boolean isOpaque(String text, int i) {
        return Chars.isOpaque(text.charAt(i));
    }

    private void segmentChunk(String text, int from, int to, List<Word> out) {
        char[] chars = text.substring(from, to).toCharArray();
        List<Term> terms = segment.seg(chars);
        int pos = from;
        int mark = out.size();
        for (Term t : terms) {
            int len = t.word.length();
            if (len == 0 || pos + len > to || !text.regionMatches(pos, t.word, 0, len)) {
                // HanLP changed or lost characters: fall back to one token per char for this chunk
                out.subList(mark, out.size()).clear();
                for (int k = from; k < to; k++) {
                    out.add(new Word(String.valueOf(text.charAt(k)), k, k + 1, "x"));
                }
                return;
            }
            out.add(new Word(t.word, pos, pos + len, t.nature == null ? "x" : t.nature.toString()));
            pos += len;
        }
        for (int k = pos; k < to; k++) {
            out.add(new Word(String.valueOf(text.charAt(k)), k, k + 1, "x"));
        }
    }
}
