package org.irlint.core.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code kind: lexicon} — flags listed words and phrases. Each term may carry its own suggestions and
 * message; {@code unlessNear} / {@code onlyNear} (with {@code window}) add context, and {@code exceptions}
 * lists longer phrases in which a term is fine.
 *
 * <pre>
 * terms:
 *   - "guaranteed"
 *   - {term: "painless", suggest: ["usually little pain"]}
 * exceptions: ["painless jaundice"]
 * </pre>
 */
public final class LexiconRule extends SpecRule {
    private record Term(String message, List<String> suggestions) {
    }

    private final Phrases pattern;
    private final Phrases exceptions;
    private final Map<String, Term> terms;
    private final Term fallback;
    private final Proximity unlessNear;
    private final Proximity onlyNear;
    private final EntityFilter entityFilter;

    public LexiconRule(RuleSpec spec) {
        super(spec);
        this.fallback = new Term(spec.message(), spec.suggestions());
        Map<String, Term> byKey = new HashMap<>();
        List<String> phrases = new java.util.ArrayList<>();
        for (Map<String, Object> e : spec.entries("terms", "term")) {
            Object term = e.get("term");
            if (term == null || term.toString().isBlank()) {
                throw spec.error("has a term entry without 'term'");
            }
            String t = term.toString();
            phrases.add(t);
            Object msg = e.get("message");
            Object sug = e.get("suggest");
            List<String> suggestions = sug == null ? spec.suggestions()
                    : sug instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of(sug.toString());
            byKey.put(Lexicon.key(t), new Term(msg == null ? spec.message() : msg.toString(), suggestions));
        }
        if (phrases.isEmpty()) {
            throw spec.error("needs a non-empty 'terms' list");
        }
        this.terms = Map.copyOf(byKey);
        try {
            this.pattern = Lexicon.compile(phrases, spec.flag("caseSensitive", false));
            List<String> exc = spec.strings("exceptions");
            this.exceptions = exc.isEmpty() ? null : Lexicon.compile(exc);
            int window = spec.integer("window", 40);
            this.unlessNear = Proximity.of(spec.strings("unlessNear"), window, window);
            this.onlyNear = Proximity.of(spec.strings("onlyNear"), window, window);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw spec.error("has a bad regular expression: " + e.getDescription());
        }
        this.entityFilter = EntityFilter.from(spec);
    }

    @Override
    public void check(CheckContext context) {
        String text = context.normalized();
        PhraseScan m = pattern.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (insideException(text, start, end) || entityFilter.skips(context, start, end)) {
                continue;
            }
            if (unlessNear != null && unlessNear.near(text, start, end)) {
                continue;
            }
            if (onlyNear != null && !onlyNear.near(text, start, end)) {
                continue;
            }
            Term term = terms.getOrDefault(Lexicon.key(m.group()), fallback);
            context.report(this, start, end, term.message(), term.suggestions());
        }
    }

    private boolean insideException(String text, int start, int end) {
        return exceptions != null && exceptions.covers(text, start, end, 60);
    }
}
