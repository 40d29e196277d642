package org.irlint.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.irlint.core.Draft;
import org.irlint.core.Engine;
import org.irlint.core.report.Category;
import org.irlint.core.report.Finding;
import org.irlint.core.report.Report;
import org.irlint.core.report.Severity;
import org.junit.jupiter.api.Test;

/** Behaviour of the structured-identifier detectors through the engine, as a user sees it. */
class StructuredIdentifiersTest {
    private static final Engine ENGINE = Engine.withDefaults();

    private static List<Finding> privacy(Engine engine, String text) {
        return engine.check(Draft.of(text)).findings(Category.PRIVACY);
    }

    private static String covered(String text, Finding f) {
        return text.substring(f.offset(), f.end());
    }

    @Test
    void allowlistedClinicNumberIsDroppedWhateverItsFormatting() {
        Engine engine = Engine.builder().allowlist(List.of("617.555.0142")).build();
        String text = "Questions about your PAE consult? (617) 555-0142 or 617-555-0199";
        List<Finding> found = privacy(engine, text);
        assertEquals(List.of("617-555-0199"), found.stream().map(f -> covered(text, f)).toList());
    }

    @Test
    void phoneSpanIsTheWholeNumberAsWritten() {
        String text = "Her son: +1 (617) 555-0142 ext. 7 🙏";
        Finding f = privacy(ENGINE, text).get(0);
        assertEquals("+1 (617) 555-0142 ext. 7", covered(text, f));
    }

    @Test
    void anOrganizationsOwnLineIsAHintNotAFlag() {
        Report report = ENGINE.check(Draft.of("Now recruiting for our GAE trial — call our study office 617-555-0142"));
        assertFalse(report.flagged(Category.PRIVACY));
        Finding hint = report.findings(Category.PRIVACY).get(0);
        assertEquals(Severity.INFO, hint.severity());
        assertEquals(List.of("our scheduling line"), hint.suggestions(), "a rewrite only for the author's own line");
    }

    @Test
    void aPatientsNumberGetsNoRewriteOnlyTheAdviceToDeleteIt() {
        Finding f = privacy(ENGINE, "her husband's cell 617-555-0142").get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(List.of(), f.suggestions());
        assertTrue(f.message().contains("Delete it"));
    }

    @Test
    void aNumberReadersAreToldToCallIsTheOrganizations() {
        Report ad = ENGINE.check(Draft.of("Varicose veins? Same-week consults. Call 555-123-4567 today!"));
        assertFalse(ad.flagged(Category.PRIVACY));
        Report named = ENGINE.check(Draft.of("Varicose veins follow-up. Call Dolores at 555-123-4567 today"));
        assertTrue(named.flagged(Category.PRIVACY), "a name between the cue and the number makes it hers");
    }

    @Test
    void anAddressReadersWriteToToLearnMoreIsTheOrganizations() {
        assertFalse(flagged("Email varicoseveins@stlukes-vascular.org to learn about treatment options."));
        assertFalse(flagged("Questions about fibroid embolization? uterine.care@mercy-health.org for more information."));
        assertTrue(flagged("Email jane.doe@gmail.com for the scan."), "no cue says whose address it is");
        assertTrue(flagged("Her son asked us to email r.okafor@mercy-health.org to learn how the drain went."),
                "a relative near the address makes it theirs");
    }

    @Test
    void aSwitchboardOrDepartmentLineIsTheOrganizationsButQuotedSpeechIsNot() {
        assertFalse(flagged("After hours, ring the hospital switchboard on 0161 496 0000 and ask for the IR registrar."));
        assertFalse(flagged("Note: the vascular department fax changed to 0113 496 0321, please update your templates."));
        assertTrue(flagged("Call me at 602-555-0178, Dolores said as she left recovery."), "someone else's 'call me' is their number");
    }

    private static boolean flagged(String text) {
        return ENGINE.check(Draft.of(text)).flagged(Category.PRIVACY);
    }

    @Test
    void aRelativeNearOwnWordsStillFlags() {
        Report report = ENGINE.check(Draft.of("Pt's daughter left our office her number 617-555-0142"));
        assertTrue(report.flagged(Category.PRIVACY));
    }

    @Test
    void roleMailboxOfAnOrganizationIsAHintButAPersonalAddressFlags() {
        assertFalse(ENGINE.check(Draft.of("CVs to ir.recruiting@examplehealth.org #RadJobs")).flagged(Category.PRIVACY));
        assertTrue(ENGINE.check(Draft.of("CVs to a.nguyen@examplehealth.org #RadJobs")).flagged(Category.PRIVACY));
    }

    @Test
    void aRecordLabelWinsOverThePhoneReading() {
        String text = "NHS number 943 476 5919 for the renal embo";
        List<Finding> found = privacy(ENGINE, text);
        assertEquals(1, found.size());
        assertEquals("privacy.mrn", found.get(0).ruleId());
    }

    @Test
    void messagesNeverRepeatTheIdentifier() {
        String[] texts = {"MRN 4482913", "call 617-555-0142 for her", "SSN 219-09-9999", "jdoe@gmail.com",
            "VIN 1HGCM82633A004352", "acct # 88231-0045", "IP 73.189.42.17", "Accession 77120045"};
        for (String text : texts) {
            for (Finding f : privacy(ENGINE, text)) {
                String value = covered(text, f);
                assertFalse(f.message().contains(value), f.ruleId() + " message repeats the identifier");
                f.suggestions().forEach(s -> assertFalse(s.contains(value), f.ruleId() + " suggestion repeats it"));
            }
        }
    }

    @Test
    void spansMapBackThroughFullwidthDigitsAndZeroWidthCharacters() {
        String text = "🙂 MRN ４４８\u200B２９１３ 🙂";
        Finding f = privacy(ENGINE, text).get(0);
        assertEquals("４４８\u200B２９１３", covered(text, f));
    }

    @Test
    void cjkAndEmojiAroundDoNotShiftTheSpan() {
        String text = "👨‍👩‍👧 患者 bed 14B 🛏️ 谢谢";
        Finding f = privacy(ENGINE, text).get(0);
        assertEquals("bed 14B", covered(text, f));
    }

    @Test
    void aHomoglyphLabelStillCounts() {
        String text = "\u041CRN 4482913"; // Cyrillic capital em
        assertEquals("4482913", covered(text, privacy(ENGINE, text).get(0)));
    }

    @Test
    void numbersThatAreNotIdentifiersStayQuiet() {
        String[] texts = {
            "In 2023 we did 1,240 TACE cases; HR 0.72 (95% CI 0.61-0.85), p<0.001",
            "5 Fr sheath, 0.035\" wire, 120 Gy, 8 mm, 6x40 mm balloon, INR 1.4, 2.5 mCi",
            "NCT04123456; PMID: 35123456; doi:10.1016/j.jvir.2023.01.012; CPT 37243; ICD-10 I83.893",
            "SIR 2026, March 28-April 1, 07:30 start, $1,250,000 C-arm, 45 patients #IRad @SIRspecialists",
            "https://www.jvir.org/article/S1051-0443(23)00456-7/fulltext https://clinicaltrials.gov/study/NCT04123456",
            "Software v2.3.1.4; ratio 3:1:1 at 10:30:45; ISBN 978-3-16-148410-0",
        };
        for (String text : texts) {
            assertEquals(List.of(), privacy(ENGINE, text).stream().map(f -> f.ruleId()).toList(), "flagged a non-identifier");
        }
    }

    @Test
    void patientLinksAreFoundButOrdinaryLinksAreNot() {
        assertTrue(ENGINE.check(Draft.of("Please share https://www.gofundme.com/f/help-our-dad-after-his-stroke"))
                .flagged(Category.PRIVACY));
        assertTrue(ENGINE.check(Draft.of("see https://viewer.example.org/app?StudyInstanceUID=1.3.6.1.4.1.14519.5.2.6"))
                .flagged(Category.PRIVACY));
        assertFalse(ENGINE.check(Draft.of("Guideline at https://www.sirweb.org/practice-resources/ and https://www.gofundme.com"))
                .flagged(Category.PRIVACY));
    }
}
