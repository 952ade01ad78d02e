package org.tiqu.internal;

import org.junit.jupiter.api.Test;
import org.tiqu.Extractor;
import org.tiqu.Token;
import org.tiqu.internal.seg.Word;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HotPathTest {
    @Test
    void segmentsLikeTheExtractorTokens() {
        Extractor extractor = Extractor.builder().build();
        String text = "国务院总理李鹏今天在北京会见了日本客人。";
        List<Word> words = HotPath.of(extractor).segment(text);
        List<Token> tokens = extractor.extract(text).tokens();
        assertEquals(tokens.size(), words.size());
        for (int i = 0; i < words.size(); i++) {
            assertEquals(tokens.get(i).text(), words.get(i).text());
            assertEquals(tokens.get(i).start(), words.get(i).start());
        }
    }
}
