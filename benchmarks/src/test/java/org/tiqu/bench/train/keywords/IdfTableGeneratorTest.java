package org.tiqu.bench.train.keywords;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdfTableGeneratorTest {
    private static final String LINE = "19980101-01-001-002/m  中共中央/nt  总书记/n  、/w  国家/n  主席/n  江/nr  泽民/nr"
            + "  [中央/n  人民/n  广播/vn  电台/n]nt  １９９８年/t  新/a";

    @Test
    void personNameRunsAreMerged() {
        assertTrue(IdfTableGenerator.wordsOf(LINE).contains("江泽民"));
    }

    @Test
    void bracketedCompoundsCountWholeAndByPart() {
        Set<String> w = IdfTableGenerator.wordsOf(LINE);
        assertTrue(w.contains("中央人民广播电台"), w.toString());
        assertTrue(w.contains("广播"), w.toString());
    }

    @Test
    void digitsPunctuationAndSingleCharsAreLeftOut() {
        Set<String> w = IdfTableGenerator.wordsOf(LINE);
        assertFalse(w.contains("1998年"), w.toString());
        assertFalse(w.contains("、"), w.toString());
        assertFalse(w.contains("新"), w.toString());
        assertFalse(w.contains("江"), w.toString());
    }

    @Test
    void devTestDaysAreOutsideTheTrainingSplit() {
        assertEquals("19980127", IdfTableGenerator.LAST_TRAINING_DAY);
        assertTrue("19980128".compareTo(IdfTableGenerator.LAST_TRAINING_DAY) > 0);
    }
}
