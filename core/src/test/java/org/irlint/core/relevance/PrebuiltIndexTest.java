package org.irlint.core.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.irlint.core.text.TextView;
import org.junit.jupiter.api.Test;

/** The index the build writes for the bundled library is the one an engine would build, and only used for it. */
class PrebuiltIndexTest {
    private static final ReferenceLibrary BUNDLED = ReferenceLibrary.load(List.of(), new ArrayList<>());

    @Test
    void theBuildWroteAnIndexForTheBundledLibrary() {
        assertNotNull(PrebuiltIndex.load(BUNDLED), "process-classes should have written irlint/index (PrebuiltIndex.main)");
    }

    @Test
    void itHoldsExactlyWhatIndexingTheLibraryNowWouldWrite() throws IOException {
        ReferenceIndex fresh = ReferenceIndex.build(BUNDLED,
                ReferenceAnalyzer.forIndex(LuceneRelevance.vocabulary(BUNDLED)), Integer.MAX_VALUE);
        ReferenceIndex prebuilt = ReferenceIndex.open(PrebuiltIndex.load(BUNDLED).directory(), BUNDLED);
        assertEquals(fresh.reader().maxDoc(), prebuilt.reader().maxDoc());
        assertEquals(statistics(fresh.reader()), statistics(prebuilt.reader()));
        for (int doc = 0; doc < fresh.reader().maxDoc(); doc++) {
            assertEquals(fresh.document(doc), prebuilt.document(doc));
        }
        assertEquals(java.util.Arrays.toString(fresh.domains()), java.util.Arrays.toString(prebuilt.domains()));
    }

    @Test
    void itsSynonymMapExpandsPostsAsTheRulesCompiledNowWould() {
        ReferenceAnalyzer.Vocabulary vocabulary = LuceneRelevance.vocabulary(BUNDLED);
        ReferenceAnalyzer fresh = ReferenceAnalyzer.forQueries(vocabulary, LuceneRelevance.synonyms(vocabulary, BUNDLED));
        ReferenceAnalyzer prebuilt = ReferenceAnalyzer.forQueries(vocabulary, PrebuiltIndex.load(BUNDLED).synonyms());
        List<String> texts = new ArrayList<>(List.of(
                "TACE then Y-90 for HCC; transarterial chemoembolization vs radioembolization (SIRT, TARE)",
                "Uterine fibroid embolization or UFE? #IRad #UFE", "TIPS for portal hypertension, not tips for travel"));
        BUNDLED.allSynonymRules().lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(texts::add);
        for (String text : texts) {
            assertEquals(termsWithOffsets(fresh, text), termsWithOffsets(prebuilt, text), text);
        }
    }

    private static List<String> termsWithOffsets(ReferenceAnalyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        analyzer.termsWithOffsets(ReferenceIndex.BODY, text, (term, start) -> out.add(term + "@" + start));
        return out;
    }

    @Test
    void aModelOnThePrebuiltIndexScoresPostsAsOneBuiltFromScratch() {
        try (LuceneRelevance fast = LuceneRelevance.build(BUNDLED);
             LuceneRelevance scratch = LuceneRelevance.build(withoutLastBackgroundParagraph(BUNDLED), Integer.MAX_VALUE)) {
            // The second library differs by one paragraph, so it is indexed afresh; the scores must stay close,
            // and the first model must equal a model indexed from scratch on the same library (checked above).
            for (String post : List.of("Prostate artery embolization this morning, home by lunch. #IRad",
                    "Season tickets renewed, can't wait for the home opener")) {
                RelevanceAssessment a = fast.assess(TextView.of(post));
                RelevanceAssessment b = scratch.assess(TextView.of(post));
                assertEquals(a.onTopic(), b.onTopic(), post);
                assertEquals(a.score(), b.score(), 0.05, post);
            }
        }
    }

    @Test
    void anyOtherLibraryIsIndexedAfresh() {
        assertNull(PrebuiltIndex.load(withoutLastBackgroundParagraph(BUNDLED)));
        List<ReferenceDocument> fewer = BUNDLED.documents().subList(1, BUNDLED.documents().size());
        assertNull(PrebuiltIndex.load(new ReferenceLibrary(fewer, BUNDLED.irPosts(), BUNDLED.background(),
                BUNDLED.lexicon(), BUNDLED.synonymRules(), BUNDLED.catalogueHashtags())));
    }

    private static ReferenceLibrary withoutLastBackgroundParagraph(ReferenceLibrary l) {
        return new ReferenceLibrary(l.documents(), l.irPosts(), l.background().subList(0, l.background().size() - 1),
                l.lexicon(), l.synonymRules(), l.catalogueHashtags());
    }

    /** field → term → "docFreq/totalTermFreq", over every indexed field. */
    private static Map<String, Map<String, String>> statistics(DirectoryReader reader) throws IOException {
        Map<String, Map<String, String>> out = new TreeMap<>();
        for (var leaf : reader.leaves()) {
            LeafReader r = leaf.reader();
            for (FieldInfo field : r.getFieldInfos()) {
                Terms terms = r.terms(field.name);
                if (terms == null) {
                    continue;
                }
                Map<String, String> m = out.computeIfAbsent(field.name, k -> new TreeMap<>());
                TermsEnum e = terms.iterator();
                for (BytesRef t = e.next(); t != null; t = e.next()) {
                    m.merge(t.utf8ToString(), e.docFreq() + "/" + e.totalTermFreq(), (a, b) -> a + "+" + b);
                }
            }
        }
        return out;
    }
}
