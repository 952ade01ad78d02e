package org.tiqu.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Traditional-script chars and the simplified char the models know them by (國 → 国, 臺 → 台, 衞 → 卫), one char
 * for one so that offsets stay one to one. Only chars that simplified text does not use are listed (see
 * {@code org.tiqu.bench.train.BuildTraditional}, which writes the table from OpenCC's tables in HanLP's jar), so
 * simplified text passes unchanged. Immutable after class initialization.
 */
public final class TraditionalChars {
    static final String RESOURCE = "/org/tiqu/text/traditional.txt";

    /** Bit per char: it has a conversion (8 KB; simplified text mostly reads only this). */
    private static final long[] LISTED = new long[1024];
    private static final char[] FROM, TO;

    static {
        StringBuilder from = new StringBuilder(), to = new StringBuilder();
        try (InputStream in = TraditionalChars.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                if (line.length() != 2 || from.length() > 0 && line.charAt(0) <= from.charAt(from.length() - 1)) {
                    throw new IllegalStateException(RESOURCE + ": not a sorted line of two chars: " + line);
                }
                from.append(line.charAt(0));
                to.append(line.charAt(1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FROM = from.toString().toCharArray();
        TO = to.toString().toCharArray();
        for (char c : FROM) {
            LISTED[c >>> 6] |= 1L << c;
        }
    }

    private TraditionalChars() {
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
