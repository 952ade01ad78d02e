package org.tiqu.seeds;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tiqu.Entity;
import org.tiqu.EntityType;
import org.tiqu.Extraction;
import org.tiqu.Extractor;
import org.tiqu.cli.Main;
import org.tiqu.internal.text.NormalizedText;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The seeds harness: extracts every document in {@code seeds/}, writes {@code target/seeds/<name>.jsonl} and
 * {@code .html}, and checks it against {@code <name>.expected.tsv}: every expected row must be found (rows marked
 * {@code pending} are reported only), rows marked {@code absent} must not be (reported only when {@code absent pending}),
 * and every offset must hold.
 */
class SeedsTest {
    private static final Path SEEDS = Path.of(System.getProperty("tiqu.seeds", "../seeds"));
    private static final Path OUT = Path.of("target", "seeds");
    private static Extractor extractor;

    /** One row of an expected list. */
    record Row(EntityType type, String text, String marker, int line) {
    }

    @BeforeAll
    static void setUp() throws IOException {
        extractor = Extractor.defaults();
        Files.createDirectories(OUT);
    }

    @TestFactory
    Stream<DynamicTest> everySeedDocument() throws IOException {
        List<Path> docs;
        try (Stream<Path> s = Files.list(SEEDS)) {
            docs = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(!docs.isEmpty(), "no seed documents in " + SEEDS.toAbsolutePath());
        return docs.stream().map(doc -> DynamicTest.dynamicTest(doc.getFileName().toString(), () -> check(doc)));
    }

    private static void check(Path doc) throws IOException {
        String name = doc.getFileName().toString().replaceFirst("\\.txt$", "");
        writeOutputs(doc, name);
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        Extraction x = extractor.extract(text);
        for (Entity e : x.entities()) {
            assertEquals(NormalizedText.surface(text, e.start(), e.end()), e.text(), "offsets of " + e);
        }
        Path expectedFile = SEEDS.resolve(name + ".expected.tsv");
        assertTrue(Files.exists(expectedFile), "missing " + expectedFile);
        List<String> missed = new ArrayList<>();
        List<String> unwanted = new ArrayList<>();
        List<String> pendingFound = new ArrayList<>();
        List<String> pendingMissed = new ArrayList<>();
        for (Row row : rows(expectedFile)) {
            boolean found = x.entities().stream().anyMatch(e -> e.type() == row.type() && e.text().equals(row.text()));
            String label = row.type() + "\t" + row.text() + " (line " + row.line() + ")";
            switch (row.marker()) {
                case "absent" -> {
                    if (found) {
                        unwanted.add(label);
                    }
                }
                case "absent pending" -> (found ? pendingMissed : pendingFound).add("absent: " + label);
                case "pending" -> (found ? pendingFound : pendingMissed).add(label);
                default -> {
                    if (!found) {
                        missed.add(label);
                    }
                }
            }
        }
        if (!pendingMissed.isEmpty()) {
            System.out.println(name + ": pending, not yet extracted:\n  " + String.join("\n  ", pendingMissed));
        }
        if (!pendingFound.isEmpty()) {
            System.out.println(name + ": pending rows now found (drop their marker):\n  " + String.join("\n  ", pendingFound));
        }
        if (!missed.isEmpty() || !unwanted.isEmpty()) {
            fail(name + ":\nmissed:\n  " + String.join("\n  ", missed) + "\nextracted but must be absent:\n  "
                    + String.join("\n  ", unwanted));
        }
    }

    private static void writeOutputs(Path doc, String name) {
        for (String format : new String[]{"jsonl", "html"}) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Main.run(new String[]{"--format", format, "--tokens", "-o", OUT.resolve(name + "." + format).toString(),
                    doc.toString()}, new ByteArrayInputStream(new byte[0]), System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(0, code, "CLI on " + doc + ": " + err.toString(StandardCharsets.UTF_8));
        }
    }

    static List<Row> rows(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 2 || cols.length > 3) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected type<TAB>text[<TAB>marker]");
            }
            String marker = cols.length == 3 ? cols[2] : "";
            if (!List.of("", "pending", "absent", "absent pending").contains(marker)) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": unknown marker " + marker);
            }
            rows.add(new Row(EntityType.valueOf(cols[0]), cols[1], marker, i + 1));
        }
        return rows;
    }
}
