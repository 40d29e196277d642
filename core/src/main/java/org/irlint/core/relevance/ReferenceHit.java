package org.irlint.core.relevance;

/** A search result over the reference material; {@code snippet} has matches wrapped in {@code <b>…</b>}. */
public record ReferenceHit(String id, String title, String url, String snippet, double score) {
}
