package org.tiqu.bench.train.ner;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TrainNerTest {
    @Test
    void paragraphsAreCutIntoTheSentencesTheRecognizerTagsWithTheirSpansShifted() {
        Pd98.Paragraph p = Pd98.parse("19980105-01-001-002/m  江/nr  泽民/nr  到/v  北京/ns  。/w  "
                + "李/nr  鹏/nr  说/v  ：/w  “/w  好/a  。/w  ”/w");
        List<Pd98.Paragraph> s = TrainNer.sentences(List.of(p));
        assertEquals(2, s.size());
        assertEquals("江泽民到北京。", s.get(0).text());
        assertEquals(List.of(new Pd98.Span(0, 0, 3), new Pd98.Span(1, 4, 6)), s.get(0).spans());
        assertEquals("李鹏说：“好。”", s.get(1).text());
        assertEquals(List.of(new Pd98.Span(0, 0, 2)), s.get(1).spans());
        assertEquals(p.id(), s.get(1).id());
    }
}
