package org.irlint.maven.check;

import java.util.List;
import org.irlint.core.rules.RuleInfo;
import org.irlint.maven.source.InputProblem;

/** Everything one execution found, in file order: what every report is written from. */
public record CheckRun(List<String> files, List<CheckedPost> posts, List<InputProblem> problems,
                       List<RuleInfo> rules, long millis) {
    public CheckRun {
        files = List.copyOf(files);
        posts = List.copyOf(posts);
        problems = List.copyOf(problems);
        rules = List.copyOf(rules);
    }
}
