package org.irlint.core.privacy;

import java.util.regex.Pattern;
import org.irlint.core.rules.CheckContext;
import org.irlint.core.text.FirstCharPattern;

/**
 * A wider reading of "this post tells of someone's care" than {@link PatientContext}: it also knows British and
 * Commonwealth spellings and ward talk (embolisation, theatre, bay 3, the ward), procedures done to someone
 * ("had her drain changed", "coiled", "ablated") and admissions. Used by the context rules only together with a
 * strong person cue (an honorific, a tribute, a relative), never as evidence on its own.
 */
final class CareContext {
    private static final String NOTE = "privacy:care-context";
    private static final FirstCharPattern CARE = FirstCharPattern.compile(String.join("|",
            "\\b(?:emboli[sz](?:ed|ation)|embo(?:'?d)?|coiled|stented|ablated|biopsied|drained|thrombectomy|thrombolysis|lysis|declot(?:ted|ting)?|fistulagram|angioplasty|kyphoplasty",
            "vertebroplasty|sclerotherapy|nephrostomy|cholecystostomy|gastrostomy|PICC|port|drain|biopsy|TIPS|TACE|UFE|PAE|GAE|EVAR|ablation",
            "admitted|admission|admissions|discharged?|ward|theatre|ICU|HDU|A&E|ED|recovery|post-?op|pre-?op|bedside|consent(?:ed)?",
            "fracture|bleed|fall|hospice|palliative|clinic|on the list|waiting list",
            "dialysis|G-tube|feeding tube|nursing home|care home|full code|DNR|NICU|PICU|SICU|MICU)\\b",
            "\\b(?:had|has|having|got|needed|needs)\\s+(?:his|her|their)\\s+(?:[\\w-]+\\s+){0,3}?[\\w-]+",
            "\\b(?:bed|bay|cubicle|side room)\\s+\\d+\\b",
            "\\b(?:let|allowed)\\s+us\\b|\\bput\\s+in\\s+(?:a|an|his|her)\\b"), Pattern.CASE_INSENSITIVE);

    private final boolean care;

    private CareContext(String normalized, boolean patient) {
        this.care = patient || CARE.matcher(normalized).find();
    }

    static CareContext of(CheckContext context) {
        return context.shared(NOTE, () -> new CareContext(context.normalized(), PatientContext.of(context).aboutPatient()));
    }

    static CareContext ofText(String normalized) {
        return new CareContext(normalized, PatientContext.ofText(normalized).aboutPatient());
    }

    /** The draft tells of a patient or of someone's care. */
    boolean aboutCare() {
        return care;
    }
}
