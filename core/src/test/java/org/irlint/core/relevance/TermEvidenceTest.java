package org.irlint.core.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TermEvidenceTest {
    @Test
    void aTermSeenOnlyInIrTextWeighsForIrAndMoreWithMoreUse() {
        double rare = TermEvidence.weight(10, 0, 50_000, 12_000);
        double common = TermEvidence.weight(200, 0, 50_000, 12_000);
        assertTrue(rare > 0);
        assertTrue(common > rare);
    }

    @Test
    void aTermSeenOnlyOnceOrTwiceIsNotYetEvidence() {
        // the smoothing (α = 3) keeps a word that happens to occur in one or two IR texts from counting
        assertTrue(Math.abs(TermEvidence.weight(2, 0, 50_000, 12_000)) < 0.5);
    }

    @Test
    void aTermSeenOnlyInTheBackgroundWeighsAgainst() {
        assertTrue(TermEvidence.weight(0, 20, 50_000, 12_000) < 0);
    }

    @Test
    void proportionsNotRawCountsDecide() {
        // 10 in 50,000 IR tokens is rarer than 10 in 12,000 background tokens
        assertTrue(TermEvidence.weight(10, 10, 50_000, 12_000) < 0);
    }

    @Test
    void aTermUsedAcrossManyBackgroundDomainsIsEverydayLanguage() {
        assertEquals(1.0, TermEvidence.topicality(0));
        assertEquals(1.0, TermEvidence.topicality(1));
        assertTrue(TermEvidence.topicality(3) < 1 && TermEvidence.topicality(3) > 0);
        assertEquals(0.0, TermEvidence.topicality(12));
    }
}
