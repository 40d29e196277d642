package org.irlint.core.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.irlint.core.rules.CheckContext;

/**
 * Whether a draft talks about one particular patient, and where it announces an event. Safe Harbor is about
 * identifiers <em>of an individual</em>: "open house Oct 14" or "see you in Boston" names no patient, while the
 * same date or town in a case story may. Computed once per check and shared by the privacy rules.
 */
public final class PatientContext {
    private static final String NOTE = "privacy:patient-context";

    /** Signs of one patient: age/sex shorthand, "my/our … pt", titles, chart words, a patient's relatives. */
    private static final Pattern INDIVIDUAL = Pattern.compile(String.join("|",
            "\\b\\d{1,3}\\s?(?:yo|y/o|y\\.o\\.?|yrs?\\.? old|years? old|-?year-old|-?yr-old)",
            "\\b\\d0s\\s?(?-i:[MF])\\b|\\b\\d{1,3}(?:yo)?(?-i:[MF])\\b|\\b\\d{1,3}\\s?yo\\s?(?-i:[MF])\\b",
            "\\b(?:my|our|this|that|today'?s|tonight'?s|yesterday'?s|the)\\s+(?:[\\w/-]+\\s+){0,3}?(?:pt|patient)\\b(?!s)",
            "\\b(?:pt|patient)'?s\\b",
            "\\b(?:on|for|with|to|of)\\s+(?:a|an)\\s+(?:[\\w/-]+\\s+){0,2}?(?:pt|patient|man|woman|lady|gentleman|guy|kid|teen|boy|girl)\\b(?!s)",
            "\\b(?:pt|patient)\\s+(?:[A-Z]|w/|with|had|has|is|was|came|who|presented|underwent|asked|told|sent|lives|got|seen|went|did"
                    + "|does|needs|needed|wants|wanted|says|said|walked|feels|felt|loved|rang|ran|called|emailed|tolerated|coded|died|passed)\\b",
            "\\b(?:Mr|Mrs|Ms|Miss)\\.?\\s+[A-Z]",
            "\\b(?:DOB|D\\.O\\.B\\.?|MRN|date of birth|admitted|discharged|s/p)\\b",
            "\\b(?:his|her|their)\\s+(?:dad|mom|father|mother|son|daughter|wife|husband|family|kids|grandkids)\\b",
            "\\b(?:the\\s+)?family\\s+(?:of|wants?|wanted|asked|says?)\\b",
            "\\bthe\\s+[A-Z][a-z]+\\s+family\\b",
            "\\b(?:he|she)(?:'s|\\s+(?:is|was|had|has|came|went|got|lives|told|asked|wants|needs|walked|rang|drove))\\b",
            "\\b(?:his|her)\\s+(?:[\\w-]+\\s+)?(?:port|drain|tube|stent|filter|procedure|follow-up|f/u|appt|appointment|scan|biopsy|embo|embolization|TIPS|TACE|UFE|PAE|GAE|labs|fistula|PCN|nephrostomy|catheter|line|angio|angiogram|case)\\b",
            "\\b(?:embolized|treated|stented|scanned|consented|admitted|saw)\\s+(?:him|her)\\b"),
            Pattern.CASE_INSENSITIVE);

    /** Announcements: meetings, recruiting, screenings, votes. A date or town near these is about the event. */
    private static final Pattern EVENT = Pattern.compile(String.join("|",
            "\\b(?:conference|congress|meeting|symposium|summit|webinar|workshop|course|session|lecture|grand rounds",
            "journal club|open house|meetup|meet-up|booth|health fair|fair|screening event|job fair|interview day",
            "abstract|poster|presenting|presentation|talk|keynote|panel|registration|register|deadline|rsvp",
            "election|elections|vote|council|see you|join us|visit us|come say hi|heading to|flight|trip to",
            "permit|tickets?|residency|fellowship|match day|hiring|recruiting|launch|opening)\\b",
            "#[A-Za-z]+\\d{2,4}\\b"), Pattern.CASE_INSENSITIVE);

    private final String text;
    private final boolean individual;

    private PatientContext(String text) {
        this.text = text;
        this.individual = INDIVIDUAL.matcher(text).find();
    }

    public static PatientContext of(CheckContext context) {
        return (PatientContext) context.notes().computeIfAbsent(NOTE, k -> new PatientContext(context.normalized()));
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
