package org.irlint.maven.report;

import java.util.Locale;
import org.irlint.core.report.Severity;

/** Which findings fail the build: errors, errors and warnings, or none. */
public enum FailOn {
    ERROR, WARNING, NEVER;

    public static FailOn of(String value) {
        if (value == null || value.isBlank()) {
            return ERROR;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("failOn is '" + value + "'; use error, warning or never");
        }
    }

    public boolean fails(Severity severity) {
        return switch (this) {
            case ERROR -> severity == Severity.ERROR;
            case WARNING -> severity == Severity.ERROR || severity == Severity.WARNING;
            case NEVER -> false;
        };
    }
}
