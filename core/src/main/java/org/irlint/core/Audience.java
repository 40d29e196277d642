package org.irlint.core;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Who will read the post; plain-language and off-focus checks depend on it. */
public enum Audience {
    PUBLIC, PATIENTS, CLINICIANS, TRAINEES;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Patients and the public need plain language; clinicians and trainees share the jargon. */
    public boolean laypeople() {
        return this == PUBLIC || this == PATIENTS;
    }

    public static Audience fromId(String id) {
        if (id == null || id.isBlank()) {
            return PUBLIC;
        }
        for (Audience a : values()) {
            if (a.id().equalsIgnoreCase(id.trim())) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown audience '" + id + "' (expected public, patients, clinicians or trainees)");
    }
}
