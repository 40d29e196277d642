package org.irlint.core.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceDocumentParserTest {
    private final ReferenceDocumentParser parser = new ReferenceDocumentParser();

    private static final String GOOD = """
            ---
            id: knee-embolization
            title: Knee artery embolization (GAE)
            acronyms: [GAE]
            synonyms: [genicular artery embolization]
            hashtags: ["#GAE", "#KneePain"]
            urls:
              - https://example.org/gae
            ---
            ## For patients
            A treatment for knee pain that blocks small inflamed vessels.

            ## For clinicians
            Selective embolization of genicular arteries for osteoarthritis pain.
            """;

    @Test
    void readsFrontMatterAndBothSections() {
        ReferenceDocument d = parser.parse("knee.md", "knee", GOOD);
        assertEquals("knee-embolization", d.id());
        assertEquals("Knee artery embolization (GAE)", d.title());
        assertEquals(List.of("GAE"), d.acronyms());
        assertEquals(List.of("#GAE", "#KneePain"), d.hashtags());
        assertEquals("https://example.org/gae", d.url());
        assertEquals("A treatment for knee pain that blocks small inflamed vessels.", d.patients());
        assertTrue(d.clinicians().startsWith("Selective embolization"));
    }

    @Test
    void aDocumentWithoutSectionsCountsAsPatientTextAndTakesItsIdFromTheFileName() {
        ReferenceDocument d = parser.parse("notes/our-clinic.md", "our-clinic", "---\ntitle: Our IR clinic\n---\nWe see patients on Tuesdays.\n");
        assertEquals("our-clinic", d.id());
        assertEquals("We see patients on Tuesdays.", d.patients());
        assertEquals("", d.clinicians());
    }

    @Test
    void aParagraphStartingWithAHashtagIsTextNotAHeading() {
        ReferenceDocument d = parser.parse("a.md", "a", "---\ntitle: A\n---\n#IRad is our tag.\n");
        assertEquals("#IRad is our tag.", d.patients());
    }

    @Test
    void missingFrontMatterIsReportedOnLineOne() {
        ReferenceFormatException e = assertThrows(ReferenceFormatException.class, () -> parser.parse("x.md", "x", "# Title\ntext"));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().startsWith("x.md:1: "), e.getMessage());
    }

    @Test
    void unclosedFrontMatterIsReported() {
        ReferenceFormatException e = assertThrows(ReferenceFormatException.class, () -> parser.parse("x.md", "x", "---\ntitle: A\ntext"));
        assertTrue(e.getMessage().contains("never closed"), e.getMessage());
    }

    @Test
    void invalidYamlNamesTheLineInTheFile() {
        String broken = "---\ntitle: Fine\nacronyms: [GAE\nurls: []\n---\ntext\n";
        ReferenceFormatException e = assertThrows(ReferenceFormatException.class, () -> parser.parse("bad.md", "bad", broken));
        assertTrue(e.line() >= 3 && e.line() <= 5, "line " + e.line());
        assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
    }

    @Test
    void unknownKeyIsReportedOnItsLine() {
        String doc = "---\ntitle: A\ntags: [x]\n---\ntext\n";
        ReferenceFormatException e = assertThrows(ReferenceFormatException.class, () -> parser.parse("a.md", "a", doc));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("'tags'"), e.getMessage());
    }

    @Test
    void titleIsRequired() {
        ReferenceFormatException e = assertThrows(ReferenceFormatException.class,
                () -> parser.parse("a.md", "a", "---\nid: a\n---\ntext\n"));
        assertTrue(e.getMessage().contains("title"), e.getMessage());
    }

    @Test
    void urlsMustBeWebAddressesAndTheLineIsNamed() {
        String doc = "---\ntitle: A\nurls:\n  - https://ok.example\n  - ftp://old.example/file\n---\ntext\n";
        ReferenceFormatException e = assertThrows(ReferenceFormatException.class, () -> parser.parse("a.md", "a", doc));
        assertEquals(5, e.line());
    }

    @Test
    void idMustBeKebabCase() {
        ReferenceFormatException e = assertThrows(ReferenceFormatException.class,
                () -> parser.parse("a.md", "a", "---\nid: Knee GAE\ntitle: A\n---\ntext\n"));
        assertEquals(2, e.line());
    }

    @Test
    void frontMatterWithoutTextIsRejected() {
        ReferenceFormatException e = assertThrows(ReferenceFormatException.class,
                () -> parser.parse("a.md", "a", "---\ntitle: A\n---\n\n"));
        assertTrue(e.getMessage().contains("no text"), e.getMessage());
    }
}
