package org.irlint.core.report;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The four things irlint judges a post on. */
public enum Category {
    PRIVACY, PROFESSIONALISM, RELEVANCE, REACH;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Category fromId(String id) {
        for (Category c : values()) {
            if (c.id().equalsIgnoreCase(id.trim())) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown category '" + id + "' (expected privacy, professionalism, relevance or reach)");
    }
}
