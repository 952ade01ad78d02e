package org.tiqu.internal.ner;

import org.junit.jupiter.api.Test;
import org.tiqu.EntityType;
import org.tiqu.internal.recognize.Mention;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tiqu.internal.ner.RuleFixtures.chars;
import static org.tiqu.internal.ner.RuleFixtures.cuts;

class PersonFilterTest {
    private static final NerLexicon LEX = NerLexicon.get();

    /** Runs the filter over hand-made mentions of a |-segmented text, the tagger's evidence given per char. */
    private static List<Mention> filter(PersonFilter f, String segmented, float personness, Mention... ms) {
        char[] c = chars(segmented);
        List<int[]> hits = new ArrayList<>();
        NerFeatures.lexiconCodes(c, LEX, hits);
        float[] p = new float[c.length];
        java.util.Arrays.fill(p, personness);
        List<Mention> out = new ArrayList<>(List.of(ms));
        f.apply(c, cuts(segmented), new byte[c.length + 1], new byte[c.length + 1], LEX, hits, p, out, null);
        return out;
    }

    @Test
    void readsWhatItWrites() throws IOException {
        PersonFilter f = new PersonFilter(Map.of("len=2", -3f, "src=T", 0.5f), 1.5f, -1f);
        String text = String.join("\n", f.lines()) + "\n";
        PersonFilter back = PersonFilter.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(f.lines(), back.lines());
        assertEquals(1.5 - 3 + 0.5, back.score(List.of("len=2", "src=T", "unknown")), 1e-6);
    }

    @Test
    void dropsPersonsScoringBelowTheThresholdOnly() {
        // two-char names weigh -5, three-char ones +1: with threshold -1 the first goes, the second stays
        PersonFilter f = new PersonFilter(Map.of("len=2", -5f, "len=3", 1f), 0f, -1f);
        Mention two = new Mention(EntityType.PERSON, 0, 2);
        Mention three = new Mention(EntityType.PERSON, 3, 6);
        Mention place = new Mention(EntityType.PLACE, 7, 9);
        List<Mention> out = filter(f, "王五|和|张建丰|在|北京", 100, two, three, place);
        assertEquals(List.of(three, place), out);
    }

    @Test
    void keepsWellKnownPersonsWhateverTheScore() {
        PersonFilter f = new PersonFilter(Map.of("len=5", -10f), 0f, -1f);
        Mention known = new Mention(EntityType.PERSON, 0, 5);
        assertEquals(List.of(known), filter(f, "内塔尼亚胡|说", -100, known));
    }

    @Test
    void readsTheTaggersEvidence() {
        // the same mention with strong and with no evidence from the tagger scores differently
        PersonFilter f = new PersonFilter(Map.of("pmin=-7/T", -5f), 0f, -1f);
        Mention m = new Mention(EntityType.PERSON, 0, 3);
        assertTrue(filter(f, "张建丰|说", -200, m).isEmpty());
        assertEquals(List.of(m), filter(f, "张建丰|说", 100, m));
    }

    @Test
    void aSinkSeesEveryPersonAndNothingIsDropped() {
        PersonFilter f = new PersonFilter(Map.of("len=3", -10f), 0f, -1f);
        char[] c = chars("张建丰|说");
        List<Mention> out = new ArrayList<>(List.of(new Mention(EntityType.PERSON, 0, 3)));
        List<List<String>> seen = new ArrayList<>();
        f.apply(c, cuts("张建丰|说"), new byte[c.length + 1], new byte[c.length + 1], LEX, List.of(), new float[c.length],
                out, (m, features) -> seen.add(features));
        assertEquals(1, out.size());
        assertEquals(1, seen.size());
        assertTrue(seen.get(0).contains("len=3"), seen::toString);
        assertTrue(seen.get(0).contains("nw=说"), seen::toString);
    }

    @Test
    void theBundledFilterIsLoaded() {
        assertFalse(PersonFilter.shipped().keepsAll(), "resource " + PersonFilter.RESOURCE + " missing or empty");
    }
}
