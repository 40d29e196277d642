package org.irlint.core.reach;

import java.util.List;
import org.irlint.core.report.ReferenceLink;
import org.irlint.core.rules.CheckContext;
import org.irlint.core.rules.Lexicon;
import org.irlint.core.rules.SpecRule;
import org.irlint.core.rules.RuleSpec;
import org.irlint.core.text.Entity;
import org.irlint.core.rules.PhraseScan;
import org.irlint.core.rules.Phrases;

/**
 * {@code kind: source-link} — a post that makes a medical claim ({@code claims}: phrases such as "studies
 * show", "reduces", "% of patients") and links nothing gets a hint to link a reliable source, with the best
 * reference from the library as the suggestion.
 */
public final class SourceLinkRule extends SpecRule {
    private final Phrases claims;

    public SourceLinkRule(RuleSpec spec) {
        super(spec);
        List<String> phrases = spec.strings("claims");
        if (phrases.isEmpty()) {
            throw spec.error("needs 'claims' (phrases that make a medical claim)");
        }
        this.claims = Lexicon.compile(phrases);
    }

    @Override
    public void check(CheckContext context) {
        if (!context.entities().of(Entity.Kind.URL).isEmpty() || !context.relevance().onTopic()) {
            return;
        }
        PhraseScan m = claims.matcher(context.normalized());
        if (!m.find()) {
            return;
        }
        List<String> links = context.relevance().references().stream().map(ReferenceLink::url)
                .filter(u -> u != null && !u.isBlank()).limit(2).toList();
        context.report(this, m.start(), m.end(), message, links);
    }
}
