package org.irlint.core.rules;

/**
 * One check. A rule is immutable and shared by every thread; all per-check state lives in the
 * {@link CheckContext}. Rules report through {@link CheckContext#report}.
 */
public interface Rule {
    RuleInfo info();

    void check(CheckContext context);

    /**
     * Rules run in phase order. Phase 0 finds things in the text; phase 1 rules read what phase 0 found
     * (for example the quasi-identifier combination reads the explicit identifiers).
     */
    default int phase() {
        return 0;
    }
}
