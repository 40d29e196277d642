package org.irlint.core.reach;

import java.util.List;
import java.util.Locale;
import org.irlint.core.Audience;
import org.irlint.core.report.Severity;
import org.irlint.core.rules.CheckContext;
import org.irlint.core.rules.SpecRule;
import org.irlint.core.rules.RuleSpec;

/**
 * {@code kind: readability} — for lay audiences, a post above the target grade ({@code maxGrade}, default 8)
 * gets a hint with its grade. Posts shorter than {@code minWords} are too short to grade fairly.
 */
public final class ReadabilityRule extends SpecRule {
    private final double maxGrade;
    private final int minWords;

    public ReadabilityRule(RuleSpec spec) {
        super(spec);
        this.maxGrade = spec.decimal("maxGrade", 8);
        this.minWords = spec.integer("minWords", 15);
    }

    @Override
    public void check(CheckContext context) {
        Audience audience = context.draft().audience();
        if (!audience.laypeople()) {
            return;
        }
        Readability.Grade g = Readability.of(context.normalized());
        if (g.words() >= minWords && g.grade() > maxGrade) {
            Severity severity = audience == Audience.PATIENTS ? info.severity() : Severity.INFO;
            context.reportOriginal(this, severity, 0, context.text().length(),
                    message.replace("{grade}", String.format(Locale.ROOT, "%.0f", g.grade()))
                            .replace("{target}", String.format(Locale.ROOT, "%.0f", maxGrade)), List.of());
        }
    }
}
