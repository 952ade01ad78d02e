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

    /** The weights by {@link Keys#of} of their feature, in one open-addressing table (0 = empty slot). */
    private final long[] keys;
    private final float[] values;
    private final int mask;

    public PersonFilter(Map<String, Float> weights, float bias, float threshold) {
        this.weights = weights;
        this.bias = bias;
        this.threshold = threshold;
        int cap = Integer.highestOneBit(Math.max(4, weights.size() * 2)) << 1;
        keys = new long[cap];
        values = new float[cap];
        mask = cap - 1;
        for (Map.Entry<String, Float> e : weights.entrySet()) {
            long k = Keys.of(e.getKey());
            int i = slot(k);
            while (keys[i] != 0 && keys[i] != k) {
                i = (i + 1) & mask;
            }
            if (keys[i] == k) {
                throw new IllegalArgumentException("two features with one key: " + e.getKey());
            }
            keys[i] = k;
            values[i] = e.getValue();
        }
    }

    private int slot(long key) {
        return (int) (key ^ key >>> 32) & mask;
    }

    /** The weight of the feature with key {@code k}, 0 when it has none. */
    private float weight(long k) {
        for (int i = slot(k); keys[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == k) {
                return values[i];
            }
        }
        return 0;
    }

    /**
     * 64-bit keys of feature strings (FNV-1a over their chars), computed as the features are written, so scoring a
     * mention builds no strings: the filter reads some forty features of every person in every text.
     */
    static final class Keys {
        static final long SEED = 0xcbf29ce484222325L;
        private static final long PRIME = 0x100000001b3L;

        private Keys() {
        }

        static long add(long h, char ch) {
            return (h ^ ch) * PRIME;
        }

        static long add(long h, String s) {
            for (int i = 0; i < s.length(); i++) {
                h = add(h, s.charAt(i));
            }
            return h;
        }

        static long of(String s) {
            long h = add(SEED, s);
            return h == 0 ? 1 : h; // 0 marks an empty slot
        }
    }

    /**
     * Where a mention's features go, each written as {@code begin(name)}, then its parts, then {@link #end()}: spelt
     * out as strings (training, tests) or summed as weights (extraction). Both see the same calls, so they agree.
     */
    abstract static class Features {
        abstract Features begin(String name);

        abstract Features add(char ch);

        abstract Features add(String part);

        abstract Features add(int number);

        abstract void end();

        /** A feature without parts. */
        final void feature(String name) {
            begin(name).end();
        }
    }

    /** The features as strings. */
    static final class Spelt extends Features {
        final List<String> list = new ArrayList<>(48);
        private final StringBuilder b = new StringBuilder(16);

        @Override
        Features begin(String name) {
            b.setLength(0);
            b.append(name);
            return this;
        }

        @Override
        Features add(char ch) {
            b.append(ch);
            return this;
        }

        @Override
        Features add(String part) {
            b.append(part);
            return this;
        }

        @Override
        Features add(int number) {
            b.append(number);
            return this;
        }

        @Override
        void end() {
            list.add(b.toString());
        }
    }

    /** The sum of the features' weights, from their keys. */
    final class Summed extends Features {
        private double sum;
        private long h;

        @Override
        Features begin(String name) {
            h = Keys.SEED;
            return add(name);
        }

        @Override
        Features add(char ch) {
            h = Keys.add(h, ch);
            return this;
        }

        @Override
        Features add(String part) {
            h = Keys.add(h, part);
            return this;
        }

        @Override
        Features add(int number) {
            long v = number; // as a long, so that -Integer.MIN_VALUE is no overflow
            if (v < 0) {
                h = Keys.add(h, '-');
                v = -v;
            }
            long div = 1;
            while (v / div >= 10) {
                div *= 10;
            }
            for (; div > 0; div /= 10) {
                h = Keys.add(h, (char) ('0' + v / div % 10));
            }
            return this;
        }

        @Override
        void end() {
            sum += weight(key());
        }

        /** Starts a mention: the bias. */
        Summed reset() {
            sum = bias;
            return this;
        }

        double score() {
            return sum;
        }

        /** The key of the feature being written. */
        long key() {
            return h == 0 ? 1 : h;
        }
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
        Summed summed = new Summed();
        for (Mention m : mentions) {
            if (m.type() != EntityType.PERSON) {
                continue;
            }
            if (sink != null) {
                Spelt f = new Spelt();
                ctx.features(m, f);
                sink.accept(m, f.list);
            } else {
                ctx.features(m, summed.reset());
                if (summed.score() < threshold && !ctx.wellKnown(m)) {
                    dropped.add(m);
                }
            }
        }
        if (!dropped.isEmpty()) {
            java.util.Set<Mention> drop = new java.util.HashSet<>(dropped);
            // a name the filter keeps once is kept everywhere in the text: one occurrence may look unlikely on its
            // own (第八世|夏茸尕布|活佛 dropped, 夏茸尕布 kept elsewhere in the story). Not two chars: 贝尔 kept as a
            // person once does not make 贝尔|公司 one
            java.util.Set<String> kept = new java.util.HashSet<>();
            for (Mention m : mentions) {
                if (m.type() == EntityType.PERSON && !drop.contains(m)) {
                    kept.add(new String(c, m.start(), m.length()));
                }
            }
            drop.removeIf(m -> m.length() != 2 && kept.contains(new String(c, m.start(), m.length())));
            spareListItems(c, lex, mentions, drop);
            mentions.removeIf(drop::contains);
        }
    }

    /**
     * A Han name between two enumeration commas whose neighbours on both sides are persons the filter keeps
     * (卜仲宽、于熙钟、马长有、马介璋) is an item of the same list of names, however unlikely it looks alone (有 and 及
     * end few names: 马长有, 金冲及). A bracketed note after an item (冯淬（女）、刘德有、) is skipped over.
     */
    private static void spareListItems(char[] c, NerLexicon lex, List<Mention> mentions, java.util.Set<Mention> drop) {
        int n = c.length;
        if (drop.stream().noneMatch(m -> m.start() >= 1 && c[m.start() - 1] == '、' && listCommaAfter(c, m.end()))) {
            return; // no dropped list item: no per-text arrays
        }
        boolean[] keptEnd = new boolean[n + 1], keptStart = new boolean[n + 1];
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && !drop.contains(m)) {
                keptEnd[m.end()] = true;
                keptStart[m.start()] = true;
            }
        }
        drop.removeIf(m -> {
            int s = m.start(), e = m.end(), after = PersonRules.skipNote(c, e);
            // the name may end in a char that joins items elsewhere (金冲及), not hold one inside
            return s >= 2 && after + 1 < n && c[s - 1] == '、' && c[after] == '、'
                    && keptEnd[PersonRules.noteStart(c, s - 1)]
                    && keptStart[after + 1] && m.length() >= 2 && m.length() <= 4
                    && EntityRules.hanName(c, s, JOIN_LAST.indexOf(c[e - 1]) >= 0 ? e - 1 : e)
                    && (lex.categories(c[s]) & NerLexicon.SURNAME) != 0;
        });
    }

    private static final String JOIN_LAST = "及和与";

    /** Whether a 、 follows the item ending at e, past its bracketed note if any. */
    private static boolean listCommaAfter(char[] c, int e) {
        int after = PersonRules.skipNote(c, e);
        return after < c.length && c[after] == '、';
    }

    /** Chars that join the items of a list of names. */
    private static final String JOINS = "、和与及,";

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
        /** personEnds[i]: a person ends at i; personStarts[i]: one starts at i. */
        private final boolean[] personEnds;
        private final boolean[] personStarts;

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
            personEnds = new boolean[c.length + 1];
            personStarts = new boolean[c.length + 1];
            for (Mention m : mentions) {
                if (m.type() == EntityType.PERSON) {
                    personCounts.merge(new String(c, m.start(), m.length()), 1, Integer::sum);
                    personEnds[m.end()] = true;
                    personStarts[m.start()] = true;
                }
            }
        }

        /**
         * Whether another person stands beside the mention across one joining char (段柄仁、陶西平、洪绂曾, 孙淑伟和田亮):
         * L before it, R after it.
         */
        private void neighbours(Features f, int s, int e) {
            boolean left = s >= 2 && JOINS.indexOf(c[s - 1]) >= 0 && personEnds[s - 1];
            boolean right = e + 1 < c.length && JOINS.indexOf(c[e]) >= 0 && personStarts[e + 1];
            if (left || right) {
                f.begin("nbr=").add(left ? 'L' : '-').add(right ? 'R' : '-').end();
            }
        }

        /** The features of {@code m} as strings (tests, training). */
        List<String> features(Mention m) {
            Spelt f = new Spelt();
            features(m, f);
            return f.list;
        }

        void features(Mention m, Features f) {
            int s = m.start(), e = m.end(), len = m.length();
            String name = new String(c, s, len);
            String src = m.priority() >= Mention.Priority.RULE ? "R" : "T";
            int lb = Math.min(len, 6);
            f.begin("src=").add(src).end();
            f.begin("len=").add(lb).end();
            f.begin("srclen=").add(src).add(lb).end();
            int cat = lex.categories(name);
            addBit(f, cat, NerLexicon.SEEN_PER, "seenPer", src);
            addBit(f, cat, NerLexicon.SEEN_LOC, "seenLoc", src);
            addBit(f, cat, NerLexicon.SEEN_ORG, "seenOrg", src);
            addBit(f, cat, NerLexicon.PERSON, "known", src);
            addBit(f, cat, NerLexicon.PLACE | NerLexicon.TOWN | NerLexicon.SHORT, "place", src);
            addBit(f, cat, NerLexicon.ORG, "org", src);
            addBit(f, cat, NerLexicon.TITLE, "title", src);
            if (Words.common(name)) {
                f.begin("common").add(src).end();
            }
            if (Words.otherThanPerson(name)) {
                f.begin("otherThanPerson").add(src).end();
            }
            boolean sur1 = (lex.categories(c[s]) & NerLexicon.SURNAME) != 0;
            boolean sur2 = len >= 3 && (lex.categories(new String(c, s, 2)) & NerLexicon.SURNAME) != 0;
            f.begin("sur=").add(sur2 ? 2 : sur1 ? 1 : 0).add('/').add(lb).end();
            boolean han = true, translit = true, dot = false;
            for (int i = s; i < e; i++) {
                char ch = c[i];
                dot |= EntityRules.isDot(ch);
                han &= EntityRules.isHan(ch);
                translit &= PersonRules.TRANSLIT.has(ch) || ch == '·';
            }
            f.begin("shape=").add(dot ? "dot" : !han ? "nonhan" : translit ? "translit" : "han").add('/').add(src).end();
            int words = 0;
            for (int i = s + 1; i < e; i++) {
                if (cut[i]) {
                    words++;
                }
            }
            f.begin("seg=").add(cut[s] ? 'c' : 'x').add(cut[e] ? 'c' : 'x').add(Math.min(words, 2)).end();
            f.begin("pS=").add(posStart[s]).add('/').add(src).end();
            f.begin("pE=").add(posEnd[e]).end();
            f.begin("prevPos=").add(cut[s] ? posEnd[s] : -1).end();
            f.begin("nextPos=").add(cut[e] ? posStart[e] : -1).end();
            addCharAt(f.begin("pc="), s - 1).end();
            addCharAt(f.begin("nc="), e).end();
            addCharAt(addCharAt(f.begin("pc2="), s - 2), s - 1).end();
            addCharAt(addCharAt(f.begin("nc2="), e), e + 1).end();
            if (cut[s] && s > 0) {
                int b = s - 1;
                while (b > 0 && !cut[b] && s - b < 4) {
                    b--;
                }
                if (cut[b]) {
                    addChars(f.begin("pw="), b, s).end();
                }
            }
            if (cut[e] && e < c.length) {
                int a = e + 1;
                while (a < c.length && !cut[a] && a - e < 4) {
                    a++;
                }
                if (cut[a]) {
                    addChars(f.begin("nw="), e, a).end();
                }
            }
            roleFeatures(f, s, e);
            f.begin("first=").add(c[s]).end();
            f.begin("last=").add(c[e - 1]).end();
            f.begin("dup=").add(Math.min(personCounts.getOrDefault(name, 0), 3)).end();
            if (titleEnds[s]) {
                f.feature("titleBefore");
            }
            if (titleStarts[e]) {
                f.feature("titleAfter");
            }
            float min = Float.POSITIVE_INFINITY, sum = 0;
            for (int i = s; i < e; i++) {
                min = Math.min(min, personness[i]);
                sum += personness[i];
            }
            f.begin("pmin=").add(bucket(min)).add('/').add(src).end();
            f.begin("pmean=").add(bucket(sum / len)).add('/').add(src).end();
            f.begin("pout=");
            if (s > 0) {
                f.add(bucket(personness[s - 1]));
            } else {
                f.add('^');
            }
            if (e < c.length) {
                f.add(bucket(personness[e]));
            } else {
                f.add('$');
            }
            f.end();
            neighbours(f, s, e);
            if (places.any(s, e)) {
                f.feature("ovlPlace");
            }
            if (organisations.any(s, e)) {
                f.feature("ovlOrg");
            }
        }

        private Features addChars(Features f, int from, int to) {
            for (int i = from; i < to; i++) {
                f.add(c[i]);
            }
            return f;
        }

        /**
         * The {@link NameRoles} buckets at the mention's edges: how much its last char ends names (and, for two
         * chars, is a one-char given name), how much its second char starts given names, how much the words before
         * and after it stand next to names; and how much its own last char follows names (即 of 李即 never ends one).
         */
        private void roleFeatures(Features f, int s, int e) {
            int last = NameRoles.of(c[e - 1]);
            int len = e - s;
            f.begin("rD=").add(last >>> NameRoles.D & 7).add('/').add(Math.min(len, 4)).end();
            f.begin("rOwnL=").add(last >>> NameRoles.L & 7).add('/').add(last >>> NameRoles.D & 7).end();
            if (len == 2) {
                f.begin("rE=").add(last >>> NameRoles.E & 7).end();
            }
            if (len >= 3) {
                f.begin("rC=").add(NameRoles.of(c[s + 1]) >>> NameRoles.C & 7).end();
            }
            f.begin("rK=");
            if (s > 0) {
                f.add(NameRoles.of(c[s - 1]) >>> NameRoles.K & 7);
            } else {
                f.add('^');
            }
            if (s > 1) {
                f.add(NameRoles.pair(c[s - 2], c[s - 1]) & 7);
            } else {
                f.add('^');
            }
            f.end();
            f.begin("rL=");
            if (e < c.length) {
                f.add(NameRoles.of(c[e]) >>> NameRoles.L & 7);
            } else {
                f.add('$');
            }
            if (e + 1 < c.length) {
                f.add(NameRoles.pair(c[e], c[e + 1]) >>> 3 & 7);
            } else {
                f.add('$');
            }
            f.end();
        }

        /**
         * A well-known person of the curated facts is kept whatever the features say (内塔尼亚胡), and so is a name
         * the segmenter reads as one dotted name word of exactly the mention's span (阿不都热依木·买买提/nr, dropped
         * where a space follows it, as in a byline: People's Daily has no spaces).
         */
        boolean wellKnown(Mention m) {
            return (lex.categories(new String(c, m.start(), m.length())) & NerLexicon.PERSON) != 0
                    || PersonRules.addressedSurname(c, lex, m.start(), m.end())
                    || m.length() >= 5 && PersonRules.dottedNameWord(c, cut, posStart, lex, m.start()) == m.end()
                    || m.length() >= 3 && m.length() <= 4 && EntityRules.hanName(c, m.start(), m.end())
                    && EntityRules.startsWithAny(c, m.end(), HONOURED_AFTER);
        }

        /** Words of address and titles that follow a person's name and little else (夏茸尕布活佛, 李明同志). */
        private static final String[] HONOURED_AFTER = {"活佛", "同志", "先生", "女士", "教授", "院士", "大师"};

        private static void addBit(Features f, int cat, int bit, String name, String src) {
            if ((cat & bit) != 0) {
                f.begin(name).add(src).end();
            }
        }

        /** A coarse, signed, roughly logarithmic bucket of an emission score difference. */
        private static int bucket(float x) {
            int b = Math.min(31 - Integer.numberOfLeadingZeros((int) Math.abs(x) + 1), 12);
            return x < 0 ? -b : b;
        }

        /** The char at {@code i}: ^ before the text, $ after it, _ for a blank, 0 for any digit. */
        private Features addCharAt(Features f, int i) {
            if (i < 0) {
                return f.add('^');
            }
            if (i >= c.length) {
                return f.add('$');
            }
            char ch = c[i];
            return f.add(Character.isWhitespace(ch) ? '_' : Character.isDigit(ch) ? '0' : ch);
        }
    }
}
