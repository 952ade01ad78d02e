package org.tiqu.bench.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HanlpBaselineTest {
    @Test
    void wordsCoverTheText() {
        String text = "江泽民在北京会见了朋友。";
        assertEquals(text, String.join("", HanlpBaseline.viterbi().words(text)));
    }

    @Test
    void entitiesComeFromTagsWithOffsets() {
        String text = "江泽民在北京会见了朋友。";
        List<Annotation> es = HanlpBaseline.viterbiPlaceOrg().entities(text);
        assertTrue(es.contains(new Annotation("PERSON", 0, 3)), es.toString());
        assertTrue(es.contains(new Annotation("PLACE", 4, 6)), es.toString());
    }
}
