package org.irlint.core.report;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** {@code BLOCKED} on any privacy error, {@code REVIEW} on any other error or any warning, else {@code READY}. */
public enum Verdict {
    READY, REVIEW, BLOCKED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
