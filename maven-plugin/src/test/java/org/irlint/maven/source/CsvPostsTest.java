package org.irlint.maven.source;

import static org.irlint.maven.source.TestContent.inFile;
import static org.irlint.maven.source.TestContent.parse;
import static org.irlint.maven.source.TestContent.where;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.irlint.core.Audience;
import org.irlint.core.report.Severity;
import org.junit.jupiter.api.Test;

class CsvPostsTest {

    @Test
    void findsTheMessageColumnByNameAndMapsQuotedCellsBackToTheFile() {
        String csv = "id,when,Tweet,audience\n"
                + "1,09:00,\"Say \"\"hi\"\" 😀 to BK-1234\",patients\n"
                + "2,10:00,\"two\nlines 患者 BK-9\",\n";
        ParsedFile p = parse("s.csv", csv);
        assertEquals(List.of("Say \"hi\" 😀 to BK-1234", "two\nlines 患者 BK-9"), p.posts().stream().map(Post::text).toList());
        assertEquals(Audience.PATIENTS, p.posts().get(0).audience());
        assertEquals(null, p.posts().get(1).audience());
        assertEquals(inFile(p.file(), "BK-1234", 1), where(p.posts().get(0), "BK-1234"));
        assertEquals(inFile(p.file(), "BK-9", 1), where(p.posts().get(1), "BK-9"));
        assertEquals(new Position(4, 10), where(p.posts().get(1), "BK-9"));
        // the doubled quote maps to where it was written
        assertEquals(inFile(p.file(), "\"\"hi", 1), where(p.posts().get(0), "\"hi"));
    }

    @Test
    void semicolonAndTabFilesAreRead() {
        assertEquals(List.of("a, b"), parse("x.csv", "post;n\na, b;1\n").posts().stream().map(Post::text).toList());
        assertEquals(List.of("a, b"), parse("x.tsv", "n\ttext\n1\ta, b\n").posts().stream().map(Post::text).toList());
    }

    @Test
    void aMissingMessageColumnNamesTheColumnsItLookedFor() {
        ParsedFile p = parse("x.csv", "id,body\n1,hello\n");
        assertEquals(0, p.posts().size());
        assertEquals(Severity.ERROR, p.problems().get(0).severity());
        assertTrue(p.problems().get(0).message().contains("text, message, post, tweet"));
    }

    @Test
    void anUnclosedQuoteIsReportedAtItsLineAndEarlierRowsAreKept() {
        ParsedFile p = parse("x.csv", "text\nfine row\n\"never closed, Jane Roe\nmore\n");
        assertEquals(List.of("fine row"), p.posts().stream().map(Post::text).toList());
        InputProblem problem = p.problems().get(0);
        assertEquals(3, problem.line());
        assertFalse(problem.message().contains("Jane"));
    }

    @Test
    void shortRowsAreReportedAndSkipped() {
        ParsedFile p = parse("x.csv", "id,text\n1\n2,ok\n");
        assertEquals(List.of("ok"), p.posts().stream().map(Post::text).toList());
        assertEquals(2, p.problems().get(0).line());
    }
}
