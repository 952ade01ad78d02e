package org.tiqu.bench.eval;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScorerTest {
    private static Annotation a(String type, int start, int end) {
        return new Annotation(type, start, end);
    }

    @Test
    void exactCountsOnlyEqualSpanAndType() {
        List<Annotation> gold = List.of(a("PERSON", 0, 3), a("PLACE", 4, 6), a("PLACE", 8, 10));
        List<Annotation> pred = List.of(a("PERSON", 0, 3), a("ORGANIZATION", 4, 6), a("PLACE", 8, 11));
        assertEquals(new Prf(3, 3, 1), Scorer.exact(gold, pred, Set.of("PERSON", "PLACE", "ORGANIZATION")));
    }

    @Test
    void exactScoresOneTypeAtATime() {
        List<Annotation> gold = List.of(a("PERSON", 0, 3), a("PLACE", 4, 6));
        List<Annotation> pred = List.of(a("PERSON", 0, 3), a("PLACE", 4, 6), a("PLACE", 7, 9));
        assertEquals(new Prf(1, 2, 1), Scorer.exact(gold, pred, "PLACE"));
    }

    @Test
    void aDuplicatedPredictionMatchesOnlyOnce() {
        List<Annotation> gold = List.of(a("DATE", 0, 2));
        List<Annotation> pred = List.of(a("DATE", 0, 2), a("DATE", 0, 2));
        assertEquals(new Prf(1, 2, 1), Scorer.exact(gold, pred, "DATE"));
    }

    @Test
    void outermostDropsSpansInsideALargerOneOfTheScoredTypes() {
        Annotation org = a("ORGANIZATION", 0, 10);
        Annotation place = a("PLACE", 0, 3);
        Annotation date = a("DATE", 2, 4);
        Annotation person = a("PERSON", 12, 15);
        List<Annotation> kept = Scorer.outermost(List.of(org, place, date, person),
                Set.of("PERSON", "PLACE", "ORGANIZATION"));
        assertEquals(List.of(org, date, person), kept);
    }

    @Test
    void outermostKeepsEqualSpansOfDifferentTypes() {
        Annotation place = a("PLACE", 0, 3);
        Annotation org = a("ORGANIZATION", 0, 3);
        assertEquals(List.of(place, org), Scorer.outermost(List.of(place, org), Set.of("PLACE", "ORGANIZATION")));
    }

    @Test
    void aNameInsideAPolicyThatGoldWritesAsOneWordIsNotScored() {
        // 高举邓小平理论旗帜: PD98 writes 邓小平理论/n as one word
        Annotation policy = a("POLICY", 2, 7);
        Annotation person = a("PERSON", 2, 5);
        Annotation place = a("PLACE", 9, 11);
        Set<List<Integer>> words = Set.of(List.of(0, 2), List.of(2, 7), List.of(7, 9), List.of(9, 11));
        assertEquals(List.of(policy, place), Scorer.withoutNamesInsideWholeWords(List.of(policy, person, place),
                Set.of("PERSON", "PLACE"), Set.of("POLICY"), words));
    }

    @Test
    void aNameInsideAPolicyThatGoldSplitsIntoWordsIsScored() {
        // 中国/ns 特色/n 社会主义/n: gold marks the PLACE inside the predicted POLICY
        Annotation policy = a("POLICY", 0, 9);
        Annotation place = a("PLACE", 0, 2);
        Set<List<Integer>> words = Set.of(List.of(0, 2), List.of(2, 4), List.of(4, 9));
        assertEquals(List.of(policy, place), Scorer.withoutNamesInsideWholeWords(List.of(policy, place),
                Set.of("PLACE"), Set.of("POLICY"), words));
    }

    @Test
    void overlapFoundCountsGoldTouchedByAPrediction() {
        List<Annotation> gold = List.of(a("POLICY", 0, 5), a("POLICY", 10, 15), a("POLICY", 20, 25));
        List<Annotation> pred = List.of(a("POLICY", 3, 7), a("DATE", 10, 12), a("POLICY", 25, 27));
        assertEquals(1, Scorer.overlapFound(gold, pred, "POLICY"));
    }

    @Test
    void valuesAreComparedOnExactlyMatchedSpansOnly() {
        List<Annotation> gold = List.of(new Annotation("DATE", 0, 5, "2023-08-15"),
                new Annotation("DATE", 7, 9, "2023"), new Annotation("DATE", 12, 14, "PAST_REF"));
        List<Annotation> pred = List.of(new Annotation("DATE", 0, 5, "2023-08-15"),
                new Annotation("DATE", 7, 9, "2022"), new Annotation("DATE", 12, 15, "PAST_REF"));
        assertEquals(new Scorer.ValueCounts(2, 1), Scorer.values(gold, pred, "DATE"));
    }

    @Test
    void pd98SuffixIsTrimmedWhenThatMatchesTheGold() {
        String text = "１９９７年以来，经济增长";
        List<Annotation> gold = List.of(a("DATE", 0, 5));
        List<Annotation> pred = List.of(a("DATE", 0, 7));
        assertEquals(List.of(a("DATE", 0, 5)), Scorer.trimPd98DateSuffixes(text, gold, pred));
    }

    @Test
    void pd98LeadingPartOfDayBeforeAClockTimeIsTrimmedWhenThatMatchesTheGold() {
        String text = "演出于晚８时开始";
        List<Annotation> gold = List.of(a("DATE", 4, 6));
        List<Annotation> pred = List.of(a("DATE", 3, 6));
        assertEquals(List.of(a("DATE", 4, 6)), Scorer.trimPd98DateSuffixes(text, gold, pred));
    }

    @Test
    void pd98SuffixIsKeptWhenTheWholeSpanMatches() {
        String text = "去年底完成";
        List<Annotation> gold = List.of(a("DATE", 0, 3));
        List<Annotation> pred = List.of(a("DATE", 0, 3));
        assertEquals(pred, Scorer.trimPd98DateSuffixes(text, gold, pred));
    }

    @Test
    void pd98SuffixIsKeptWhenTrimmingMatchesNothing() {
        String text = "近年来发展";
        List<Annotation> gold = List.of(a("DATE", 0, 1));
        List<Annotation> pred = List.of(a("DATE", 0, 3));
        assertEquals(pred, Scorer.trimPd98DateSuffixes(text, gold, pred));
    }

    @Test
    void pd98EndOfYearSuffixIsTrimmedLikeDi() {
        String text = "１９９６年末，全国";
        List<Annotation> gold = List.of(a("DATE", 0, 5));
        List<Annotation> pred = List.of(a("DATE", 0, 6));
        assertEquals(List.of(a("DATE", 0, 5)), Scorer.trimPd98DateSuffixes(text, gold, pred));
    }

    @Test
    void pd98EveningAfterADayIsTrimmed() {
        String text = "８日晚在拉巴特";
        List<Annotation> gold = List.of(a("DATE", 0, 2));
        List<Annotation> pred = List.of(a("DATE", 0, 3));
        assertEquals(List.of(a("DATE", 0, 2)), Scorer.trimPd98DateSuffixes(text, gold, pred));
    }
}
