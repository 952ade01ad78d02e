package org.tiqu.robust;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiqu.Entity;
import org.tiqu.EntityType;
import org.tiqu.Extraction;
import org.tiqu.Extractor;
import org.tiqu.Span;
import org.tiqu.Token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Misuse of the public API fails fast with an exception whose message names the problem. */
class ApiMisuseTest {
    @TempDir
    Path dir;

    @Test
    void nullTextIsRejected() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Shared.extractor().extract(null));
        assertEquals("text must not be null", e.getMessage());
    }

    @Test
    void emptyTextGivesAnEmptyResult() {
        Extraction x = Shared.extractor().extract("");
        assertEquals(0, x.length());
        assertTrue(x.tokens().isEmpty() && x.entities().isEmpty() && x.keywords().isEmpty());
    }

    @Test
    void nullLexiconPathIsRejected() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Extractor.builder().lexicon(null));
        assertEquals("lexicon path must not be null", e.getMessage());
    }

    @Test
    void malformedLexiconLineNamesFileAndLine() throws IOException {
        Path lex = write("terms.txt", "# my words\n兵地融合\tPOLICY\n\n这一行没有类型\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Extractor.builder().lexicon(lex).build());
        assertTrue(e.getMessage().contains(lex + ":4:"), e.getMessage());
        assertTrue(e.getMessage().contains("这一行没有类型"), e.getMessage());
    }

    @Test
    void unknownLexiconTypeNamesTypeFileAndLine() throws IOException {
        Path lex = write("terms.txt", "兵地融合\tSLOGAN\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Extractor.builder().lexicon(lex).build());
        assertTrue(e.getMessage().contains(lex + ":1:"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown entity type \"SLOGAN\""), e.getMessage());
    }

    @Test
    void lexiconDateWithoutValueIsRejected() throws IOException {
        Path lex = write("terms.txt", "国庆\tDATE\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Extractor.builder().lexicon(lex).build());
        assertTrue(e.getMessage().contains(lex + ":1:") && e.getMessage().contains("value"), e.getMessage());
    }

    @Test
    void lexiconWordOfOnlyInvisibleCharsIsRejected() throws IOException {
        Path lex = write("terms.txt", "北京\tPLACE\n\u200B\u200B\tPLACE\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Extractor.builder().lexicon(lex).build());
        assertTrue(e.getMessage().contains(lex + ":2:"), e.getMessage());
    }

    @Test
    void nonUtf8LexiconIsRejected() throws IOException {
        Path lex = dir.resolve("gbk.txt");
        Files.write(lex, "北京\tPLACE\n".getBytes("GBK"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Extractor.builder().lexicon(lex).build());
        assertTrue(e.getMessage().contains(lex.toString()) && e.getMessage().contains("UTF-8"), e.getMessage());
    }

    @Test
    void missingLexiconFileIsNamed() {
        Path lex = dir.resolve("no-such-terms.txt");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Extractor.builder().lexicon(lex).build());
        assertEquals("lexicon file not found: " + lex, e.getMessage());
    }

    @Test
    void lexiconThatIsADirectoryIsNamed() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Extractor.builder().lexicon(dir).build());
        assertEquals("lexicon is a directory, not a file: " + dir, e.getMessage());
    }

    @Test
    void lexiconWordsAreFoundWithExactOffsets() throws IOException {
        Path lex = write("terms.txt", "\uFEFF兵地融合\tPOLICY\n");
        Extractor x = Extractor.builder().lexicon(lex).build();
        // a layout break inside the word (the line before is a long paragraph line) is joined, and offsets span it
        String text = "昌吉州党委书记曾艳阳强调，要坚定不移推进兵地\n融合发展";
        assertEquals(java.util.List.of(new Entity(EntityType.POLICY, "兵地融合", 20, 25, null)),
                x.extract(text).entities(EntityType.POLICY));
    }

    @Test
    void impossibleReferenceDateIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Extractor.builder().referenceDate(LocalDate.of(10000, 1, 1)));
        assertTrue(e.getMessage().contains("reference date") && e.getMessage().contains("+10000-01-01"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Extractor.builder().referenceDate(LocalDate.of(0, 12, 31)));
        assertThrows(IllegalArgumentException.class, () -> Extractor.builder().referenceDate(LocalDate.MIN));
    }

    @Test
    void negativeKeywordCountIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Extractor.builder().keywords(-1));
        assertEquals("keyword count must not be negative, got -1", e.getMessage());
    }

    @Test
    void zeroKeywordsGivesNone() {
        assertTrue(Extractor.builder().keywords(0).build().extract("新疆维吾尔自治区人民政府").keywords().isEmpty());
    }

    @Test
    void nullEntityTypeFilterIsRejected() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Shared.extractor().extract("北京").entities(null));
        assertEquals("type must not be null", e.getMessage());
    }

    @Test
    void recordsRejectEmptyAndNegativeRanges() {
        assertThrows(IllegalArgumentException.class, () -> new Span(3, 3));
        assertThrows(IllegalArgumentException.class, () -> new Span(-1, 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Token("a", 2, 1, "n"));
        assertTrue(e.getMessage().contains("[2, 1)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Entity(EntityType.PLACE, "北京", 0, 0, null));
    }

    @Test
    void recordsNameTheirNullComponents() {
        assertEquals("type must not be null",
                assertThrows(NullPointerException.class, () -> new Entity(null, "北京", 0, 2, null)).getMessage());
        assertEquals("text must not be null",
                assertThrows(NullPointerException.class, () -> new Token(null, 0, 2, "n")).getMessage());
        assertEquals("pos must not be null",
                assertThrows(NullPointerException.class, () -> new Token("北京", 0, 2, null)).getMessage());
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }
}
