package org.irlint.core.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Compiles a list of phrases into one case-insensitive pattern that matches whole words only, lets any run
 * of spaces stand between words, and tries longer phrases first. An entry starting with {@code re:} is a
 * regular expression instead of a phrase.
 */
public final class Lexicon {
    private static final String NOT_WORD = "[\\p{L}\\p{N}_]";

    private Lexicon() {
    }

    public static Pattern compile(List<String> entries) {
        return compile(entries, false);
    }

    public static Pattern compile(List<String> entries, boolean caseSensitive) {
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
        int flags = Pattern.UNICODE_CASE | (caseSensitive ? 0 : Pattern.CASE_INSENSITIVE);
        return Pattern.compile("(?<!" + NOT_WORD + ")(?:" + alt + ")(?!" + NOT_WORD + ")", flags);
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
