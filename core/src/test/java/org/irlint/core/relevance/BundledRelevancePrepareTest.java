package org.irlint.core.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.irlint.core.text.TextView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model prepared ahead of the configuration is taken once, by the first build without reference folders. */
class BundledRelevancePrepareTest {
    private static final String POST = "Prostate artery embolization this morning, home by lunch. #IRad";

    @Test
    void thePreparedModelIsTakenOnceAndScoresAsABuiltOne() {
        BundledRelevance.prepare();
        BundledRelevance.prepare(); // a second call while one is pending does nothing
        List<String> problems = new ArrayList<>();
        RelevanceModel prepared = BundledRelevance.create(List.of(), problems);
        RelevanceModel built = BundledRelevance.create(List.of(), new ArrayList<>());
        assertNotSame(prepared, built);
        assertTrue(problems.isEmpty(), problems.toString());
        assertEquals(built.assess(TextView.of(POST)).score(), prepared.assess(TextView.of(POST)).score(), 1e-12);
    }

    @Test
    void aBuildWithReferenceFoldersIndexesItsOwnLibrary(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("not-a-document.md"), "no front matter here\n");
        BundledRelevance.prepare();
        List<String> problems = new ArrayList<>();
        BundledRelevance.create(List.of(folder), problems);
        assertEquals(1, problems.size(), problems.toString()); // the user's folder was read, not the prepared model
    }
}
