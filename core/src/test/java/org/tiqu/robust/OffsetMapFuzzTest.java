package org.tiqu.robust;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.tiqu.Entity;
import org.tiqu.Extraction;
import org.tiqu.Token;

import java.util.List;
import java.util.Random;

/**
 * Metamorphic offset checks: edits that the normalizer must undo (zero-width characters, CRLF for LF,
 * full-width for ASCII letters and digits) may move offsets but change nothing else. Each edited input's
 * result is compared with the plain input's result mapped through the edit, so an offset that is off by
 * one anywhere fails, not only one that breaks the token contract.
 */
@AddLifecycleHook(FuzzTries.class)
class OffsetMapFuzzTest {

    @Property
    @FuzzTries.Share(0.08)
    void zeroWidthCharsOnlyShiftOffsets(@ForAll("text") String text, @ForAll long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        int[] map = new int[text.length() + 1]; // plain offset -> edited offset
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean inPair = i > 0 && Character.isHighSurrogate(text.charAt(i - 1)) && Character.isLowSurrogate(c);
            boolean inCrlf = i > 0 && text.charAt(i - 1) == '\r' && c == '\n';
            if (!inPair && !inCrlf && r.nextInt(3) == 0) {
                sb.append("\u200B\u200C\u200D\u2060\uFEFF".charAt(r.nextInt(5)));
            }
            map[i] = sb.length();
            sb.append(c);
        }
        map[text.length()] = sb.length();
        String edited = sb.toString();
        assertMapped(text, edited, map);
    }

    @Property
    @FuzzTries.Share(0.05)
    void crlfOnlyShiftsOffsets(@ForAll("text") String text) {
        StringBuilder sb = new StringBuilder();
        int[] map = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && (i == 0 || text.charAt(i - 1) != '\r')) {
                sb.append('\r');
            }
            map[i] = sb.length();
            sb.append(c);
        }
        map[text.length()] = sb.length();
        assertMapped(text, sb.toString(), map);
    }

    @Property
    @FuzzTries.Share(0.05)
    void fullWidthLettersAndDigitsChangeNothing(@ForAll("text") String text) {
        StringBuilder sb = new StringBuilder();
        int[] map = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            map[i] = i;
            boolean alnum = c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
            sb.append(alnum ? (char) (c + 0xFEE0) : c);
        }
        map[text.length()] = text.length();
        assertMapped(text, sb.toString(), map);
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.oneOf(Adversarial.text(), Adversarial.mutated());
    }

    /** Extraction of {@code edited} equals that of {@code plain} with every offset o moved to map[o]. */
    static void assertMapped(String plain, String edited, int[] map) {
        Extraction a = Shared.extractor().extract(plain);
        Extraction b = Shared.extractor().extract(edited);
        Invariants.check(edited, b);
        String where = "\n  plain:  \"" + Invariants.esc(plain) + "\"\n  edited: \"" + Invariants.esc(edited) + "\"";
        List<Token> ta = a.tokens();
        List<Token> tb = b.tokens();
        if (ta.size() != tb.size()) {
            throw new AssertionError("token count " + ta.size() + " != " + tb.size() + "\n  " + ta + "\n  " + tb + where);
        }
        for (int k = 0; k < ta.size(); k++) {
            Token x = ta.get(k);
            Token y = tb.get(k);
            if (map[x.start()] != y.start() || map[x.end() - 1] + 1 != y.end() || !x.text().equals(y.text())
                    || !x.pos().equals(y.pos())) {
                throw new AssertionError("token " + k + " " + x + " became " + y + where);
            }
        }
        List<Entity> ea = a.entities();
        List<Entity> eb = b.entities();
        if (ea.size() != eb.size()) {
            throw new AssertionError("entities " + ea + " became " + eb + where);
        }
        for (int k = 0; k < ea.size(); k++) {
            Entity x = ea.get(k);
            Entity y = eb.get(k);
            if (x.type() != y.type() || map[x.start()] != y.start() || map[x.end() - 1] + 1 != y.end()
                    || !x.text().equals(y.text()) || !java.util.Objects.equals(x.value(), y.value())) {
                throw new AssertionError("entity " + k + " " + x + " became " + y + where);
            }
        }
        // keywords carry no offsets; their ranking may weigh positions in the original text, so they are not compared
    }
}
