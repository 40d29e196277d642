package org.irlint.core.rules;

import org.irlint.core.Audience;

/**
 * A sentence a rule must (bad) or must not (good) fire on. In a bad example, {@code <marker>…</marker>}
 * marks the exact span the finding must cover, as in LanguageTool's rule examples.
 */
public record RuleExample(String text, Audience audience, boolean attachment) {
    private static final String OPEN = "<marker>";
    private static final String CLOSE = "</marker>";

    /** The example without its markers: what is checked. */
    public String plainText() {
        return text.replace(OPEN, "").replace(CLOSE, "");
    }

    /** The marked span [start, end) in {@link #plainText()}, or null when the example marks none. */
    public int[] markedSpan() {
        int open = text.indexOf(OPEN);
        int close = text.indexOf(CLOSE);
        if (open < 0 || close < open) {
            return null;
        }
        return new int[] {open, close - OPEN.length()};
    }
}
