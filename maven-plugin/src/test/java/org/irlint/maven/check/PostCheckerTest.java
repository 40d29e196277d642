package org.irlint.maven.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.irlint.core.Audience;
import org.irlint.core.Engine;
import org.irlint.core.report.Verdict;
import org.irlint.maven.source.ContentReader;
import org.irlint.maven.source.ContentScanner;
import org.irlint.maven.suppress.Baseline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostCheckerTest {
    static Engine engine;

    @BeforeAll
    static void engine() {
        engine = Engine.builder().ruleFiles(List.of(Path.of("src/test/resources/rules/team-rules.yml"))).build();
    }

    /** The team rule's findings only: bundled rules (reach, relevance) may add their own hints. */
    private static List<LocatedFinding> refs(CheckedPost p) {
        return p.findings().stream().filter(f -> f.finding().ruleId().equals("team.booking-ref")).toList();
    }

    private static CheckRun run(Path root, String markdown, Baseline baseline) throws Exception {
        Path f = root.resolve("content/a.md");
        Files.createDirectories(f.getParent());
        Files.writeString(f, markdown, StandardCharsets.UTF_8);
        var found = ContentScanner.scan(List.of(root.resolve("content").toFile()), null, null, root, true);
        var checker = new PostChecker(engine, new ContentReader(StandardCharsets.UTF_8, List.of("text")),
                Audience.PUBLIC, Set.of(), 2);
        return checker.run(found.files(), found.problems(), baseline, new PostChecker.Progress() {
            public void filesRead(int files, int posts) {
            }

            public void checked(int done, int total) {
            }
        });
    }

    @Test
    void aSuppressedFindingIsKeptButNoLongerCountsOrBlocks(@TempDir Path root) throws Exception {
        CheckRun run = run(root, "<!-- irlint-disable-next-line team.booking-ref -- patient consented -->\nref BK-100200 ok\n",
                Baseline.empty());
        CheckedPost p = run.posts().get(0);
        assertEquals(Verdict.BLOCKED, p.report().verdict(), "the engine still sees it");
        assertEquals(Suppression.IN_SOURCE, refs(p).get(0).suppression());
        assertTrue(p.counted().stream().noneMatch(f -> f.finding().ruleId().equals("team.booking-ref")));
        assertTrue(p.score() > p.report().score(), "the score no longer pays for it");
        assertNotEquals(Verdict.BLOCKED, p.verdict());
    }

    @Test
    void theBaselineAcceptsOldFindingsAndNotNewOnes(@TempDir Path root) throws Exception {
        CheckRun before = run(root, "old ref BK-100200 here\n", Baseline.empty());
        List<Baseline.Entry> entries = new ArrayList<>();
        for (LocatedFinding f : refs(before.posts().get(0))) {
            entries.add(new Baseline.Entry("content/a.md", f.finding().ruleId(), f.fingerprint(), f.start().line()));
        }
        Path file = root.resolve("irlint-baseline.json");
        Baseline.write(file, entries);
        // the old post moved down two lines and a new one arrived
        CheckRun after = run(root, "new ref BK-300400 today\n\n\nold ref BK-100200 here\n", Baseline.read(file));
        List<LocatedFinding> all = refs(after.posts().get(0));
        assertEquals(2, all.size());
        assertEquals(Suppression.NONE, all.get(0).suppression());
        assertEquals(1, all.get(0).start().line());
        assertEquals(Suppression.BASELINE, all.get(1).suppression());
        assertEquals(4, all.get(1).start().line());
    }

    @Test
    void findingsOnEmojiAndCjkLinesLandOnTheRightColumn(@TempDir Path root) throws Exception {
        CheckRun run = run(root, "# Title\n患者さん 👩‍⚕️ ref BK-123987\n", Baseline.empty());
        LocatedFinding f = refs(run.posts().get(0)).get(0);
        // 患者さん = 4 units, space, 👩‍⚕️ = 5 units, " ref " = 5 units: BK starts at unit 15 → column 16
        assertEquals(2, f.start().line());
        assertEquals(16, f.start().column());
        assertEquals(16 + 9, f.end().column());
        assertEquals("••••987", f.shownSpan());
    }
}
