package org.tiqu.internal.lexicon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiqu.Entity;
import org.tiqu.EntityType;
import org.tiqu.Extractor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserLexiconTest {

    @Test
    void userWordWinsOverTheStatisticsOfItsType(@TempDir Path dir) throws IOException {
        Path lex = dir.resolve("terms.txt");
        Files.writeString(lex, "# my words\n庭州画卷\tPLACE\n", StandardCharsets.UTF_8);
        String text = "让美丽庭州画卷徐徐展开";
        List<Entity> places = Extractor.builder().lexicon(lex).build().extract(text).entities(EntityType.PLACE);
        assertEquals(List.of(new Entity(EntityType.PLACE, "庭州画卷", 3, 7, null)), places);
    }

    @Test
    void userDateCarriesItsValueAndOffsetsHoldAcrossALayoutBreak(@TempDir Path dir) throws IOException {
        Path lex = dir.resolve("dates.txt");
        Files.writeString(lex, "\uFEFF兵地融合日\tDATE\t2023-09-01\n", StandardCharsets.UTF_8);
        String text = "昌吉州与兵团第六师五家渠市在今年举办的第一个兵地融合\n日活动，各族群众共同参加了这次活动";
        List<Entity> dates = Extractor.builder().lexicon(lex).build().extract(text).entities(EntityType.DATE);
        Entity d = dates.stream().filter(e -> e.text().equals("兵地融合日")).findFirst().orElseThrow();
        assertEquals("兵地融合\n日", text.substring(d.start(), d.end()));
        assertEquals("2023-09-01", d.value());
    }

    @Test
    void lexiconIsPerExtractor(@TempDir Path dir) throws IOException {
        Path lex = dir.resolve("terms.txt");
        Files.writeString(lex, "庭州画卷\tPLACE\n", StandardCharsets.UTF_8);
        Extractor.builder().lexicon(lex).build();
        assertTrue(Extractor.defaults().extract("让美丽庭州画卷徐徐展开").entities(EntityType.PLACE).stream()
                .noneMatch(e -> e.text().equals("庭州画卷")));
    }
}
