package org.irlint.maven.source;

import static org.irlint.maven.source.TestContent.inFile;
import static org.irlint.maven.source.TestContent.parse;
import static org.irlint.maven.source.TestContent.where;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StructuredPostsTest {

    @Test
    void jsonStringsWithEscapesMapToWhereEachCharacterWasWritten() {
        String json = "{\"posts\": [\n  {\"id\": 1, \"text\": \"Caf\\u00e9 \\\"night\\\" 😀 患者 BK-42\\nnext\"},\n"
                + "  {\"message\": \"second BK-7\"}\n]}";
        ParsedFile p = parse("x.json", json);
        assertEquals(List.of("Café \"night\" 😀 患者 BK-42\nnext", "second BK-7"), p.posts().stream().map(Post::text).toList());
        assertEquals(inFile(p.file(), "BK-42", 1), where(p.posts().get(0), "BK-42"));
        assertEquals(inFile(p.file(), "night", 1), where(p.posts().get(0), "night"));
        assertEquals(inFile(p.file(), "\\nnext", 1), where(p.posts().get(0), "\nnext"));
        assertEquals(inFile(p.file(), "BK-7", 1), where(p.posts().get(1), "BK-7"));
        assertTrue(p.problems().isEmpty());
    }

    @Test
    void aTopLevelArrayOfStringsIsAThread() {
        ParsedFile p = parse("t.json", "[\"one\", \"two 😀 three\"]");
        assertEquals(List.of("one", "two 😀 three"), p.posts().stream().map(Post::text).toList());
        assertEquals(new Position(1, 17), where(p.posts().get(1), "three"));
    }

    @Test
    void otherFieldsAreNotPosts() {
        ParsedFile p = parse("t.json", "{\"title\": \"Not a post\", \"author\": {\"name\": \"x\"}, \"tweet\": \"yes\"}");
        assertEquals(List.of("yes"), p.posts().stream().map(Post::text).toList());
    }

    @Test
    void yamlScalarsOfEveryStyleMapBack() {
        String yaml = "posts:\n"
                + "  - text: plain 😀 BK-1 words\n"
                + "  - text: \"double \\\"q\\\" BK-2\"\n"
                + "  - text: 'single ''q'' BK-3'\n"
                + "  - text: |\n      block line one\n      block 患者 BK-4\n"
                + "  - text: >\n      folded one\n      folded BK-5\n"
                + "thread:\n  - 患者 BK-6\n";
        ParsedFile p = parse("x.yaml", yaml);
        assertEquals(6, p.posts().size(), p.problems().toString());
        for (int i = 0; i < 6; i++) {
            String id = "BK-" + (i + 1);
            assertEquals(inFile(p.file(), id, 1), where(p.posts().get(i), id), id);
        }
        assertEquals("single 'q' BK-3", p.posts().get(2).text());
        assertEquals(inFile(p.file(), "folded BK", 1), where(p.posts().get(4), "folded BK"));
    }

    @Test
    void malformedJsonIsReportedAtItsLineWithoutQuotingTheContent() {
        ParsedFile p = parse("bad.json", "[\"ok post\",\n JaneRoe]");
        assertEquals(List.of("ok post"), p.posts().stream().map(Post::text).toList());
        InputProblem problem = p.problems().get(0);
        assertEquals(2, problem.line());
        assertFalse(problem.message().contains("JaneRoe"), problem.message());
    }

    @Test
    void malformedYamlIsReportedAtItsLine() {
        ParsedFile p = parse("bad.yml", "text: ok\nposts: [unclosed, Jane\n");
        InputProblem problem = p.problems().get(0);
        assertTrue(problem.line() >= 2);
        assertFalse(problem.message().contains("Jane"), problem.message());
    }

    @Test
    void aFileWithoutMessageFieldsSaysWhatItLookedFor() {
        ParsedFile p = parse("x.json", "{\"title\": \"x\"}");
        assertTrue(p.problems().get(0).message().contains("text, message, post, tweet"));
    }
}
