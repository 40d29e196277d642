package org.irlint.core.reach;

import java.util.Locale;

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
        for (String token : text.split("\\s+")) {
            if (token.isEmpty() || token.startsWith("#") || token.startsWith("@") || token.startsWith("http")) {
                continue;
            }
            String word = token.replaceAll("[^\\p{L}']", "").toLowerCase(Locale.ROOT);
            if (!word.isEmpty()) {
                words++;
                syllables += syllables(word);
                inSentence = true;
            }
            if (inSentence && token.matches(".*[.!?]+[\"')\\]]*$")) {
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

    static int syllables(String word) {
        String w = word.replace("'", "");
        if (w.length() <= 3) {
            return 1;
        }
        w = w.replaceAll("(?:[^laeiouy]es|ed|[^laeiouy]e)$", "").replaceAll("^y", "");
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
}
