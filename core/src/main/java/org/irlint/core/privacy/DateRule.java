package org.irlint.core.privacy;

import org.irlint.core.rules.CheckContext;
import org.irlint.core.rules.SpecRule;
import org.irlint.core.rules.RuleSpec;

/**
 * {@code kind: privacy-date} — dates more specific than a year ({@link DateGrammar}). A date introduced by a
 * word such as DOB, born or admitted is always flagged. Any other date is flagged only in a post about a patient
 * and not next to an event word: "open house Oct 14" or "see you in Boston, March 28" is about an event, and
 * Safe Harbor concerns dates about an individual. Parameter {@code eventWindow}: characters around a date in
 * which an event word makes it an event date (default 40).
 */
public final class DateRule extends SpecRule {
    private final int eventWindow;

    public DateRule(RuleSpec spec) {
        super(spec);
        this.eventWindow = spec.integer("eventWindow", 40);
    }

    @Override
    public void check(CheckContext context) {
        PatientContext patient = PatientContext.of(context);
        for (DateGrammar.Found d : DateGrammar.find(context.normalized())) {
            if (Markup.inside(context, d.start(), d.end())) {
                continue;
            }
            boolean aboutThePatient = d.cued() || patient.aboutPatient() && !patient.eventNear(d.start(), d.end(), eventWindow);
            if (aboutThePatient) {
                context.report(this, d.start(), d.end(), message, suggestions);
            }
        }
    }
}
