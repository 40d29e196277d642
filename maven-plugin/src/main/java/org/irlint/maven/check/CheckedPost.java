package org.irlint.maven.check;

import java.util.List;
import org.irlint.core.report.Report;
import org.irlint.core.report.Verdict;
import org.irlint.maven.source.Post;

/**
 * A post and what the engine said, placed in the file. {@code score} and {@code verdict} count only the
 * findings that are not suppressed, so a reviewed suppression also lifts the score.
 */
public record CheckedPost(Post post, Report report, List<LocatedFinding> findings, int score, Verdict verdict) {
    public CheckedPost {
        findings = List.copyOf(findings);
    }

    public List<LocatedFinding> counted() {
        return findings.stream().filter(LocatedFinding::counts).toList();
    }
}
