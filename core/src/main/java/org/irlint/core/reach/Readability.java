package org.irlint.core.reach;

import java.util.Locale;
import org.irlint.core.rules.Lexicon;

/**
 * The Flesch-Kincaid grade level of English prose: 0.39 × words per sentence + 11.8 × syllables per word −
 * 15.59. Syllables are estimated from vowel groups, which is what every practical implementation does.
 */
public final class Readability {
    private Readability() {
    }

    public record Grade(double grade, int words, int sentences) {
    }

    public static Grade of(String text) {
        int words = 0;
        int syllables = 0;
        int sentences = 0;
        boolean inSentence = false;
        int i = 0;
        while (i < text.length()) {
            if (Lexicon.isSpace(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && !Lexicon.isSpace(text.charAt(end))) {
                end++;
            }
            String token = text.substring(i, end);
            i = end;
            if (token.startsWith("#") || token.startsWith("@") || token.startsWith("http")) {
                continue;
            }
            String word = letters(token);
            if (!word.isEmpty()) {
                words++;
                syllables += syllables(word);
                inSentence = true;
            }
            if (inSentence && endsSentence(token)) {
                sentences++;
                inSentence = false;
            }
        }
        if (inSentence) {
            sentences++;
        }
        if (words == 0) {
            return new Grade(0, 0, 0);
        }
        double grade = 0.39 * words / Math.max(1, sentences) + 11.8 * syllables / words - 15.59;
        return new Grade(Math.max(0, grade), words, sentences);
    }


    /** The token's letters and apostrophes, lower-cased. */
    private static String letters(String token) {
        StringBuilder out = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); ) {
            int cp = token.codePointAt(i);
            if (cp == '\'' || Character.isLetter(cp)) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Ends in . ! or ? before any closing quotes or brackets ("done.", "why?)"). */
    private static boolean endsSentence(String token) {
        int end = token.length();
        while (end > 0 && "\"')]".indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == 0 || ".!?".indexOf(token.charAt(end - 1)) < 0) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false; // as the regex this replaced: "." does not cross a line separator
            }
        }
        return true;
    }

    static int syllables(String word) {
        String w = word.replace("'", "");
        if (w.length() <= 3) {
            return 1;
        }
        w = w.substring(0, w.length() - silentEnding(w));
        if (w.startsWith("y")) {
            w = w.substring(1);
        }
        int count = 0;
        boolean vowel = false;
        for (int i = 0; i < w.length(); i++) {
            boolean v = "aeiouy".indexOf(w.charAt(i)) >= 0;
            if (v && !vowel) {
                count++;
            }
            vowel = v;
        }
        return Math.max(1, count);
    }

    /** How many characters of a silent ending to drop: "-es" after a consonant, "-ed", "-e" after a consonant. */
    private static int silentEnding(String w) {
        int n = w.length();
        if (w.endsWith("es") && consonant(w, n - 3)) {
            return n - consonantStart(w, n - 3);
        }
        if (w.endsWith("ed")) {
            return 2;
        }
        if (w.endsWith("e") && consonant(w, n - 2)) {
            return n - consonantStart(w, n - 2);
        }
        return 0;
    }

    private static boolean consonant(String w, int i) {
        return i >= 0 && "laeiouy".indexOf(w.charAt(i)) < 0;
    }

    /** A letter beyond the BMP is two chars; the one before the ending starts where its pair starts. */
    private static int consonantStart(String w, int i) {
        return i > 0 && Character.isLowSurrogate(w.charAt(i)) && Character.isHighSurrogate(w.charAt(i - 1)) ? i - 1 : i;
    }
}
