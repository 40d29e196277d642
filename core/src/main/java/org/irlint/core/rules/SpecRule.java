package org.irlint.core.rules;

import java.util.List;

/**
 * A rule built from its rule-file definition: it keeps the definition's {@link RuleInfo}, message template
 * and suggestions, which almost every detector needs.
 */
public abstract class SpecRule implements Rule {
    protected final RuleInfo info;
    protected final String message;
    protected final List<String> suggestions;

    protected SpecRule(RuleSpec spec) {
        this.info = spec.info();
        this.message = spec.message();
        this.suggestions = spec.suggestions();
    }

    @Override
    public final RuleInfo info() {
        return info;
    }
}
