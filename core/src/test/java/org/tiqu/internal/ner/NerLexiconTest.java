package org.tiqu.internal.ner;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The compiled lexicon automaton (lexicon.bin.gz) against the lexicon built from its sources. */
class NerLexiconTest {
    private static final String REGENERATE = "lexicon.bin.gz is stale: regenerate it with `mvn -q -o -DskipTests package && "
            + "java -cp benchmarks/target/benchmarks.jar org.tiqu.bench.train.ner.CompileLexicon "
            + "core/src/main/resources/org/tiqu/ner/lexicon.bin.gz`";

    private static final String TEXT = "新疆维吾尔自治区木垒哈萨克自治县人民政府和北京市海淀区中关村街道办事处，"
            + "国务院总理李鹏在人民大会堂会见日本经济团体联合会会长今井敬，美国纽约市长朱利安尼说，中国共产党中央委员会。";

    @Test
    void compiledLexiconIsBuiltFromTheBundledSources() throws IOException {
        assertNotNull(NerLexicon.readCompiled(NerLexicon.sourcesChecksum()), REGENERATE);
    }

    @Test
    void compiledLexiconIsIgnoredForOtherSources() throws IOException {
        assertNull(NerLexicon.readCompiled(NerLexicon.sourcesChecksum() + 1));
    }

    @Test
    void compiledLexiconMatchesLikeTheBuiltOne() throws IOException {
        NerLexicon compiled = NerLexicon.readCompiled(NerLexicon.sourcesChecksum());
        assertNotNull(compiled, REGENERATE);
        NerLexicon built = NerLexicon.build();
        List<String> expected = hits(built, TEXT);
        assertTrue(expected.size() > 10, "the sample has many lexicon words: " + expected);
        assertEquals(expected, hits(compiled, TEXT));
        List<String> all = allHits(built, TEXT);
        assertTrue(all.size() > expected.size(), "common words are matched too: " + all);
        assertEquals(all, allHits(compiled, TEXT));
        for (String w : List.of("木垒", "北京", "李", "部长", "人民政府", "没有这个词", "国务院")) {
            assertEquals(built.categories(w), compiled.categories(w), w);
        }
    }

    private static List<String> allHits(NerLexicon lex, String text) {
        List<String> out = new ArrayList<>();
        lex.matchAll(text.toCharArray(), (b, e, cat) -> out.add(b + "-" + e + ":" + cat));
        return out;
    }

    private static List<String> hits(NerLexicon lex, String text) {
        List<String> out = new ArrayList<>();
        lex.match(text.toCharArray(), (b, e, cat) -> out.add(b + "-" + e + ":" + cat));
        return out;
    }
}
