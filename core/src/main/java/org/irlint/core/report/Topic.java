package org.irlint.core.report;

/** An IR topic the draft is about, from the reference material. */
public record Topic(String id, String label) {
}
