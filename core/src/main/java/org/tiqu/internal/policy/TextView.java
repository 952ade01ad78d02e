package org.tiqu.internal.policy;

import org.tiqu.internal.recognize.Document;
import org.tiqu.internal.seg.Word;
import org.tiqu.internal.text.Chars;

import java.util.Arrays;
import java.util.List;

/**
 * One document as the policy and document rules read it: the cleaned chars plus, for each char, the index of
 * the word that holds it (-1 for whitespace). Built once per extraction; not shared between threads.
 */
final class TextView {
    final String s;
    final List<Word> words;
    /** Built on the first {@link #wordAt} call: most documents have no rule hit that asks for a word. */
    private int[] wordAt;

    TextView(Document doc) {
        this.s = doc.chars();
        this.words = doc.words();
    }

    private int[] wordIndex() {
        int[] index = new int[s.length()];
        Arrays.fill(index, -1);
        for (int k = 0; k < words.size(); k++) {
            Word w = words.get(k);
            for (int i = w.start(), e = w.end(); i < e; i++) {
                index[i] = k;
            }
        }
        return index;
    }

    int length() {
        return s.length();
    }

    char at(int i) {
        return s.charAt(i);
    }

    boolean han(int i) {
        return i >= 0 && i < s.length() && Chars.isHan(s.charAt(i));
    }

    /** @return the word holding char {@code i}, or null for whitespace or an index outside the text */
    Word wordAt(int i) {
        if (i < 0 || i >= s.length()) {
            return null;
        }
        if (wordAt == null) {
            wordAt = wordIndex();
        }
        int k = wordAt[i];
        return k < 0 ? null : words.get(k);
    }

    boolean startsWith(String prefix, int at) {
        return at >= 0 && s.startsWith(prefix, at);
    }

    /** @return whether {@code [from, to)} holds only Han characters */
    boolean allHan(int from, int to) {
        if (from < 0 || to > s.length() || from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Chars.isHan(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isNumeral(char c) {
        return "一二三四五六七八九十两百千".indexOf(c) >= 0 || (c >= '0' && c <= '9');
    }
}
