package org.irlint.core.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.junit.jupiter.api.Test;

class ReferenceAnalyzerTest {
    private static final ReferenceAnalyzer.Vocabulary VOCABULARY =
            ReferenceAnalyzer.Vocabulary.of(Set.of("TIPS", "PAS", "cTACE", "IVC", "UFE", "CBCT"), Set.of("#IRad"));
    private static final ReferenceAnalyzer PLAIN = ReferenceAnalyzer.forIndex(VOCABULARY);

    @Test
    void acronymsKeepTheirCaseAndAreNotStemmed() {
        assertEquals(List.of("TIPS", "for", "varice"), PLAIN.terms("TIPS for varices"));
        assertEquals(List.of("three", "tip", "for", "resident"), PLAIN.terms("three tips for residents"));
        assertEquals(List.of("PAS", "case"), PLAIN.terms("PAS cases"));
    }

    @Test
    void unknownAcronymsAreRecognisedByShapeAndLoseOnlyAPluralS() {
        assertEquals(List.of("PICC", "and", "IVC"), PLAIN.terms("PICCs and IVCs"));
        assertEquals(List.of("cTACE", "today"), PLAIN.terms("cTACE today"));
    }

    @Test
    void shoutedLongWordsAreWordsNotAcronyms() {
        assertEquals(List.of("amazing", "case"), PLAIN.terms("AMAZING case"));
    }

    @Test
    void camelCaseHashtagsSplitButKnownTagsStayWhole() {
        assertEquals(List.of("fibroid", "awareness", "irad"), PLAIN.terms("#FibroidAwareness #IRad"));
    }

    @Test
    void aKnownAcronymBeforeALowerCaseWordEndsTheRun() {
        // not "U" + "FElife": the capitals that spell a known acronym stay together
        assertEquals(List.of("UFE", "life", "CBCT", "day", "IVC"), PLAIN.terms("#UFElife #CBCTday #IVCs"));
        assertEquals(List.of("XML", "parser"), PLAIN.terms("XMLParser")); // unchanged for unknown runs
    }

    @Test
    void urlsEmojiAndHandlesAreHandled() {
        List<String> terms = PLAIN.terms("Great case 🎉🔥 see https://example.org/x?y=1 @CathLabNurses 中文");
        assertFalse(terms.stream().anyMatch(t -> t.contains("example") || t.contains("http")), terms.toString());
        assertFalse(terms.stream().anyMatch(t -> t.codePoints().anyMatch(Character::isSupplementaryCodePoint)), terms.toString());
        assertTrue(terms.containsAll(List.of("great", "case", "cath", "lab", "nurse")), terms.toString());
    }

    @Test
    void synonymsExpandPostsWithAcronymsMatchedInTheirCase() {
        SynonymMap map = ReferenceAnalyzer.synonyms(VOCABULARY,
                ReferenceLibrary.withAcronymCase("cbct, cone beam ct\nUFE, uterine fibroid embolization\n", Set.of("CBCT")));
        ReferenceAnalyzer queries = ReferenceAnalyzer.forQueries(VOCABULARY, map);
        assertTrue(queries.terms("UFE went well").containsAll(List.of("UFE", "uterine", "fibroid", "embolization")));
        assertTrue(queries.terms("CBCT confirmed it").containsAll(List.of("CBCT", "cone", "beam")));
        assertFalse(queries.terms("ufe").contains("uterine"), "a lower-case word is not the acronym");
    }
}
