package org.tiqu.bench.train;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class BuildRadicalsTest {
    /**
     * The shipped table is what the generator writes from Unicode's file (system property {@code tiqu.ucd}, else
     * Debian's {@code unicode-data} in /usr/share/unicode; skipped where neither is installed) and the shipped
     * traditional table.
     */
    @Test
    void shippedTableIsWhatTheGeneratorWrites() throws IOException {
        Path ucd = Path.of(System.getProperty("tiqu.ucd", "/usr/share/unicode"), "EquivalentUnifiedIdeograph.txt");
        assumeTrue(Files.isRegularFile(ucd), ucd + " not found; skipped");
        Path traditional = Files.createTempFile("traditional", ".txt");
        try {
            Files.writeString(traditional, resource("traditional.txt"), StandardCharsets.UTF_8);
            String shipped = resource("radicals.txt");
            String version = shipped.lines().findFirst().orElse("");
            String first = Files.readAllLines(ucd).get(0); // # EquivalentUnifiedIdeograph-15.0.0.txt
            assumeTrue(first.startsWith("# ") && version.endsWith(first.substring(2)),
                    "another Unicode version than the shipped table's: " + first);
            assertEquals(shipped, BuildRadicals.table(ucd, traditional), "regenerate radicals.txt (BuildRadicals)");
        } finally {
            Files.delete(traditional);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = BuildRadicalsTest.class.getResourceAsStream("/org/tiqu/text/" + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
