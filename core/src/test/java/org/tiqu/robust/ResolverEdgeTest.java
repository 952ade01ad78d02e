package org.tiqu.robust;

import org.junit.jupiter.api.Test;
import org.tiqu.Entity;
import org.tiqu.EntityType;
import org.tiqu.internal.recognize.Mention;
import org.tiqu.internal.resolve.Resolver;
import org.tiqu.internal.text.NormalizedText;
import org.tiqu.internal.text.Normalizer;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The resolver repairs recognizer spans that would break the entity offset contract. */
class ResolverEdgeTest {

    private static List<Entity> resolve(String text, Mention... mentions) {
        NormalizedText norm = Normalizer.normalize(text);
        return Resolver.resolve(norm, new ArrayList<>(List.of(mentions)));
    }

    @Test
    void whitespaceAtTheEdgesOfAMentionIsLeftOut() {
        assertEquals(List.of(new Entity(EntityType.DATE, "8月15日", 3, 8, "2023-08-15")),
                resolve("今天 8月15日 上午", new Mention(EntityType.DATE, 2, 9, "2023-08-15", Mention.Priority.RULE)));
    }

    @Test
    void whitespaceOnlyMentionIsDropped() {
        assertEquals(List.of(), resolve("北京   上海", new Mention(EntityType.PLACE, 2, 5)));
    }

    @Test
    void mentionCuttingASurrogatePairIsWidenedToTheWholePair() {
        String text = "北京\uD840\uDC00市";
        assertEquals(List.of(new Entity(EntityType.PLACE, "北京\uD840\uDC00", 0, 4, null)),
                resolve(text, new Mention(EntityType.PLACE, 0, 3)));
        assertEquals(List.of(new Entity(EntityType.PLACE, "\uD840\uDC00市", 2, 5, null)),
                resolve(text, new Mention(EntityType.PLACE, 3, 5)));
    }

    @Test
    void longerMentionOfATypeWinsAndOtherTypesNest() {
        String text = "兵团第六师五家渠市党委";
        assertEquals(List.of(new Entity(EntityType.ORGANIZATION, text, 0, 11, null),
                        new Entity(EntityType.PLACE, "五家渠市", 5, 9, null)),
                resolve(text, new Mention(EntityType.ORGANIZATION, 5, 11), new Mention(EntityType.ORGANIZATION, 0, 11),
                        new Mention(EntityType.PLACE, 5, 9)));
    }

    @Test
    void nothingButTheCallersWordsNestsInsideAPerson() {
        String text = "乔治·华盛顿";
        assertEquals(List.of(new Entity(EntityType.PERSON, text, 0, 6, null)),
                resolve(text, new Mention(EntityType.PLACE, 3, 6), new Mention(EntityType.PERSON, 0, 6)));
        assertEquals(List.of(new Entity(EntityType.PERSON, text, 0, 6, null), new Entity(EntityType.PLACE, "华盛顿", 3, 6, null)),
                resolve(text, new Mention(EntityType.PLACE, 3, 6, null, Mention.Priority.USER_LEXICON),
                        new Mention(EntityType.PERSON, 0, 6)));
    }

    @Test
    void aPolicyTermInsideAnOrganisationsNameIsNoPolicyMention() {
        String text = "广东省对口支援新疆工作前方指挥部";
        List<Entity> es = resolve(text + "推进对口支援", new Mention(EntityType.ORGANIZATION, 0, 16),
                new Mention(EntityType.PLACE, 0, 3), new Mention(EntityType.POLICY, 3, 7, null, Mention.Priority.RULE),
                new Mention(EntityType.PLACE, 7, 9),
                new Mention(EntityType.POLICY, 18, 22, null, Mention.Priority.RULE));
        assertEquals(List.of("ORGANIZATION 0", "PLACE 0", "PLACE 7", "POLICY 18"),
                es.stream().map(e -> e.type() + " " + e.start()).toList());
        // the caller's own term stays
        assertEquals(2, resolve(text, new Mention(EntityType.ORGANIZATION, 0, 16),
                new Mention(EntityType.POLICY, 3, 7, null, Mention.Priority.USER_LEXICON)).size());
    }

    @Test
    void mentionCrossingALongerOneOfAnotherTypeIsDropped() {
        assertEquals(List.of(new Entity(EntityType.ORGANIZATION, "五家渠市党委", 0, 6, null)),
                resolve("五家渠市党委书记", new Mention(EntityType.ORGANIZATION, 0, 6), new Mention(EntityType.PERSON, 4, 8)));
    }

    @Test
    void userLexiconWinsOverALongerStatisticalMention() {
        assertEquals(List.of(new Entity(EntityType.PLACE, "五家渠", 0, 3, null)),
                resolve("五家渠市", new Mention(EntityType.PLACE, 0, 4),
                        new Mention(EntityType.PLACE, 0, 3, null, Mention.Priority.USER_LEXICON)));
    }
}
