package org.tiqu;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text in traditional script (Hong Kong, Taiwan, overseas Chinese papers), or copied out of a PDF with radicals for
 * ideographs, with its letters spaced apart or page numbers inside sentences, is read as well as simplified text
 * written together.
 */
class ScriptVariantsTest {
    private static final String SIMPLIFIED = "新疆维吾尔自治区党委书记马兴瑞到伊犁哈萨克自治州霍城县调研，强调要坚持“兵地一盘棋”。"
            + "马兴瑞在霍城县与干部群众座谈。";
    private static final String TRADITIONAL = "新疆維吾爾自治區黨委書記馬興瑞到伊犁哈薩克自治州霍城縣調研，強調要堅持「兵地一盤棋」。"
            + "馬興瑞在霍城縣與幹部群眾座談。";

    private static final class Holder {
        static final Extractor EXTRACTOR = Extractor.defaults();
    }

    @Test
    void findsTheSameEntitiesAtTheSameOffsetsAndShowsThemAsWritten() {
        assertEquals(SIMPLIFIED.length(), TRADITIONAL.length());
        List<Entity> simplified = Holder.EXTRACTOR.extract(SIMPLIFIED).entities();
        List<Entity> traditional = Holder.EXTRACTOR.extract(TRADITIONAL).entities();
        assertEquals(simplified.size(), traditional.size(), traditional.toString());
        for (int i = 0; i < simplified.size(); i++) {
            Entity s = simplified.get(i), t = traditional.get(i);
            assertEquals(List.of(s.type(), s.start(), s.end()), List.of(t.type(), t.start(), t.end()));
            assertEquals(TRADITIONAL.substring(t.start(), t.end()), t.text());
        }
        assertTrue(traditional.contains(new Entity(EntityType.PERSON, "馬興瑞", 12, 15, null)), traditional.toString());
        assertTrue(traditional.stream().anyMatch(e -> e.type() == EntityType.POLICY && e.text().equals("兵地一盤棋")),
                traditional.toString());
    }

    /**
     * The seed page written in traditional script, char by char (the first choice of OpenCC's one-char {@code s2t}
     * entries in HanLP's jar): every entity of the simplified page, at the same offsets, with the same value.
     */
    @Test
    void theSeedPageInTraditionalScriptGivesTheSameEntities() throws IOException {
        String page = Files.readString(Path.of(System.getProperty("tiqu.seeds", "../seeds"), "000_866f447bb80f8337.txt"));
        char[] s2t = new char[65536];
        for (int c = 0; c < s2t.length; c++) {
            s2t[c] = (char) c;
        }
        try (var in = ScriptVariantsTest.class.getResourceAsStream("/data/dictionary/tc/s2t.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.indexOf('=') == 1 && line.length() > 2 && !Character.isSurrogate(line.charAt(0))
                        && !Character.isSurrogate(line.charAt(2))) {
                    s2t[line.charAt(0)] = line.charAt(2);
                }
            }
        }
        char[] t = page.toCharArray();
        int changed = 0;
        for (int i = 0; i < t.length; i++) {
            changed += t[i] != s2t[t[i]] ? 1 : 0;
            t[i] = s2t[t[i]];
        }
        assertTrue(changed > 500, "the page should come out in traditional script: " + changed + " chars changed");
        Extractor dated = Extractor.builder().referenceDate(java.time.LocalDate.of(2023, 8, 16)).build();
        List<List<Object>> simplified = dated.extract(page).entities().stream()
                .map(e -> List.<Object>of(e.type(), e.start(), e.end(), String.valueOf(e.value()))).toList();
        List<List<Object>> traditional = dated.extract(new String(t)).entities().stream()
                .map(e -> List.<Object>of(e.type(), e.start(), e.end(), String.valueOf(e.value()))).toList();
        assertEquals(simplified, traditional);
    }

    @Test
    void tokensAndKeywordsAreInTheDocumentsOwnScript() {
        Extraction x = Holder.EXTRACTOR.extract(TRADITIONAL);
        for (Token t : x.tokens()) {
            assertEquals(TRADITIONAL.substring(t.start(), t.end()).replace("，", ","), t.text());
        }
        List<String> simplified = Holder.EXTRACTOR.extract(SIMPLIFIED).keywords().stream().map(Keyword::text).toList();
        List<String> traditional = x.keywords().stream().map(Keyword::text).toList();
        assertEquals(simplified.size(), traditional.size(), traditional.toString());
        for (String k : traditional) {
            assertTrue(TRADITIONAL.contains(k), k + " is not written so in the text: " + traditional);
        }
        assertTrue(traditional.contains("馬興瑞") || traditional.contains("霍城縣"), traditional.toString());
        assertFalse(traditional.contains("马兴瑞"), traditional.toString());
    }

    @Test
    void placesByTheNamesTaiwanWritesForThemArePlaces() {
        // 紐西蘭 and 肯亞 read as persons, 沙烏地阿拉伯 as 阿拉伯, 寮國 and 雪梨 as nothing
        String text = "紐西蘭、沙烏地阿拉伯、肯亞和寮國代表出席。澳洲總理在雪梨發表談話。";
        List<Entity> es = Holder.EXTRACTOR.extract(text).entities();
        for (String place : new String[]{"紐西蘭", "沙烏地阿拉伯", "肯亞", "寮國", "雪梨"}) {
            int at = text.indexOf(place);
            assertTrue(es.contains(new Entity(EntityType.PLACE, place, at, at + place.length(), null)), place + " in " + es);
        }
        assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.PERSON), es.toString());
    }

    @Test
    void radicalsOfPdfTextAreReadAsTheirIdeographs() {
        // 人 and 民 as radicals (U+2F08, U+2EA0), as many government PDFs' fonts give them when their text is copied
        String pdf = "中华\u2F08\u2EA0共和国国务院总理李强在\u2F08\u2EA0大会堂会见客\u2F08。";
        List<Entity> es = Holder.EXTRACTOR.extract(pdf).entities();
        assertTrue(es.contains(new Entity(EntityType.PERSON, "李强", 12, 14, null)), es.toString());
        assertTrue(es.stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION && e.start() == 0 && e.end() == 10),
                es.toString()); // 中华人民共和国国务院
        assertTrue(es.stream().anyMatch(e -> e.type() == EntityType.PLACE && e.start() == 15 && e.end() == 20),
                es.toString()); // 人民大会堂
    }

    @Test
    void aLetterSpacedLineOfPdfTextIsReadAsWrittenTogether() {
        String pdf = "国 务 院 总 理 李 强 在 北 京 会 见 了 法 国 总 统 马 克 龙 。";
        List<Entity> es = Holder.EXTRACTOR.extract(pdf).entities();
        assertTrue(es.contains(new Entity(EntityType.PERSON, "李强", 10, 13, null)), es.toString());
        assertTrue(es.contains(new Entity(EntityType.PERSON, "马克龙", 34, 39, null)), es.toString());
        assertTrue(es.stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION && e.text().equals("国务院")),
                es.toString());
    }

    @Test
    void aPageNumberInsideASentenceOfPdfTextIsAToken() {
        String pdf = "曾艳阳一行先后来到新疆航天兆丰科技有限公司、新疆天鹅现代农业机械装备有限公司和新疆信发\n\n— 3 —\n\n铝业公司调研。";
        Extraction x = Holder.EXTRACTOR.extract(pdf);
        int page = pdf.indexOf("—");
        assertTrue(x.tokens().contains(new Token("—3—", page, page + 5, "x")), x.tokens().toString());
        int[] covered = new int[pdf.length()];
        for (Token t : x.tokens()) {
            for (int i = t.start(); i < t.end(); i++) {
                covered[i]++;
            }
        }
        for (int i = 0; i < pdf.length(); i++) {
            assertEquals(Character.isWhitespace(pdf.charAt(i)) ? covered[i] : 1, covered[i], "char " + i);
        }
        int org = pdf.indexOf("新疆信发");
        assertTrue(x.entities().stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION && e.start() == org
                && e.end() == pdf.indexOf("调研")), x.entities().toString());
    }

    @Test
    void aUserWordInEitherScriptMatchesBoth(@TempDir Path dir) throws IOException {
        Path lex = dir.resolve("terms.txt");
        Files.writeString(lex, "臺積電\tORGANIZATION\n", StandardCharsets.UTF_8);
        Extractor x = Extractor.builder().lexicon(lex).build();
        assertEquals(List.of(new Entity(EntityType.ORGANIZATION, "台积电", 0, 3, null)),
                x.extract("台积电宣布扩产。").entities(EntityType.ORGANIZATION));
        assertEquals(List.of(new Entity(EntityType.ORGANIZATION, "臺積電", 0, 3, null)),
                x.extract("臺積電宣佈擴產。").entities(EntityType.ORGANIZATION));
    }
}
