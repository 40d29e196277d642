package org.irlint.core.rules;

import java.util.List;

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

    /** What the regex {@code \s} matches (without UNICODE_CHARACTER_CLASS): a space, tab or line break. */
    public static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** The lookup key of a matched phrase: lower case, single spaces, straight apostrophes. */
    public static String key(String matched) {
        return matched.strip().replace('’', '\'').replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
