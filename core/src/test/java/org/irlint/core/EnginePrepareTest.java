package org.irlint.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.irlint.core.rules.RuleInfo;
import org.junit.jupiter.api.Test;

/** An engine built from prepared defaults is the engine the same configuration builds from scratch. */
class EnginePrepareTest {
    private static final List<String> POSTS = List.of(
            "Pt John Smith MRN 48213977 did great after his TIPS today, call 555-402-1190 #IRad",
            "Fibroid embolization recovery is usually a few days. Ask your doctor whether UFE is right for you.",
            "Season tickets renewed, can't wait for the home opener");

    private static List<String> ids(Engine e) {
        return e.rules().stream().map(RuleInfo::id).toList();
    }

    @Test
    void preparedRulesMinusTheDisabledOnesCheckAsABuildFromScratch() {
        List<String> off = List.of("reach.readability", "professionalism.*");
        Engine.prepareDefaults();
        Engine prepared = Engine.builder().disable(off).allowlist(List.of("555-402-1190")).build();
        Engine scratch = Engine.builder().disable(off).allowlist(List.of("555-402-1190")).build();
        assertEquals(ids(scratch), ids(prepared));
        assertFalse(ids(prepared).contains("reach.readability"));
        assertTrue(ids(prepared).stream().noneMatch(id -> id.startsWith("professionalism.")));
        for (String post : POSTS) {
            assertEquals(scratch.check(Draft.of(post)), prepared.check(Draft.of(post)), post);
        }
    }

    @Test
    void aBuildWithRuleFilesReadsItsOwnRules() {
        Engine.prepareDefaults();
        Engine engine = Engine.builder().ruleFiles(List.of(Path.of("src/test/resources/rules/team-rules.yml"))).build();
        assertTrue(ids(engine).contains("team.booking-code"), ids(engine).toString());
    }
}
