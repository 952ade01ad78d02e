package org.tiqu.internal.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TraditionalCharsTest {
    @Test
    void convertsOneCharToOneSimplifiedCharThatStaysAsItIs() {
        int listed = 0;
        for (int c = 0; c < 65536; c++) {
            char s = TraditionalChars.simplified((char) c);
            if (s != c) {
                listed++;
                assertEquals(s, TraditionalChars.simplified(s), "a simplified char is final: " + (char) c + " -> " + s);
                assertTrue(!Character.isSurrogate((char) c) && !Character.isSurrogate(s), "BMP only");
            }
        }
        assertEquals(TraditionalChars.size(), listed);
        assertTrue(listed > 2500, "OpenCC's one-char table has about 3,000 conversions, got " + listed);
    }

    @Test
    void regionalFormsReachTheSameSimplifiedChar() {
        assertEquals('卫', TraditionalChars.simplified('衛'));
        assertEquals('卫', TraditionalChars.simplified('衞')); // Hong Kong's form
        assertEquals('众', TraditionalChars.simplified('眾')); // Taiwan's form of 衆
        assertEquals('峰', TraditionalChars.simplified('峯'));
        assertNotEquals('着', TraditionalChars.simplified('著')); // simplified text writes 著名
    }

    @Test
    void aStringWithNothingToConvertIsReturnedAsItIs() {
        String s = "国务院总理李强";
        assertSame(s, TraditionalChars.simplified(s));
        assertEquals("国务院总理李强", TraditionalChars.simplified("國務院總理李強"));
    }
}
