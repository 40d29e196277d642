package org.irlint.core.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Word lists as rule files write them: literal phrases, or regular expressions when an entry starts with
 * {@code re:}. Matching is whole-word, case-insensitive unless asked, lets any run of spaces stand between
 * words and treats straight and curly apostrophes alike.
 */
public final class Lexicon {
    static final String WORD_CHAR = "[\\p{L}\\p{N}_]";

    private Lexicon() {
    }

    public static Phrases compile(List<String> entries) {
        return compile(entries, false);
    }

    public static Phrases compile(List<String> entries, boolean caseSensitive) {
        return Phrases.compile(entries, caseSensitive);
    }

    /**
     * The same list as one regular expression (without the word boundaries), for embedding in a larger
     * pattern. Longer phrases come first so that the longest alternative wins.
     */
    public static String alternation(List<String> entries) {
        List<String> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alt = new StringBuilder();
        for (String e : sorted) {
            if (e.isBlank()) {
                continue;
            }
            if (alt.length() > 0) {
                alt.append('|');
            }
            alt.append(e.startsWith("re:") ? e.substring(3) : phrase(e.strip()));
        }
        return alt.toString();
    }

    /** What the regex {@code [\p{L}\p{N}_]} matches: the characters a whole word may not touch. */
    static boolean isWordChar(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9' || cp == '_';
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** A literal phrase; words may be separated by any whitespace, and a straight or curly apostrophe. */
    public static String phrase(String phrase) {
        StringBuilder p = new StringBuilder();
        for (String word : phrase.split("\\s+")) {
            if (p.length() > 0) {
                p.append("\\s+");
            }
            p.append(Pattern.quote(word).replace("'", "\\E['’]\\Q"));
        }
        return p.toString();
    }

    /** The lookup key of a matched phrase: lower case, single spaces, straight apostrophes. */
    public static String key(String matched) {
        return matched.strip().replace('’', '\'').replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
