package org.irlint.core.report;

import java.util.List;

/** Hashtags the draft has, and the ones irlint suggests adding. */
public record HashtagSummary(List<String> present, List<String> suggested) {
    public HashtagSummary {
        present = List.copyOf(present);
        suggested = List.copyOf(suggested);
    }
}
