package org.tiqu.internal.ner;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

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
 * cities), well-known organisations, organisation suffixes, surnames and titles. One Aho-Corasick trie maps each
 * word to a bit set of categories. Immutable; {@link #match} is safe from many threads.
 */
public final class NerLexicon {
    /** Category bits. */
    public static final int PLACE = 1, PLACE1 = 2, ORG = 4, ORGSUF = 8, SURNAME = 16, TITLE = 32, TOWN = 64,
            /** a short form of a division name (木垒 for 木垒哈萨克自治县): a feature, never a mention by itself */
            SHORT = 128,
            /** names seen in the People's Daily training split (see names.txt.gz): person, place, organisation */
            SEEN_PER = 256, SEEN_LOC = 512, SEEN_ORG = 1024;

    private static final NerLexicon DEFAULT = load();

    private final AhoCorasickDoubleArrayTrie<Integer> trie;
    private final int[] single; // categories of one-char words, by char

    private NerLexicon(TreeMap<String, Integer> words) {
        single = new int[65536];
        TreeMap<String, Integer> multi = new TreeMap<>();
        for (var e : words.entrySet()) {
            if (e.getKey().length() == 1) {
                single[e.getKey().charAt(0)] |= e.getValue();
            } else {
                multi.put(e.getKey(), e.getValue());
            }
        }
        trie = new AhoCorasickDoubleArrayTrie<>(multi);
    }

    /** @return the lexicon bundled with tiqu (loaded once) */
    public static NerLexicon get() {
        return DEFAULT;
    }

    /** Receives one lexicon match. */
    public interface Hit {
        void hit(int begin, int end, int categories);
    }

    /** Reports every multi-char lexicon word in {@code text}. */
    public void match(char[] text, Hit hit) {
        trie.parseText(text, (begin, end, value) -> hit.hit(begin, end, value));
    }

    /** @return the categories of {@code word}, 0 when unknown */
    public int categories(String word) {
        if (word.length() == 1) {
            return single[word.charAt(0)];
        }
        Integer v = trie.get(word);
        return v == null ? 0 : v;
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
        return new NerLexicon(words);
    }

    private static NerLexicon load() {
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
        return new NerLexicon(words);
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
            case "ORGSUF" -> ORGSUF;
            case "SURNAME" -> SURNAME;
            case "TITLE" -> TITLE;
            default -> throw new IllegalStateException("unknown lexicon category " + name);
        };
    }

    private static BufferedReader reader(String name, boolean gzip) throws IOException {
        InputStream in = NerLexicon.class.getResourceAsStream("/org/tiqu/ner/" + name);
        if (in == null) {
            throw new IllegalStateException("missing resource /org/tiqu/ner/" + name);
        }
        return new BufferedReader(new InputStreamReader(gzip ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8));
    }
}
