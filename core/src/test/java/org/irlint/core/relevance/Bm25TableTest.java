package org.irlint.core.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Bm25TableTest {
    private static final ReferenceLibrary LIBRARY = SmallLibrary.library();
    private static final ReferenceIndex INDEX = ReferenceIndex.build(LIBRARY,
            ReferenceAnalyzer.forIndex(ReferenceAnalyzer.Vocabulary.of(List.of("GAE", "PCN", "MWA"), List.of())));

    @Test
    void scoresTheDocumentThatUsesTheTermsHighest() {
        Bm25Table bodies = Bm25Table.build(INDEX.reader(), Map.of(ReferenceIndex.BODY, 1.0), INDEX.referenceSlots(),
                INDEX.documents().size());
        double[] scores = bodies.scores(List.of("knee", "pain"));
        assertEquals(3, scores.length);
        assertTrue(scores[0] > 0);
        assertEquals(0.0, scores[1]);
        assertEquals(0.0, scores[2]);
    }

    @Test
    void aRarerTermWeighsMoreThanACommonOne() {
        Bm25Table background = Bm25Table.build(INDEX.reader(), Map.of(ReferenceIndex.BACKGROUND, 1.0),
                INDEX.backgroundSlots(), INDEX.backgroundCount());
        double common = background.scores(List.of("game"))[0]; // in two paragraphs
        double rare = background.scores(List.of("overtime"))[0]; // in one
        assertTrue(rare > common, rare + " vs " + common);
    }

    @Test
    void topMeanAveragesTheBestAndCanLeaveOneOut() {
        Bm25Table background = Bm25Table.build(INDEX.reader(), Map.of(ReferenceIndex.BACKGROUND, 1.0),
                INDEX.backgroundSlots(), INDEX.backgroundCount());
        List<String> terms = List.of("team", "game");
        double[] scores = background.scores(terms);
        assertEquals((scores[0] + scores[1]) / 3, background.topMean(terms, 3, -1), 1e-9);
        assertEquals(scores[1] / 3, background.topMean(terms, 3, 0), 1e-9);
        assertEquals(0.0, background.topMean(List.of("nothing"), 3, -1));
    }
}
