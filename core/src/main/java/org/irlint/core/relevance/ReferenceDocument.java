package org.irlint.core.relevance;

import java.util.List;

/**
 * One reference document about an IR topic (format: {@code docs/reference-material.md}). {@code source} names
 * where it came from (a classpath resource or a file) for error messages.
 */
public record ReferenceDocument(
        String id,
        String title,
        String area,
        List<String> acronyms,
        List<String> synonyms,
        List<String> conditions,
        List<String> hashtags,
        List<String> urls,
        String patients,
        String clinicians,
        String source) {

    public ReferenceDocument {
        acronyms = List.copyOf(acronyms);
        synonyms = List.copyOf(synonyms);
        conditions = List.copyOf(conditions);
        hashtags = List.copyOf(hashtags);
        urls = List.copyOf(urls);
    }

    /** The best public source, or null when the document lists none. */
    public String url() {
        return urls.isEmpty() ? null : urls.get(0);
    }

    /** Words that name the topic itself: title, acronyms, synonyms and conditions. */
    public String keywords() {
        StringBuilder b = new StringBuilder(title);
        for (List<String> list : List.of(acronyms, synonyms, conditions)) {
            for (String s : list) {
                b.append(". ").append(s);
            }
        }
        return b.toString();
    }

    /** The prose of both sections. */
    public String body() {
        return patients.isEmpty() ? clinicians : clinicians.isEmpty() ? patients : patients + "\n\n" + clinicians;
    }
}
