package org.irlint.core.report;

import java.util.List;

/** Everything irlint says about one draft: exactly the shape of the check contract. */
public record Report(
        int score,
        Verdict verdict,
        CategoryScores categories,
        RelevanceSummary relevance,
        LengthSummary length,
        HashtagSummary hashtags,
        List<ReferenceLink> references,
        List<Finding> findings) {

    public Report {
        references = List.copyOf(references);
        findings = List.copyOf(findings);
    }

    /** A post is flagged in a category when it has a finding of that category that is an error or a warning. */
    public boolean flagged(Category category) {
        return findings.stream().anyMatch(f -> f.category() == category && f.severity().flags());
    }

    public List<Finding> findings(Category category) {
        return findings.stream().filter(f -> f.category() == category).toList();
    }
}
