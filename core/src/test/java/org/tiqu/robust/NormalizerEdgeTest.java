package org.tiqu.robust;

import org.junit.jupiter.api.Test;
import org.tiqu.internal.text.Chars;
import org.tiqu.internal.text.NormalizedText;
import org.tiqu.internal.text.Normalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Regressions found by the fuzzers in the normalizer's offset map and layout decisions. */
class NormalizerEdgeTest {
    /** A running-text line: long, no sentence end, so a break after it is taken for layout. */
    private static final String LONG_LINE = "新疆一一一一一一一一一一一一一一一一一一一一一一一新";

    @Test
    void layoutBreakInsideWordIsJoined() {
        NormalizedText n = Normalizer.normalize(LONG_LINE + "\n\n疆");
        assertEquals(LONG_LINE + "疆", n.text());
        assertEquals(LONG_LINE.length() + 2, n.toOriginalStart(LONG_LINE.length()));
    }

    @Test
    void numberedItemIsNotJoinedEvenBehindZeroWidthChars() {
        String plain = "（一）" + LONG_LINE + "\n疆";
        String hidden = "\u2060（一\uFEFF）" + LONG_LINE + "\n疆";
        assertEquals(Normalizer.normalize(plain).text(), Normalizer.normalize(hidden).text());
        assertTrue(Normalizer.normalize(plain).text().contains("\n"), "a list item line is a block of its own");
    }

    @Test
    void asciiCommaNextToHanFoldsAcrossZeroWidthChars() {
        assertEquals("新疆，发展", Normalizer.normalize("新疆\u200B,发展").text());
        assertEquals("新疆，发展", Normalizer.normalize("新疆,\u200B发展").text());
    }

    @Test
    void nextLineIsWhitespaceAndALineBreak() {
        assertTrue(Chars.isSpace('\u0085'));
        assertEquals("新\n疆", Normalizer.normalize("新\u0085疆").text());
    }

    @Test
    void everyLineBreakIsWhitespace() {
        for (int c = 0; c <= 0xFFFF; c++) {
            if (Chars.isLineBreak((char) c)) {
                assertTrue(Chars.isSpace((char) c), "line break not whitespace: U+" + Integer.toHexString(c));
            }
        }
    }

    @Test
    void crlfIsOneBreakMappedToTheLf() {
        NormalizedText n = Normalizer.normalize("北京\r\n上海");
        assertEquals("北京\n上海", n.text());
        assertEquals(3, n.toOriginalStart(2));
        assertEquals(4, n.toOriginalStart(3));
    }
}
