package org.irlint.maven.suppress;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.irlint.core.report.Category;
import org.irlint.maven.source.ContentFile;
import org.junit.jupiter.api.Test;

class InlineSuppressionsTest {
    private static InlineSuppressions of(String name, String text) {
        return InlineSuppressions.of(ContentFile.of(Path.of(name), name, text));
    }

    @Test
    void disableAndEnableBracketLinesForTheNamedRulesOnly() {
        InlineSuppressions s = of("a.md", "l1\n<!-- irlint-disable privacy.phone -->\nl3\n<!-- irlint-enable -->\nl5\n");
        assertFalse(s.suppresses("privacy.phone", Category.PRIVACY, 1));
        assertTrue(s.suppresses("privacy.phone", Category.PRIVACY, 3));
        assertFalse(s.suppresses("privacy.mrn", Category.PRIVACY, 3));
        assertFalse(s.suppresses("privacy.phone", Category.PRIVACY, 5));
    }

    @Test
    void nextLineFormCoversOnlyTheNextLine() {
        InlineSuppressions s = of("a.md", "<!-- irlint-disable-next-line -->\nl2\nl3\n");
        assertTrue(s.suppresses("anything.at-all", Category.REACH, 2));
        assertFalse(s.suppresses("anything.at-all", Category.REACH, 3));
    }

    @Test
    void categoriesPrefixesAndReasonsAreUnderstood() {
        InlineSuppressions s = of("a.md", "<!-- irlint-disable privacy, team.* -- consent on file, ticket 12 -->\nx\n");
        assertTrue(s.suppresses("privacy.name", Category.PRIVACY, 2));
        assertTrue(s.suppresses("team.slang", Category.PROFESSIONALISM, 2));
        assertFalse(s.suppresses("professionalism.profanity", Category.PROFESSIONALISM, 2));
        assertFalse(s.suppresses("consent", Category.PROFESSIONALISM, 2));
    }

    @Test
    void anUnclosedDisableRunsToTheEndOfTheFile() {
        InlineSuppressions s = of("a.txt", "<!-- irlint-disable reach -->\n\n\n\nlast\n");
        assertTrue(s.suppresses("reach.length", Category.REACH, 5));
    }

    @Test
    void yamlUsesHashComments() {
        InlineSuppressions s = of("a.yml", "- text: one\n# irlint-disable-next-line team.slang\n- text: two\n");
        assertTrue(s.suppresses("team.slang", Category.PROFESSIONALISM, 3));
        assertFalse(of("a.md", "# irlint-disable-next-line\nx\n").suppresses("a.b", Category.REACH, 2),
                "in Markdown a # line is a heading, not a directive");
    }
}
