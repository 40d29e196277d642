package org.irlint.maven.report;

import java.util.EnumMap;
import java.util.Map;
import org.irlint.core.report.Category;
import org.irlint.core.report.Severity;
import org.irlint.maven.check.CheckRun;
import org.irlint.maven.check.CheckedPost;
import org.irlint.maven.check.LocatedFinding;
import org.irlint.maven.check.Suppression;

/** Counts for the summaries: findings by category and severity, suppressed ones, posts by verdict. */
final class Tally {
    final Map<Category, int[]> bySeverity = new EnumMap<>(Category.class);
    int inSource;
    int baseline;
    int findings;
    int cleanPosts;

    Tally(CheckRun run) {
        for (Category c : Category.values()) {
            bySeverity.put(c, new int[Severity.values().length]);
        }
        for (CheckedPost p : run.posts()) {
            if (p.counted().isEmpty()) {
                cleanPosts++;
            }
            for (LocatedFinding f : p.findings()) {
                if (f.suppression() == Suppression.IN_SOURCE) {
                    inSource++;
                } else if (f.suppression() == Suppression.BASELINE) {
                    baseline++;
                } else {
                    findings++;
                    bySeverity.get(f.finding().category())[f.finding().severity().ordinal()]++;
                }
            }
        }
    }

    int count(Category c, Severity s) {
        return bySeverity.get(c)[s.ordinal()];
    }

    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
