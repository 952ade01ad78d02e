package org.tiqu.internal.policy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The curated policy terms of {@code org/tiqu/policy/policy-terms.txt} (sources in the README beside it).
 * Immutable.
 */
final class PolicyLexicon {
    static final String RESOURCE = "/org/tiqu/policy/policy-terms.txt";

    /** term -> true when the term is only taken inside quote marks */
    private final Map<String, Boolean> terms;

    private PolicyLexicon(Map<String, Boolean> terms) {
        this.terms = Collections.unmodifiableMap(terms);
    }

    Map<String, Boolean> terms() {
        return terms;
    }

    static PolicyLexicon load() {
        TreeMap<String, Boolean> terms = new TreeMap<>();
        try (InputStream in = PolicyLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#") || t.startsWith("@")) {
                    continue;
                }
                String[] f = line.split("\t");
                String term = f[0].strip();
                boolean quoted = f.length > 1 && f[1].strip().equals("quoted");
                if (f.length > 1 && !quoted) {
                    throw new IllegalStateException(RESOURCE + ":" + no + ": unknown flag " + f[1]);
                }
                terms.merge(term, quoted, (a, b) -> a && b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new PolicyLexicon(terms);
    }
}
