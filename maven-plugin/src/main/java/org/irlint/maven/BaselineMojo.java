package org.irlint.maven;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.irlint.maven.check.CheckRun;
import org.irlint.maven.check.CheckedPost;
import org.irlint.maven.check.LocatedFinding;
import org.irlint.maven.check.Suppression;
import org.irlint.maven.suppress.Baseline;

/**
 * Writes {@code irlint-baseline.json} with every finding the repository has today (except those already
 * suppressed by comments), so a team can adopt irlint on an old repository and fail only on new findings.
 * Commit the file; it holds rule ids and fingerprints, never the flagged text. Never fails the build.
 */
@Mojo(name = "baseline", threadSafe = true, requiresProject = false)
public class BaselineMojo extends AbstractIrlintMojo {

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("irlint: skipped (irlint.skip)");
            return;
        }
        CheckRun run = check(Baseline.empty());
        if (run == null) {
            return;
        }
        List<Baseline.Entry> entries = new ArrayList<>();
        for (CheckedPost p : run.posts()) {
            for (LocatedFinding f : p.findings()) {
                if (f.suppression() != Suppression.IN_SOURCE) {
                    entries.add(new Baseline.Entry(p.post().file().relativePath(), f.finding().ruleId(), f.fingerprint(),
                            f.start().line()));
                }
            }
        }
        try {
            Baseline.write(baselinePath(), entries);
        } catch (IOException e) {
            throw new MojoExecutionException("irlint: cannot write the baseline " + baselinePath() + ": " + e.getMessage(), e);
        }
        getLog().info("irlint: wrote " + entries.size() + " accepted findings from " + run.posts().size() + " posts to "
                + baselinePath() + "; commit it, and new findings will still fail the build");
        if (!run.problems().isEmpty()) {
            getLog().warn("irlint: " + run.problems().size() + " file problems are not baselined; fix them or exclude the files");
        }
    }
}
