package org.tiqu.internal.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PairFilterTest {
    @Test
    void addedPairsAreAlwaysReported() {
        PairFilter f = new PairFilter(12);
        f.add('中', '国');
        f.add('\uFFFF', 'a'); // chars at the top of the range
        assertTrue(f.mayHave('中', '国'));
        assertTrue(f.mayHave('\uFFFF', 'a'));
    }

    @Test
    void anEmptyFilterHasNoPair() {
        PairFilter f = new PairFilter(12);
        assertFalse(f.mayHave('中', '国'));
        assertFalse(f.mayHave('a', 'b'));
    }

    @Test
    void fewPairsLeaveMostOthersOut() {
        PairFilter f = new PairFilter(20);
        for (char c = '一'; c < '一' + 100; c++) {
            f.add(c, '国');
        }
        int reported = 0;
        for (char c = '一'; c < '一' + 10000; c++) {
            reported += f.mayHave(c, '人') ? 1 : 0;
        }
        assertTrue(reported < 100, "false positives: " + reported);
    }
}
