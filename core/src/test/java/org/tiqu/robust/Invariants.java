package org.tiqu.robust;

import org.tiqu.Entity;
import org.tiqu.EntityType;
import org.tiqu.Extraction;
import org.tiqu.Keyword;
import org.tiqu.Token;
import org.tiqu.internal.text.Chars;
import org.tiqu.internal.text.NormalizedText;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The offset contract every extraction must keep, whatever the input (after Lucene's
 * {@code BaseTokenStreamTestCase.assertTokenStreamContents} offset checks). Throws {@link AssertionError}
 * with the input shown escaped, so a failure can be pasted back into a test.
 */
public final class Invariants {
    private Invariants() {
    }

    /** Checks tokens, entities, keywords and length of {@code x} against {@code text}. */
    public static void check(String text, Extraction x) {
        if (x.length() != text.length()) {
            fail(text, "length " + x.length() + " != " + text.length());
        }
        checkTokens(text, x.tokens());
        checkEntities(text, x.entities());
        for (Keyword k : x.keywords()) {
            if (k.text().isEmpty() || !(k.score() >= 0 && k.score() <= 1)) {
                fail(text, "bad keyword " + k);
            }
        }
    }

    static void checkTokens(String text, List<Token> tokens) {
        int n = text.length();
        int covered = 0; // every index below this is inside a token or whitespace
        for (int t = 0; t < tokens.size(); t++) {
            Token tok = tokens.get(t);
            checkRange(text, "token " + t + " " + tok, tok.start(), tok.end());
            if (tok.start() < covered) {
                fail(text, "token " + t + " " + tok + " overlaps or precedes the previous token (ends at " + covered + ")");
            }
            for (int i = covered; i < tok.start(); i++) {
                if (!Chars.isSpace(text.charAt(i))) {
                    fail(text, "char " + i + " " + esc(String.valueOf(text.charAt(i))) + " is in no token (before token "
                            + t + " " + tok + ")");
                }
            }
            checkSurface(text, "token " + t + " " + tok, tok.text(), tok.start(), tok.end());
            covered = tok.end();
        }
        for (int i = covered; i < n; i++) {
            if (!Chars.isSpace(text.charAt(i))) {
                fail(text, "char " + i + " " + esc(String.valueOf(text.charAt(i))) + " after the last token is in no token");
            }
        }
    }

    static void checkEntities(String text, List<Entity> entities) {
        Map<EntityType, Integer> lastEnd = new EnumMap<>(EntityType.class);
        int prevStart = 0;
        for (int k = 0; k < entities.size(); k++) {
            Entity e = entities.get(k);
            checkRange(text, "entity " + k + " " + e, e.start(), e.end());
            checkSurface(text, "entity " + k + " " + e, e.text(), e.start(), e.end());
            if (e.start() < prevStart) {
                fail(text, "entity " + k + " " + e + " is out of order");
            }
            prevStart = e.start();
            Integer end = lastEnd.get(e.type());
            if (end != null && e.start() < end) {
                fail(text, "entity " + k + " " + e + " overlaps an earlier " + e.type() + " ending at " + end);
            }
            lastEnd.put(e.type(), Math.max(e.end(), end == null ? 0 : end));
            if (e.type() == EntityType.DATE ? e.value() == null || e.value().isEmpty() : e.value() != null) {
                fail(text, "entity " + k + " " + e + ": value must be set on DATE only");
            }
        }
        checkNesting(text, entities);
    }

    /** Entities of different types nest or are disjoint, never cross (one sweep over a stack of open entities). */
    static void checkNesting(String text, List<Entity> entities) {
        java.util.ArrayDeque<Entity> open = new java.util.ArrayDeque<>();
        for (Entity e : entities) {
            while (!open.isEmpty() && open.peek().end() <= e.start()) {
                open.pop();
            }
            if (!open.isEmpty() && e.end() > open.peek().end()) {
                fail(text, "entity " + e + " crosses " + open.peek());
            }
            open.push(e);
        }
    }

    private static void checkRange(String text, String what, int start, int end) {
        if (start < 0 || start >= end || end > text.length()) {
            fail(text, what + " violates 0 <= start < end <= " + text.length());
        }
        if (Chars.isSpace(text.charAt(start)) || Chars.isSpace(text.charAt(end - 1))) {
            fail(text, what + " starts or ends with whitespace");
        }
        if (splitsPair(text, start) || splitsPair(text, end)) {
            fail(text, what + " cuts a surrogate pair");
        }
    }

    private static boolean splitsPair(String text, int at) {
        return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
                && Character.isLowSurrogate(text.charAt(at));
    }

    private static void checkSurface(String text, String what, String got, int start, int end) {
        String want = NormalizedText.surface(text, start, end);
        if (!want.equals(got)) {
            fail(text, what + ": text " + esc(got) + " != surface of the slice " + esc(want));
        }
        if (got.isEmpty()) {
            fail(text, what + ": empty text");
        }
    }

    private static void fail(String text, String message) {
        throw new AssertionError(message + "\n  input (" + text.length() + " chars): \"" + esc(text) + "\"");
    }

    /** Java-escapes everything outside printable ASCII and Han, so the input can be pasted into a test. */
    public static String esc(String s) {
        StringBuilder sb = new StringBuilder();
        int limit = Math.min(s.length(), 2000);
        for (int i = 0; i < limit; i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if ((c >= 0x20 && c < 0x7F) || Chars.isHan(c)) {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04X", (int) c));
            }
        }
        if (limit < s.length()) {
            sb.append("...");
        }
        return sb.toString();
    }
}
