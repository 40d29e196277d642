package org.irlint.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class CharPositionsTest {
    @Property(tries = 300)
    void listsExactlyThePositionsOfTheAskedCharacters(
            @ForAll @StringLength(min = CharPositions.MIN_LENGTH, max = 300) @Chars({'a', 'b', 'Z', '~', ' ', 'é', '😂'}) String text) {
        boolean[] ascii = new boolean[128];
        ascii['a'] = true;
        ascii['~'] = true;
        for (boolean beyond : new boolean[] {false, true}) {
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 128 ? ascii[c] : beyond) {
                    expected.add(i);
                }
            }
            assertEquals(expected, listed(CharPositions.of(text).where(CharPositions.Set.of(ascii, beyond)), text));
        }
        CharPositions.forgetTexts();
    }

    /** The slow way: the asked characters, where no word character comes just before, never inside a surrogate pair. */
    @Property(tries = 300)
    void listsTheAskedCharactersWhereWordsStart(
            @ForAll @StringLength(min = CharPositions.MIN_LENGTH, max = 300) @Chars({'a', 'b', '1', '_', '~', ' ', 'é', '😂', '٣'}) String text) {
        boolean[] ascii = new boolean[128];
        ascii['a'] = true;
        ascii['~'] = true;
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean insidePair = i > 0 && Character.isLowSurrogate(c) && Character.isHighSurrogate(text.charAt(i - 1));
            boolean afterWord = i > 0 && String.valueOf(Character.toChars(Character.codePointBefore(text, i))).matches("[\\p{L}\\p{N}_]");
            if ((c < 128 ? ascii[c] : true) && !insidePair && !afterWord) {
                expected.add(i);
            }
        }
        assertEquals(expected, listed(CharPositions.of(text).whereWordsStart(CharPositions.Set.of(ascii, true)), text));
        CharPositions.forgetTexts();
    }

    /** The slow way: the asked characters, except just after an ASCII letter, digit or underscore. */
    @Property(tries = 300)
    void listsTheAskedCharactersNotAfterAnAsciiWordCharacter(
            @ForAll @StringLength(min = CharPositions.MIN_LENGTH, max = 300) @Chars({'a', 'Z', '1', '_', '~', ' ', 'é', '😂'}) String text) {
        boolean[] ascii = new boolean[128];
        ascii['a'] = true;
        ascii['~'] = true;
        ascii['1'] = true;
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean afterWord = i > 0 && String.valueOf(text.charAt(i - 1)).matches("[A-Za-z0-9_]");
            if ((c < 128 ? ascii[c] : true) && !afterWord) {
                expected.add(i);
            }
        }
        assertEquals(expected, listed(CharPositions.of(text).whereNotAfterWordCharacter(CharPositions.Set.of(ascii, true)), text));
        CharPositions.forgetTexts();
    }

    /** The slow path of {@code holds}: a search of the post folded character by character. */
    @Property(tries = 500)
    void holdsFoldedAnswersAsASearchOfTheFoldedText(
            @ForAll @StringLength(min = CharPositions.MIN_LENGTH, max = 200) @Chars({'a', 'b', 'C', 'ß', 'K', 'k', ' ', '\'', '’', '😂'}) String text,
            @ForAll @StringLength(min = 1, max = 4) @Chars({'a', 'b', 'c', 'ß', 'k', ' ', '\''}) String s1,
            @ForAll @StringLength(min = 1, max = 4) @Chars({'a', 'b', 'c', 'k', ' '}) String s2) {
        StringBuilder folded = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            folded.append(CaseFold.regexFold(text.charAt(i)));
        }
        String[] strings = {fold(s1), fold(s2)};
        boolean expected = folded.indexOf(strings[0]) >= 0 || folded.indexOf(strings[1]) >= 0;
        assertEquals(expected, CharPositions.of(text).holdsFolded(strings));
        CharPositions.forgetTexts();
    }

    /**
     * One automaton answers every requirement at once; it must agree with searching for each string, including strings
     * that overlap or end inside one another ("he", "she", "hers"), which is where its failure links work.
     */
    @Property(tries = 300)
    void holdsAnswersAsASearchForEachRequiredString(
            @ForAll @StringLength(min = CharPositions.MIN_LENGTH, max = 200) @Chars({'a', 'b', 'H', 'e', 's', 'r', ' ', '’', '😂'}) String text,
            @ForAll @Size(min = 1, max = 6) List<@StringLength(min = 1, max = 5) @Chars({'a', 'b', 'h', 'e', 's', 'r', ' '}) String> strings) {
        CharPositions index = CharPositions.of(text);
        for (int i = 0; i < strings.size(); i++) {
            // requirements of one and of two strings, made before and after the index was first asked
            String[] one = {strings.get(i)};
            String[] two = {strings.get(i), strings.get((i + 1) % strings.size())};
            assertEquals(index.holdsFolded(one), index.holds(Requirement.of(one)), strings.get(i));
            assertEquals(index.holdsFolded(two), index.holds(Requirement.of(two)), String.join("|", two));
        }
        CharPositions.forgetTexts();
        CharPositions fresh = CharPositions.of(text);
        for (String s : strings) {
            assertEquals(fresh.holdsFolded(new String[] {s}), fresh.holds(Requirement.of(new String[] {s})), s);
        }
        CharPositions.forgetTexts();
    }

    @Test
    void equalStringSetsShareOneRequirement() {
        assertSame(Requirement.of(new String[] {"knob", "idiot"}), Requirement.of(new String[] {"knob", "idiot"}));
        assertNotSame(Requirement.of(new String[] {"knob", "idiot"}), Requirement.of(new String[] {"idiot"}));
        assertNull(Requirement.of(null));
    }

    private static String fold(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            out.append(CaseFold.regexFold(s.charAt(i)));
        }
        return out.toString();
    }

    private static List<Integer> listed(long[] bitmap, String text) {
        List<Integer> listed = new ArrayList<>();
        for (int i = CharPositions.next(bitmap, 0); i < text.length(); i = CharPositions.next(bitmap, i + 1)) {
            listed.add(i);
        }
        return listed;
    }

    @Test
    void theScansOfOneTextShareAnIndexUntilItIsForgotten() {
        String post = "Embolization of the left uterine artery went well; back home tonight.";
        CharPositions index = CharPositions.of(post);
        assertSame(index, CharPositions.of(post));
        CharPositions.forgetTexts();
        assertNotSame(index, CharPositions.of(post));
        CharPositions.forgetTexts();
    }

    @Test
    void shortTextsAndMutableSequencesAreScannedWithoutAnIndex() {
        assertNull(CharPositions.of("MRN 4482913"));
        assertNull(CharPositions.of(new StringBuilder("x".repeat(CharPositions.MIN_LENGTH * 2))));
    }
}
