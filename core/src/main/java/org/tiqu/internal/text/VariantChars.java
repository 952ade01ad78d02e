package org.tiqu.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Chars the models never saw and the char they know in their place, one for one so that offsets stay one to one:
 * traditional-script chars (國 → 国, 臺 → 台, 衞 → 卫; {@code traditional.txt}, written by
 * {@code org.tiqu.bench.train.BuildTraditional} from OpenCC's tables in HanLP's jar) and CJK radicals that text
 * copied out of PDFs holds for ideographs (⼈ → 人, ⺠ → 民; {@code radicals.txt}, from Unicode's
 * EquivalentUnifiedIdeograph, {@code BuildRadicals}). Only chars that simplified text does not use are listed, so
 * simplified text passes unchanged. Immutable after class initialization.
 */
public final class VariantChars {
    static final String[] RESOURCES = {"/org/tiqu/text/traditional.txt", "/org/tiqu/text/radicals.txt"};

    /** Bit per char: it has a conversion (8 KB; simplified text mostly reads only this). */
    private static final long[] LISTED = new long[1024];
    private static final char[] FROM, TO;

    static {
        java.util.TreeMap<Character, Character> map = new java.util.TreeMap<>();
        for (String resource : RESOURCES) {
            try (InputStream in = VariantChars.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing from the class path");
                }
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (line.isEmpty() || line.charAt(0) == '#') {
                        continue;
                    }
                    if (line.length() != 2 || map.put(line.charAt(0), line.charAt(1)) != null) {
                        throw new IllegalStateException(resource + ": not a line of two chars, or a char listed twice: "
                                + line);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        FROM = new char[map.size()];
        TO = new char[map.size()];
        int k = 0;
        for (var e : map.entrySet()) {
            FROM[k] = e.getKey();
            TO[k++] = e.getValue();
            LISTED[e.getKey() >>> 6] |= 1L << e.getKey();
        }
    }

    private VariantChars() {
    }

    /** @return the simplified char for traditional char {@code c}, or {@code c} itself */
    public static char simplified(char c) {
        if ((LISTED[c >>> 6] & 1L << c) == 0) {
            return c;
        }
        return TO[Arrays.binarySearch(FROM, c)];
    }

    /** @return {@code s} with each listed char converted; {@code s} itself when it has none */
    public static String simplified(String s) {
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char t = simplified(c);
            if (t != c) {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[i] = t;
            }
        }
        return out == null ? s : new String(out);
    }

    /** @return how many chars the table converts */
    public static int size() {
        return FROM.length;
    }
}
