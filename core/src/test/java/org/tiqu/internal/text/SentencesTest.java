package org.tiqu.internal.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class SentencesTest {
    @Test
    void splitCutsAfterSentenceEndsAndLineBreaks() {
        // the line break after 好！ is a sentence of its own; the next runs to its own break
        assertArrayEquals(new int[]{0, 3, 3, 5, 5, 6, 6, 11, 11, 13}, Sentences.split("他说。好！\n　　张三\n李四"));
    }

    @Test
    void trimmedDropsTheBlanksAtEachSentenceEdgeAndSentencesLeftEmpty() {
        // 他说。|好！\n|　　张三\n|李四 -> 他说。, 好！, 张三, 李四; a blank line alone gives nothing
        assertArrayEquals(new int[]{0, 3, 3, 5, 8, 10, 11, 13}, Sentences.trimmed("他说。好！\n　　张三\n李四"));
        assertArrayEquals(new int[]{0, 2, 5, 7}, Sentences.trimmed("张三\n \n李四"));
        assertArrayEquals(new int[0], Sentences.trimmed(" \n"));
    }
}
