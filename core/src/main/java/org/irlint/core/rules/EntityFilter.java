package org.irlint.core.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.irlint.core.text.Entity;
import org.irlint.core.text.Span;

/** Which kinds of X markup a rule ignores matches inside (by default links and @handles). */
public record EntityFilter(Set<Entity.Kind> skipped) {

    public static EntityFilter from(RuleSpec spec) {
        if (!spec.has("skipInside")) {
            return new EntityFilter(EnumSet.of(Entity.Kind.URL, Entity.Kind.MENTION));
        }
        EnumSet<Entity.Kind> kinds = EnumSet.noneOf(Entity.Kind.class);
        for (String s : spec.strings("skipInside")) {
            try {
                kinds.add(Entity.Kind.valueOf(s.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw spec.error("'skipInside' knows url, mention, hashtag and cashtag, not '" + s + "'");
            }
        }
        return new EntityFilter(kinds);
    }

    public boolean skips(CheckContext context, int normStart, int normEnd) {
        if (skipped.isEmpty()) {
            return false;
        }
        Span s = context.view().toOriginal(normStart, normEnd);
        List<Entity> all = context.entities().all();
        for (Entity e : all) {
            if (skipped.contains(e.kind()) && e.overlaps(s.start(), s.end())) {
                return true;
            }
        }
        return false;
    }
}
