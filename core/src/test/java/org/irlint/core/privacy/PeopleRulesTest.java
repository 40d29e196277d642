package org.irlint.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.irlint.core.Attachment;
import org.irlint.core.Audience;
import org.irlint.core.Draft;
import org.irlint.core.Engine;
import org.irlint.core.report.Finding;
import org.irlint.core.report.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The people/time/place rules through the whole engine, so that context, masking and offsets are real. */
class PeopleRulesTest {
    private static final Engine ENGINE = Engine.withDefaults();

    private static List<Finding> findings(String text, String rule) {
        return ENGINE.check(Draft.of(text)).findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    private static List<String> spans(String text, String rule) {
        return findings(text, rule).stream().map(f -> text.substring(f.offset(), f.end())).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mr. Okoye is home after his TIPS | Mr. Okoye",
            "Quick update on Ms. B, her drain output is down | Ms. B",
            "My pt Rosalind is back to pickleball after her GAE | Rosalind",
            "Pt K.L. did great with her UFE today | K.L.",
            "Outside films please, last name Drummondsen | Drummondsen",
            "his wife Lorraine stayed all night in the ICU after the embo | Lorraine",
            "Post-TACE check on Howard Lindqvist this morning, he's eating well | Howard Lindqvist",
    })
    void findsNamesThatContextMakesAPatients(String text, String name) {
        assertEquals(List.of(name), spans(text, "privacy.name"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Seldinger access, Doppler check, Foley out. Whipple patients need IR too.",
            "May-Thurner vs Budd-Chiari: a venous outflow quiz for residents.",
            "Shoutout to @DrAmaraIR for the teaching today, my pt did great.",
            "Dr. Alvarez and Dr. Kim will see you in clinic. Book online.",
            "Hope you all had a good weekend. Will post the case tomorrow.",
            "Boston Scientific rep brought donuts. Amplatzer plug to the rescue for my pt.",
            "My daughter Hazel lost her first tooth today!",
            "Thanks to Sarah Mitchell, our amazing IR nurse, for scrubbing my pt's TIPS today!",
    })
    void leavesEponymsColleaguesAndEverydayWordsAlone(String text) {
        assertEquals(List.of(), spans(text, "privacy.name"), text);
    }

    @Test
    void aFirstAndLastNamePairNeedsAPostAboutAPatient() {
        assertEquals(List.of(), spans("Reading Howard Lindqvist's new novel on the flight home.", "privacy.name"));
        assertEquals(List.of("Howard Lindqvist"), spans("Our pt Howard Lindqvist had his PAE today.", "privacy.name"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Our pt drove in from Nacogdoches for his PAE | Nacogdoches",
            "My pt lives in Pocatello, ID and flies in for checks | Pocatello, ID",
            "Anyone from Yakima County know this pt's family? | Yakima County",
            "Pt lives at 221 Larkspur Ln and needs a ride | 221 Larkspur Ln",
            "The referral came from ZIP 38614 for my pt | 38614",
            "My pt's daughter flew in from Saskatoon | Saskatoon",
            // after a person, a town that is also a word is still the town
            "My pt from Mobile loved the nurses. | Mobile",
            "Sweet abuela from Boyle Heights had her PICC today | Boyle Heights",
    })
    void findsPlacesSmallerThanAState(String text, String place) {
        assertEquals(List.of(place), spans(text, "privacy.location"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Our pt came all the way from Texas for her UFE.",
            "Abstract accepted! See you in Boston, March 28 for #SIR2026.",
            "Anyone have a good CPA in the Denver area?",
            "My pt from Recovery loved the nurses.",
            "The lady from Pharmacy brought the vials for our pt.",
            "Our pt from Hope Ward had a PICC, the man from Billing called about it.",
            "The kid from Security walked our pt to the angio suite.",
            "Transferred from Mercy General overnight, my pt's spleen was embolized.",
            "Our pt is from Canada and flew home after mapping.",
    })
    void leavesStatesCountriesEventsAndEverydayWordsAlone(String text) {
        assertEquals(List.of(), spans(text, "privacy.location"), text);
    }

    @Test
    void eventDatesAreNotPatientDates() {
        assertEquals(List.of(), spans("Online info session Sept 22 at 6pm CT! #IRRes", "privacy.date"));
        assertEquals(List.of(), spans("Vote on Nov 4, y'all.", "privacy.date"));
        assertEquals(List.of("Oct 14"), spans("My pt had her PAE on Oct 14 and is doing great.", "privacy.date"));
        // a date of birth is about the patient wherever it appears
        assertEquals(List.of("3/4/1950"), spans("Need outside films, DOB 3/4/1950.", "privacy.date"));
    }

    @Test
    void agesOverEightyNineButNotMeasurements() {
        assertEquals(List.of("94yo"), spans("94yo with a pelvic fx and a bleeding internal iliac branch", "privacy.age"));
        assertEquals(List.of(), spans("90 mm stent, 90 min, 91% stenosis, in 2019", "privacy.age"));
        assertEquals(List.of(), spans("Patients in their 90s do well with vertebroplasty.", "privacy.age"));
        assertEquals(List.of("in her 90s"), spans("My pt is in her 90s and still gardens.", "privacy.age"));
    }

    @Test
    void spansKeepTheirOffsetsAroundEmojiAndCjk() {
        String text = "🎉🎉 謝謝 Mrs. Yamada 😊 went home 👋 奈良 from Amarillo 🏥 on 4/22/2025 ✅ pt";
        List<Finding> all = ENGINE.check(Draft.of(text)).findings();
        for (Finding f : all) {
            assertFalse(Character.isLowSurrogate(text.charAt(f.offset())), "span starts inside a surrogate pair");
            assertFalse(f.end() < text.length() && Character.isLowSurrogate(text.charAt(f.end())), "span ends inside a surrogate pair");
        }
        assertEquals(List.of("Mrs. Yamada"), spans(text, "privacy.name"));
        assertEquals(List.of("Amarillo"), spans(text, "privacy.location"));
        assertEquals(List.of("4/22/2025"), spans(text, "privacy.date"));
    }

    @Test
    void messagesMaskTheIdentifier() {
        Finding f = findings("Mr. Okoye is home after his TIPS", "privacy.name").get(0);
        assertFalse(f.message().contains("Okoye"), f.message());
        assertEquals(Severity.ERROR, f.severity());
    }

    @Test
    void aRiskyCombinationWarnsOnEachPartButAnEverydayCaseDoesNot() {
        String risky = "15yo M hurt at the homecoming game last night here in town, spleen embolized.";
        List<String> parts = spans(risky, "privacy.combination");
        assertTrue(parts.size() >= 3, parts.toString());
        assertTrue(findings(risky, "privacy.combination").stream().allMatch(f -> f.severity() == Severity.WARNING));
        assertEquals(List.of(), spans("Today's case: 70s M with HCC, TACE done, home tomorrow. #IRad", "privacy.combination"));
    }

    @Test
    void imagesGetAReminderAndAWarningWhenTheTextSaysAnIdentifierShows() {
        Draft withImage = new Draft("Look at this coil pack 😍", Audience.PUBLIC, Set.of(), List.of(new Attachment("image", null)));
        List<Finding> hint = ENGINE.check(withImage).findings().stream().filter(f -> f.ruleId().equals("privacy.image")).toList();
        assertEquals(1, hint.size());
        assertEquals(Severity.INFO, hint.get(0).severity());
        List<Finding> warn = findings("Phone pic of the scout, you can see his wristband lol", "privacy.image");
        assertFalse(warn.isEmpty());
        assertTrue(warn.stream().allMatch(f -> f.severity() == Severity.WARNING));
        assertEquals(List.of(), findings("Great talk on dose reduction today.", "privacy.image"));
    }
}
