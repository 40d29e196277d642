package org.irlint.core.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.irlint.core.eval.LabeledPost;
import org.irlint.core.eval.LabeledPosts;
import org.junit.jupiter.api.Test;

/** Whatever an expression matches must hold the text {@link RequiredText} says it requires. */
class RequiredTextTest {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    @Test
    void readsWhatEveryMatchMustHold() {
        assertArrayEquals(new String[] {"knob"}, RequiredText.of("(?:a|such\\s+a|total)\\s+knobs?"));
        assertArrayEquals(new String[] {"beers", "pints"}, RequiredText.of("(?:a\\s+)?(?:few|2)\\s+(?:beers|pints)"));
        assertArrayEquals(new String[] {"gonna", "gon", "going"}, RequiredText.of("(?<d>[a-z]+)\\s+(?:gonna|gon|going\\s+to)\\s+\\k<d>"));
        assertArrayEquals(new String[] {"that", "what"}, RequiredText.of("(?:that'?s|what\\s+a)\\s+b\\.?s\\.?"));
        assertArrayEquals(new String[] {"100% cure"}, RequiredText.of("100% cure"));
        assertArrayEquals(new String[] {"is the cure"}, RequiredText.of("(?<=[.!?]\\s)(?-i:[A-Z])?(?i)is the cure"));
        assertArrayEquals(new String[] {"i'm"}, RequiredText.of("I'm\\s+[a-z]{1,3}"));
        assertArrayEquals(new String[] {"sh", "crap"}, RequiredText.of("sh[i!1]t|crap"), "the longest run of each alternative");
        assertArrayEquals(new String[] {"pt", "patient"}, RequiredText.of("\\b(?i:pt|patient)\\s*,?\\s+"));
    }

    @Test
    void leavesOutWhatAMatchMayLack() {
        assertArrayEquals(new String[] {"idiot"}, RequiredText.of("(?:total\\s+)?(?:knobs?)?\\s+idiots?"));
        assertArrayEquals(new String[] {"knob"}, RequiredText.of("(?:a|total|[st]uch)?\\s*knob"));
    }

    @Test
    void givesUpOnWhatItCannotRead() {
        assertNull(RequiredText.of("[a-z]+|crap"), "an alternative without a literal character");
        assertNull(RequiredText.of("(?x) knob # comment"));
        assertNull(RequiredText.of("(?ix:total) knob"));
        assertNull(RequiredText.of("\\Qknob\\E"));
        assertNull(RequiredText.of("(?:knob)*"));
        assertNull(RequiredText.of("(?=ob)\\w+"));
        assertNull(RequiredText.of("k{0,3}(?:nob)?"));
        assertNull(RequiredText.of("\uD801\uDC00\uD801\uDC01"), "a letter beyond the BMP folds by code point");
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> words = Arbitraries.of("a", "such", "total", "knob", "KNOBS", "Knob", "few", "2", "beers", "pints",
                "that's", "thats", "what", "b.s.", "bs", "100%", "cure", "ſuch", "ı", "İs", "the", "is", "gonna", "going", "to");
        Arbitrary<String> noise = Arbitraries.strings().withChars("abknostuſıİ%.' \n").ofMaxLength(8);
        return Arbitraries.oneOf(words, words, noise).list().ofMaxSize(14).map(parts -> String.join(" ", parts));
    }

    @Property(tries = 1000)
    void aTextWithoutTheRequiredTextHasNoMatch(@ForAll("texts") String text) {
        for (String re : List.of("(?:a|such\\s+a|total)\\s+knobs?", "(?:a\\s+)?(?:few|2)\\s+(?:beers|pints)",
                "(?:that'?s|what\\s+a)\\s+b\\.?s\\.?", "100%\\s?cure", "(?:is|this\\s+is)\\s+the\\s+cure", "su[cç]h\\s+a",
                "(?<d>[a-z]+)\\s+(?:gonna|going\\s+to)\\s+\\k<d>")) {
            assertConsistent(re, text);
        }
    }

    /** Every expression in the bundled word lists, against every post of the evaluation sets the tests may read. */
    @Test
    void holdsForTheBundledExpressionsOnRealPosts() throws IOException {
        List<String> expressions = bundledExpressions();
        assertTrue(expressions.size() > 300, "found " + expressions.size() + " expressions");
        List<String> posts = evaluationPosts();
        int withRequirement = 0;
        for (String re : expressions) {
            if (RequiredText.of(re) != null) {
                withRequirement++;
                for (String post : posts) {
                    assertConsistent(re, post);
                }
            }
        }
        assertTrue(withRequirement > expressions.size() / 2, withRequirement + " of " + expressions.size());
    }

    /** The patterns the detectors hold in static fields, against the same posts, with their own flags. */
    @Test
    void holdsForTheDetectorsPatternsOnRealPosts() throws Exception {
        List<String> posts = evaluationPosts();
        int checked = 0;
        try (Stream<Path> classes = Files.walk(Path.of("target/classes/org/irlint/core"))) {
            for (Path file : classes.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = Path.of("target/classes").relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                for (Field field : Class.forName(name, false, getClass().getClassLoader()).getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) && field.getType() == FirstCharPattern.class) {
                        field.setAccessible(true);
                        Pattern pattern = ((FirstCharPattern) field.get(null)).pattern();
                        if (RequiredText.of(pattern) != null) {
                            checked++;
                            for (String post : posts) {
                                assertConsistent(pattern, post);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(checked > 10, "only " + checked + " patterns with required text");
    }

    private static void assertConsistent(String re, String text) {
        assertConsistent(Pattern.compile(re, FLAGS), text);
    }

    private static void assertConsistent(Pattern pattern, String text) {
        String re = pattern.pattern();
        String[] required = RequiredText.of(pattern);
        if (required == null || !pattern.matcher(text).find()) {
            return;
        }
        StringBuilder folded = new StringBuilder();
        text.chars().forEach(c -> folded.append(CaseFold.regexFold((char) c)));
        assertTrue(Stream.of(required).anyMatch(s -> folded.indexOf(s) >= 0),
                () -> "'" + re + "' matches \"" + text + "\" without any of " + List.of(required));
    }

    private static List<String> evaluationPosts() throws IOException {
        List<String> posts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/eval"))) {
            for (Path file : files.filter(f -> !f.getFileName().toString().startsWith("final")).toList()) {
                LabeledPosts.read(file).stream().map(LabeledPost::text).forEach(posts::add);
            }
        }
        return posts;
    }

    private static List<String> bundledExpressions() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/irlint/rules"))) {
            for (Path file : files.toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    collect(yaml.readTree(in), out);
                }
            }
        }
        return out;
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isTextual() && node.asText().startsWith("re:")) {
            out.add(node.asText().substring(3));
        }
        node.forEach(child -> collect(child, out));
    }
}
