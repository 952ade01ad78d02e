package org.tiqu.robust;

import org.junit.jupiter.api.Test;
import org.tiqu.Extraction;
import org.tiqu.Extractor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Extractor#extractAll} gives what {@link Extractor#extract} gives on each document, in order. */
class ExtractAllTest {

    private static void assertSameAsOneByOne(Extractor x, List<String> texts) {
        List<Extraction> all = x.extractAll(texts);
        assertEquals(texts.size(), all.size());
        for (int i = 0; i < texts.size(); i++) {
            Extraction one = x.extract(texts.get(i));
            Invariants.check(texts.get(i), all.get(i));
            assertEquals(one, all.get(i), "document " + i + ": " + abbreviated(texts.get(i)));
        }
    }

    private static String abbreviated(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }

    @Test
    void paragraphsGiveTheResultsOfOneByOne() {
        List<String> paragraphs = Pd98.paragraphs(6000); // about 400 K chars: more than one chunk
        assertSameAsOneByOne(Shared.extractor(), paragraphs);
        assertSameAsOneByOne(Shared.dated(), paragraphs.subList(0, 300));
    }

    @Test
    void hostileAndLongDocumentsGiveTheResultsOfOneByOne() throws IOException {
        String seed = Files.readString(Path.of(System.getProperty("tiqu.seeds", "../seeds"), "000_866f447bb80f8337.txt"),
                StandardCharsets.UTF_8);
        StringBuilder longer = new StringBuilder();
        while (longer.length() < 270_000) { // longer than a chunk: a chunk of its own
            longer.append(seed).append("\r\n");
        }
        char[] noBreaks = new char[262_144]; // exactly one chunk
        Arrays.fill(noBreaks, '疆');
        List<String> texts = new ArrayList<>(List.of(
                "", " \n\t", seed, "新\n\n疆天鹅现代农业机械装备有限公司", "\uD83D\uDE00李鹏\uD800会见", "\u0000\u0007控制字符",
                "ＡＢＣ１２３全角", longer.toString(), "8月15日，张建军在五家渠市调研。", new String(noBreaks), "尾"));
        assertSameAsOneByOne(Shared.extractor(), texts);
        assertSameAsOneByOne(Shared.dated(), texts);
        Extractor noKeywords = Extractor.builder().keywords(0).findReferenceDate(false).build();
        assertSameAsOneByOne(noKeywords, texts);
    }

    @Test
    void manyTinyDocumentsGiveTheResultsOfOneByOne() {
        // more documents than a chunk holds, though far fewer chars
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 9_000; i++) {
            texts.add(i % 3 == 0 ? "" : i % 3 == 1 ? "北京" : i + "日，李鹏");
        }
        assertSameAsOneByOne(Shared.dated(), texts);
    }

    @Test
    void emptyListGivesAnEmptyUnmodifiableList() {
        List<Extraction> none = Shared.extractor().extractAll(List.of());
        assertTrue(none.isEmpty());
        List<Extraction> one = Shared.extractor().extractAll(List.of("李鹏会见"));
        assertThrows(UnsupportedOperationException.class, () -> one.add(one.get(0)));
    }

    @Test
    void nullListOrDocumentIsRejectedNamingIt() {
        NullPointerException list = assertThrows(NullPointerException.class, () -> Shared.extractor().extractAll(null));
        assertTrue(list.getMessage().contains("texts"), list.getMessage());
        NullPointerException doc = assertThrows(NullPointerException.class,
                () -> Shared.extractor().extractAll(Arrays.asList("甲", "乙", null, "丁")));
        assertEquals("texts[2] must not be null", doc.getMessage());
    }
}
