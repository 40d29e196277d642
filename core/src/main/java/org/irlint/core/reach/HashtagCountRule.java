package org.irlint.core.reach;

import java.util.List;
import org.irlint.core.rules.CheckContext;
import org.irlint.core.rules.Rule;
import org.irlint.core.rules.RuleInfo;
import org.irlint.core.rules.RuleSpec;
import org.irlint.core.text.Entity;

/** {@code kind: hashtag-count} — flags each hashtag past the {@code max}-th (default 3). */
public final class HashtagCountRule implements Rule {
    private final RuleInfo info;
    private final String message;
    private final int max;

    public HashtagCountRule(RuleSpec spec) {
        this.info = spec.info();
        this.message = spec.message();
        this.max = spec.integer("max", 3);
    }

    @Override
    public RuleInfo info() {
        return info;
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
