package org.irlint.core.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The grade must be the Flesch-Kincaid grade as first written with regular expressions (kept here as the oracle). */
class ReadabilityTest {

    @Property(tries = 1000)
    void agreesWithTheRegexDefinition(@ForAll("prose") String text) {
        assertEquals(oracle(text), Readability.of(text), text);
    }

    @Provide
    Arbitrary<String> prose() {
        Arbitrary<String> words = Arbitraries.of("the", "patient", "embolization", "recovered", "quickly.", "Why?", "yes!\")",
                "goes", "hated", "axes", "lie", "yellow", "it's", "don't", "#IRad", "@doc", "https://x.org", "5", "Fr",
                "naïve", "café.", "𝐛𝐨𝐥𝐝es", "l\u2028ine.", "(done).", "'quoted'", "\t", "ablation's", "TACE", "—");
        return words.list().ofMinSize(0).ofMaxSize(40).map(w -> String.join(" ", w));
    }

    @Test
    void gradesShortPlainSentencesLowerThanLongTechnicalOnes() {
        Readability.Grade plain = Readability.of("We fix the vein. You go home the same day.");
        Readability.Grade technical = Readability.of("Transarterial chemoembolization administers chemotherapeutic emulsions "
                + "selectively via hepatic arterial catheterization under fluoroscopic guidance.");
        assertEquals(10, plain.words());
        assertEquals(2, plain.sentences());
        assertTrue(plain.grade() < 4 && technical.grade() > 14, plain + " " + technical);
    }

    private static Readability.Grade oracle(String text) {
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
                syllables += oracleSyllables(word);
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
            return new Readability.Grade(0, 0, 0);
        }
        double grade = 0.39 * words / Math.max(1, sentences) + 11.8 * syllables / words - 15.59;
        return new Readability.Grade(Math.max(0, grade), words, sentences);
    }

    private static int oracleSyllables(String word) {
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
