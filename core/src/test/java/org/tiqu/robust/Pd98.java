package org.tiqu.robust;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Raw paragraphs of People's Daily 1998-01 from the shared data (tags and brackets stripped). */
final class Pd98 {
    private Pd98() {
    }

    /**
     * The first {@code count} paragraphs of the training part (dated before 19980128), as plain text.
     * Skips the calling test, with a message, when the data is absent.
     */
    static List<String> paragraphs(int count) {
        String data = System.getProperty("tiqu.data", "../../shared/data");
        Path file = Path.of(data, "pd98", "199801.utf8.txt");
        Assumptions.assumeTrue(Files.isReadable(file),
                "People's Daily data not found at " + file + " (set -Dtiqu.data=DIR); skipping");
        List<String> out = new ArrayList<>(count);
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (out.size() == count) {
                    break;
                }
                if (line.isBlank() || line.compareTo("19980128") >= 0) {
                    continue;
                }
                out.add(raw(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** {@code 19980101-01-001-002/m  中共中央/nt  [国家/n 主席/n]nt} -> {@code 中共中央国家主席}. */
    static String raw(String line) {
        StringBuilder sb = new StringBuilder();
        String[] tokens = line.strip().split("\\s+");
        for (int k = 1; k < tokens.length; k++) {
            String t = tokens[k];
            if (t.startsWith("[") && t.length() > 1) {
                t = t.substring(1);
            }
            int close = t.lastIndexOf(']');
            if (close > 0) {
                t = t.substring(0, close);
            }
            int slash = t.lastIndexOf('/');
            sb.append(slash > 0 ? t.substring(0, slash) : t);
        }
        return sb.toString();
    }
}
