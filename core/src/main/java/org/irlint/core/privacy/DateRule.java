package org.irlint.core.privacy;

import java.time.Year;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.irlint.core.rules.CheckContext;
import org.irlint.core.rules.RuleSpec;
import org.irlint.core.rules.SpecRule;
import org.irlint.core.text.FirstCharPattern;

/**
 * {@code kind: privacy-date} — dates more specific than a year ({@link DateGrammar}). A date introduced by a
 * word such as DOB, born or admitted is always flagged. Any other date is flagged only in a post about a patient
 * and not next to an event word: "open house Oct 14" or "see you in Boston, March 28" is about an event, and
 * Safe Harbor concerns dates about an individual. A post about someone's care ({@link CareContext}: "ED pt brought
 * his own CT…") counts as about a patient, and so does a date right after a procedure ("Y-90 on May 12"). A date a
 * century or more ago in a post about no patient is history ("Dotter, born June 14, 1920"). Parameter
 * {@code eventWindow}: characters around a date in which an event word makes it an event date (default 40).
 */
public final class DateRule extends SpecRule {
    /** "Y-90 on May 12", "her UFE was on 4/22": a procedure and then its date. */
    private static final Pattern PROCEDURE_ON = Pattern.compile("(?i)\\b(?:Y-?90|TARE|TACE|SIRT|UFE|UAE|PAE|GAE|TIPS|EVAR|TEVAR|PICC|port|drain"
            + "|biopsy|ablation|RFA|MWA|embo|emboli[sz]ation|kyphoplasty|vertebroplasty|thrombectomy|angioplasty|nephrostomy|fistulogram|procedure"
            + "|surgery|op|appointment|appt)\\s+(?:was\\s+|is\\s+|done\\s+|booked\\s+|scheduled\\s+)?(?:on|for)\\s*$");
    /** A notice to readers: "clinic closed Christmas Day", "new hours from 3/1". Dates there are the service's. */
    private static final FirstCharPattern NOTICE = FirstCharPattern.compile("(?i)\\b(?:closed|closure|closing|open|opens|reopens?|hours|schedule|reminder|will\\s+be"
            + "|starting|starts|effective|available|book|booking|holiday\\s+hours|on[- ]call)\\b");
    /** "SIR 2026", "CIRSE2025": a meeting named by its society and year. */
    private static final FirstCharPattern MEETING = FirstCharPattern.compile("\\b[A-Z]{2,8}\\s?20\\d\\d\\b");
    /** History, not a patient: a pioneer's birthday, "on this day", #IRhistory. */
    private static final FirstCharPattern HISTORY = FirstCharPattern.compile("(?i)\\b(?:pioneer(?:s|ing)?|inventor|invented|founder|on\\s+this\\s+day"
            + "|(?:father|mother|godfather)\\s+of\\s+(?:modern\\s+)?(?:interventional|IR|radiology|angiography|angioplasty|vascular|endovascular)"
            + "|history\\s+of\\s+(?:IR|interventional|radiology|angiography|angioplasty))\\b|#\\w*history\\b");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[89]\\d\\d|20\\d\\d)(?!\\d)");
    private final int eventWindow;

    public DateRule(RuleSpec spec) {
        super(spec);
        this.eventWindow = spec.integer("eventWindow", 40);
    }

    @Override
    public void check(CheckContext context) {
        PatientContext patient = PatientContext.of(context);
        String text = context.normalized();
        for (DateGrammar.Found d : DateGrammar.find(text)) {
            if (Markup.inside(context, d.start(), d.end()) || !patient.aboutPatient() && history(text, d)) {
                continue;
            }
            boolean story = patient.aboutPatient() || PROCEDURE_ON.matcher(text.substring(Math.max(0, d.start() - 30), d.start())).find()
                    || CareContext.of(context).aboutCare() && !NOTICE.matcher(text).find() && !MEETING.matcher(text).find()
                    && !patient.eventNear(d.start(), d.end(), text.length());
            boolean aboutThePatient = d.cued() || story && !patient.eventNear(d.start(), d.end(), eventWindow);
            if (aboutThePatient) {
                context.report(this, d.start(), d.end(), message, suggestions);
            }
        }
    }

    /** A post about no patient that tells history, or a date a century or more back: a pioneer's birthday. */
    private static boolean history(String text, DateGrammar.Found d) {
        if (HISTORY.matcher(text).find()) {
            return true;
        }
        Matcher y = YEAR.matcher(text).region(d.start(), d.end());
        return y.find() && Integer.parseInt(y.group(1)) <= Year.now().getValue() - 100;
    }
}
