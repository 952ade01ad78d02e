package org.tiqu.internal.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CharsTest {
    @Test
    void spaceIsEveryJavaAndUnicodeSpaceAndTheLayoutOnlyChars() {
        String layout = "\u0085\u200B\u200C\u200D\u2060\uFEFF";
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            int c = i;
            boolean want = Character.isWhitespace(c) || Character.isSpaceChar(c) || layout.indexOf(c) >= 0;
            assertEquals(want, Chars.isSpace((char) c), () -> "U+" + Integer.toHexString(c));
        }
    }
}
