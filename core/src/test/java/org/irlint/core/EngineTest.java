package org.irlint.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.irlint.core.report.Category;
import org.irlint.core.report.Finding;
import org.irlint.core.report.Report;
import org.irlint.core.report.Severity;
import org.irlint.core.report.Verdict;
import org.irlint.core.rules.RuleFileException;
import org.irlint.core.text.CharPositions;
import org.junit.jupiter.api.Test;

class EngineTest {
    private static final Path TEAM_RULES = Path.of("src/test/resources/rules/team-rules.yml");

    private static Engine teamEngine() {
        return Engine.builder().ruleFiles(List.of(TEAM_RULES)).build();
    }

    private static List<Finding> findings(Report r, String ruleId) {
        return r.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    @Test
    void aCheckKeepsNoIndexOfTheDraftOnceItReturns() {
        String draft = "Mrs. Alvarez, MRN 5528173, back for her nephrostomy exchange in room 4B today.";
        CharPositions shared = CharPositions.of(draft); // the index the check's scans would share
        Engine.withDefaults().check(Draft.of(draft));
        assertNotSame(shared, CharPositions.of(draft), "the check must drop the thread's index of the draft");
        CharPositions.forgetTexts();
    }

    @Test
    void aTeamRuleFileAddsRulesWithoutJava() {
        Report r = teamEngine().check(Draft.of("Booked BK-445566 👍"));
        List<Finding> hits = findings(r, "team.booking-code");
        assertEquals(1, hits.size());
        assertEquals(7, hits.get(0).offset());
        assertEquals(9, hits.get(0).length());
        assertEquals(Verdict.BLOCKED, r.verdict());
        assertFalse(hits.get(0).message().contains("445566"), "privacy messages mask the identifier");
    }

    @Test
    void lexiconTermsCarryTheirOwnSuggestions() {
        Report r = teamEngine().check(Draft.of("Ask about PINHOLE   surgery today"));
        Finding f = findings(r, "team.slogan").get(0);
        assertEquals("PINHOLE   surgery", "Ask about PINHOLE   surgery today".substring(f.offset(), f.end()));
        assertEquals(List.of("image-guided treatment"), f.suggestions());
        assertEquals(Severity.INFO, f.severity());
    }

    @Test
    void offsetsAreUtf16EvenAfterEmojiAndCjk() {
        String text = "👩‍⚕️患者 BK-１２３４５６";
        Report r = teamEngine().check(Draft.of(text));
        Finding f = findings(r, "team.booking-code").get(0);
        assertEquals("BK-１２３４５６", text.substring(f.offset(), f.end()));
    }

    @Test
    void rulesCanBeDisabledPerDraftOrPerCategory() {
        Engine engine = teamEngine();
        String text = "BK-445566 pinhole surgery";
        assertTrue(findings(engine.check(new Draft(text, Audience.PUBLIC, Set.of("team.booking-code"), List.of())),
                "team.booking-code").isEmpty());
        Report noPrivacy = engine.check(new Draft(text, Audience.PUBLIC, Set.of("privacy.*"), List.of()));
        assertTrue(findings(noPrivacy, "team.booking-code").isEmpty());
        assertFalse(findings(noPrivacy, "team.slogan").isEmpty());
    }

    @Test
    void severityCanBeChangedWithoutJava() {
        Engine engine = Engine.builder().ruleFiles(List.of(TEAM_RULES)).severity("team.booking-code", Severity.WARNING).build();
        Report r = engine.check(Draft.of("BK-445566"));
        assertEquals(Severity.WARNING, findings(r, "team.booking-code").get(0).severity());
        assertEquals(Verdict.REVIEW, r.verdict());
        assertEquals(Severity.WARNING, engine.rule("team.booking-code").severity());
    }

    @Test
    void allowlistedValuesAreNeverFlagged() {
        Engine engine = Engine.builder().ruleFiles(List.of(TEAM_RULES)).allowlist(List.of("bk 445566")).build();
        assertTrue(findings(engine.check(Draft.of("Call BK-445566")), "team.booking-code").isEmpty());
        assertFalse(findings(engine.check(Draft.of("Call BK-445567")), "team.booking-code").isEmpty());
    }

    @Test
    void brokenRuleFilesSayWhichFileAndWhere() {
        RuleFileException syntax = assertThrows(RuleFileException.class,
                () -> Engine.builder().ruleFiles(List.of(Path.of("src/test/resources/rules/broken-syntax.yml"))).build());
        assertTrue(syntax.getMessage().contains("broken-syntax.yml"), syntax.getMessage());
        assertTrue(syntax.getMessage().contains("line"), syntax.getMessage());
        RuleFileException kind = assertThrows(RuleFileException.class,
                () -> Engine.builder().ruleFiles(List.of(Path.of("src/test/resources/rules/unknown-kind.yml"))).build());
        assertTrue(kind.getMessage().contains("telepathy") && kind.getMessage().contains("lexicon"), kind.getMessage());
        RuleFileException missing = assertThrows(RuleFileException.class,
                () -> Engine.builder().ruleFiles(List.of(Path.of("no/such/file.yml"))).build());
        assertTrue(missing.getMessage().contains("no/such/file.yml"));
    }

    @Test
    void overridingTheSeverityOfAnUnknownRuleIsAConfigurationError() {
        assertThrows(RuleFileException.class, () -> Engine.builder().severity("privacy.nope", Severity.INFO).build());
    }

    @Test
    void textOverTheLimitIsRefused() {
        Engine engine = Engine.withDefaults();
        assertThrows(IllegalArgumentException.class, () -> engine.check(Draft.of("a".repeat(Engine.MAX_TEXT_LENGTH + 1))));
    }

    @Test
    void draftsNeverShowTheirTextWhenPrinted() {
        assertFalse(Draft.of("MRN 4482913").toString().contains("4482913"));
    }

    @Test
    void theReportCountsFindingsPerCategory() {
        Report r = teamEngine().check(Draft.of("BK-445566 and BK-778899"));
        assertEquals(2, r.categories().get(Category.PRIVACY).findings());
        assertTrue(r.categories().get(Category.PRIVACY).score() < 100);
        assertTrue(r.score() <= 40, "a blocked post never scores above the cap");
    }

    @Test
    void closingReleasesTheIndexItBuiltButNotAModelItWasHanded() {
        Engine built = Engine.builder().build();
        assertFalse(built.searchReferences("uterine fibroid embolization", 3).isEmpty());
        built.close();
        assertThrows(RuntimeException.class, () -> built.searchReferences("uterine fibroid embolization", 3),
                "its Lucene index is closed");

        boolean[] closed = {false};
        class HandedModel implements org.irlint.core.relevance.RelevanceModel, java.io.Closeable {
            @Override
            public org.irlint.core.relevance.RelevanceAssessment assess(org.irlint.core.text.TextView text) {
                return new org.irlint.core.relevance.RelevanceAssessment(0, false, List.of(), List.of(), List.of());
            }

            @Override
            public List<org.irlint.core.relevance.ReferenceHit> search(String query, int limit) {
                return List.of();
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        }
        Engine handed = Engine.builder().relevanceModel(new HandedModel()).build();
        handed.close();
        assertFalse(closed[0], "the model belongs to whoever handed it over");
    }
}
