package org.irlint.core.rules;

import java.util.List;
import org.irlint.core.report.Category;
import org.irlint.core.report.Severity;

/** What a rule is, for the catalogue, documentation and its own example tests. */
public record RuleInfo(
        String id,
        Category category,
        Severity severity,
        String description,
        String explanation,
        String url,
        List<RuleExample> badExamples,
        List<RuleExample> goodExamples,
        String source) {

    public RuleInfo {
        badExamples = List.copyOf(badExamples);
        goodExamples = List.copyOf(goodExamples);
    }

    public RuleInfo withSeverity(Severity newSeverity) {
        return new RuleInfo(id, category, newSeverity, description, explanation, url, badExamples, goodExamples, source);
    }
}
