package org.tiqu.internal.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VariantCharsTest {
    @Test
    void convertsOneCharToOneSimplifiedCharThatStaysAsItIs() {
        int listed = 0;
        for (int c = 0; c < 65536; c++) {
            char s = VariantChars.simplified((char) c);
            if (s != c) {
                listed++;
                assertEquals(s, VariantChars.simplified(s), "a simplified char is final: " + (char) c + " -> " + s);
                assertTrue(!Character.isSurrogate((char) c) && !Character.isSurrogate(s), "BMP only");
            }
        }
        assertEquals(VariantChars.size(), listed);
        assertTrue(listed > 3200, "OpenCC's one-char table has about 3,000 conversions and Unicode 300 radicals, got " + listed);
    }

    @Test
    void regionalFormsReachTheSameSimplifiedChar() {
        assertEquals('卫', VariantChars.simplified('衛'));
        assertEquals('卫', VariantChars.simplified('衞')); // Hong Kong's form
        assertEquals('众', VariantChars.simplified('眾')); // Taiwan's form of 衆
        assertEquals('峰', VariantChars.simplified('峯'));
        assertNotEquals('着', VariantChars.simplified('著')); // simplified text writes 著名
    }

    @Test
    void radicalsOfPdfTextStandForTheirIdeographs() {
        assertEquals('人', VariantChars.simplified('\u2F08')); // KANGXI RADICAL MAN
        assertEquals('见', VariantChars.simplified('\u2F92')); // KANGXI RADICAL SEE, 見, simplified
        assertEquals('民', VariantChars.simplified('\u2EA0')); // CJK RADICAL CIVILIAN
        assertEquals('长', VariantChars.simplified('\u2ED3')); // CJK RADICAL C-SIMPLIFIED LONG
    }

    @Test
    void aStringWithNothingToConvertIsReturnedAsItIs() {
        String s = "国务院总理李强";
        assertSame(s, VariantChars.simplified(s));
        assertEquals("国务院总理李强", VariantChars.simplified("國務院總理李強"));
    }
}
