package org.irlint.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.irlint.core.Draft;
import org.irlint.core.Engine;
import org.irlint.core.privacy.EventCombinationRule.Cue;
import org.irlint.core.report.Category;
import org.irlint.core.report.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The context rules of privacy-context.yml through the whole engine, so that offsets, masking and dedup are real. */
class ContextRulesTest {
    private static final Engine ENGINE = Engine.withDefaults();

    private static List<Finding> findings(String text, String rule) {
        return org.irlint.core.rules.RuleHarness.only(ENGINE, rule, text);
    }

    private static List<String> spans(String text, String rule) {
        return findings(text, rule).stream().map(f -> text.substring(f.offset(), f.end())).toList();
    }

    @Test
    void chineseNameAfterAVerbIsCutAtTheSurnameAndOffsetsSurviveAnEmoji() {
        String text = "🎉🎉 昨天为张伟先生做了TIPS，恢复很好。";
        assertEquals(List.of("张伟"), spans(text, "privacy.name-context"));
        Finding f = findings(text, "privacy.name-context").get(0);
        assertEquals(text.indexOf("张伟"), f.offset(), "offset is in UTF-16 units after two surrogate pairs");
        assertFalse(f.message().contains("张伟"), "privacy messages never repeat the identifier");
    }

    @Test
    void japaneseSenseiIsATeacherOrDoctorNotAPatient() {
        assertEquals(List.of(), spans("山田先生の講義でTACEの手技を学びました。", "privacy.name-context"));
        assertEquals(List.of("鈴木"), spans("鈴木さん、ドレーン抜去おめでとうございます。", "privacy.name-context"));
    }

    @Test
    void aNameFoundOnceIsReportedWhereverItAppears() {
        String text = "Dougie's dad says the nephrostomy is draining well. Dougie, you're a legend.";
        List<Finding> all = ENGINE.check(Draft.of(text)).findings(Category.PRIVACY);
        long dougies = all.stream().filter(f -> text.substring(f.offset(), f.end()).contains("Dougie")).count();
        assertEquals(2, dougies, "both mentions of the name are flagged");
    }

    @Test
    void tributesToColleaguesAndFoundersAreNotPatients() {
        assertEquals(List.of(), spans("RIP Dr. Seldinger, whose needle we use every day.", "privacy.name-context"));
        assertEquals(List.of(), spans("Happy birthday to Priya, our brilliant charge nurse, from the whole IR team!", "privacy.name-context"));
        assertEquals(List.of("L.T."), spans("RIP L.T., who came to us for every fistula rescue for ten years.", "privacy.name-context"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Grace, you're a star for staying late to finish the drain list tonight.",
            "Great talk by Sra. Ana Beltrán on nursing in IR at the conference in Madrid.",
            "Thank you Sarah for the lecture on embolic agents, and for covering the drain list."})
    void colleaguesAddressedOrThankedAreNotPatients(String text) {
        assertEquals(List.of(), spans(text, "privacy.name-context"));
    }

    @Test
    void subjectOfCareIsANameButStaffDoingTheirFirstCaseIsNot() {
        assertEquals(List.of("Beatrice"), spans("Beatrice had her port placed today and is already home.", "privacy.name-context"));
        assertEquals(List.of(), spans("Beatrice had her first TIPS as a consultant today, so proud!", "privacy.name-context"));
    }

    @Test
    void spelledAndAppositiveAgesOverEightyNine() {
        assertEquals(List.of("Ninety-three"), spans("Ninety-three and asking when she can garden again after her kyphoplasty.", "privacy.age-words"));
        assertEquals(List.of("95"), spans("Mrs Lindgren, 95, had her nephrostomy changed without a fuss.", "privacy.age-words"));
        assertEquals(List.of(), spans("Ninety percent of our drains are placed under ultrasound.", "privacy.age-words"));
        assertEquals(List.of(), spans("We stock 80, 90, 100 cm sheaths for the drain cart.", "privacy.age-words"));
        assertEquals(List.of(), spans("Patients, 90 and over, were excluded from the drain trial.", "privacy.age-words"));
    }

    @Test
    void dayMonthDatesNeedADateWordOrASeries() {
        String series = "Admitted 4/3 after a fall, coiled the next day, home 9/3.";
        List<String> flagged = ENGINE.check(Draft.of(series)).findings(Category.PRIVACY).stream()
                .map(f -> series.substring(f.offset(), f.end())).toList();
        assertTrue(flagged.contains("4/3") && flagged.contains("9/3"), flagged.toString());
        assertTrue(spans(series, "privacy.date-extra").contains("9/3"), "the second date has only 'home' before it");
        assertEquals(List.of(), spans("Pain 8/10 before the vertebroplasty and 2/10 after.", "privacy.date-extra"));
        assertEquals(List.of(), spans("Fever started 3/7 ago, the drain was upsized.", "privacy.date-extra"));
        assertFalse(ShortDateRule.calendar(7, 10), "7/10 reads as a score");
        assertTrue(ShortDateRule.calendar(25, 12));
        assertFalse(ShortDateRule.calendar(32, 13));
    }

    @Test
    void aNamedHolidayDatesTheCareButNotAGreeting() {
        assertEquals(List.of("Boxing Day"), spans("Coiled on Boxing Day after a fall, home for New Year.", "privacy.date-extra"));
        assertEquals(List.of(), spans("Merry Christmas from the IR team! See you on Christmas Day at the staff party.", "privacy.date-extra"));
    }

    @Test
    void aHospitalsOwnAddressIsNotAPatients() {
        assertEquals(List.of(), spans("Our new IR unit opens at 12 Willow Grove next month, open day on Saturday. Come and see the angio suite!",
                "privacy.place-context"));
        assertEquals(List.of("12 Willow Grove"), spans("Discharged after her drain, she lives at 12 Willow Grove with her sister.",
                "privacy.place-context"));
    }

    @Test
    void indianPinCodeAndItsCityAreBothFlagged() {
        List<String> found = spans("Our TACE patient from Kothrud, Pune 411038 went home today.", "privacy.place-context");
        assertTrue(found.contains("411038"), found.toString());
        assertTrue(found.contains("Pune") || found.contains("Kothrud"), found.toString());
    }

    @Test
    void roleOrEventIsNeededAndTimeAloneIdentifiesNoOne() {
        assertEquals(0, EventCombinationRule.score(EnumSet.of(Cue.RECENT_TIME, Cue.RECOGNITION, Cue.SMALL_COMMUNITY)));
        assertEquals(3, EventCombinationRule.score(EnumSet.of(Cue.ROLE, Cue.RECENT_TIME)));
        assertEquals(2, EventCombinationRule.score(EnumSet.of(Cue.EVENT)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The council's new mayor opened our IR suite this morning.",
            "Pro tip: coil from distal to proximal, every single time.",
            "Watched Saturday's final with the whole IR team, great game!"})
    void publicLifeWithoutSomeonesCareIsFine(String text) {
        assertEquals(List.of(), spans(text, "privacy.public-role"));
    }

    @Test
    void theMayorsWifeTreatedTodayIsRecognisable() {
        assertEquals(List.of("the mayor's wife"), spans("Embolised the mayor's wife this morning, all went well.", "privacy.public-role"));
    }

    @Test
    void aPracticesOwnPageIsNotAPatients() {
        assertEquals(List.of(), spans("Follow us for patient education: instagram.com/valley_ir_clinic", "privacy.url-profile"));
        assertEquals(List.of("gransembojourney.wordpress.com"),
                spans("Lovely to see gransembojourney.wordpress.com thank the nurses by name.", "privacy.url-profile"));
    }

    @Test
    void describedTattooButNotARadiotherapyMark() {
        assertEquals(1, findings("Ablated the veins of the man with the huge eagle tattoo across his chest today.", "privacy.distinctive-mark").size());
        assertEquals(List.of(), spans("The radiotherapy marking tattoo sat right over the access site during the drain.", "privacy.distinctive-mark"));
        assertEquals(List.of(), spans("She was scared before the drain, the whole team reassured her.", "privacy.distinctive-mark"));
    }
}
