package org.irlint.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.irlint.core.Attachment;
import org.irlint.core.Engine;
import org.irlint.core.report.Finding;
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

    private static List<Attachment> attachments(RuleExample example) {
        return example.attachment() ? List.of(new Attachment("image", null)) : List.of();
    }

    /**
     * A bad example must fire the rule on its own or in the full engine (phase-1 rules such as combinations
     * need the others), covering the marked span exactly when there is one.
     */
    private static void assertFires(RuleInfo rule, RuleExample example) {
        String text = example.plainText();
        List<Finding> hits = new java.util.ArrayList<>(RuleHarness.only(ENGINE, rule.id(), text, example.audience(), attachments(example)));
        hits.addAll(RuleHarness.inEngine(ENGINE, rule.id(), text, example.audience(), attachments(example)));
        assertFalse(hits.isEmpty(), rule.id() + " should fire on: " + text);
        int[] span = example.markedSpan();
        if (span != null) {
            assertTrue(hits.stream().anyMatch(f -> f.offset() == span[0] && f.end() == span[1]),
                    rule.id() + " should cover exactly '" + text.substring(span[0], span[1]) + "' but found "
                            + hits.stream().map(f -> "'" + text.substring(f.offset(), f.end()) + "'").toList());
        }
    }

    /** A good example must stay quiet both on its own and in the full engine. */
    private static void assertQuiet(RuleInfo rule, RuleExample example) {
        String text = example.plainText();
        List<Finding> hits = new java.util.ArrayList<>(RuleHarness.only(ENGINE, rule.id(), text, example.audience(), attachments(example)));
        hits.addAll(RuleHarness.inEngine(ENGINE, rule.id(), text, example.audience(), attachments(example)));
        assertEquals(List.of(), hits.stream().map(f -> text.substring(f.offset(), f.end())).distinct().toList(),
                rule.id() + " should not fire on: " + text);
    }
}
