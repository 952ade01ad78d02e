package org.tiqu.bench.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PrfTest {
    @Test
    void precisionRecallAndF1FromCounts() {
        Prf p = new Prf(10, 8, 6);
        assertEquals(0.75, p.precision(), 1e-9);
        assertEquals(0.6, p.recall(), 1e-9);
        assertEquals(2 * 0.75 * 0.6 / 1.35, p.f1(), 1e-9);
    }

    @Test
    void emptyCountsGiveZeroNotNaN() {
        assertEquals(0.0, Prf.ZERO.precision());
        assertEquals(0.0, Prf.ZERO.recall());
        assertEquals(0.0, Prf.ZERO.f1());
    }

    @Test
    void plusAddsCounts() {
        assertEquals(new Prf(5, 7, 3), new Prf(2, 3, 1).plus(new Prf(3, 4, 2)));
    }

    @Test
    void moreCorrectThanPredictedIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Prf(5, 2, 3));
    }
}
