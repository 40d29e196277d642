package org.irlint.maven.report;

import java.util.ArrayList;
import java.util.List;
import org.irlint.maven.check.CheckRun;
import org.irlint.maven.check.CheckedPost;
import org.irlint.maven.check.LocatedFinding;
import org.irlint.maven.source.InputProblem;

/** Applies {@code failOn} and {@code minScore} to a run: which posts and problems fail the build, and why. */
public record Verdicts(FailOn failOn, Integer minScore) {

    /** Whether this post fails the build on its own (JUnit marks it failed). */
    public boolean fails(CheckedPost post) {
        return !failingFindings(post).isEmpty() || belowMinScore(post);
    }

    public boolean belowMinScore(CheckedPost post) {
        return minScore != null && failOn != FailOn.NEVER && post.score() < minScore;
    }

    public List<LocatedFinding> failingFindings(CheckedPost post) {
        return post.counted().stream().filter(f -> failOn.fails(f.finding().severity())).toList();
    }

    public boolean fails(InputProblem problem) {
        return failOn.fails(problem.severity());
    }

    /** One sentence per reason the build fails; empty when it passes. */
    public List<String> reasons(CheckRun run) {
        List<String> reasons = new ArrayList<>();
        int findings = 0;
        int posts = 0;
        int low = 0;
        for (CheckedPost p : run.posts()) {
            int n = failingFindings(p).size();
            findings += n;
            posts += n > 0 ? 1 : 0;
            low += belowMinScore(p) ? 1 : 0;
        }
        if (findings > 0) {
            reasons.add(findings + (findings == 1 ? " finding" : " findings") + " at or above failOn=" + failOn.name().toLowerCase()
                    + " in " + posts + (posts == 1 ? " post" : " posts"));
        }
        if (low > 0) {
            reasons.add(low + (low == 1 ? " post scores" : " posts score") + " below minScore=" + minScore);
        }
        long problems = run.problems().stream().filter(this::fails).count();
        if (problems > 0) {
            reasons.add(problems + (problems == 1 ? " file could not be checked" : " file problems"));
        }
        return reasons;
    }
}
