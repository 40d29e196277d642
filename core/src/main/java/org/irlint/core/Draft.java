package org.irlint.core;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A post to check. {@link #toString()} never shows the text: drafts are patient data. */
public record Draft(String text, Audience audience, Set<String> disabledRules, List<Attachment> attachments) {

    public Draft {
        Objects.requireNonNull(text, "text");
        audience = audience == null ? Audience.PUBLIC : audience;
        disabledRules = disabledRules == null ? Set.of() : Set.copyOf(disabledRules);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public static Draft of(String text) {
        return new Draft(text, Audience.PUBLIC, Set.of(), List.of());
    }

    public static Draft of(String text, Audience audience) {
        return new Draft(text, audience, Set.of(), List.of());
    }

    @Override
    public String toString() {
        return "Draft[" + text.length() + " chars, audience=" + audience.id() + ", disabledRules=" + disabledRules
                + ", attachments=" + attachments.size() + "]";
    }
}
