package org.tiqu.bench.eval;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Pd98ReaderTest {
    private static final String LINE = "19980130-02-008-007/m  （/w  新华社/nt  北京/ns  １月/t  ２９日/t  电/n  ）/w  "
            + "[中央/n  人民/n  广播/vn  电台/n]nt   江/nr  泽民/nr 会见/v  [中国/ns  人民/n  政治/n  协商/vn  会议/n]nz";

    @Test
    void textIsTheWordsConcatenatedWithoutTheId() {
        Pd98Reader.Paragraph p = Pd98Reader.parse(LINE);
        assertEquals("19980130-02-008-007", p.id());
        assertEquals("（新华社北京１月２９日电）中央人民广播电台江泽民会见中国人民政治协商会议", p.text());
    }

    @Test
    void idGivesDateAndArticle() {
        Pd98Reader.Paragraph p = Pd98Reader.parse(LINE);
        assertEquals("19980130", p.date());
        assertEquals("19980130-02-008", p.article());
    }

    @Test
    void wordsCarryOffsetsTagsAndTheirCompound() {
        Pd98Reader.Paragraph p = Pd98Reader.parse(LINE);
        Pd98Reader.Word xinhua = p.words().get(1);
        assertEquals(new Pd98Reader.Word("新华社", "nt", 1, 4, null), xinhua);
        Pd98Reader.Word dianTai = p.words().get(10);
        assertEquals(new Pd98Reader.Word("电台", "n", 19, 21, "nt"), dianTai);
        assertEquals(List.of(new Pd98Reader.Compound("nt", 13, 21), new Pd98Reader.Compound("nz", 26, 36)),
                p.compounds());
    }

    @Test
    void goldMergesNameAndDateRunsAndKeepsCompoundsWhole() {
        Pd98Reader.Paragraph p = Pd98Reader.parse(LINE);
        String text = p.text();
        List<Annotation> gold = Pd98Reader.gold(p);
        List<String> shown = gold.stream().map(a -> a.type() + ":" + a.in(text)).sorted().toList();
        assertEquals(List.of("DATE:１月２９日", "ORGANIZATION:中央人民广播电台", "ORGANIZATION:新华社", "PERSON:江泽民",
                "PLACE:北京"), shown);
        assertTrue(gold.contains(new Annotation("PERSON", 21, 24)));
    }

    @Test
    void runOfSurnameGivenNamePairsIsOnePersonPerName() {
        Pd98Reader.Paragraph byline = Pd98Reader.parse("19980128-01-001-001/m  （/w  王/nr  锦鹄/nr  毛/nr  磊/nr  ）/w");
        assertEquals(List.of("王锦鹄", "毛磊"), persons(byline));
        Pd98Reader.Paragraph one = Pd98Reader.parse("19980128-01-001-002/m  陈/nr  方/nr  安生/nr  说/v");
        assertEquals(List.of("陈方安生"), persons(one));
        Pd98Reader.Paragraph japanese = Pd98Reader.parse("19980128-01-001-003/m  小泽/nr  一郎/nr  桥本/nr  龙太郎/nr");
        assertEquals(List.of("小泽一郎桥本龙太郎"), persons(japanese));
    }

    private static List<String> persons(Pd98Reader.Paragraph p) {
        return Pd98Reader.gold(p).stream().filter(a -> a.type().equals("PERSON")).map(a -> a.in(p.text())).toList();
    }

    @Test
    void tokensInsideACompoundAreNotGoldOfTheirOwn() {
        Pd98Reader.Paragraph p = Pd98Reader.parse("19980128-01-001-001/m  [北京/ns  大学/n]nt  [上海/ns  浦东/ns]ns");
        List<Annotation> gold = Pd98Reader.gold(p);
        assertEquals(List.of(new Annotation("ORGANIZATION", 0, 4), new Annotation("PLACE", 4, 8)), gold);
    }

    @Test
    void malformedTokenIsRejectedWithTheParagraphId() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Pd98Reader.parse("19980128-01-001-001/m  北京"));
        assertTrue(e.getMessage().contains("19980128-01-001-001"), e.getMessage());
    }

    @Test
    void readKeepsOnlyParagraphsOfTheWantedDates(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path f = dir.resolve("pd.txt");
        Files.writeString(f, "19980127-01-001-001/m  今天/t\n\n19980128-01-001-001/m  明天/t\n"
                + "19980131-04-002-001/m  后天/t\n19980201-01-001-001/m  以后/f\n", StandardCharsets.UTF_8);
        List<Pd98Reader.Paragraph> ps = Pd98Reader.read(f, Pd98Reader.DEV_TEST);
        assertEquals(List.of("明天", "后天"), ps.stream().map(Pd98Reader.Paragraph::text).toList());
    }

    @Test
    void plainWordsHaveNoCompound() {
        assertNull(Pd98Reader.parse(LINE).words().get(0).compound());
    }
}
