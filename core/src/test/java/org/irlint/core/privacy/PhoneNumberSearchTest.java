package org.irlint.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Searching around the digits must find what libphonenumber finds in the whole text. */
class PhoneNumberSearchTest {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    @Property(tries = 500)
    void findsWhatAWholeTextSearchFinds(@ForAll("posts") String post) {
        for (String region : List.of("US", "GB", "IN")) {
            for (PhoneNumberUtil.Leniency leniency : List.of(PhoneNumberUtil.Leniency.VALID, PhoneNumberUtil.Leniency.POSSIBLE)) {
                assertEquals(wholeText(post, region, leniency), windowed(post, region, leniency), region + " " + leniency + ": " + post);
            }
        }
    }

    /** Why {@link PhoneNumberRule#onePerCallingCode} may skip Canada after the US: it finds the same valid numbers. */
    @Property(tries = 300)
    void regionsSharingACallingCodeFindTheSameValidNumbers(@ForAll("posts") String post) {
        assertEquals(wholeText(post, "US", PhoneNumberUtil.Leniency.VALID), wholeText(post, "CA", PhoneNumberUtil.Leniency.VALID), post);
    }

    @Test
    void searchesOneRegionPerCallingCode() {
        assertEquals(List.of("US", "GB", "AU"), PhoneNumberRule.onePerCallingCode(List.of("US", "GB", "CA", "AU", "GG")));
    }

    @Provide
    Arbitrary<String> posts() {
        Arbitrary<String> numbers = Arbitraries.of("(415) 555-0142", "+44 20 7946 0958", "020 7946 0958", "98765 43210",
                "555-0142", "1-800-555-0199 ext. 12", "415.555.0142", "4/12/1951", "10:30", "12:45 pm", "NCT04790370",
                "5 Fr", "0.035\"", "2024-2025", "+1 (212) 555 0100 x 7", "07700 900123", "(02) 9876 5432", "+91-98765-43210",
                "(416) 555-0123", "604-555-0199", "1 (905) 555 0147", "555-0142" + " ".repeat(30) + "ext. 12", "555-0142 extensión.- 12", "+1 212 555 0100 anexo: 7",
                "212-555-0100,,12", "212 555 0100 int 3", "(212) 555-0100 #123");
        Arbitrary<String> words = Arbitraries.strings().withChars("abcxXt. ,:;()/-+#'").ofMinLength(1).ofMaxLength(60);
        Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789 -().").ofMinLength(1).ofMaxLength(16);
        return Arbitraries.oneOf(numbers, words, words, digits).list().ofMinSize(1).ofMaxSize(10).map(p -> String.join(" ", p));
    }

    @Test
    void findsNumbersFarApartInALongPost() {
        String post = "Call (415) 555-0142 " + "about the embolization clinic and its follow-up visits ".repeat(3)
                + "or +44 20 7946 0958.";
        assertEquals(wholeText(post, "US", PhoneNumberUtil.Leniency.VALID), windowed(post, "US", PhoneNumberUtil.Leniency.VALID));
        assertEquals(2, windowed(post, "US", PhoneNumberUtil.Leniency.VALID).size());
    }

    private static List<String> windowed(String post, String region, PhoneNumberUtil.Leniency leniency) {
        return PhoneNumberSearch.find(post, region, leniency, 1).stream().map(f -> f.start() + "-" + f.end() + ":" + f.rawString()).toList();
    }

    private static List<String> wholeText(String post, String region, PhoneNumberUtil.Leniency leniency) {
        List<String> out = new ArrayList<>();
        for (PhoneNumberMatch m : UTIL.findNumbers(post, region, leniency, Long.MAX_VALUE)) {
            out.add(m.start() + "-" + m.end() + ":" + m.rawString());
        }
        return out;
    }
}
