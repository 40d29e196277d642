package org.irlint.core.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.irlint.core.Audience;
import org.irlint.core.Draft;
import org.irlint.core.Engine;
import org.irlint.core.report.Finding;
import org.irlint.core.report.Severity;
import org.junit.jupiter.api.Test;

class OffFocusRuleTest {
    private static final Engine ENGINE = Engine.withDefaults();
    private static final String OFF = "  Pancakes for the whole family this Sunday morning, blueberry ones 🥞 ";

    private static List<Finding> offFocus(String text, Audience audience) {
        return ENGINE.check(Draft.of(text, audience)).findings().stream()
                .filter(f -> f.ruleId().equals("relevance.off-focus")).toList();
    }

    @Test
    void aHintForColleaguesAndAWarningForPatientsNeverAnError() {
        assertEquals(Severity.INFO, offFocus(OFF, Audience.CLINICIANS).get(0).severity());
        assertEquals(Severity.INFO, offFocus(OFF, Audience.PUBLIC).get(0).severity());
        assertEquals(Severity.WARNING, offFocus(OFF, Audience.PATIENTS).get(0).severity());
    }

    @Test
    void coversThePostWithoutSurroundingSpaceOrSplittingTheEmoji() {
        Finding f = offFocus(OFF, Audience.PATIENTS).get(0);
        assertEquals(2, f.offset());
        assertEquals(OFF.stripTrailing().length(), f.end());
    }

    @Test
    void quietOnIrAndOnEmptyPosts() {
        assertTrue(offFocus("Genicular artery embolization eased her knee pain for months. #IRad", Audience.PATIENTS).isEmpty());
        assertTrue(offFocus("   ", Audience.PATIENTS).isEmpty());
    }
}
