package org.tiqu.internal.ner;

import org.tiqu.internal.text.CharSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * How often a char served each role around Chinese names in HanLP's role-tagged corpus (its person dictionary): a
 * given name's first char (C), its last char (D), a one-char given name (E), the word just before a name (K) or just
 * after it (L); and K and L for two-char words. A feature of the tagger: 伟 is mostly a name's last char, 因 and 即
 * never are but often follow one (顾伟因病, 李即将), which a month of training text alone sees too rarely.
 * Counts are kept as log-scale buckets, 3 bits each ({@link #bucket}). Read-only after class initialisation.
 */
public final class NameRoles {
    /** Shifts of the role buckets within {@link #of(char)}. */
    static final int C = 0, D = 3, E = 6, K = 9, L = 12;
    private static final String RESOURCE = "/org/tiqu/ner/name-roles.tsv.gz";
    private static final short[] CHARS = new short[65536];
    /**
     * Two-char words as {@code first << 16 | second} (never 0: both chars are CJK) in an open-addressing table, and
     * their K / L buckets ({@code K | L << 3}); looked up for every two adjacent chars of every sentence.
     */
    private static final int[] PAIRS;
    private static final byte[] PAIR_ROLES;
    private static final int MASK;
    /** Bit per char: whether a two-char word starts with it, so most chars skip the table (which is not in cache). */
    private static final CharSet FIRST = new CharSet();

    static {
        int[] keys = new int[1 << 14];
        byte[] roles = new byte[1 << 14];
        int n = 0;
        InputStream in = NameRoles.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the class path");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                String[] f = line.split("\t");
                int[] counts = new int[5];
                try {
                    for (int i = 0; i < 5 && f.length == 6; i++) {
                        counts[i] = Integer.parseInt(f[i + 1]);
                    }
                } catch (NumberFormatException bad) {
                    f = new String[0];
                }
                if (f.length != 6) {
                    throw new IllegalStateException(RESOURCE + ": not a word and five counts: " + line);
                }
                String w = f[0];
                int c = bucket(counts[0]), d = bucket(counts[1]), e = bucket(counts[2]), k = bucket(counts[3]),
                        l = bucket(counts[4]);
                if (w.length() == 1) {
                    CHARS[w.charAt(0)] = (short) (c << C | d << D | e << E | k << K | l << L);
                } else if (w.length() == 2 && (k | l) != 0) { // pairs whose counts all bucket to 0 change nothing
                    if (n == keys.length) {
                        keys = Arrays.copyOf(keys, n * 2);
                        roles = Arrays.copyOf(roles, n * 2);
                    }
                    keys[n] = w.charAt(0) << 16 | w.charAt(1);
                    roles[n++] = (byte) (k | l << 3);
                    FIRST.add(w.charAt(0));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        int size = Integer.highestOneBit(Math.max(n, 1) * 3) * 2; // at most a third full
        PAIRS = new int[size];
        PAIR_ROLES = new byte[size];
        MASK = size - 1;
        for (int i = 0; i < n; i++) {
            int slot = slot(keys[i]);
            while (PAIRS[slot] != 0 && PAIRS[slot] != keys[i]) {
                slot = (slot + 1) & MASK;
            }
            PAIRS[slot] = keys[i];
            PAIR_ROLES[slot] = roles[i];
        }
    }

    private NameRoles() {
    }

    /**
     * Log-scale bucket of a count: 0 for fewer than 3, then 3–9, 10–49, 50–199, 200–999, 1000–4999, 5000–19999,
     * 20000+. A char seen in a name or two says little, and such a count could come from the very text being scored
     * (HanLP does not say which People's Daily days its dictionary was counted on).
     */
    static int bucket(int n) {
        return n < 3 ? 0 : n < 10 ? 1 : n < 50 ? 2 : n < 200 ? 3 : n < 1000 ? 4 : n < 5000 ? 5 : n < 20000 ? 6 : 7;
    }

    /** @return the role buckets of a char (3 bits each at {@link #C}, {@link #D}, {@link #E}, {@link #K}, {@link #L}) */
    static int of(char c) {
        return CHARS[c];
    }

    /** @return the K and L buckets of the two-char word {@code a b} ({@code K | L << 3}), 0 when it has none */
    static int pair(char a, char b) {
        if (!FIRST.has(a)) {
            return 0;
        }
        int key = a << 16 | b;
        for (int slot = slot(key); ; slot = (slot + 1) & MASK) {
            int k = PAIRS[slot];
            if (k == key) {
                return PAIR_ROLES[slot];
            }
            if (k == 0) {
                return 0;
            }
        }
    }

    private static int slot(int key) {
        return (key * 0x9E3779B9 >>> 16) & MASK;
    }
}
