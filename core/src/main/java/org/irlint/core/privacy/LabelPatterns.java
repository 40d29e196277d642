package org.irlint.core.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.irlint.core.text.FirstCharAlternation;

/**
 * Compiles the words that introduce an identifier ("MRN", "member ID", "licence plate") into one pattern.
 * Acronyms written in capitals in a rule file also match spaced or dotted out ("M R N", "M.R.N."), and words
 * spaced out letter by letter ("s e r i a l"), because that is the first thing someone hiding a number tries. A digit may follow a label directly
 * ("MRN4482913"), a letter may not ("MRNs" is a different word).
 */
final class LabelPatterns {
    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,6}");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,10}");

    private LabelPatterns() {
    }

    static FirstCharAlternation compile(List<String> labels, boolean caseSensitive) {
        return compile(labels, caseSensitive, false);
    }

    /** With {@code plurals}, "MRNs", "account numbers" and "SSNs" count as their labels ("MRNs 5512009 and …"). */
    static FirstCharAlternation compile(List<String> labels, boolean caseSensitive, boolean plurals) {
        List<String> sorted = new ArrayList<>(labels);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        List<String> alternatives = new ArrayList<>();
        for (String label : sorted) {
            if (!label.isBlank()) {
                alternatives.add(plurals && !label.startsWith("re:") ? phrase(label.strip(), true) : entry(label));
            }
        }
        int flags = Pattern.UNICODE_CASE | (caseSensitive ? 0 : Pattern.CASE_INSENSITIVE);
        return new FirstCharAlternation(alternatives, "(?<![\\p{L}\\p{N}_])", "(?![\\p{L}_])", flags);
    }

    /** A label phrase, or the regular expression after {@code re:}. */
    static String entry(String entry) {
        return entry.startsWith("re:") ? entry.substring(3) : phrase(entry.strip());
    }

    static String phrase(String phrase) {
        return phrase(phrase, false);
    }

    /** Words may be abbreviated with a dot ("hosp. no."); the last may be plural when {@code plural}. */
    static String phrase(String phrase, boolean plural) {
        StringBuilder p = new StringBuilder();
        String[] words = phrase.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean last = i == words.length - 1;
            if (p.length() > 0) {
                // "acc #" also as "acc#": a space before a symbol is optional
                p.append(Character.isLetterOrDigit(word.charAt(0)) ? "[\\s\\-]+" : "\\s*");
            }
            if (ACRONYM.matcher(word).matches()) {
                p.append(spaced(word)).append(last && plural ? "(?:['’]?s)?" : "");
            } else if (WORD.matcher(word).matches()) {
                p.append(letterSpaced(word)).append(last && plural ? "(?:e?s)?" : "").append("\\.?");
            } else {
                p.append(Pattern.quote(word).replace("'", "\\E['’]?\\Q"));
            }
        }
        return p.toString();
    }

    /** "serial" also as "s e r i a l": a single space may follow each letter. */
    private static String letterSpaced(String word) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            if (i > 0) {
                p.append("[ ]?");
            }
            p.append(word.charAt(i));
        }
        return p.toString();
    }

    /** "MRN" as M, R, N with an optional dot and/or single space after each letter. */
    private static String spaced(String acronym) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < acronym.length(); i++) {
            if (i > 0) {
                p.append("\\.?[ ]?");
            }
            p.append(acronym.charAt(i));
        }
        return p.append("\\.?").toString();
    }
}
