package org.irlint.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.irlint.core.text.CharPositions;

/**
 * The trie, the first-character index and the start pairs must find exactly what trying every entry as its own
 * regular expression at every word start finds, the longest entry winning.
 */
class PhrasesTest {
    private static final List<String> ENTRIES = List.of("frequent flyer", "gomer", "drug seeker", "no risk", "risk",
            "it's", "MRN", "pain", "painless", "a", "é t", "re:f[u*]+ck(?:ing)?", "re:\\d+% cure", "re:sh[i!1]t",
            "re:(?:no|zero) down ?time", "re:\\p{Lu}{2}\\d", "re:[^\\s\\w]{2}");
    /**
     * Without the expressions that can start anywhere, a scan of an indexed post visits only where this list's own
     * literals start and where an expression whose required text the post holds can start.
     */
    private static final List<String> NARROW = ENTRIES.stream().filter(e -> !e.startsWith("re:\\p") && !e.startsWith("re:[^")).toList();

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> entryLike = Arbitraries.of("frequent  flyer", "Frequent\nFlyer", "GOMER", "gomers", "drug seeker",
                "no risk", "it’s", "its", "MRN", "mrn4", "painless", "pain", "a", "É T", "f**cking", "fuck", "100% cure",
                "sh!t", "zero downtime", "no down time", "AB1", "?!", "_a", "é");
        Arbitrary<String> noise = Arbitraries.strings().withChars("abcfgkmnoprstuyéÉ _-*!%'’\n\t0123456789😂").ofMaxLength(12);
        return Arbitraries.oneOf(entryLike, noise).list().ofMaxSize(16).map(parts -> String.join(" ", parts));
    }

    @Property(tries = 500)
    void findsWhatTryingEveryEntryFinds(@ForAll("texts") String text) {
        for (boolean caseSensitive : new boolean[] {false, true}) {
            Phrases phrases = Phrases.compile(ENTRIES, caseSensitive);
            assertEquals(oracle(ENTRIES, text, 0, text.length(), caseSensitive), scan(phrases, text, 0, text.length()), text);
            int from = text.length() / 3;
            int to = text.length() - text.length() / 4;
            assertEquals(oracle(ENTRIES, text, from, to, caseSensitive), scan(phrases, text, from, to), "region of " + text);
            Phrases narrow = Phrases.compile(NARROW, caseSensitive);
            assertEquals(oracle(NARROW, text, 0, text.length(), caseSensitive), scan(narrow, text, 0, text.length()), text);
        }
    }

    /** Lists in the shared trie must find what their own tries find, and nothing of another list's. */
    @Property(tries = 300)
    void findsTheSameThroughTheSharedTrie(@ForAll("texts") String shortText) {
        String text = shortText + " ".repeat(40); // long enough to be indexed
        Phrases phrases = Phrases.compile(ENTRIES, false);
        Phrases narrow = Phrases.compile(NARROW, false);
        Phrases other = Phrases.compile(List.of("frequent", "gomers", "pain less", "risky", "no"), false);
        Phrases.shareLiterals();
        int from = text.length() / 3;
        int to = text.length() - text.length() / 4;
        assertEquals(oracle(ENTRIES, text, 0, text.length(), false), scan(phrases, text, 0, text.length()), text);
        assertEquals(oracle(ENTRIES, text, from, to, false), scan(phrases, text, from, to), "region of " + text);
        assertEquals(oracle(NARROW, text, 0, text.length(), false), scan(narrow, text, 0, text.length()), text);
        assertEquals(oracle(NARROW, text, from, to, false), scan(narrow, text, from, to), "region of " + text);
        String theirs = "gomer pain risk" + " ".repeat(40);
        assertEquals(List.of(), scan(other, theirs, 0, theirs.length()), "another list's entries are not this one's");
        CharPositions.forgetTexts();
    }

    private static List<String> scan(Phrases phrases, String text, int from, int to) {
        List<String> found = new ArrayList<>();
        for (PhraseScan m = phrases.matcher(text).region(from, to); m.find(); ) {
            found.add(m.start() + "-" + m.end());
        }
        return found;
    }

    /** The slow way: each entry as a regular expression, tried at every word start, the longest match kept. */
    private static List<String> oracle(List<String> entries, String text, int from, int to, boolean caseSensitive) {
        String straight = text.replace('’', '\'');
        int flags = Pattern.UNICODE_CASE | (caseSensitive ? 0 : Pattern.CASE_INSENSITIVE);
        List<Matcher> matchers = new ArrayList<>();
        for (String entry : entries) {
            String re = entry.startsWith("re:") ? entry.substring(3)
                    : String.join("\\s+", List.of(entry.split(" ")).stream().map(Pattern::quote).toList());
            matchers.add(Pattern.compile("(?:" + re + ")(?!" + Lexicon.WORD_CHAR + ")", flags).matcher(straight)
                    .useTransparentBounds(true).useAnchoringBounds(false));
        }
        List<String> found = new ArrayList<>();
        int i = from;
        while (i < to) {
            boolean wordStart = i == 0 || !CharPositions.isWordChar(Character.codePointBefore(text, i))
                    && !(Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1)));
            int best = -1;
            for (Matcher m : wordStart ? matchers : List.<Matcher>of()) {
                m.region(i, to);
                if (m.lookingAt() && m.end() > i) {
                    best = Math.max(best, m.end());
                }
            }
            if (best > i) {
                found.add(i + "-" + best);
                i = best;
            } else {
                i++;
            }
        }
        return found;
    }
}
