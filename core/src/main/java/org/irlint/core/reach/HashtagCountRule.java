package org.irlint.core.reach;

import java.util.List;
import org.irlint.core.rules.CheckContext;
import org.irlint.core.rules.SpecRule;
import org.irlint.core.rules.RuleSpec;
import org.irlint.core.text.Entity;

/** {@code kind: hashtag-count} — flags each hashtag past the {@code max}-th (default 3). */
public final class HashtagCountRule extends SpecRule {
    private final int max;

    public HashtagCountRule(RuleSpec spec) {
        super(spec);
        this.max = spec.integer("max", 3);
    }

    @Override
    public void check(CheckContext context) {
        List<Entity> tags = context.entities().of(Entity.Kind.HASHTAG);
        for (int i = max; i < tags.size(); i++) {
            Entity tag = tags.get(i);
            context.reportOriginal(this, tag.start(), tag.end(),
                    message.replace("{count}", Integer.toString(tags.size())).replace("{max}", Integer.toString(max)),
                    List.of(""));
        }
    }
}
