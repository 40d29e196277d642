package org.irlint.core.privacy;

import org.irlint.core.rules.CheckContext;
import org.irlint.core.text.Entity;
import org.irlint.core.text.Span;

/** Links, @handles and hashtags are not prose: a colleague's handle or #Whipple is never a patient's name. */
final class Markup {
    private Markup() {
    }

    /** Whether the normalized span [start, end) touches a URL, mention or hashtag. */
    static boolean inside(CheckContext context, int start, int end) {
        Span s = context.view().toOriginal(start, end);
        for (Entity e : context.entities().all()) {
            if (e.kind() != Entity.Kind.CASHTAG && e.overlaps(s.start(), s.end())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a finding of this rule already covers part of the span (two patterns, one identifier). */
    static boolean reported(CheckContext context, String ruleId, int start, int end) {
        Span s = context.view().toOriginal(start, end);
        return context.findings().stream().anyMatch(f -> f.ruleId().equals(ruleId) && f.overlaps(s.start(), s.end()));
    }
}
