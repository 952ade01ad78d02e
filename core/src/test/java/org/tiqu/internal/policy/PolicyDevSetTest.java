package org.tiqu.internal.policy;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tiqu.Entity;
import org.tiqu.EntityType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The targets on {@code policy/dev.jsonl} (skipped without the data): POLICY exact F1 >= 0.75 and overlap
 * recall >= 0.90, DOCUMENT exact F1 >= 0.90. As the project evaluator does, only the outermost of the predicted
 * POLICY/DOCUMENT spans is scored (a POLICY inside a DOCUMENT title is not counted).
 */
class PolicyDevSetTest {
    private static final Pattern TEXT = Pattern.compile("\"text\": \"((?:[^\"\\\\]|\\\\.)*)\", \"spans\"");
    private static final Pattern SPAN = Pattern.compile(
            "\\{\"start\": (\\d+), \"end\": (\\d+), \"type\": \"(\\w+)\"");

    record Gold(String text, List<int[]> policy, List<int[]> doc) {
    }

    private static final List<Gold> GOLD = new ArrayList<>();

    @BeforeAll
    static void read() throws IOException {
        Path file = Path.of(System.getProperty("tiqu.data", "../../shared/data"), "policy", "dev.jsonl");
        Assumptions.assumeTrue(Files.isRegularFile(file), "policy dev set not found at " + file.toAbsolutePath()
                + " (set -Dtiqu.data=DIR); skipping");
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher t = TEXT.matcher(line);
            if (!t.find()) {
                continue;
            }
            List<int[]> policy = new ArrayList<>();
            List<int[]> doc = new ArrayList<>();
            Matcher s = SPAN.matcher(line.substring(t.end()));
            while (s.find()) {
                int[] span = {Integer.parseInt(s.group(1)), Integer.parseInt(s.group(2))};
                if (s.group(3).equals("POLICY")) {
                    policy.add(span);
                } else if (s.group(3).equals("DOC")) {
                    doc.add(span);
                }
            }
            GOLD.add(new Gold(unescape(t.group(1)), policy, doc));
        }
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> sb.append(n);
            }
        }
        return sb.toString();
    }

    /** tp, predicted, gold, gold overlapped */
    private static int[] score(EntityType type) {
        int[] c = new int[4];
        for (Gold g : GOLD) {
            List<Entity> all = Spans.EXTRACTOR.extract(g.text()).entities().stream()
                    .filter(e -> e.type() == EntityType.POLICY || e.type() == EntityType.DOCUMENT).toList();
            Set<Long> predicted = new HashSet<>();
            for (Entity e : all) {
                boolean inner = all.stream().anyMatch(o -> o != e && o.start() <= e.start() && e.end() <= o.end()
                        && o.end() - o.start() > e.end() - e.start());
                if (!inner && e.type() == type) {
                    predicted.add((long) e.start() << 32 | e.end());
                }
            }
            List<int[]> gold = type == EntityType.POLICY ? g.policy() : g.doc();
            c[1] += predicted.size();
            c[2] += gold.size();
            for (int[] s : gold) {
                if (predicted.contains((long) s[0] << 32 | s[1])) {
                    c[0]++;
                }
                for (long p : predicted) {
                    if ((int) (p >>> 32) < s[1] && s[0] < (int) p) {
                        c[3]++;
                        break;
                    }
                }
            }
        }
        return c;
    }

    private static double f1(int[] c) {
        double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
        double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Test
    void policyExactF1AtLeast075() {
        int[] c = score(EntityType.POLICY);
        assertTrue(f1(c) >= 0.75, "POLICY F1 " + f1(c) + " (tp " + c[0] + ", pred " + c[1] + ", gold " + c[2] + ")");
    }

    @Test
    void policyOverlapRecallAtLeast090() {
        int[] c = score(EntityType.POLICY);
        double r = (double) c[3] / c[2];
        assertTrue(r >= 0.90, "POLICY overlap recall " + r);
    }

    @Test
    void documentExactF1AtLeast090() {
        int[] c = score(EntityType.DOCUMENT);
        assertTrue(f1(c) >= 0.90, "DOCUMENT F1 " + f1(c) + " (tp " + c[0] + ", pred " + c[1] + ", gold " + c[2] + ")");
    }
}
