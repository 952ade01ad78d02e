package org.tiqu.internal.seg;

import org.junit.jupiter.api.Test;

import java.util.List;

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
}
