package org.irlint.core.rules;

import java.util.List;

/**
 * "Is one of these words within N characters of the match?" — the context test that separates "stop your
 * Eliquis" (advice) from "stop by our booth", or a number after "MRN" from any other number.
 */
public final class Proximity {
    private final Phrases words;
    private final int before;
    private final int after;

    private Proximity(Phrases words, int before, int after) {
        this.words = words;
        this.before = before;
        this.after = after;
    }

    /** Null when the list is empty. Entries are literal phrases unless they start with {@code re:}. */
    public static Proximity of(List<String> entries, int before, int after) {
        if (entries.isEmpty()) {
            return null;
        }
        return new Proximity(Lexicon.compile(entries), before, after);
    }

    public boolean near(String text, int start, int end) {
        int from = Math.max(0, start - before);
        int to = Math.min(text.length(), end + after);
        return words.foundNear(text, from, to, start, end);
    }
}
