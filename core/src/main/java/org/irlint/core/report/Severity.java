package org.irlint.core.report;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How much a finding matters. {@code INFO} findings are hints and never flag a post. */
public enum Severity {
    INFO, WARNING, ERROR;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean flags() {
        return this != INFO;
    }

    public static Severity fromId(String id) {
        for (Severity s : values()) {
            if (s.id().equalsIgnoreCase(id.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + id + "' (expected error, warning or info)");
    }
}
