package org.tiqu.bench.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MarkdownTableTest {
    @Test
    void rendersHeaderAlignmentAndRows() {
        String md = new MarkdownTable("system", "F1").row("tiqu", "93.4").row("HanLP", "90.0").render();
        assertEquals("| system | F1 |\n| --- | ---: |\n| tiqu | 93.4 |\n| HanLP | 90.0 |\n", md);
    }

    @Test
    void pipesAndLineBreaksInCellsAreEscaped() {
        String md = new MarkdownTable("a").row("x|y\nz").render();
        assertEquals("| a |\n| --- |\n| x\\|y z |\n", md);
    }

    @Test
    void percentHasOneDecimal() {
        assertEquals("66.7", MarkdownTable.pct(2.0 / 3));
    }

    @Test
    void rowOfTheWrongWidthIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new MarkdownTable("a", "b").row("only one"));
    }
}
