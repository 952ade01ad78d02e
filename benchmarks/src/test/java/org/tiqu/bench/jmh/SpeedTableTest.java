package org.tiqu.bench.jmh;

import org.tiqu.bench.eval.MiniJson;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpeedTableTest {
    /** The shape JMH 1.37 writes with -rf json (trimmed to the fields the generator reads). */
    private static String result(String method, int threads, double chars, double charsError) {
        return "{\"jmhVersion\":\"1.37\",\"benchmark\":\"org.tiqu.bench.jmh.SpeedBench." + method + "\","
                + "\"mode\":\"thrpt\",\"threads\":" + threads + ",\"forks\":1,\"jdkVersion\":\"17.0.15\","
                + "\"vmName\":\"OpenJDK 64-Bit Server VM\",\"vmVersion\":\"17.0.15+6\",\"params\":{\"dataDir\":\"/d\"},"
                + "\"primaryMetric\":{\"score\":100.0,\"scoreError\":\"NaN\",\"scoreUnit\":\"ops/s\"},"
                + "\"secondaryMetrics\":{\"chars\":{\"score\":" + chars + ",\"scoreError\":" + charsError
                + ",\"scoreUnit\":\"ops/s\"},\"cpuChars\":{\"score\":" + 2 * chars + ",\"scoreError\":\"NaN\","
                + "\"scoreUnit\":\"#\"},\"cpuMillis\":{\"score\":" + threads * 1000.0 + ",\"scoreError\":\"NaN\","
                + "\"scoreUnit\":\"#\"}}}";
    }

    private static final String SAMPLE = "[" + String.join(",", List.of(
            result("tiquSegmentation", 1, 3_000_000, 60_000),
            result("hanlpViterbi", 1, 2_000_000, 20_000),
            result("tiquSegmentation", 2, 5_700_000, 57_000),
            result("hanlpViterbi", 2, 4_000_000, 40_000)))
            + ",{\"benchmark\":\"org.tiqu.bench.jmh.LinearBench.document\",\"threads\":1,"
            + "\"params\":{\"dataDir\":\"/d\",\"docSize\":\"1000000\"},"
            + "\"primaryMetric\":{\"score\":500.0,\"scoreError\":10.0,\"scoreUnit\":\"ms/op\"},\"secondaryMetrics\":{"
            + "\"cpuChars\":{\"score\":4000000,\"scoreUnit\":\"#\"},\"cpuMillis\":{\"score\":1600,\"scoreUnit\":\"#\"}}}"
            + ",{\"benchmark\":\"org.tiqu.bench.jmh.LinearBench.document\",\"threads\":1,"
            + "\"params\":{\"dataDir\":\"/d\",\"docSize\":\"100000\"},"
            + "\"primaryMetric\":{\"score\":40.0,\"scoreError\":1.0,\"scoreUnit\":\"ms/op\"},\"secondaryMetrics\":{"
            + "\"cpuChars\":{\"score\":4000000,\"scoreUnit\":\"#\"},\"cpuMillis\":{\"score\":1000,\"scoreUnit\":\"#\"}}}]";

    private static String render() {
        return SpeedTable.render(SpeedTable.parse(SAMPLE), new SpeedTable.Machine(2, "Test CPU @ 2.0GHz", "Test JVM 17"));
    }

    private static List<String> rowsStartingWith(String md, String prefix) {
        List<String> out = new ArrayList<>();
        for (String line : md.split("\n")) {
            if (line.startsWith(prefix)) {
                out.add(line);
            }
        }
        return out;
    }

    @Test
    void speedRowShowsCharsPerSecondErrorRatioAndScaling() {
        List<String> rows = rowsStartingWith(render(), "| tiqu segmentation");
        assertEquals("| tiqu segmentation hot path (normalizer + segmenter) | 3.00 M | 2.0% | 1.50× "
                + "| 5.70 M | 1.0% | 1.43× | 1.90× |", rows.get(0));
    }

    @Test
    void baselineRowHasRatioOne() {
        List<String> rows = rowsStartingWith(render(), "| HanLP Viterbi, ");
        assertEquals("| HanLP Viterbi, `HanLP.newSegment()` (reference) | 2.00 M | 1.0% | 1.00× "
                + "| 4.00 M | 1.0% | 1.00× | 2.00× |", rows.get(0));
    }

    @Test
    void subjectsWithoutResultsAreLeftOut() {
        assertTrue(rowsStartingWith(render(), "| tiqu full").isEmpty());
    }

    @Test
    void linearRowsComputeCharsPerSecondFromSizeAndTime() {
        assertEquals(List.of(
                "| document (paragraphs) | 100,000 | 40.0 ms | 2.5% | 2.50 M | 1.00× | 4.00 M | 1.00× |",
                "| document (paragraphs) | 1,000,000 | 500.0 ms | 2.0% | 2.00 M | 0.80× | 2.50 M | 0.63× |"),
                rowsStartingWith(render(), "| document"));
    }

    @Test
    void cpuRowDividesCharsByCpuTime() {
        List<String> rows = rowsStartingWith(render(), "| tiqu segmentation");
        assertEquals("| tiqu segmentation hot path (normalizer + segmenter) | 6.00 M | 1.50× | 5.70 M | 1.43× |",
                rows.get(1));
    }

    @Test
    void headerNamesTheMachine() {
        assertTrue(render().startsWith("Machine: 2 cores, Test CPU @ 2.0GHz; Test JVM 17.\n"), render());
    }

    @Test
    void targetsSayMetOrShort() {
        String md = render();
        assertTrue(md.contains("- segmentation hot path ≥ 1.5× HanLP Viterbi: 1.50× (met); per CPU-second 1.50×"), md);
        assertTrue(md.contains("- tiquSegmentation: 2 threads ≥ 1.8× one thread: 1.90× (met)"), md);
    }

    @Test
    void quietResultsCarryNoNoiseWarning() {
        assertTrue(!render().contains("Warning"), render());
    }

    @Test
    void noisyResultsAreFlagged() {
        String noisy = "[" + result("hanlpViterbi", 1, 2_000_000, 200_000) + "]";
        String md = SpeedTable.render(SpeedTable.parse(noisy), new SpeedTable.Machine(2, "cpu", "jvm"));
        assertTrue(md.contains("Warning: 1 of 1 results have error bars above 5%"), md);
    }

    @Test
    void jsonReaderHandlesEscapesAndNesting() {
        Object v = MiniJson.parse("{\"a\":[1,2.5e1,\"x\\\"y\\u00e9\"],\"b\":{\"c\":null,\"d\":true}}");
        assertEquals("{a=[1, 25.0, x\"yé], b={c=null, d=true}}", v.toString());
    }
}
