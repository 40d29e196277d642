package org.irlint.core.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Content writers add files on main; this fails loudly (file and line) when one cannot be used. */
class BundledMaterialTest {
    @Test
    void everyBundledDocumentLoadsAndIsNamedAfterItsId() {
        List<String> problems = new ArrayList<>();
        ReferenceLibrary library = ReferenceLibrary.load(List.of(), problems);
        assertEquals(List.of(), problems);
        long files = ResourceListing.filesIn(Path.of("src/main/resources", ReferenceLibrary.REFERENCE)).stream()
                .filter(f -> f.endsWith(".md")).count();
        assertEquals(files, library.documents().size());
        for (ReferenceDocument d : library.documents()) {
            assertEquals(ReferenceLibrary.REFERENCE + "/" + d.id() + ".md", d.source(), "file name and id differ");
            assertTrue(d.url() != null && d.url().startsWith("https://"), d.source() + " needs an https source");
            assertFalse(d.patients().isBlank(), d.source() + " has no text for patients");
        }
    }

    @Test
    void theBackgroundHasParagraphsFromSeveralDomains() {
        ReferenceLibrary library = ReferenceLibrary.load(List.of(), new ArrayList<>());
        assertTrue(library.background().stream().map(ReferenceLibrary.BackgroundParagraph::domain).distinct().count() > 10);
        assertTrue(library.background().stream().noneMatch(p -> p.text().isBlank()));
    }
}
