package org.tiqu.internal.ner;

import org.tiqu.EntityType;
import org.tiqu.internal.recognize.Mention;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A second look at every PERSON the tagger and the rules propose: a logistic regression over what is known of the
 * mention as a whole (where it came from, its length and shape, what the lexicon and the segmenter make of it, the
 * chars and words around it, how often the text names it) drops those it finds unlikely. The tagger reads one char
 * at a time and the rules one pattern each; neither weighs such evidence together. Trained by
 * {@code org.tiqu.bench.train.ner.TrainPersonFilter} on predictions for held-out days of the training split (each
 * from models trained without those days), so it learns from the errors the extractor makes on text it has not seen.
 * Without its resource nothing is dropped.
 */
public final class PersonFilter {
    static final String RESOURCE = "/org/tiqu/ner/person-filter.tsv.gz";

    /** Receives each PERSON mention with its features (training). */
    @FunctionalInterface
    public interface Sink {
        void accept(Mention m, List<String> features);
    }

    private final Map<String, Float> weights;
    private final float bias;
    private final float threshold;

    public PersonFilter(Map<String, Float> weights, float bias, float threshold) {
        this.weights = weights;
        this.bias = bias;
        this.threshold = threshold;
    }

    private static final PersonFilter NONE = new PersonFilter(Map.of(), 0, Float.NEGATIVE_INFINITY);

    /** Loads the bundled filter once, however many extractors are built (as the tagger is). */
    private static final class Holder {
        static final PersonFilter SHIPPED = load();

        private static PersonFilter load() {
            try (InputStream in = PersonFilter.class.getResourceAsStream(RESOURCE)) {
                return in == null ? NONE : read(new GZIPInputStream(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    /** The bundled filter, or one that keeps everything when the resource is absent or {@code -Dtiqu.ner.personFilter=false}. */
    static PersonFilter shipped() {
        return Boolean.parseBoolean(System.getProperty("tiqu.ner.personFilter", "true")) ? Holder.SHIPPED : NONE;
    }

    /** Reads lines {@code feature<TAB>weight}; the special features {@code #bias} and {@code #threshold}. */
    public static PersonFilter read(InputStream in) throws IOException {
        Map<String, Float> w = new HashMap<>();
        float bias = 0, threshold = 0;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
            int tab = line.lastIndexOf('\t');
            if (tab <= 0) {
                continue;
            }
            String f = line.substring(0, tab);
            float v = Float.parseFloat(line.substring(tab + 1));
            switch (f) {
                case "#bias" -> bias = v;
                case "#threshold" -> threshold = v;
                default -> w.put(f, v);
            }
        }
        return new PersonFilter(w, bias, threshold);
    }

    /** Log-odds that the mention with these features is a person as People's Daily marks them. */
    public double score(List<String> features) {
        double s = bias;
        for (String f : features) {
            Float v = weights.get(f);
            if (v != null) {
                s += v;
            }
        }
        return s;
    }

    /** The filter as the lines {@link #read} reads, sorted (a deterministic file). */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("#bias\t" + bias);
        out.add("#threshold\t" + threshold);
        weights.keySet().stream().sorted().forEach(f -> out.add(f + "\t" + weights.get(f)));
        return out;
    }

    boolean keepsAll() {
        return weights.isEmpty();
    }

    /** Drops the PERSON mentions scoring below the threshold; with a sink, drops nothing and reports each instead. */
    void apply(char[] c, boolean[] cut, byte[] posStart, byte[] posEnd, NerLexicon lex, List<int[]> hits,
               float[] personness, List<Mention> mentions, Sink sink) {
        if (sink == null && keepsAll() || mentions.stream().noneMatch(m -> m.type() == EntityType.PERSON)) {
            return; // no per-text arrays for a text without persons
        }
        Context ctx = new Context(c, cut, posStart, posEnd, lex, hits, personness, mentions);
        List<Mention> dropped = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.PERSON) {
                continue;
            }
            List<String> f = ctx.features(m);
            if (sink != null) {
                sink.accept(m, f);
            } else if (score(f) < threshold && !ctx.wellKnown(m)) {
                dropped.add(m);
            }
        }
        if (!dropped.isEmpty()) {
            java.util.Set<Mention> drop = new java.util.HashSet<>(dropped);
            mentions.removeIf(drop::contains);
        }
    }

    /** What the features of one text's mentions are read from. */
    static final class Context {
        private final char[] c;
        private final boolean[] cut;
        private final byte[] posStart;
        private final byte[] posEnd;
        private final NerLexicon lex;
        private final float[] personness;
        private final Map<String, Integer> personCounts = new HashMap<>();
        private final EntityRules.Overlaps places;
        private final EntityRules.Overlaps organisations;
        private final boolean[] titleEnds;
        private final boolean[] titleStarts;

        Context(char[] c, boolean[] cut, byte[] posStart, byte[] posEnd, NerLexicon lex, List<int[]> hits,
                float[] personness, List<Mention> mentions) {
            this.personness = personness;
            this.c = c;
            this.cut = cut;
            this.posStart = posStart;
            this.posEnd = posEnd;
            this.lex = lex;
            places = new EntityRules.Overlaps(c.length, mentions, m -> m.type() == EntityType.PLACE);
            organisations = new EntityRules.Overlaps(c.length, mentions, m -> m.type() == EntityType.ORGANIZATION);
            titleEnds = new boolean[c.length + 1];
            titleStarts = new boolean[c.length + 1];
            for (int[] h : hits) {
                if ((h[2] & NerLexicon.TITLE) != 0) {
                    titleEnds[h[1]] = true;
                    titleStarts[h[0]] = true;
                }
            }
            for (Mention m : mentions) {
                if (m.type() == EntityType.PERSON) {
                    personCounts.merge(new String(c, m.start(), m.length()), 1, Integer::sum);
                }
            }
        }

        List<String> features(Mention m) {
            List<String> f = new ArrayList<>(40);
            int s = m.start(), e = m.end(), len = m.length();
            String name = new String(c, s, len);
            String src = m.priority() >= Mention.Priority.RULE ? "R" : "T";
            int lb = Math.min(len, 6);
            f.add("src=" + src);
            f.add("len=" + lb);
            f.add("srclen=" + src + lb);
            int cat = lex.categories(name);
            addBit(f, cat, NerLexicon.SEEN_PER, "seenPer", src);
            addBit(f, cat, NerLexicon.SEEN_LOC, "seenLoc", src);
            addBit(f, cat, NerLexicon.SEEN_ORG, "seenOrg", src);
            addBit(f, cat, NerLexicon.PERSON, "known", src);
            addBit(f, cat, NerLexicon.PLACE | NerLexicon.TOWN | NerLexicon.SHORT, "place", src);
            addBit(f, cat, NerLexicon.ORG, "org", src);
            addBit(f, cat, NerLexicon.TITLE, "title", src);
            if (Words.common(name)) {
                f.add("common" + src);
            }
            if (Words.otherThanPerson(name)) {
                f.add("otherThanPerson" + src);
            }
            boolean sur1 = (lex.categories(c[s]) & NerLexicon.SURNAME) != 0;
            boolean sur2 = len >= 3 && (lex.categories(new String(c, s, 2)) & NerLexicon.SURNAME) != 0;
            f.add("sur=" + (sur2 ? 2 : sur1 ? 1 : 0) + "/" + lb);
            boolean han = true, translit = true, dot = false;
            for (int i = s; i < e; i++) {
                char ch = c[i];
                dot |= ch == '·' || ch == '•' || ch == '・';
                han &= EntityRules.isHan(ch);
                translit &= PersonRules.TRANSLIT[ch] || ch == '·';
            }
            f.add("shape=" + (dot ? "dot" : !han ? "nonhan" : translit ? "translit" : "han") + "/" + src);
            int words = 0;
            for (int i = s + 1; i < e; i++) {
                if (cut[i]) {
                    words++;
                }
            }
            f.add("seg=" + (cut[s] ? "c" : "x") + (cut[e] ? "c" : "x") + Math.min(words, 2));
            f.add("pS=" + posStart[s] + "/" + src);
            f.add("pE=" + posEnd[e]);
            f.add("prevPos=" + (cut[s] ? posEnd[s] : -1));
            f.add("nextPos=" + (cut[e] ? posStart[e] : -1));
            f.add("pc=" + charAt(s - 1));
            f.add("nc=" + charAt(e));
            f.add("pc2=" + charAt(s - 2) + charAt(s - 1));
            f.add("nc2=" + charAt(e) + charAt(e + 1));
            if (cut[s] && s > 0) {
                int b = s - 1;
                while (b > 0 && !cut[b] && s - b < 4) {
                    b--;
                }
                if (cut[b]) {
                    f.add("pw=" + new String(c, b, s - b));
                }
            }
            if (cut[e] && e < c.length) {
                int a = e + 1;
                while (a < c.length && !cut[a] && a - e < 4) {
                    a++;
                }
                if (cut[a]) {
                    f.add("nw=" + new String(c, e, a - e));
                }
            }
            roleFeatures(f, s, e);
            f.add("first=" + c[s]);
            f.add("last=" + c[e - 1]);
            f.add("dup=" + Math.min(personCounts.getOrDefault(name, 0), 3));
            if (titleEnds[s]) {
                f.add("titleBefore");
            }
            if (titleStarts[e]) {
                f.add("titleAfter");
            }
            float min = Float.POSITIVE_INFINITY, sum = 0;
            for (int i = s; i < e; i++) {
                min = Math.min(min, personness[i]);
                sum += personness[i];
            }
            f.add("pmin=" + bucket(min) + "/" + src);
            f.add("pmean=" + bucket(sum / len) + "/" + src);
            f.add("pout=" + (s > 0 ? bucket(personness[s - 1]) : "^") + (e < c.length ? bucket(personness[e]) : "$"));
            if (places.any(s, e)) {
                f.add("ovlPlace");
            }
            if (organisations.any(s, e)) {
                f.add("ovlOrg");
            }
            return f;
        }

        /**
         * The {@link NameRoles} buckets at the mention's edges: how much its last char ends names (and, for two
         * chars, is a one-char given name), how much its second char starts given names, how much the words before
         * and after it stand next to names; and how much its own last char follows names (即 of 李即 never ends one).
         */
        private void roleFeatures(List<String> f, int s, int e) {
            int last = NameRoles.of(c[e - 1]);
            int len = e - s;
            f.add("rD=" + (last >>> NameRoles.D & 7) + "/" + Math.min(len, 4));
            f.add("rOwnL=" + (last >>> NameRoles.L & 7) + "/" + (last >>> NameRoles.D & 7));
            if (len == 2) {
                f.add("rE=" + (last >>> NameRoles.E & 7));
            }
            if (len >= 3) {
                f.add("rC=" + (NameRoles.of(c[s + 1]) >>> NameRoles.C & 7));
            }
            String k = s > 0 ? String.valueOf(NameRoles.of(c[s - 1]) >>> NameRoles.K & 7) : "^";
            String k2 = s > 1 ? String.valueOf(NameRoles.pair(c[s - 2], c[s - 1]) & 7) : "^";
            String l = e < c.length ? String.valueOf(NameRoles.of(c[e]) >>> NameRoles.L & 7) : "$";
            String l2 = e + 1 < c.length ? String.valueOf(NameRoles.pair(c[e], c[e + 1]) >>> 3 & 7) : "$";
            f.add("rK=" + k + k2);
            f.add("rL=" + l + l2);
        }

        /** A well-known person of the curated facts is kept whatever the features say (内塔尼亚胡). */
        boolean wellKnown(Mention m) {
            return (lex.categories(new String(c, m.start(), m.length())) & NerLexicon.PERSON) != 0;
        }

        private static void addBit(List<String> f, int cat, int bit, String name, String src) {
            if ((cat & bit) != 0) {
                f.add(name + src);
            }
        }

        /** A coarse, signed, roughly logarithmic bucket of an emission score difference. */
        private static int bucket(float x) {
            int b = Math.min(31 - Integer.numberOfLeadingZeros((int) Math.abs(x) + 1), 12);
            return x < 0 ? -b : b;
        }

        private String charAt(int i) {
            if (i < 0) {
                return "^";
            }
            if (i >= c.length) {
                return "$";
            }
            char ch = c[i];
            return Character.isWhitespace(ch) ? "_" : Character.isDigit(ch) ? "0" : String.valueOf(ch);
        }
    }
}
