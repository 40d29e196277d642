package org.irlint.core.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelevanceScorerTest {
    private static final ReferenceIndex INDEX = ReferenceIndex.build(SmallLibrary.library(),
            ReferenceAnalyzer.forIndex(ReferenceAnalyzer.Vocabulary.of(List.of("GAE", "PCN", "MWA"), List.of())));
    private static final TermEvidence EVIDENCE = TermEvidence.read(INDEX.reader(), ReferenceIndex.IR_FIELDS,
            ReferenceIndex.BACKGROUND, INDEX.domains());
    private static final RelevanceScorer TERMS_ONLY = new RelevanceScorer(EVIDENCE, null, null);

    @Test
    void irWordsGiveEvidenceAndEverydayWordsGiveNone() {
        assertTrue(TERMS_ONLY.termEvidence(List.of("knee", "embolization"), new int[] {0, 5}) > 0);
        assertEquals(0.0, TERMS_ONLY.termEvidence(List.of("game", "team"), new int[] {0, 5}));
    }

    @Test
    void synonymsStartingAtTheSameWordCountOnce() {
        double alone = TERMS_ONLY.termEvidence(List.of("knee"), new int[] {0});
        double withSynonym = TERMS_ONLY.termEvidence(List.of("knee", "kidney"), new int[] {0, 0});
        double separate = TERMS_ONLY.termEvidence(List.of("knee", "kidney"), new int[] {0, 6});
        assertEquals(Math.max(alone, TERMS_ONLY.termEvidence(List.of("kidney"), new int[] {0})), withSynonym, 1e-9);
        assertTrue(separate > withSynonym);
    }

    @Test
    void aRepeatedWordCountsOnce() {
        assertEquals(TERMS_ONLY.termEvidence(List.of("knee"), new int[] {0}),
                TERMS_ONLY.termEvidence(List.of("knee", "knee", "knee"), new int[] {0, 5, 10}), 1e-9);
    }

    @Test
    void contrastIsPositiveForIrTextAndNegativeForBackgroundText() {
        RelevanceScorer full = new RelevanceScorer(EVIDENCE,
                Bm25Table.build(INDEX.reader(), Map.of(ReferenceIndex.BODY, 1.0), INDEX.referenceSlots(), 3),
                Bm25Table.build(INDEX.reader(), Map.of(ReferenceIndex.BACKGROUND, 1.0), INDEX.backgroundSlots(),
                        INDEX.backgroundCount()));
        assertTrue(full.contrast(List.of("kidney", "tube", "drain"), -1, -1) > 0);
        assertTrue(full.contrast(List.of("team", "game", "overtime"), -1, -1) < 0);
    }

    @Test
    void theScoreIsACalibratedProbabilityWithTheThresholdAtItsMidpoint() {
        assertEquals(0.5, TERMS_ONLY.score(RelevanceScorer.MIDPOINT), 1e-9);
        assertTrue(TERMS_ONLY.score(-1000) >= 0 && TERMS_ONLY.score(1000) <= 1);
        assertTrue(TERMS_ONLY.score(5) > TERMS_ONLY.score(4));
        assertTrue(TERMS_ONLY.onTopic(TERMS_ONLY.score(RelevanceScorer.MIDPOINT + 0.1)));
        assertFalse(TERMS_ONLY.onTopic(TERMS_ONLY.score(RelevanceScorer.MIDPOINT - 0.1)));
    }
}
