package org.irlint.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.irlint.core.Attachment;
import org.irlint.core.Draft;
import org.irlint.core.Engine;
import org.irlint.core.report.Finding;
import org.irlint.core.report.Report;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every bundled rule's examples run as tests, as LanguageTool's do: each bad example must produce a finding
 * of that rule (covering the {@code <marker>} span exactly, when marked) and each good one must not.
 */
class RuleExamplesTest {
    private static final Engine ENGINE = Engine.withDefaults();

    @TestFactory
    Stream<DynamicTest> everyRuleExample() {
        List<DynamicTest> tests = new ArrayList<>();
        for (RuleInfo rule : ENGINE.rules()) {
            int i = 0;
            for (RuleExample bad : rule.badExamples()) {
                tests.add(DynamicTest.dynamicTest(rule.id() + " fires on bad example " + (++i), () -> assertFires(rule, bad)));
            }
            i = 0;
            for (RuleExample good : rule.goodExamples()) {
                tests.add(DynamicTest.dynamicTest(rule.id() + " stays quiet on good example " + (++i), () -> assertQuiet(rule, good)));
            }
        }
        return tests.stream();
    }

    @Test
    void everyRuleHasBothKindsOfExample() {
        for (RuleInfo rule : ENGINE.rules()) {
            assertFalse(rule.badExamples().isEmpty(), rule.id() + " has no bad example");
            assertFalse(rule.goodExamples().isEmpty(), rule.id() + " has no good example");
            assertFalse(rule.description().equals(rule.id()), rule.id() + " has no description");
        }
    }

    private static Report check(RuleExample example) {
        List<Attachment> attachments = example.attachment() ? List.of(new Attachment("image", null)) : List.of();
        return ENGINE.check(new Draft(example.plainText(), example.audience(), Set.of(), attachments));
    }

    private static void assertFires(RuleInfo rule, RuleExample example) {
        List<Finding> hits = check(example).findings().stream().filter(f -> f.ruleId().equals(rule.id())).toList();
        assertFalse(hits.isEmpty(), rule.id() + " should fire on: " + example.plainText());
        int[] span = example.markedSpan();
        if (span != null) {
            assertTrue(hits.stream().anyMatch(f -> f.offset() == span[0] && f.end() == span[1]),
                    rule.id() + " should cover exactly '" + example.plainText().substring(span[0], span[1]) + "' but found "
                            + hits.stream().map(f -> "'" + example.plainText().substring(f.offset(), f.end()) + "'").toList());
        }
    }

    private static void assertQuiet(RuleInfo rule, RuleExample example) {
        List<Finding> hits = check(example).findings().stream().filter(f -> f.ruleId().equals(rule.id())).toList();
        assertEquals(List.of(), hits.stream().map(f -> example.plainText().substring(f.offset(), f.end())).toList(),
                rule.id() + " should not fire on: " + example.plainText());
    }
}
