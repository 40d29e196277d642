package org.irlint.maven.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentScannerTest {
    private static void touch(Path root, String... names) throws Exception {
        for (String n : names) {
            Path p = root.resolve(n);
            java.nio.file.Files.createDirectories(p.getParent());
            java.nio.file.Files.writeString(p, "x");
        }
    }

    @Test
    void defaultsTakeEveryContentFormatAndLeaveBuildOutputAndTheBaselineOut(@TempDir Path root) throws Exception {
        touch(root, "content/a.md", "content/b/C.MARKDOWN", "content/c.txt", "content/d.csv", "content/e.json",
                "content/f.yml", "content/g.yaml", "content/logo.png", "content/target/x.md",
                "content/node_modules/y.json", "content/irlint-baseline.json", "content/package.json");
        ContentScanner.Result r = ContentScanner.scan(List.of(root.resolve("content").toFile()), null, null, root, false);
        assertEquals(List.of("content/a.md", "content/b/C.MARKDOWN", "content/c.txt", "content/d.csv", "content/e.json",
                "content/f.yml", "content/g.yaml"), r.files().stream().map(ContentScanner.Found::relativePath).toList());
        assertTrue(r.problems().isEmpty());
    }

    @Test
    void includesAndExcludesAreAntGlobs(@TempDir Path root) throws Exception {
        touch(root, "posts/2025/a.md", "posts/2026/b.md", "posts/2026/drafts/c.md", "posts/notes.txt");
        ContentScanner.Result r = ContentScanner.scan(List.of(root.resolve("posts").toFile()), List.of("2026/**/*.md"),
                List.of("**/drafts/**"), root, true);
        assertEquals(List.of("posts/2026/b.md"), r.files().stream().map(ContentScanner.Found::relativePath).toList());
    }

    @Test
    void aConfiguredFolderThatIsMissingIsAWarningNamingIt(@TempDir Path root) {
        ContentScanner.Result r = ContentScanner.scan(List.of(root.resolve("nope").toFile()), null, null, root, true);
        assertEquals("nope", r.problems().get(0).file());
        assertTrue(r.problems().get(0).message().contains("does not exist"));
    }
}
