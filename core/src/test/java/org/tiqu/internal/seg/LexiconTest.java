package org.tiqu.internal.seg;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LexiconTest {
    @Test
    void findsLongestWordsStartingEndingAndCovering() {
        Lexicon lex = new Lexicon(List.of("北京", "北京大学", "大学", "学生"), 8);
        int[] out = new int[6];
        lex.match("北京大学生", 0, 5, out);
        assertEquals(4, out[0] & 0xF, "北京大学 starts at 0");
        assertEquals(2, (out[1] >> 4) & 0xF, "北京 ends at 1");
        assertEquals(4, (out[3] >> 4) & 0xF, "北京大学 ends at 3");
        assertEquals(2, out[3] & 0xF, "学生 starts at 3");
        assertEquals(4, (out[1] >> 8) & 0xF, "北京大学 covers 1");
        assertEquals(0, (out[0] >> 8) & 0xF, "nothing covers 0 strictly inside");
    }

    @Test
    void respectsTheSpanBounds() {
        Lexicon lex = new Lexicon(List.of("北京"), 8);
        int[] out = new int[1];
        lex.match("北京", 0, 1, out);
        assertEquals(0, out[0], "a word running past the span end is no match");
    }

    @Test
    void equalsTheDefinitionOnRandomTextOverASmallAlphabet() {
        Random rnd = new Random(11);
        String alphabet = "中国人民大学生北京";
        Set<String> words = new HashSet<>();
        for (int w = 0; w < 300; w++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 2 + rnd.nextInt(6); k > 0; k--) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            words.add(sb.toString());
        }
        int maxLength = 6;
        Lexicon lex = new Lexicon(new ArrayList<>(words), maxLength);
        for (int round = 0; round < 500; round++) {
            StringBuilder sb = new StringBuilder("ab");
            for (int k = rnd.nextInt(40); k > 0; k--) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String text = sb.append("cd").toString();
            int from = rnd.nextInt(3), to = text.length() - rnd.nextInt(3);
            int[] out = new int[to - from + 3];
            java.util.Arrays.fill(out, -1); // stale values must not leak into the result
            lex.match(text, from, to, out);
            for (int i = 0; i < to - from; i++) {
                int start = 0, end = 0, inside = 0;
                for (int b = 0; b < to - from; b++) {
                    for (int e = b + 2; e <= Math.min(to - from, b + maxLength); e++) {
                        if (!words.contains(text.substring(from + b, from + e))) {
                            continue;
                        }
                        int len = e - b;
                        if (b == i) {
                            start = Math.max(start, len);
                        }
                        if (e - 1 == i) {
                            end = Math.max(end, len);
                        }
                        if (b < i && i < e - 1) {
                            inside = Math.max(inside, len);
                        }
                    }
                }
                assertEquals(start | end << 4 | inside << 8, out[i], text + " [" + from + ", " + to + ") at " + i);
            }
        }
    }
}
