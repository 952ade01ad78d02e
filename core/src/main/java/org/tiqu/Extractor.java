package org.tiqu;

import org.tiqu.internal.date.DateRecognizer;
import org.tiqu.internal.date.ReferenceDates;
import org.tiqu.internal.keywords.KeywordRanker;
import org.tiqu.internal.lexicon.UserLexicon;
import org.tiqu.internal.ner.NerRecognizer;
import org.tiqu.internal.policy.DocumentRecognizer;
import org.tiqu.internal.policy.PolicyRecognizer;
import org.tiqu.internal.recognize.Document;
import org.tiqu.internal.recognize.Mention;
import org.tiqu.internal.recognize.Recognizer;
import org.tiqu.internal.resolve.Resolver;
import org.tiqu.internal.seg.Segmenter;
import org.tiqu.internal.seg.Word;
import org.tiqu.internal.text.NormalizedText;
import org.tiqu.internal.text.Normalizer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Extracts tokens, entities and keywords from Chinese text. Build one with {@link #builder()} (or
 * {@link #defaults()}) and share it: {@link #extract(String)} and {@link #extractAll(List)} are safe to call from
 * many threads at once.
 *
 * <pre>{@code
 * Extractor extractor = Extractor.builder().referenceDate(LocalDate.of(2023, 8, 16)).build();
 * for (Entity e : extractor.extract(text).entities()) { ... e.type(), e.text(), e.start(), e.end(), e.value() }
 * }</pre>
 */
public final class Extractor {
    /** Keywords per document unless the builder says otherwise. */
    public static final int DEFAULT_KEYWORDS = 10;

    private final LocalDate referenceDate;
    private final boolean findReferenceDate;
    private final int keywordCount;
    private final Segmenter segmenter;
    private final List<Recognizer> recognizers;
    private final KeywordRanker keywordRanker;

    private Extractor(Builder b) {
        this.referenceDate = b.referenceDate;
        this.findReferenceDate = b.findReferenceDate;
        this.keywordCount = b.keywordCount;
        this.segmenter = Segmenter.shipped();
        List<Recognizer> rs = new ArrayList<>();
        rs.add(new NerRecognizer());
        rs.add(new DateRecognizer());
        rs.add(new PolicyRecognizer());
        rs.add(new DocumentRecognizer());
        UserLexicon lexicon = UserLexicon.load(b.lexicons);
        if (lexicon.size() > 0) {
            rs.add(lexicon);
        }
        this.recognizers = List.copyOf(rs);
        this.keywordRanker = new KeywordRanker();
        segmenter.awaitLoaded(); // models load in the background while NER loads; build() still fails fast
    }

    /** @return an extractor with default settings: no fixed reference date (found in the text where possible) */
    public static Extractor defaults() {
        return builder().build();
    }

    /** @return a builder for a configured extractor */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Extracts everything from {@code text}.
     *
     * @param text any string; offsets in the result index into it
     * @return the tokens, entities and keywords of {@code text}
     * @throws NullPointerException when {@code text} is null
     */
    public Extraction extract(String text) {
        Objects.requireNonNull(text, "text must not be null");
        return extractChunk(new String[]{text})[0];
    }

    /**
     * Extracts everything from each of {@code texts}: the same results as {@link #extract(String)} on each, in the
     * same order, but faster on many documents (1.2–1.45 times the chars per second on short news items), because
     * each stage (segmenter, tagger, date rules, keywords) runs over a chunk of documents in turn while its tables are
     * in the CPU's caches, instead of all stages taking turns on every document. Chunks hold about 256 K chars (at
     * most 4,096 documents), so memory stays bounded for a list of any length; a longer document is a chunk of its
     * own.
     *
     * @param texts the documents; offsets in each result index into its document
     * @return one extraction per document, in order (an unmodifiable list)
     * @throws NullPointerException when {@code texts} or one of its documents is null (naming its index)
     */
    public List<Extraction> extractAll(List<String> texts) {
        Objects.requireNonNull(texts, "texts must not be null");
        String[] all = texts.toArray(new String[0]);
        for (int i = 0; i < all.length; i++) {
            if (all[i] == null) {
                throw new NullPointerException("texts[" + i + "] must not be null");
            }
        }
        Extraction[] out = new Extraction[all.length];
        for (int from = 0, to; from < all.length; from = to) {
            long chars = all[from].length();
            to = from + 1;
            while (to < all.length && to - from < CHUNK_DOCUMENTS && chars + all[to].length() <= CHUNK_CHARS) {
                chars += all[to++].length();
            }
            Extraction[] chunk = extractChunk(java.util.Arrays.copyOfRange(all, from, to));
            System.arraycopy(chunk, 0, out, from, chunk.length);
        }
        return List.of(out);
    }

    /**
     * Chars per chunk of {@link #extractAll}. Larger chunks were faster up to this size (by 6% over 64 K, 2.5% over
     * 128 K); the working memory of a chunk is small beside the results (2,000 documents in one call ran in the
     * same 80 MB heap with 64 K or 256 K chunks).
     */
    private static final int CHUNK_CHARS = 262_144;
    /** At most this many documents per chunk: a list of many tiny or empty texts keeps its working state small. */
    private static final int CHUNK_DOCUMENTS = 4_096;

    /** Every stage over all of {@code texts} before the next stage: one stage's tables stay in the caches. */
    private Extraction[] extractChunk(String[] texts) {
        int n = texts.length;
        NormalizedText[] norms = new NormalizedText[n];
        for (int i = 0; i < n; i++) {
            norms[i] = Normalizer.normalize(texts[i]);
        }
        Document[] docs = new Document[n];
        Extraction.ReferenceSource[] sources = new Extraction.ReferenceSource[n];
        String[] cleaned = new String[n];
        for (int i = 0; i < n; i++) {
            cleaned[i] = norms[i].text();
        }
        List<List<Word>> wordsOf = segmenter.segmentAll(cleaned);
        for (int i = 0; i < n; i++) {
            List<Word> words = wordsOf.get(i);
            LocalDate ref = referenceDate;
            sources[i] = ref == null ? null : Extraction.ReferenceSource.OPTION;
            if (ref == null && findReferenceDate) {
                ref = ReferenceDates.find(norms[i].text()).orElse(null);
                sources[i] = ref == null ? null : Extraction.ReferenceSource.TEXT;
            }
            docs[i] = new Document(norms[i], words, ref);
        }
        @SuppressWarnings("unchecked")
        List<Mention>[] mentions = new List[n];
        for (int i = 0; i < n; i++) {
            mentions[i] = new ArrayList<>();
        }
        for (Recognizer r : recognizers) {
            r.recognizeAll(docs, mentions);
        }
        @SuppressWarnings("unchecked")
        List<Entity>[] entities = new List[n];
        for (int i = 0; i < n; i++) {
            entities[i] = Resolver.resolve(norms[i], mentions[i]);
        }
        Extraction[] out = new Extraction[n];
        for (int i = 0; i < n; i++) {
            List<Keyword> keywords = keywordRanker.rank(docs[i], entities[i], keywordCount);
            out[i] = new Extraction(texts[i].length(), tokens(texts[i], norms[i], docs[i].words()), entities[i],
                    keywords, docs[i].referenceDate(), sources[i]);
        }
        return out;
    }

    /**
     * The words as tokens, their offsets mapped back into {@code text}; and a token of its own (pos {@code x}) for
     * each run of visible chars the models did not see (a page number inside a sentence), so tokens cover them too.
     */
    private static List<Token> tokens(String text, NormalizedText norm, List<Word> words) {
        int[] dropped = norm.droppedRanges();
        List<Token> tokens = new ArrayList<>(words.size() + dropped.length / 2);
        int d = 0;
        for (Word w : words) {
            int start = norm.toOriginalStart(w.start());
            int end = norm.toOriginalEnd(w.end());
            for (; d < dropped.length && dropped[d] < start; d += 2) {
                addDropped(text, dropped[d], dropped[d + 1], tokens);
            }
            tokens.add(new Token(NormalizedText.surface(text, start, end, w.text()), start, end, w.pos()));
        }
        for (; d < dropped.length; d += 2) {
            addDropped(text, dropped[d], dropped[d + 1], tokens);
        }
        return tokens;
    }

    /** The dropped range as a token, unless the last token covers it (a word the page number cut: 融合—3—发展). */
    private static void addDropped(String text, int start, int end, List<Token> tokens) {
        if (tokens.isEmpty() || tokens.get(tokens.size() - 1).end() <= start) {
            tokens.add(new Token(NormalizedText.surface(text, start, end), start, end, "x"));
        }
    }

    /** @return the reference date given to the builder, or null */
    public LocalDate referenceDate() {
        return referenceDate;
    }

    /** Configures an {@link Extractor}. Not thread-safe; the extractor it builds is. */
    public static final class Builder {
        private LocalDate referenceDate;
        private boolean findReferenceDate = true;
        private int keywordCount = DEFAULT_KEYWORDS;
        private final List<Path> lexicons = new ArrayList<>();

        private Builder() {
        }

        /**
         * Resolves relative and partial dates (今年, 8月15日) against {@code date}, usually the publication date.
         *
         * @param date the reference date; null to find it in each document's text instead
         * @return this builder
         * @throws IllegalArgumentException for a date outside years 1 to 9999
         */
        public Builder referenceDate(LocalDate date) {
            if (date != null && (date.getYear() < 1 || date.getYear() > 9999)) {
                throw new IllegalArgumentException("reference date must lie in years 1 to 9999, got " + date);
            }
            this.referenceDate = date;
            return this;
        }

        /**
         * Whether a document's own masthead or dateline may supply the reference date when none was given.
         * Default true.
         */
        public Builder findReferenceDate(boolean enabled) {
            this.findReferenceDate = enabled;
            return this;
        }

        /**
         * Adds a lexicon file of the caller's own words ({@code word<TAB>TYPE}, or {@code word<TAB>DATE<TAB>value}).
         * Its words win over the statistics, for this extractor only.
         *
         * @throws NullPointerException when {@code path} is null
         */
        public Builder lexicon(Path path) {
            lexicons.add(Objects.requireNonNull(path, "lexicon path must not be null"));
            return this;
        }

        /**
         * How many keywords each extraction carries (default {@value #DEFAULT_KEYWORDS_TEXT}).
         *
         * @throws IllegalArgumentException when negative
         */
        public Builder keywords(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("keyword count must not be negative, got " + count);
            }
            this.keywordCount = count;
            return this;
        }

        private static final String DEFAULT_KEYWORDS_TEXT = "10";

        /**
         * Loads every model and lexicon. Slow (about a second); do it once and share the result.
         *
         * @throws IllegalArgumentException for a malformed lexicon (naming file and line)
         * @throws java.io.UncheckedIOException when a lexicon cannot be read
         */
        public Extractor build() {
            for (Path p : lexicons) {
                // named here, in plain words, rather than as a bare NoSuchFileException from deep in the loader
                if (Files.isDirectory(p)) {
                    throw new UncheckedIOException("lexicon is a directory, not a file: " + p, new IOException(p.toString()));
                }
                if (!Files.exists(p)) {
                    throw new UncheckedIOException("lexicon file not found: " + p, new NoSuchFileException(p.toString()));
                }
            }
            return new Extractor(this);
        }
    }
}
