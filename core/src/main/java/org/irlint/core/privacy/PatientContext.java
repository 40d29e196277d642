package org.irlint.core.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.irlint.core.rules.CheckContext;
import org.irlint.core.text.FirstCharPattern;

/**
 * Whether a draft talks about one particular patient, and where it announces an event. Safe Harbor is about
 * identifiers <em>of an individual</em>: "open house Oct 14" or "see you in Boston" names no patient, while the
 * same date or town in a case story may. Computed once per check and shared by the privacy rules.
 */
public final class PatientContext {
    private static final String NOTE = "privacy:patient-context";

    /**
     * Signs of one patient: age/sex shorthand, "my/our … pt", titles, chart words, a patient's relatives. Split into
     * small patterns, most run case-sensitively on a lower-cased copy: one big case-insensitive alternation cost
     * more than all the detectors together.
     */
    private static final List<FirstCharPattern> ON_LOWER = Stream.of(
            "\\d\\s?(?:yo|y/o|y\\.o|yrs?\\.? old|years? old|-?year-old|-?yr-old)\\b",
            "\\b(?:dob|d\\.o\\.b|mrn|date of birth|admitted|discharged|s/p)\\b",
            "\\b(?:he|she)(?:'s|’s|\\s+(?:is|was|had|has|came|went|got|lives|told|asked|wants|needs|walked|rang|drove))\\b",
            "\\b(?:his|her|their)\\s+(?:dad|mom|father|mother|son|daughter|wife|husband|family|kids|grandkids)\\b",
            "\\bfamily\\s+(?:of|wants?|wanted|asked|says?)\\b",
            "\\b(?:his|her)\\s+(?:[\\w-]+\\s+){0,2}?(?:port|drain|tube|stent|filter|procedure|follow-up|f/u|appt|appointment|scan|biopsy"
                    + "|embo|embolization|embolisation|tips|tace|ufe|pae|gae|labs|fistula|pcn|picc|nephrostomy|catheter|line|angio|angiogram"
                    + "|case|veins|fibroids?|nodule|tumou?r|lesion|liver|kidney|prostate|knee|spleen|chemo|dialysis|treatment|ablation"
                    + "|ablated|embolized|embolised|coiled|drained|stented|removed|placed|exchanged|changed|y-?90|sirt|tare|mapping"
                    + "|radioembolization|radioembolisation|thrombectomy|kyphoplasty|vertebroplasty|sclerotherapy|paracentesis"
                    + "|thoracentesis|varicocele|pcn|cholecystostomy|gastrostomy|g-tube)\\b",
            "\\bwho\\s+(?:had|got|underwent|came\\s+in|let\\s+us|let\\s+our|was\\s+admitted)\\b",
            "\\b(?:i|my)\\s+(?:had|got|finally\\s+had)\\s+my\\b|\\bmy\\s+(?:fibroids|ufe|pae|gae|tace|tips|embolization|embolisation"
                    + "|biopsy|ablation|port|drain|nephrostomy|procedure)\\b",
            "\\b(?:man|woman|lady|gentleman|farmer|grandmother|grandfather|grandma|grandpa|mum|mom|dad|veteran|vet|widow|widower|teacher"
                    + "|retiree|pensioner)\\s+(?:from|in)\\s+\\S",
            "\\b(?:rip|rest easy|rest in peace|in memory of)\\b",
            "\\b(?:came|come|comes|rolled|brought)\\s+in\\s+(?:for|with|after|by|from)\\b|\\bhad\\s+(?:his|her)\\b|\\btrusted\\s+us\\s+with\\b"
                    + "|\\b(?:let|letting|allowing)\\s+us\\s+(?:to\\s+)?(?:share|tell|post)\\s+(?:about\\s+)?(?:his|her|their)\\b"
                    + "|\\bwas\\s+on\\s+our\\s+[\\w-]+\\s+(?:schedule|list)\\b|\\b(?:biopsy|case|patient|pt|procedure|call)\\s+was\\s+(?:the|a|an|our)\\b"
                    + "|\\b(?:placed|embolized|embolised|stented|coiled|treated)\\s+(?:a|an|the)\\s+[\\w-]+\\s+(?:in|on)\\s+(?:the|a|an|our)\\b",
            "\\b(?:embolized|treated|stented|scanned|consented|admitted|saw)\\s+(?:him|her)\\b",
            "\\b(?:on|for|with|to|of)\\s+an?\\s+(?:[\\w/-]+\\s+){0,2}?(?:man|woman|lady|gentleman|guy|kid|teen|boy|girl)\\b")
            .map(FirstCharPattern::compile).toList();
    private static final FirstCharPattern ON_ORIGINAL = FirstCharPattern.compile(
            "\\b\\d0s\\s?[MF]\\b|\\b\\d{1,3}(?:yo)?[MF]\\b|\\b(?:Mr|Mrs|Ms|Miss)\\.?\\s+[A-Z]|\\b[Tt]he\\s+[A-Z][a-z]+\\s+family\\b");
    /** "pt" or "patient", singular: whether it means one patient is read from the words around it. */
    private static final FirstCharPattern PATIENT_WORD = FirstCharPattern.compile("\\b(?:pt|patient)\\b");
    private static final Pattern ONE_PATIENT_BEFORE = Pattern.compile("(?:\\b(?:my|our|this|that|today'?s|tonight'?s|yesterday'?s|the)\\s+"
            + "(?:[\\w/-]+\\s+){0,3}|\\b(?:on|for|with|to|of)\\s+an?\\s+(?:[\\w/-]+\\s+){0,2})$");
    private static final Pattern ONE_PATIENT_AFTER = Pattern.compile("^(?:['’]s\\b|\\s+(?:[A-Z]|w/|with|had|has|is|was|came|who|presented"
            + "|underwent|asked|told|sent|lives|got|seen|went|did|does|needs|needed|wants|wanted|says|said|walked|feels|felt|loved|rang"
            + "|ran|called|emailed|tolerated|coded|died|passed)\\b)");

    /** Announcements: meetings, recruiting, screenings, votes. A date or town near these is about the event. */
    private static final Pattern EVENT = Pattern.compile(String.join("|",
            "\\b(?:conference|congress|meeting|symposium|summit|webinar|workshop|(?<!\\bof\\s)course|session|lecture|grand rounds",
            "journal club|open house|meetup|meet-up|booth|health fair|fair|screening event|job fair|interview day",
            "abstract|poster|presenting|presentation|talk|keynote|panel|registration|register|deadline|rsvp",
            "election|elections|vote|council|see you|join us|visit us|come say hi|heading to|flight|trip to",
            "permit|tickets?|(?<!\\b(?:my|our)\\s)(?:residency|fellowship)|match day|hiring|recruiting|launch|opening)\\b",
            "#[A-Za-z]+\\d{2,4}\\b"), Pattern.CASE_INSENSITIVE);

    private final String text;
    private final String lower;
    private final boolean individual;

    private PatientContext(String text) {
        this.text = text;
        this.lower = asciiLower(text);
        this.individual = findIndividual();
    }

    private boolean findIndividual() {
        for (FirstCharPattern.Finder m = PATIENT_WORD.matcher(lower); m.find(); ) {
            String before = lower.substring(Math.max(0, m.start() - 40), m.start());
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 14));
            if (ONE_PATIENT_BEFORE.matcher(before).find() || ONE_PATIENT_AFTER.matcher(after).find()) {
                return true;
            }
        }
        if (ON_ORIGINAL.matcher(text).find()) {
            return true;
        }
        for (FirstCharPattern p : ON_LOWER) {
            if (p.matcher(lower).find()) {
                return true;
            }
        }
        return false;
    }

    /** Lower-cases A–Z only, so that every offset in the copy is the offset in the text. */
    static String asciiLower(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= 'A' && c[i] <= 'Z') {
                c[i] = (char) (c[i] + 32);
            }
        }
        return new String(c);
    }

    /** The normalized text with A–Z lower-cased (same length and offsets), for case-blind matching. */
    public String lower() {
        return lower;
    }

    public static PatientContext of(CheckContext context) {
        return context.shared(NOTE, () -> new PatientContext(context.normalized()));
    }

    /** For tests and tools that have only the text. */
    public static PatientContext ofText(String normalized) {
        return new PatientContext(normalized);
    }

    /** The draft seems to be about one particular patient. */
    public boolean aboutPatient() {
        return individual;
    }

    /** An event cue lies within {@code window} characters of [start, end). */
    public boolean eventNear(int start, int end, int window) {
        Matcher m = EVENT.matcher(text).region(Math.max(0, start - window), Math.min(text.length(), end + window));
        while (m.find()) {
            if (m.end() <= start || m.start() >= end) {
                return true;
            }
        }
        return false;
    }
}
