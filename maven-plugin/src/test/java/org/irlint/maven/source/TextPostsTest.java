package org.irlint.maven.source;

import static org.irlint.maven.source.TestContent.inFile;
import static org.irlint.maven.source.TestContent.parse;
import static org.irlint.maven.source.TestContent.where;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.irlint.core.Audience;
import org.junit.jupiter.api.Test;

class TextPostsTest {

    @Test
    void frontMatterMakesTheBodyOnePostEvenWithRules() {
        String md = "---\ntitle: Clinic week\naudience: clinicians\n---\nFirst part.\n\n---\n\nStill the same post.\n";
        ParsedFile p = parse("week.md", md);
        assertEquals(1, p.posts().size());
        Post post = p.posts().get(0);
        assertTrue(post.text().startsWith("First part."));
        assertTrue(post.text().endsWith("Still the same post."));
        assertEquals(Audience.CLINICIANS, post.audience());
        assertEquals(new Position(5, 1), post.start());
        assertEquals(inFile(post.file(), "Still", 1), where(post, "Still"));
    }

    @Test
    void threadFrontMatterSplitsOnRules() {
        ParsedFile p = parse("t.md", "---\nthread: true\n---\none\n---\ntwo\n");
        assertEquals(List.of("one", "two"), p.posts().stream().map(Post::text).toList());
    }

    @Test
    void withoutFrontMatterRulesAndHeadingsSeparatePostsAndHeadingsAreNotContent() {
        String md = "# Monday\nFirst post about the clinic.\n\n***\nSecond post.\n## Tuesday\nThird post.\n";
        ParsedFile p = parse("thread.md", md);
        assertEquals(List.of("First post about the clinic.", "Second post.", "Third post."),
                p.posts().stream().map(Post::text).toList());
        assertEquals(List.of(2, 5, 7), p.posts().stream().map(x -> x.start().line()).toList());
        assertEquals(List.of(1, 2, 3), p.posts().stream().map(Post::number).toList());
    }

    @Test
    void separatorsInsideFencedCodeDoNotSplit() {
        ParsedFile p = parse("f.md", "Intro\n```\n---\n# not a heading\n```\nafter\n");
        assertEquals(1, p.posts().size());
    }

    @Test
    void htmlCommentsAreLeftOutButPositionsStayTheFilesOwn() {
        String md = "Before <!-- irlint-disable privacy --> after 😀 患者 MRN 123\n";
        ParsedFile p = parse("c.md", md);
        Post post = p.posts().get(0);
        assertFalse(post.text().contains("irlint"));
        assertEquals("Before  after 😀 患者 MRN 123", post.text());
        Position mrn = where(post, "MRN");
        assertEquals(inFile(post.file(), "MRN", 1), mrn);
        // independent count: "Before <!-- irlint-disable privacy --> after " is 45 units, emoji 2, space, 2 CJK, space
        assertEquals(new Position(1, 45 + 2 + 1 + 2 + 1 + 1), mrn);
    }

    @Test
    void plainTextSplitsOnRulesButKeepsHashLinesAsContent() {
        ParsedFile p = parse("a.txt", "#IRad first\n---\nsecond\r\n---\r\nthird 👍\n");
        assertEquals(List.of("#IRad first", "second", "third 👍"), p.posts().stream().map(Post::text).toList());
        assertEquals(5, p.posts().get(2).start().line());
    }

    @Test
    void aLeadingRuleAroundPlainTextIsNotFrontMatter() {
        ParsedFile p = parse("r.md", "---\nFirst post of the thread.\n---\nSecond post.\n");
        assertEquals(List.of("First post of the thread.", "Second post."), p.posts().stream().map(Post::text).toList());
    }

    @Test
    void blankSegmentsAreNoPosts() {
        assertEquals(0, parse("e.md", "\n\n---\n   \n").posts().size());
    }

    @Test
    void brokenFrontMatterIsReportedWithoutQuotingItAndThePostIsStillRead() {
        ParsedFile p = parse("b.md", "---\naudience: [Jane Roe\n---\nBody text\n");
        assertEquals(1, p.posts().size());
        assertEquals(1, p.problems().size());
        assertFalse(p.problems().get(0).message().contains("Jane"));
    }
}
