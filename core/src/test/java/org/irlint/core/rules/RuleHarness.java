package org.irlint.core.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.irlint.core.Attachment;
import org.irlint.core.Audience;
import org.irlint.core.Draft;
import org.irlint.core.Engine;
import org.irlint.core.report.Finding;

/**
 * Runs one rule on its own, as LanguageTool's rule tests do. In the full engine, overlapping privacy
 * findings are merged into one (the strongest), so a rule's finding can be replaced by an equal one from
 * a complementary detector; tests about a rule must see the rule itself.
 */
public final class RuleHarness {
    private RuleHarness() {
    }

    public static List<Finding> only(Engine engine, String ruleId, String text) {
        return only(engine, ruleId, text, Audience.PUBLIC, List.of());
    }

    public static List<Finding> only(Engine engine, String ruleId, String text, Audience audience, List<Attachment> attachments) {
        Set<String> others = new HashSet<>();
        for (RuleInfo r : engine.rules()) {
            if (!r.id().equals(ruleId)) {
                others.add(r.id());
            }
        }
        return engine.check(new Draft(text, audience, others, attachments)).findings().stream()
                .filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** The rule's findings in the full engine, after merging. */
    public static List<Finding> inEngine(Engine engine, String ruleId, String text, Audience audience, List<Attachment> attachments) {
        return engine.check(new Draft(text, audience, Set.of(), attachments)).findings().stream()
                .filter(f -> f.ruleId().equals(ruleId)).toList();
    }
}
