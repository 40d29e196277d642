package org.irlint.core.reach;

import java.util.List;
import org.irlint.core.Attachment;
import org.irlint.core.rules.CheckContext;
import org.irlint.core.rules.SpecRule;
import org.irlint.core.rules.RuleSpec;

/**
 * {@code kind: alt-text} — every attached image needs alt text for people using screen readers. The finding
 * is about the attachment, not the words, so it has an empty span at the start of the post.
 */
public final class AltTextRule extends SpecRule {
    public AltTextRule(RuleSpec spec) {
        super(spec);
    }

    @Override
    public void check(CheckContext context) {
        List<Attachment> attachments = context.draft().attachments();
        long missing = attachments.stream().filter(a -> "image".equalsIgnoreCase(a.type()) && !a.hasAltText()).count();
        if (missing > 0) {
            context.reportOriginal(this, 0, 0, message.replace("{count}", Long.toString(missing)), List.of());
        }
    }
}
