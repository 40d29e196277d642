package org.irlint.maven.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
    @Test
    void entriesAreCountedSoASecondCopyIsNew(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("irlint-baseline.json");
        String fp = Fingerprint.of("privacy.mrn", "MRN 1", "seen MRN 1 today");
        Baseline.write(f, List.of(new Baseline.Entry("a.md", "privacy.mrn", fp, 3)));
        Baseline b = Baseline.read(f);
        assertTrue(b.accepts("a.md", "privacy.mrn", fp));
        assertFalse(b.accepts("a.md", "privacy.mrn", fp));
        assertFalse(Baseline.read(f).accepts("b.md", "privacy.mrn", fp), "another file is another finding");
    }

    @Test
    void fingerprintsIgnoreWhereTheLineMovedAndSpacingButNotTheWords() {
        String a = Fingerprint.of("r", "BK-1", "ref BK-1  today");
        assertEquals(a, Fingerprint.of("r", "BK-1", "  ref BK-1 today "));
        assertNotEquals(a, Fingerprint.of("r", "BK-2", "ref BK-2 today"));
        assertNotEquals(a, Fingerprint.of("other", "BK-1", "ref BK-1 today"));
    }

    @Test
    void theBaselineHoldsNoFlaggedText(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("b.json");
        Baseline.write(f, List.of(new Baseline.Entry("a.md", "team.booking-ref",
                Fingerprint.of("team.booking-ref", "BK-123456", "ref BK-123456"), 1)));
        assertFalse(Files.readString(f).contains("123456"));
    }

    @Test
    void aMissingBaselineIsEmptyAndABrokenOneIsAClearError(@TempDir Path dir) throws IOException {
        assertEquals(0, Baseline.read(dir.resolve("none.json")).size());
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"findings\": [oops");
        IOException e = assertThrows(IOException.class, () -> Baseline.read(bad));
        assertTrue(e.getMessage().contains("baseline goal"), e.getMessage());
    }
}
