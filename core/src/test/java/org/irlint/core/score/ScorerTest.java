package org.irlint.core.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.irlint.core.relevance.RelevanceAssessment;
import org.irlint.core.report.Category;
import org.irlint.core.report.Finding;
import org.irlint.core.report.Severity;
import org.irlint.core.report.Verdict;
import org.junit.jupiter.api.Test;

class ScorerTest {
    private static final RelevanceAssessment ON_TOPIC = new RelevanceAssessment(0.9, true, List.of(), List.of(), List.of());
    private static final RelevanceAssessment OFF_TOPIC = new RelevanceAssessment(0.25, false, List.of(), List.of(), List.of());

    private static Finding finding(Category c, Severity s) {
        return new Finding("x.y", c, s, 0, 1, "m", List.of(), null);
    }

    @Test
    void aCleanOnTopicPostScoresOneHundredAndIsReady() {
        Scorer.Result r = new Scorer().score(List.of(), ON_TOPIC);
        assertEquals(100, r.score());
        assertEquals(Verdict.READY, r.verdict());
    }

    @Test
    void infoHintsNeitherFlagNorCost() {
        Scorer.Result r = new Scorer().score(List.of(finding(Category.REACH, Severity.INFO)), ON_TOPIC);
        assertEquals(100, r.score());
        assertEquals(Verdict.READY, r.verdict());
    }

    @Test
    void anyPrivacyErrorBlocks() {
        Scorer.Result r = new Scorer().score(List.of(finding(Category.PRIVACY, Severity.ERROR)), ON_TOPIC);
        assertEquals(Verdict.BLOCKED, r.verdict());
        assertTrue(r.score() <= Scorer.BLOCKED_CAP);
    }

    @Test
    void otherErrorsAndAnyWarningAskForReview() {
        assertEquals(Verdict.REVIEW, new Scorer().score(List.of(finding(Category.REACH, Severity.ERROR)), ON_TOPIC).verdict());
        assertEquals(Verdict.REVIEW, new Scorer().score(List.of(finding(Category.PRIVACY, Severity.WARNING)), ON_TOPIC).verdict());
    }

    @Test
    void offTopicPostsLoseRelevancePointsInProportion() {
        Scorer.Result r = new Scorer().score(List.of(), OFF_TOPIC);
        assertEquals(20, r.categories().relevance().score());
        assertTrue(r.score() < 100);
    }
}
