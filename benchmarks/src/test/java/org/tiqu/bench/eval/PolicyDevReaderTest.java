package org.tiqu.bench.eval;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyDevReaderTest {
    private static final String LINE = "{\"id\": \"x-01\", \"doc_date\": \"2023-08-16\", \"doc_date_estimated\": true, "
            + "\"text\": \"8月15日，推动高质量发展，印发《方案》。\\n\", \"spans\": ["
            + "{\"start\": 0, \"end\": 5, \"type\": \"DATE\", \"text\": \"8月15日\", \"value\": \"2023-08-15\"}, "
            + "{\"start\": 8, \"end\": 13, \"type\": \"POLICY\", \"text\": \"高质量发展\"}, "
            + "{\"start\": 17, \"end\": 19, \"type\": \"DOC\", \"text\": \"方案\"}]}";

    @Test
    void readsTextDateAndSpans() {
        PolicyDevReader.Passage p = PolicyDevReader.parse(LINE);
        assertEquals("x-01", p.id());
        assertEquals(LocalDate.of(2023, 8, 16), p.docDate());
        assertEquals("8月15日，推动高质量发展，印发《方案》。\n", p.text());
        assertEquals(List.of(new Annotation("DATE", 0, 5, "2023-08-15"), new Annotation("POLICY", 8, 13),
                new Annotation("DOCUMENT", 17, 19)), p.gold());
    }

    @Test
    void spanTextThatIsNotTheSliceIsRejected() {
        String bad = LINE.replace("\"text\": \"高质量发展\"", "\"text\": \"高质量\"");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PolicyDevReader.parse(bad));
        assertTrue(e.getMessage().contains("高质量"), e.getMessage());
    }

    @Test
    void missingFieldIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PolicyDevReader.parse("{\"id\": \"a\", \"text\": \"x\", \"spans\": []}"));
        assertTrue(e.getMessage().contains("doc_date"), e.getMessage());
    }

    @Test
    void jsonEscapesAndNumbersAreDecoded() {
        Object v = MiniJson.parse("{\"a\": \"\\u4e2d\\\"\\\\\\n\", \"b\": [1, -2.5, true, null]}");
        assertEquals(Map.of("a", "中\"\\\n", "b", java.util.Arrays.asList(1L, -2.5, true, null)), v);
    }

    @Test
    void malformedJsonIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> MiniJson.parse("{\"a\": 1,}"));
    }
}
