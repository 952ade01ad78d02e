package org.tiqu;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The immutable result of {@link Extractor#extract(String)}: tokens, entities and keywords of one text.
 * Every offset refers to the string the caller passed. Two results are equal when all their parts are.
 */
public final class Extraction {

    /** Where the reference date for relative dates came from. */
    public enum ReferenceSource {
        /** Given by the caller ({@code Extractor.Builder#referenceDate}, {@code --date}). */
        OPTION,
        /** Found in the document itself (a masthead or dateline). */
        TEXT
    }

    private final int length;
    private final List<Token> tokens;
    private final List<Entity> entities;
    private final List<Keyword> keywords;
    private final LocalDate referenceDate;
    private final ReferenceSource referenceSource;

    /**
     * Builds a result; lists are copied. Library users get instances from {@link Extractor}.
     *
     * @param length          the input's length in UTF-16 code units
     * @param tokens          tokens in text order
     * @param entities        entities in text order
     * @param keywords        keywords, best first
     * @param referenceDate   the date relative dates were resolved against, or null
     * @param referenceSource where {@code referenceDate} came from, or null when there is none
     */
    public Extraction(int length, List<Token> tokens, List<Entity> entities, List<Keyword> keywords,
                      LocalDate referenceDate, ReferenceSource referenceSource) {
        if (length < 0) {
            throw new IllegalArgumentException("length must not be negative: " + length);
        }
        if ((referenceDate == null) != (referenceSource == null)) {
            throw new IllegalArgumentException("reference date and its source go together");
        }
        this.length = length;
        this.tokens = List.copyOf(tokens);
        this.entities = List.copyOf(entities);
        this.keywords = List.copyOf(keywords);
        this.referenceDate = referenceDate;
        this.referenceSource = referenceSource;
    }

    /** @return the input's length in UTF-16 code units */
    public int length() {
        return length;
    }

    /** @return the words of the text in order; they never overlap and cover every non-whitespace character */
    public List<Token> tokens() {
        return tokens;
    }

    /** @return entities ordered by start, then longer first, then type */
    public List<Entity> entities() {
        return entities;
    }

    /**
     * @param type the type wanted
     * @return the entities of that type, in text order
     */
    public List<Entity> entities(EntityType type) {
        Objects.requireNonNull(type, "type must not be null");
        return entities.stream().filter(e -> e.type() == type).toList();
    }

    /** @return keywords and keyphrases, best first */
    public List<Keyword> keywords() {
        return keywords;
    }

    /** @return the date relative and partial dates were resolved against, if any */
    public Optional<LocalDate> referenceDate() {
        return Optional.ofNullable(referenceDate);
    }

    /** @return where {@link #referenceDate()} came from, if there is one */
    public Optional<ReferenceSource> referenceSource() {
        return Optional.ofNullable(referenceSource);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Extraction x && length == x.length && tokens.equals(x.tokens) && entities.equals(x.entities)
                && keywords.equals(x.keywords) && Objects.equals(referenceDate, x.referenceDate)
                && referenceSource == x.referenceSource;
    }

    @Override
    public int hashCode() {
        return Objects.hash(length, tokens, entities, keywords, referenceDate, referenceSource);
    }

    @Override
    public String toString() {
        return "Extraction[length=" + length + ", tokens=" + tokens.size() + ", entities=" + entities
                + ", keywords=" + keywords + ", referenceDate=" + referenceDate + "]";
    }
}
