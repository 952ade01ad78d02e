package org.tiqu.bench.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DateErrorsTest {
    @Test
    void shapeFoldsDigitRunsAndChineseNumerals() {
        assertEquals("0年0月 | 〇〇年代", DateErrors.shape("１９９７年１２月 | 九十年代"));
    }

    @Test
    void shapeDropsTheValue() {
        assertEquals("近0年来", DateErrors.shape("近２０年来 = PAST_REF"));
    }

    @Test
    void devTestDaysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> DateErrors.main(new String[]{"--to", "19980130"}));
    }
}
