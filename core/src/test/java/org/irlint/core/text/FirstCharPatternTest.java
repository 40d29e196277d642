package org.irlint.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Skipping positions must never change what is found: every pattern here is compared with Matcher.find(). */
class FirstCharPatternTest {
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("(?<![\\p{L}\\p{N}_])(?:M\\.?[ ]?R\\.?[ ]?N\\.?|m[ ]?e[ ]?m[ ]?b[ ]?e[ ]?r)(?![\\p{L}_])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile("(?:the|our|a)\\s+only\\s+\\w+"),
            Pattern.compile("\\b\\d{3}-\\d{2}-\\d{4}\\b"),
            Pattern.compile("(?<![\\w*•-])(?:[Xx]{3}|\\*{3}|•{3})[- ]?\\d{4}"),
            Pattern.compile("[😂🤣]+\\s*"),
            Pattern.compile("(?:^|(?<=[.!?]\\s))[A-Z][a-z]+"),
            Pattern.compile("x?y*z{0,2}(?:ab)?c"),
            Pattern.compile("(?i)straße|ǅ"),
            Pattern.compile("Ω|ω|ſ|K", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile("\\Qa.b\\E|[^a-z]{2}"),
            Pattern.compile("colou?r|\\s+-\\s+"),
            Pattern.compile("'s|’s"),
            Pattern.compile("\\b(?<name>\\p{Lu}[\\p{Ll}'’]+)\\s+(?i:in|from)\\s+(?<place>[A-Z][a-z]+)"),
            Pattern.compile("(?i)\\b(?:kg|sick|is)\\b", Pattern.UNICODE_CASE),
            Pattern.compile("[^\\s\\d]{2}x|\\W\\w"),
            Pattern.compile("\\b(?:RIP|(?i:rest in peace))\\s+\\w+"),
            Pattern.compile("(?i)(?<![\\d.,])\\b(?:9\\d|1[0-2]\\d)\\s?y"),
            Pattern.compile("\\bre|st\\b|(?<!e)in"),
            Pattern.compile("(?<![\\p{L}\\p{N}_])(?:pea|ce)(?![\\p{L}_])"),
            Pattern.compile("(?<!\\w)[.Ie]\\w"),
            // a named group is not a look-behind: these keep their start pairs
            Pattern.compile("(?i)(?:^|[.!?]\\s+|\\n\\s*)(?<age>nine|a[- ]?hundred)\\b"),
            Pattern.compile("(?:^|[.!?]\\s+)(?<name>\\p{Lu}[\\p{Ll}]+)\\s*,\\s+(?i:you)"));

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("aAbcxyzMRNmember ._-*•XΩωſKkİıNnehdou'’😂🤣\n0123456789.!?ǅRIPrestinpeace912 y,").ofMaxLength(160);
    }

    @Property(tries = 400)
    void findsExactlyWhatMatcherFinds(@ForAll("texts") String text) {
        for (Pattern p : PATTERNS) {
            assertEquals(plain(p, text), skipping(FirstCharPattern.of(p), text), p.pattern() + " in \"" + text + "\"");
        }
    }

    private static final List<String> LABELS = List.of("M\\.?[ ]?R\\.?[ ]?N\\.?", "m[ ]?e[ ]?m[ ]?b[ ]?e[ ]?r", "MR\\s?#",
            "r[ ]?e[ ]?c[ ]?o[ ]?r[ ]?d(?:e?s)?", "Ω", "\\d{2}x", "(?-i:RIP)", "ſ", "'s", "ce|pe");

    @Property(tries = 400)
    void splitAlternationFindsWhatTheWholeOneFinds(@ForAll("texts") String text) {
        for (int flags : new int[] {0, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE}) {
            FirstCharAlternation split = new FirstCharAlternation(LABELS, "(?<![\\p{L}\\p{N}_])", "(?![\\p{L}_])", flags);
            List<String> found = new ArrayList<>();
            for (FirstCharAlternation.Finder m = split.matcher(text); m.find(); ) {
                found.add(m.start() + "-" + m.end());
            }
            assertEquals(plain(Pattern.compile(split.regex(), flags), text), found, "in \"" + text + "\"");
        }
    }

    @Test
    void findsInOrdinaryText() {
        String text = "MRN 4482913 and the only dialysis nurse said 219-09-9999 😂😂 colour Straße XXX-6789.";
        for (Pattern p : PATTERNS) {
            assertEquals(plain(p, text), skipping(FirstCharPattern.of(p), text), p.pattern());
        }
    }

    @Test
    void readsTheFirstCharactersOfAnAlternationBehindALookBehind() {
        FirstChars.Set first = FirstChars.of("(?<![\\p{L}])(?:M\\.?R|r+x?)", Pattern.CASE_INSENSITIVE);
        assertEquals("MRmr", ascii(first));
        assertFalse(first.other(), "no other character equals m or r, whatever its case");
        assertEquals("abc", ascii(FirstChars.of("a?b*c", 0)));
        assertEquals("0123456789", ascii(FirstChars.of("\\d{3}", 0)));
        assertEquals("ABab", ascii(FirstChars.of("(?i:a)|(?-i:B)|b", 0)));
        assertTrue(FirstChars.of("(?i)k", Pattern.UNICODE_CASE).other(), "the Kelvin sign is a k");
    }

    @Test
    void givesUpOnWhatItCannotRead() {
        assertNull(FirstChars.of("a?", 0), "can match the empty string");
        assertNull(FirstChars.of("(?x) a", 0));
        assertNull(FirstChars.of("(a", 0));
        assertEquals(128, ascii(FirstChars.of(".x", 0)).length());
    }

    private static String ascii(FirstChars.Set set) {
        StringBuilder out = new StringBuilder();
        for (char c = 0; c < 128; c++) {
            if (set.contains(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static List<String> plain(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        for (Matcher m = p.matcher(text); m.find(); ) {
            out.add(m.start() + "-" + m.end());
        }
        return out;
    }

    private static List<String> skipping(FirstCharPattern p, String text) {
        List<String> out = new ArrayList<>();
        for (FirstCharPattern.Finder m = p.matcher(text); m.find(); ) {
            out.add(m.start() + "-" + m.end());
        }
        return out;
    }
}
