package org.irlint.maven.report;

import java.util.ArrayList;
import java.util.List;
import org.irlint.core.report.Category;
import org.irlint.core.report.Severity;
import org.irlint.maven.check.CheckRun;
import org.irlint.maven.check.CheckedPost;
import org.irlint.maven.check.LocatedFinding;
import org.irlint.maven.source.InputProblem;

/**
 * Compiler-style lines ({@code path:line:col: severity ruleId message}) that CI logs and IDE consoles link to
 * the file, then each flagged post's score and a summary per category. Messages carry only masked privacy
 * spans (the engine masks {@code {match}}).
 */
public final class ConsoleReport {
    private final Console out;
    private final boolean verbose;

    public ConsoleReport(Console out, boolean verbose) {
        this.out = out;
        this.verbose = verbose;
    }

    public void write(CheckRun run, Verdicts verdicts) {
        for (InputProblem p : run.problems()) {
            String line = p.where() + ": " + p.severity().id() + " " + InputProblem.RULE_ID + " " + p.message();
            emit(p.severity(), line);
        }
        int hiddenHints = 0;
        for (CheckedPost post : run.posts()) {
            // hints (info) are for the HTML report and verbose runs: on 10,000 posts they would bury the errors
            List<LocatedFinding> shown = post.counted().stream()
                    .filter(f -> verbose || f.finding().severity().flags()).toList();
            hiddenHints += post.counted().size() - shown.size();
            String where = post.post().file().relativePath() + ":" + post.post().start().line();
            if (!shown.isEmpty() || verbose || verdicts.belowMinScore(post)) {
                out.info(where + ": post " + post.post().number() + " score " + post.score() + " (" + post.verdict().id() + ")"
                        + (verdicts.belowMinScore(post) ? " below minScore " + verdicts.minScore() : ""));
                for (LocatedFinding f : shown) {
                    emit(f.finding().severity(), line(post, f));
                }
            }
            for (LocatedFinding f : post.findings()) {
                if (!f.counts()) {
                    out.debug(line(post, f) + " [suppressed: " + f.suppression().sarifKind() + "]");
                }
            }
        }
        summary(run);
        if (hiddenHints > 0) {
            out.info("irlint: " + Tally.plural(hiddenHints, "hint") + " not listed here; see the HTML report or run with -Dirlint.verbose");
        }
    }

    static String line(CheckedPost post, LocatedFinding f) {
        return post.post().file().relativePath() + ":" + f.start().line() + ":" + f.start().column() + ": "
                + f.finding().severity().id() + " " + f.finding().ruleId() + " " + f.finding().message();
    }

    private void summary(CheckRun run) {
        Tally t = new Tally(run);
        out.info(String.format("irlint: %s, %s checked in %.1f s; %s ready, %s with findings",
                Tally.plural(run.files().size(), "file"), Tally.plural(run.posts().size(), "post"), run.millis() / 1000.0,
                t.cleanPosts, run.posts().size() - t.cleanPosts));
        List<String> parts = new ArrayList<>();
        for (Category c : Category.values()) {
            parts.add(c.id() + " " + t.count(c, Severity.ERROR) + "E/" + t.count(c, Severity.WARNING) + "W/" + t.count(c, Severity.INFO) + "I");
        }
        out.info("irlint: findings by category (errors/warnings/infos): " + String.join(", ", parts));
        if (t.inSource + t.baseline > 0) {
            out.info("irlint: suppressed " + t.inSource + " by comments, " + t.baseline + " by the baseline");
        }
        if (!run.problems().isEmpty()) {
            out.info("irlint: " + Tally.plural(run.problems().size(), "file problem") + " (see above)");
        }
    }

    private void emit(Severity s, String line) {
        switch (s) {
            case ERROR -> out.error(line);
            case WARNING -> out.warn(line);
            case INFO -> out.info(line);
        }
    }
}
