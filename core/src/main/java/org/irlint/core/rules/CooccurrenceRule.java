package org.irlint.core.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code kind: cooccurrence} — flags a trigger phrase only when every context group also occurs within
 * {@code window} characters of it. This is how "😂" becomes mocking: next to a patient and a quote of what
 * they said, not next to "the whole team's week".
 *
 * <pre>
 * terms: ["😂", "🤣", "sir,"]          # what is underlined
 * with:
 *   - [pt, patient, he, she]             # each group must match somewhere near
 *   - ["re:'[^']{3,60}'", obese, "400 lb"]
 * window: 140
 * </pre>
 */
public final class CooccurrenceRule extends SpecRule {
    private final Phrases trigger;
    private final List<Proximity> groups;
    private final Phrases exceptions;
    private final EntityFilter entityFilter;

    public CooccurrenceRule(RuleSpec spec) {
        super(spec);
        List<String> terms = spec.strings("terms");
        if (terms.isEmpty()) {
            throw spec.error("needs 'terms' (the phrases to underline)");
        }
        Object with = spec.raw("with");
        if (!(with instanceof List<?> list) || list.isEmpty()) {
            throw spec.error("needs 'with': a list of context groups, each a list of phrases");
        }
        int window = spec.integer("window", 140);
        List<Proximity> built = new ArrayList<>();
        try {
            this.trigger = Lexicon.compile(terms);
            for (Object group : list) {
                if (!(group instanceof List<?> phrases) || phrases.isEmpty()) {
                    throw spec.error("'with' must hold non-empty lists of phrases");
                }
                built.add(Proximity.of(phrases.stream().map(String::valueOf).toList(), window, window));
            }
            List<String> exc = spec.strings("exceptions");
            this.exceptions = exc.isEmpty() ? null : Lexicon.compile(exc);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw spec.error("has a bad regular expression: " + e.getDescription());
        }
        this.groups = List.copyOf(built);
        this.entityFilter = EntityFilter.from(spec);
    }

    @Override
    public void check(CheckContext context) {
        String text = context.normalized();
        if (exceptions != null && exceptions.foundIn(text)) {
            return;
        }
        PhraseScan m = trigger.matcher(text);
        while (m.find()) {
            if (entityFilter.skips(context, m.start(), m.end())) {
                continue;
            }
            if (groups.stream().allMatch(g -> g.near(text, m.start(), m.end()))) {
                context.report(this, m.start(), m.end(), message, suggestions);
                return; // one finding says it; the post as a whole needs rewriting
            }
        }
    }
}
