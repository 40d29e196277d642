package org.irlint.core.privacy;

import org.irlint.core.report.Severity;
import org.irlint.core.rules.CheckContext;
import org.irlint.core.rules.Rule;
import org.irlint.core.rules.RuleInfo;

/**
 * The same rule at {@code info} severity, for findings that are probably the author's own organization (a
 * trial office's line, a recruiting address): shown so the author can confirm or allowlist it, but not
 * flagged, because an organization's contact details are not a patient's identifiers.
 */
final class HintOf implements Rule {
    private final RuleInfo info;

    HintOf(RuleInfo of) {
        this.info = of.withSeverity(Severity.INFO);
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public void check(CheckContext context) {
        // reports only through the rule that owns it
    }
}
