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

class BuildTraditionalTest {
    /** The shipped table is what the generator writes from HanLP's tables and the training text, byte for byte. */
    @Test
    void shippedTableIsWhatTheGeneratorWrites() throws IOException {
        String dir = System.getProperty("tiqu.data");
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir, "pd98")),
                "shared data not found (system property tiqu.data = " + dir + "); skipped");
        String shipped;
        try (InputStream in = BuildTraditionalTest.class.getResourceAsStream("/org/tiqu/text/traditional.txt")) {
            assertNotNull(in);
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(shipped, BuildTraditional.table(Path.of(dir)), "regenerate traditional.txt (BuildTraditional)");
    }

    @Test
    void regionalFormsAreReadBackwardsAndCharsOfSimplifiedTextAreNotListed() throws IOException {
        var m = BuildTraditional.conversions();
        assertEquals('卫', m.get('衞'));
        assertEquals('众', m.get('眾'));
        assertEquals('着', m.get('著')); // Taiwan's form: listed here, dropped by the training text check
    }
}
