package org.irlint.core.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.irlint.core.report.ReferenceLink;
import org.irlint.core.report.Topic;
import org.irlint.core.text.TextView;
import org.junit.jupiter.api.Test;

/** The bundled model on posts written for this test (not from any evaluation set). */
class LuceneRelevanceTest {
    static final LuceneRelevance MODEL = LuceneRelevance.build(ReferenceLibrary.load(List.of(), new ArrayList<>()));

    private static RelevanceAssessment assess(String text) {
        return MODEL.assess(TextView.of(text));
    }

    @Test
    void irPostsScoreAboveOtherMedicineAndUnrelatedPosts() {
        List<String> ir = List.of(
                "Prostate artery embolization this morning, home by lunch and no catheter. #IRad",
                "Y90 radioembolization mapping angiogram done, lung shunt fraction low, treating next week",
                "Placed a tunneled dialysis catheter and a PICC before noon, then a nephrostomy exchange");
        List<String> other = List.of(
                "Echo showed a reduced ejection fraction, starting heart failure meds and cardiac rehab referral",
                "Colonoscopy list done: three polyps removed, prep quality was great today",
                "Farmers market haul: peaches, sourdough and a very happy dog 🍑🐶",
                "Season tickets renewed, can't wait for the home opener ⚾");
        double lowestIr = ir.stream().mapToDouble(t -> assess(t).score()).min().orElseThrow();
        double highestOther = other.stream().mapToDouble(t -> assess(t).score()).max().orElseThrow();
        assertTrue(lowestIr > highestOther, "lowest IR " + lowestIr + " vs highest other " + highestOther);
        ir.forEach(t -> assertTrue(assess(t).onTopic()));
        assertFalse(assess(other.get(2)).onTopic());
        assertFalse(assess(other.get(3)).onTopic());
    }

    @Test
    void scoresStayWithinZeroAndOne() {
        for (String t : List.of("", "   ", "🎉🎉🎉", "中文テキスト", "UFE UFE UFE UFE UFE UFE UFE UFE embolization embolization")) {
            double s = assess(t).score();
            assertTrue(s >= 0 && s <= 1, t + " scored " + s);
        }
    }

    @Test
    void namesTheTopicAndLinksAReliableSource() {
        RelevanceAssessment a = assess("Fibroids? Ask about UFE: we block the uterine arteries and the fibroids shrink without surgery.");
        assertTrue(a.onTopic());
        assertEquals("uterine-fibroid-embolization", a.topics().get(0).id());
        ReferenceLink first = a.references().get(0);
        assertEquals("uterine-fibroid-embolization", first.id());
        assertTrue(first.url().startsWith("https://"));
        assertTrue(first.score() > 0 && first.score() <= 1);
        assertTrue(a.topicHashtags().contains("#UFE"), a.topicHashtags().toString());
    }

    @Test
    void acronymsFindTheirTopicEvenInACasualPost() {
        RelevanceAssessment a = assess("Two TIPS today and one BRTO, portal pressures way down 🙌");
        assertTrue(a.onTopic());
        List<String> ids = a.topics().stream().map(Topic::id).toList();
        assertTrue(ids.contains("transjugular-intrahepatic-portosystemic-shunt")
                || ids.contains("balloon-occluded-retrograde-transvenous-obliteration"), ids.toString());
    }

    @Test
    void offTopicPostsNameNoTopicsOrReferences() {
        RelevanceAssessment a = assess("Three tips for a better sourdough crust: steam, heat and patience");
        assertFalse(a.onTopic());
        assertTrue(a.topics().isEmpty());
        assertTrue(a.references().isEmpty());
    }

    @Test
    void searchRanksTheMatchingDocumentFirstWithAHighlightedSnippet() {
        List<ReferenceHit> hits = MODEL.search("knee pain embolization", 5);
        assertFalse(hits.isEmpty());
        assertTrue(hits.size() <= 5);
        assertEquals("genicular-artery-embolization", hits.get(0).id());
        assertTrue(hits.get(0).snippet().contains("<b>"), hits.get(0).snippet());
        for (int i = 1; i < hits.size(); i++) {
            assertTrue(hits.get(i - 1).score() >= hits.get(i).score());
        }
    }

    @Test
    void sharedAcrossThreadsItGivesTheSameAnswers() throws Exception {
        List<String> posts = List.of("Genicular artery embolization for knee pain #IRad", "Pancakes and coffee this morning ☕",
                "PICC placed at the bedside under ultrasound", "Kidney stones: drink water, see your urologist");
        List<RelevanceAssessment> expected = posts.stream().map(LuceneRelevanceTest::assess).toList();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        int k = i % posts.size();
                        if (!assess(posts.get(k)).equals(expected.get(k))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (var run : runs) {
                assertTrue(run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void searchOfNothingFindsNothing() {
        assertTrue(MODEL.search("   ", 5).isEmpty());
        assertTrue(MODEL.search("knee", 0).isEmpty());
        assertTrue(MODEL.search("🎉", 5).isEmpty());
    }
}
