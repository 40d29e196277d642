package org.irlint.core.report;

import java.util.List;
import java.util.Objects;

/**
 * One problem in a draft. {@code offset} and {@code length} are UTF-16 code units of the draft text.
 */
public record Finding(
        String ruleId,
        Category category,
        Severity severity,
        int offset,
        int length,
        String message,
        List<String> suggestions,
        String url) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("negative span " + offset + "+" + length + " for " + ruleId);
        }
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }

    public int end() {
        return offset + length;
    }

    public boolean overlaps(int start, int end) {
        return offset < end && start < end();
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, category, newSeverity, offset, length, message, suggestions, url);
    }
}
