package org.tiqu.bench.startup;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StartupRunnerTest {
    @Test
    void parsesTheChildLine() {
        assertArrayEquals(new double[] {432.5, 491, 44.2, 900},
                StartupRunner.parse("subject=tiqu firstResultMs=432.5 uptimeMs=491 heapMB=44.2 cpuMs=900"));
    }

    @Test
    void tableShowsMedianAndRange() {
        Map<String, List<double[]>> s = new LinkedHashMap<>();
        s.put("tiqu", List.of(new double[] {400, 500, 40, 900}, new double[] {600, 700, 42, 1100},
                new double[] {500, 600, 41, 1000}));
        s.put("hanlp", List.of(new double[] {200, 300, 30, 500}, new double[] {210, 310, 31, 510},
                new double[] {220, 320, 32, 520}));
        String md = StartupRunner.render(s, 3);
        assertTrue(md.contains("| tiqu `Extractor.builder().build()` + first `extract` | 0.50 s (0.40 s–0.60 s) "
                + "| 0.60 s (0.50 s–0.70 s) | 1.00 s (0.90 s–1.10 s) | 41 MB (40 MB–42 MB) |"), md);
    }
}
