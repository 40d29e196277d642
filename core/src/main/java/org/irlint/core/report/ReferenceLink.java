package org.irlint.core.report;

/** A reliable source about the draft's topic. */
public record ReferenceLink(String id, String title, String url, double score) {
}
