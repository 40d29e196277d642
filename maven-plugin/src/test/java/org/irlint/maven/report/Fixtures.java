package org.irlint.maven.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irlint.core.Audience;
import org.irlint.core.Engine;
import org.irlint.maven.check.CheckRun;
import org.irlint.maven.check.PostChecker;
import org.irlint.maven.source.ContentReader;
import org.irlint.maven.source.ContentScanner;
import org.irlint.maven.suppress.Baseline;

/** A small content repository with the team's synthetic booking references, checked by a real engine. */
final class Fixtures {
    static final String REF_1 = "BK-482913";
    static final String REF_2 = "BK-771204";
    private static Engine engine;

    private Fixtures() {
    }

    static synchronized Engine engine() {
        if (engine == null) {
            engine = Engine.builder().ruleFiles(List.of(Path.of("src/test/resources/rules/team-rules.yml"))).build();
        }
        return engine;
    }

    static CheckRun run(Path root, Map<String, String> files, Baseline baseline) throws Exception {
        for (var e : files.entrySet()) {
            Path p = root.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
        }
        ContentScanner.Result found = ContentScanner.scan(List.of(root.resolve("content").toFile()), null, null, root, true);
        PostChecker checker = new PostChecker(engine(), new ContentReader(StandardCharsets.UTF_8,
                List.of("text", "message", "post", "tweet")), Audience.PUBLIC, Set.of(), 2);
        return checker.run(found.files(), found.problems(), baseline, new PostChecker.Progress() {
            @Override
            public void filesRead(int files, int posts) {
            }

            @Override
            public void checked(int done, int total) {
            }
        });
    }

    static CheckRun sample(Path root) throws Exception {
        return run(root, Map.of(
                "content/week.md", "# Monday\nFollow-up booked, ref " + REF_1 + " 😀 患者.\n\n---\n\nA frequent flyer again.\n",
                "content/sched.csv", "id,text\n1,\"Call us, \"\"ref\"\" " + REF_2 + "\"\n2,Clinic open Friday\n",
                "content/broken.json", "[\"ok\",\n oops]"), Baseline.empty());
    }

    static List<String> planted() {
        return new ArrayList<>(List.of(REF_1, REF_2, "482913", "771204"));
    }
}
