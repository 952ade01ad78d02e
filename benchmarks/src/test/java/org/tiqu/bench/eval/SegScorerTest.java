package org.tiqu.bench.eval;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SegScorerTest {
    @Test
    void wordsAreMatchedByCharacterSpan() {
        // gold 共同|创造|美好|的|新|世纪, system 共同创造|美好|的新|世纪: 美好 and 世纪 match
        SegScorer.Counts c = SegScorer.score(List.of("共同", "创造", "美好", "的", "新", "世纪"),
                List.of("共同创造", "美好", "的新", "世纪"), Set.of());
        assertEquals(new Prf(6, 4, 2), c.words());
        assertEquals(0, c.misaligned());
    }

    @Test
    void sameWordAtAnotherPositionDoesNotMatch() {
        SegScorer.Counts c = SegScorer.score(List.of("中国", "人", "中国"), List.of("中", "国人", "中国"), Set.of());
        assertEquals(new Prf(3, 3, 1), c.words());
    }

    @Test
    void oovRecallCountsGoldWordsOutsideTheTrainingList() {
        SegScorer.Counts c = SegScorer.score(List.of("江", "泽民", "访问", "墨西哥"), List.of("江泽民", "访问", "墨西哥"),
                Set.of("江", "访问"));
        assertEquals(2, c.oovGold()); // 泽民, 墨西哥
        assertEquals(1, c.oovCorrect()); // 墨西哥
        assertEquals(0.5, c.oovRecall(), 1e-9);
    }

    @Test
    void whitespaceInSystemOutputIsIgnored() {
        SegScorer.Counts c = SegScorer.score(List.of("你好", "世界"), List.of("你好", " ", "世\u3000界"), Set.of());
        assertEquals(new Prf(2, 2, 2), c.words());
    }

    @Test
    void differentCharactersAreReportedAsMisaligned() {
        SegScorer.Counts c = SegScorer.score(List.of("你好"), List.of("您好"), Set.of());
        assertEquals(1, c.misaligned());
    }
}
