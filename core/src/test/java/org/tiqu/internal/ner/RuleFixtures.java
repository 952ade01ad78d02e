package org.tiqu.internal.ner;

import org.tiqu.EntityType;
import org.tiqu.internal.recognize.Mention;

import java.util.ArrayList;
import java.util.List;

/** Inputs for rule tests written as |-segmented strings ("贿赂|日|大藏省"), shared by the EntityRules test classes. */
final class RuleFixtures {
    private static final NerLexicon LEX = NerLexicon.get();

    private RuleFixtures() {
    }

    /** Cleaned, folded text of a |-segmented string. */
    static char[] chars(String segmented) {
        String text = segmented.replace("|", "");
        return NerFeatures.fold(text, 0, text.length());
    }

    /** cut[i]: a word boundary at i, from the | marks. */
    static boolean[] cuts(String segmented) {
        String text = segmented.replace("|", "");
        boolean[] cut = new boolean[text.length() + 1];
        cut[0] = true;
        cut[text.length()] = true;
        int at = 0;
        for (int i = 0; i < segmented.length(); i++) {
            if (segmented.charAt(i) == '|') {
                cut[at] = true;
            } else {
                at++;
            }
        }
        return cut;
    }

    /** The bundled lexicon's matches in {@code c}. */
    static EntityRules.HitIndex hits(char[] c) {
        List<int[]> hits = new ArrayList<>();
        NerFeatures.lexiconCodes(c, LEX, hits);
        return new EntityRules.HitIndex(hits, c.length);
    }

    static boolean has(List<Mention> ms, char[] c, EntityType type, String text) {
        return ms.stream().anyMatch(m -> m.type() == type && new String(c, m.start(), m.length()).equals(text));
    }

    /**
     * What {@link EntityRules#brandCompanies} makes of a |-segmented string whose segmenter tagged
     * {@code [brandStart, brandEnd)} as a brand (nz), nothing else tagged.
     */
    static List<Mention> brandCompanies(String segmented, int brandStart, int brandEnd) {
        char[] c = chars(segmented);
        int[] brand = new int[c.length];
        brand[brandStart] = brandEnd;
        List<Mention> ms = list();
        EntityRules.brandCompanies(c, cuts(segmented), new boolean[c.length], brand, ms);
        return ms;
    }

    /** A mutable list of mentions, as the rules expect. */
    static List<Mention> list(Mention... ms) {
        return new ArrayList<>(List.of(ms));
    }
}
