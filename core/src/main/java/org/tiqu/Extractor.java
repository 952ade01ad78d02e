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
 * {@link #defaults()}) and share it: {@link #extract(String)} is safe to call from many threads at once.
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
        NormalizedText norm = Normalizer.normalize(text);
        List<Word> words = segmenter.segment(norm.text());
        LocalDate ref = referenceDate;
        Extraction.ReferenceSource source = ref == null ? null : Extraction.ReferenceSource.OPTION;
        if (ref == null && findReferenceDate) {
            ref = ReferenceDates.find(norm.text()).orElse(null);
            source = ref == null ? null : Extraction.ReferenceSource.TEXT;
        }
        Document doc = new Document(norm, words, ref);
        List<Mention> mentions = new ArrayList<>();
        for (Recognizer r : recognizers) {
            r.recognize(doc, mentions);
        }
        List<Entity> entities = Resolver.resolve(norm, mentions);
        List<Token> tokens = new ArrayList<>(words.size());
        for (Word w : words) {
            int start = norm.toOriginalStart(w.start());
            int end = norm.toOriginalEnd(w.end());
            tokens.add(new Token(NormalizedText.surface(text, start, end, w.text()), start, end, w.pos()));
        }
        List<Keyword> keywords = keywordRanker.rank(doc, entities, keywordCount);
        return new Extraction(text.length(), tokens, entities, keywords, ref, source);
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
