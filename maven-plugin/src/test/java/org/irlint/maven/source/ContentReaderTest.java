package org.irlint.maven.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.irlint.core.report.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentReaderTest {
    private final ContentReader reader = new ContentReader(StandardCharsets.UTF_8, TestContent.FIELDS);

    @Test
    void wrongEncodingNamesTheFileAndLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("latin.md");
        java.nio.file.Files.write(f, "first line\nCaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        ParsedFile p = reader.read(f, "latin.md");
        assertEquals(0, p.posts().size());
        InputProblem problem = p.problems().get(0);
        assertEquals(Severity.ERROR, problem.severity());
        assertEquals(2, problem.line());
        assertTrue(problem.message().contains("UTF-8"));
    }

    @Test
    void binaryFilesAreSkippedWithAWarning(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("logo.txt");
        java.nio.file.Files.write(f, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        ParsedFile p = reader.read(f, "logo.txt");
        assertEquals(Severity.WARNING, p.problems().get(0).severity());
        assertTrue(p.problems().get(0).message().contains("binary"));
    }

    @Test
    void aByteOrderMarkIsNotContent(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bom.txt");
        java.nio.file.Files.writeString(f, "\uFEFFhello");
        ParsedFile p = reader.read(f, "bom.txt");
        assertEquals(List.of("hello"), p.posts().stream().map(Post::text).toList());
        assertEquals(new Position(1, 1), p.posts().get(0).start());
    }

    @Test
    void aMissingFileIsAProblemNotAnException(@TempDir Path dir) {
        ParsedFile p = reader.read(dir.resolve("gone.md"), "gone.md");
        assertEquals(Severity.ERROR, p.problems().get(0).severity());
    }

    @Test
    void otherEncodingsCanBeConfigured(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("latin.txt");
        java.nio.file.Files.write(f, "Caf\u00e9 BK-1".getBytes(StandardCharsets.ISO_8859_1));
        ParsedFile p = new ContentReader(StandardCharsets.ISO_8859_1, TestContent.FIELDS).read(f, "latin.txt");
        assertEquals(List.of("Caf\u00e9 BK-1"), p.posts().stream().map(Post::text).toList());
    }
}
