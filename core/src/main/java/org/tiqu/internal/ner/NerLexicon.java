package org.tiqu.internal.ner;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import org.tiqu.internal.text.WordTrie;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Real-world facts the recognizer leans on: place names (China's administrative divisions, countries, world
 * cities), well-known organisations, organisation suffixes, surnames and titles. One {@link WordTrie} maps each
 * word to a bit set of categories. Immutable; {@link #match} is safe from many threads.
 */
public final class NerLexicon {
    /** Category bits. */
    public static final int PLACE = 1, PLACE1 = 2, ORG = 4, ORGSUF = 8, SURNAME = 16, TITLE = 32, TOWN = 64,
            /**
             * a short form of a division name (木垒 for 木垒哈萨克自治县), a region written like a common word, or the
             * head of organisation names (工商银行): a feature, never a mention by itself
             */
            SHORT = 128,
            /** names seen in the People's Daily training split (see names.txt.gz): person, place, organisation */
            SEEN_PER = 256, SEEN_LOC = 512, SEEN_ORG = 1024,
            /** well-known people (伽利略, 济公, 内塔尼亚胡): rules only, no feature of the tagger */
            PERSON = 2048;
    /**
     * An ordinary word of HanLP's core dictionary (two chars or more, never tagged as a name): a feature of the
     * tagger ({@link NerFeatures}), kept in this automaton so one pass finds both; never reported by {@link #match}.
     */
    static final int COMMON = 1 << 30;

    /** Loads the bundled lexicon on first use (after every static field above it is set). */
    private static final class Holder {
        static final NerLexicon DEFAULT = load();
    }

    private final WordTrie trie;
    private final int[] single; // categories of one-char words, by char

    private final byte[] given; // how often a char is a given-name char of a person seen in training (capped)
    private final short[] surnames; // how often a char is the surname of a person seen in training (capped)

    private NerLexicon(TreeMap<String, Integer> words) {
        this(WordTrie.of(multi(words)), single(words), new byte[65536], new short[65536]);
        for (var e : words.entrySet()) {
            countGiven(e.getKey(), e.getValue(), single, given, surnames);
        }
    }

    private NerLexicon(WordTrie trie, int[] single, byte[] given, short[] surnames) {
        this.trie = trie;
        this.single = single;
        this.given = given;
        this.surnames = surnames;
    }

    /**
     * Counts the given-name chars of a seen three-char person name with a one-char surname (褚时健: 时, 健), and its
     * surname (褚).
     */
    private static void countGiven(CharSequence w, int categories, int[] single, byte[] given, short[] surnames) {
        if (w.length() == 3 && (categories & SEEN_PER) != 0 && (single[w.charAt(0)] & SURNAME) != 0) {
            if (surnames[w.charAt(0)] < Short.MAX_VALUE) {
                surnames[w.charAt(0)]++;
            }
            for (int i = 1; i < 3; i++) {
                char ch = w.charAt(i);
                if (given[ch] < Byte.MAX_VALUE) {
                    given[ch]++;
                }
            }
        }
    }

    /**
     * @return how many three-char person names of the training split (names.txt.gz) have {@code ch} in their given
     * name (at most 127)
     */
    int givenNameCount(char ch) {
        return given[ch];
    }

    /** @return how many three-char person names of the training split have the surname {@code ch} */
    int surnameCount(char ch) {
        return surnames[ch];
    }

    /** {@link #surnameCount} + 1 summed over the surname chars, then givenNameCount + 1 over all Han chars; lazily. */
    private volatile double[] nameTotals;

    /** @return the sum over surname chars of {@link #surnameCount} + 1 (a denominator for surname probabilities) */
    double surnameTotal() {
        return nameTotals()[0];
    }

    /** @return the sum over Han chars of {@link #givenNameCount} + 1 (a denominator for given-name probabilities) */
    double givenNameTotal() {
        return nameTotals()[1];
    }

    private double[] nameTotals() {
        double[] t = nameTotals;
        if (t == null) {
            double sur = 0, givenNames = 0;
            for (char ch = '\u4E00'; ch <= '\u9FFF'; ch++) {
                if ((single[ch] & SURNAME) != 0) {
                    sur += surnames[ch] + 1;
                }
                givenNames += given[ch] + 1;
            }
            t = new double[]{sur, givenNames};
            nameTotals = t; // a benign race: every thread computes the same values
        }
        return t;
    }

    private static int[] single(TreeMap<String, Integer> words) {
        int[] single = new int[65536];
        for (var e : words.entrySet()) {
            if (e.getKey().length() == 1) {
                single[e.getKey().charAt(0)] |= e.getValue();
            }
        }
        return single;
    }

    private static TreeMap<String, Integer> multi(TreeMap<String, Integer> words) {
        TreeMap<String, Integer> multi = new TreeMap<>();
        for (var e : words.entrySet()) {
            if (e.getKey().length() > 1) {
                multi.put(e.getKey(), e.getValue());
            }
        }
        return multi;
    }

    /** @return the lexicon bundled with tiqu (loaded once) */
    public static NerLexicon get() {
        return Holder.DEFAULT;
    }

    /** Receives one lexicon match. */
    public interface Hit {
        void hit(int begin, int end, int categories);
    }

    /** Reports every multi-char lexicon word in {@code text}. */
    public void match(char[] text, Hit hit) {
        trie.match(text, (begin, end, value) -> {
            int cat = value & ~COMMON;
            if (cat != 0) {
                hit.hit(begin, end, cat);
            }
        });
    }

    /** As {@link #match}, also reporting the {@link #COMMON} words (their categories include that bit). */
    void matchAll(char[] text, Hit hit) {
        trie.match(text, hit::hit);
    }

    /** @return the categories of {@code word}, 0 when unknown */
    public int categories(String word) {
        if (word.length() == 1) {
            return single[word.charAt(0)];
        }
        return trie.get(word, 0) & ~COMMON;
    }

    /** @return the categories of the one-char word {@code c} */
    public int categories(char c) {
        return single[c];
    }

    /**
     * The bundled facts plus the given names seen in training ({@code word -> SEEN_* bits}) instead of the bundled
     * names.txt.gz: for the trainer's jackknife, where each part of the corpus sees only names from the others.
     */
    public static NerLexicon withSeenNames(java.util.Map<String, Integer> seen) {
        TreeMap<String, Integer> words = facts();
        for (var e : seen.entrySet()) {
            words.merge(e.getKey(), e.getValue(), (a, b) -> a | b);
        }
        addCommonWords(words);
        return new NerLexicon(words);
    }

    /** Name of the compiled lexicon resource (see {@link #writeCompiled}). */
    static final String COMPILED = "lexicon.bin.gz";
    private static final int MAGIC = 0x74714C5A; // "tqLZ": every word with its categories, COMMON words included
    private static final String[] SOURCES = {"facts.txt", "divisions.txt.gz", "names.txt.gz"};

    /**
     * The bundled lexicon: from the compiled automaton when it was compiled from exactly the bundled sources (their
     * checksum matches), else built from the sources (slower: building the automaton is most of tiqu's start-up).
     */
    private static NerLexicon load() {
        try {
            NerLexicon compiled = readCompiled(sourcesChecksum());
            return compiled != null ? compiled : build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tiqu's NER lexicon", e);
        }
    }

    /** CRC-32 over the raw bytes of the source resources, in order. */
    static long sourcesChecksum() throws IOException {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        for (String name : SOURCES) {
            try (InputStream in = resource(name)) {
                crc.update(in.readAllBytes());
            }
        }
        return crc.getValue();
    }

    /** @return the compiled lexicon, or null when there is none or it was compiled from other sources */
    static NerLexicon readCompiled(long checksum) throws IOException {
        InputStream raw = NerLexicon.class.getResourceAsStream("/org/tiqu/ner/" + COMPILED);
        if (raw == null) {
            return null;
        }
        byte[] bytes;
        try (InputStream in = new GZIPInputStream(raw, 1 << 16)) {
            bytes = in.readAllBytes();
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
        if (b.getInt() != MAGIC || b.getLong() != checksum) {
            return null;
        }
        int[] single = new int[65536];
        for (int k = b.getInt(); k > 0; k--) {
            char c = b.getChar();
            single[c] = b.getInt();
        }
        // the multi-char words in sorted order, each as (chars shared with the previous word, the rest, categories)
        int count = b.getInt();
        char[] w = new char[256];
        WordTrie trie = new WordTrie(b.remaining());
        byte[] given = new byte[65536];
        short[] surnames = new short[65536];
        for (int k = 0; k < count; k++) {
            int shared = b.get() & 0xFF, rest = b.get() & 0xFF;
            for (int i = 0; i < rest; i++) {
                w[shared + i] = b.getChar();
            }
            int categories = b.getInt();
            trie.add(w, shared + rest, categories);
            if (shared + rest == 3) {
                countGiven(java.nio.CharBuffer.wrap(w, 0, 3), categories, single, given, surnames);
            }
        }
        if (b.hasRemaining()) {
            return null;
        }
        return new NerLexicon(trie.compact(), single, given, surnames);
    }

    /**
     * Writes the bundled lexicon's automaton, ready to load, with the checksum of the sources it was built from.
     * Regenerate {@code core/src/main/resources/org/tiqu/ner/lexicon.bin.gz} after any change to facts.txt,
     * divisions.txt.gz or names.txt.gz (a test fails while it is stale):
     * <pre>
     * mvn -q -o -DskipTests package
     * java -cp benchmarks/target/benchmarks.jar org.tiqu.bench.train.ner.CompileLexicon core/src/main/resources/org/tiqu/ner/lexicon.bin.gz
     * </pre>
     */
    public static void writeCompiled(java.io.OutputStream os) throws IOException {
        TreeMap<String, Integer> words = sources();
        int[] single = single(words);
        TreeMap<String, Integer> multi = multi(words);
        java.io.DataOutputStream out = new java.io.DataOutputStream(new java.io.BufferedOutputStream(os, 1 << 16));
        out.writeInt(MAGIC);
        out.writeLong(sourcesChecksum());
        int k = 0;
        for (int v : single) {
            k += v != 0 ? 1 : 0;
        }
        out.writeInt(k);
        for (int c = 0; c < single.length; c++) {
            if (single[c] != 0) {
                out.writeChar(c);
                out.writeInt(single[c]);
            }
        }
        out.writeInt(multi.size());
        String previous = "";
        for (var e : multi.entrySet()) {
            String w = e.getKey();
            if (w.length() > 255) {
                throw new IOException("lexicon word too long: " + w);
            }
            int shared = 0;
            while (shared < Math.min(w.length(), previous.length()) && w.charAt(shared) == previous.charAt(shared)) {
                shared++;
            }
            out.writeByte(shared);
            out.writeByte(w.length() - shared);
            out.writeChars(w.substring(shared));
            out.writeInt(e.getValue());
            previous = w;
        }
        out.flush();
    }

    /** Builds the lexicon from its sources. */
    static NerLexicon build() {
        return new NerLexicon(sources());
    }

    /**
     * Adds the {@link #COMMON} words: every word of HanLP's core dictionary of two chars or more, none of whose tags
     * is a name tag (nr/ns/nt), made only of chars U+0020..U+9FFF (what the tagger's features look at).
     */
    static void addCommonWords(TreeMap<String, Integer> words) {
        TrieKeys.forEach(CoreDictionary.trie, 256, c -> c >= 0x20 && c <= 0x9FFF, (w, a) -> {
            if (w.length() >= 2 && !isName(a)) {
                words.merge(w, COMMON, (x, y) -> x | y);
            }
        });
    }

    private static boolean isName(CoreDictionary.Attribute a) {
        for (com.hankcs.hanlp.corpus.tag.Nature n : a.nature) {
            String t = n == null ? "" : n.toString();
            if (t.startsWith("nr") || t.startsWith("ns") || t.startsWith("nt")) {
                return true;
            }
        }
        return false;
    }

    private static TreeMap<String, Integer> sources() {
        TreeMap<String, Integer> words = sourceWords();
        addCommonWords(words);
        return words;
    }

    private static TreeMap<String, Integer> sourceWords() {
        TreeMap<String, Integer> words = facts();
        try (BufferedReader r = reader("names.txt.gz", true)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                words.merge(line.substring(0, tab), seenCategory(line.substring(tab + 1)), (a, b) -> a | b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tiqu's NER lexicon", e);
        }
        return words;
    }

    /** SEEN_* bits of a names.txt.gz type field: any of P, L, O. */
    public static int seenCategory(String types) {
        int cat = 0;
        for (int i = 0; i < types.length(); i++) {
            char t = types.charAt(i);
            cat |= t == 'P' ? SEEN_PER : t == 'L' ? SEEN_LOC : t == 'O' ? SEEN_ORG : 0;
        }
        return cat;
    }

    private static TreeMap<String, Integer> facts() {
        TreeMap<String, Integer> words = new TreeMap<>();
        try {
            try (BufferedReader r = reader("facts.txt", false)) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    int tab = line.indexOf('\t');
                    int cat = category(line.substring(0, tab));
                    for (String w : line.substring(tab + 1).split(" ")) {
                        if (!w.isEmpty()) {
                            words.merge(w, cat, (a, b) -> a | b);
                        }
                    }
                }
            }
            try (BufferedReader r = reader("divisions.txt.gz", true)) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.startsWith("#")) {
                        continue;
                    }
                    int tab = line.indexOf('\t');
                    char level = line.charAt(tab + 1);
                    int cat = level == 'T' ? TOWN : level == 'S' ? PLACE | SHORT : PLACE;
                    // a short form never shadows a full name of the curated facts (新疆 is both)
                    words.merge(line.substring(0, tab), cat,
                            (a, b) -> (a & PLACE) != 0 ? a | (b & ~SHORT) : a | b);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tiqu's NER lexicon", e);
        }
        return words;
    }

    private static int category(String name) {
        return switch (name) {
            case "PLACE" -> PLACE;
            case "PLACE1" -> PLACE1;
            case "AREA" -> PLACE | SHORT;
            case "ORG" -> ORG;
            case "ORGHEAD" -> ORG | SHORT;
            case "ORGSUF" -> ORGSUF;
            case "SURNAME" -> SURNAME;
            case "TITLE" -> TITLE;
            case "PERSON" -> PERSON;
            default -> throw new IllegalStateException("unknown lexicon category " + name);
        };
    }

    private static InputStream resource(String name) {
        InputStream in = NerLexicon.class.getResourceAsStream("/org/tiqu/ner/" + name);
        if (in == null) {
            throw new IllegalStateException("missing resource /org/tiqu/ner/" + name);
        }
        return in;
    }

    private static BufferedReader reader(String name, boolean gzip) throws IOException {
        InputStream in = resource(name);
        return new BufferedReader(new InputStreamReader(gzip ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8));
    }
}
