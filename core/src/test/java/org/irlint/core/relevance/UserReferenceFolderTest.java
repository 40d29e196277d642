package org.irlint.core.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.irlint.core.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserReferenceFolderTest {
    private static final String CLINIC_DOC = """
            ---
            id: zorbic-valve-clinic
            title: Zorbic valve clinic
            acronyms: [ZVC]
            hashtags: ["#ZorbicValve"]
            urls: [https://clinic.example/zorbic]
            ---
            ## For patients
            The zorbic valve clinic treats zorbic valve narrowing through a pinhole in the groin.
            """;

    @Test
    void aBrokenFileIsNamedWithItsLineAndTheRestLoads(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("zorbic.md"), CLINIC_DOC);
        Files.writeString(folder.resolve("broken.md"), "---\ntitle: Broken\nacronyms: [A, B\n---\ntext\n");
        Engine engine = Engine.builder().referenceFolders(List.of(folder)).build();
        assertEquals(1, engine.problems().size(), engine.problems().toString());
        String problem = engine.problems().get(0);
        assertTrue(problem.contains("broken.md:"), problem);
        assertTrue(problem.matches(".*broken\\.md:\\d+: .*"), problem);
        List<ReferenceHit> hits = engine.searchReferences("zorbic valve", 3);
        assertEquals("zorbic-valve-clinic", hits.get(0).id());
        assertEquals("https://clinic.example/zorbic", hits.get(0).url());
    }

    @Test
    void aMissingFolderIsAProblemNotACrash(@TempDir Path folder) {
        List<String> problems = new ArrayList<>();
        ReferenceLibrary library = ReferenceLibrary.load(List.of(folder.resolve("nope")), problems);
        assertFalse(library.documents().isEmpty(), "the bundled documents still load");
        assertTrue(problems.get(0).contains("nope"));
    }

    @Test
    void aUserDocumentCannotSilentlyReplaceABundledOne(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("ufe.md"), "---\nid: uterine-fibroid-embolization\ntitle: Mine\n---\ntext\n");
        List<String> problems = new ArrayList<>();
        ReferenceLibrary.load(List.of(folder), problems);
        assertTrue(problems.get(0).contains("already used"), problems.toString());
    }

    @Test
    void aLargeLibraryIsMemoryMappedInATemporaryFolderRemovedOnClose(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("zorbic.md"), CLINIC_DOC);
        ReferenceLibrary library = ReferenceLibrary.load(List.of(folder), new ArrayList<>());
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = countIndexFolders(tmp);
        try (LuceneRelevance model = LuceneRelevance.build(library, 1)) {
            assertTrue(model.onDisk());
            assertEquals(before + 1, countIndexFolders(tmp));
            assertEquals("zorbic-valve-clinic", model.search("zorbic", 1).get(0).id());
        }
        assertEquals(before, countIndexFolders(tmp));
        try (LuceneRelevance small = LuceneRelevance.build(library, Integer.MAX_VALUE)) {
            assertFalse(small.onDisk());
        }
    }

    private static long countIndexFolders(Path tmp) throws IOException {
        try (var s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().startsWith("irlint-reference-index")).count();
        }
    }
}
