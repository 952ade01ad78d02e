package org.tiqu.bench.eval;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the whole evaluator in quick mode on the shared data (system property {@code tiqu.data}). */
class EvaluatorQuickTest {
    @Test
    void quickRunReportsEverySectionWithPlausibleNumbers() {
        String dir = System.getProperty("tiqu.data");
        Assumptions.assumeTrue(dir != null && Files.isDirectory(Path.of(dir).resolve("pd98")),
                "shared data not found (system property tiqu.data = " + dir + "); evaluator smoke test skipped");
        String md = new Evaluator(Path.of(dir), true).run();
        for (String heading : new String[]{"## 1. Word segmentation", "## 2. Entities", "## 2b. Traditional", "## 3. POLICY",
                "## 4. Keywords", "Total run time"}) {
            assertTrue(md.contains(heading), "missing " + heading + " in\n" + md);
        }
        // raw HanLP is a fixed reference: its PKU word F1 is far above chance, its PD98 PLACE F1 too
        assertTrue(f1(md, "\\| HanLP Viterbi \\(`HanLP.newSegment\\(\\)`\\) \\| [0-9.]+ \\| [0-9.]+ \\| ([0-9.]+) \\|") > 80,
                md);
        assertTrue(f1(md, "\\| PLACE \\| HanLP Viterbi \\+ place \\+ org \\| [0-9.]+ \\| [0-9.]+ \\| ([0-9.]+) \\|") > 50,
                md);
        assertTrue(md.contains("| POLICY | tiqu |"), md);
        // traditional script is read through the normalizer's table: far from the 74 of the models alone
        assertTrue(f1(md, "\\| PKU segmentation \\| tiqu \\| [0-9.]+ \\| [0-9.]+ \\| ([0-9.]+) \\|") > 90, md);
    }

    private static double f1(String md, String rowRegex) {
        Matcher m = Pattern.compile(rowRegex).matcher(md);
        assertTrue(m.find(), "no row " + rowRegex);
        return Double.parseDouble(m.group(1));
    }
}
