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

    /** The word code as tiqu computed it before the common words joined the automaton: a core-dictionary search. */
    private static int[] wordCodesByDictionarySearch(char[] c) {
        int[] code = new int[c.length];
        char[] safe = new char[c.length];
        for (int i = 0; i < c.length; i++) {
            safe[i] = c[i] >= 0x20 && c[i] <= 0x9FFF ? c[i] : ' ';
        }
        byte[] lens = new byte[c.length];
        var searcher = com.hankcs.hanlp.dictionary.CoreDictionary.trie.getSearcher(safe, 0);
        while (searcher.next()) {
            int len = searcher.length;
            boolean name = false;
            for (var n : searcher.value.nature) {
                String t = n == null ? "" : n.toString();
                name |= t.startsWith("nr") || t.startsWith("ns") || t.startsWith("nt");
            }
            if (len < 2 || name) {
                continue;
            }
            int b = searcher.begin, e = b + len;
            for (int p = b; p < e; p++) {
                if (len > lens[p]) {
                    lens[p] = (byte) Math.min(len, 127);
                    int tag = p == b ? 1 : p == e - 1 ? 3 : 2;
                    code[p] = (tag << NerFeatures.WORD_SHIFT) | ((Math.min(len, 4) - 1) << NerFeatures.WLEN_SHIFT);
                }
            }
        }
        return code;
    }

    @Test
    void commonWordCodesEqualACoreDictionarySearch() {
        String text = TEXT + "他说，这项工作取得了积极进展，为进一步深化改革开放、促进经济发展创造了条件。ＡＢＣ公司１９９８年"
                + "\u00e9t\u00e9 \ud840\udc00字 \uff70\uff71";
        char[] c = NerFeatures.fold(text, 0, text.length());
        int[] codes = NerFeatures.lexiconCodes(c, NerLexicon.get());
        int[] expected = wordCodesByDictionarySearch(c);
        int mask = 15 << NerFeatures.WORD_SHIFT;
        int marked = 0;
        for (int i = 0; i < c.length; i++) {
            assertEquals(expected[i], codes[i] & mask, "position " + i + " '" + c[i] + "'");
            marked += expected[i] != 0 ? 1 : 0;
        }
        assertTrue(marked > 20, "the sample has common words");
    }
}
