package org.irlint.core.eval;

import java.util.List;

/** One line of an evaluation file: a post and what a careful human said about it. */
public record LabeledPost(
        String id,
        String text,
        List<Identifier> identifiers,
        boolean privacyRisk,
        boolean unprofessional,
        String unprofessionalKind,
        String topic) {

    /** An explicit HIPAA identifier: its type (NAME, DATE, MRN…) and the exact substring. */
    public record Identifier(String type, String value) {
    }

    public LabeledPost {
        identifiers = List.copyOf(identifiers);
    }

    public boolean isIr() {
        return "ir".equals(topic);
    }
}
