package org.irlint.core.relevance;

import org.irlint.core.Audience;
import org.irlint.core.report.Severity;
import org.irlint.core.rules.CheckContext;
import org.irlint.core.rules.SpecRule;
import org.irlint.core.rules.RuleSpec;

/**
 * {@code kind: off-focus}: a gentle note when the relevance model finds the post is not about IR. A hint
 * (the rule's severity) for colleagues, who post about their lives too; {@code patients-severity} (default
 * warning) when the post speaks to patients, who follow the account for IR information. Never an error.
 * The span is the whole post, less leading and trailing spaces.
 */
public final class OffFocusRule extends SpecRule {
    private final Severity forPatients;

    public OffFocusRule(RuleSpec spec) {
        super(spec);
        Severity patients;
        try {
            patients = Severity.fromId(spec.string("patients-severity", "warning"));
        } catch (IllegalArgumentException e) {
            throw spec.error("has 'patients-severity' that is not info or warning");
        }
        if (patients == Severity.ERROR || info.severity() == Severity.ERROR) {
            throw spec.error("must not be an error: an off-focus post is a note, not a mistake");
        }
        this.forPatients = patients;
    }

    @Override
    public void check(CheckContext context) {
        if (context.relevance().onTopic()) {
            return;
        }
        String text = context.text();
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return; // an empty draft is not off focus
        }
        Severity severity = context.draft().audience() == Audience.PATIENTS ? forPatients : info.severity();
        String score = Long.toString(Math.round(context.relevance().score() * 100));
        context.reportOriginal(this, severity, start, end, message.replace("{score}", score), suggestions);
    }
}
