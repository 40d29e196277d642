package org.irlint.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.irlint.core.text.FirstCharPattern;

/**
 * {@code kind: pattern} — flags matches of regular expressions (Java syntax, run on the normalized text).
 * The finding covers the group named {@code id} when the pattern has one, otherwise the whole match.
 * Optional: {@code validator} (a checksum such as luhn), {@code onlyNear}/{@code unlessNear} context phrases
 * with {@code before}/{@code after} windows in characters, and {@code caseSensitive}.
 *
 * <pre>
 * patterns: ['(?:acct|account)\s*(?:no\.?|#)?\s*(?&lt;id&gt;\d{6,12})']
 * validator: luhn
 * </pre>
 */
public final class PatternRule extends SpecRule {
    private final List<FirstCharPattern> patterns;
    private final Validator validator;
    private final Proximity onlyNear;
    private final Proximity unlessNear;
    private final EntityFilter entityFilter;

    public PatternRule(RuleSpec spec) {
        super(spec);
        List<String> sources = new ArrayList<>(spec.strings("patterns"));
        sources.addAll(spec.strings("pattern"));
        if (sources.isEmpty()) {
            throw spec.error("needs 'patterns' (a list of regular expressions)");
        }
        int flags = Pattern.UNICODE_CASE | (spec.flag("caseSensitive", false) ? 0 : Pattern.CASE_INSENSITIVE);
        List<FirstCharPattern> compiled = new ArrayList<>();
        for (String s : sources) {
            try {
                compiled.add(FirstCharPattern.compile(s, flags));
            } catch (PatternSyntaxException e) {
                throw spec.error("has a bad regular expression '" + s + "': " + e.getDescription());
            }
        }
        this.patterns = List.copyOf(compiled);
        this.validator = spec.has("validator") ? Validators.named(spec, spec.requiredString("validator")) : null;
        int before = spec.integer("before", 30);
        int after = spec.integer("after", 0);
        this.onlyNear = Proximity.of(spec.strings("onlyNear"), before, after);
        this.unlessNear = Proximity.of(spec.strings("unlessNear"), before, after);
        this.entityFilter = EntityFilter.from(spec);
    }

    @Override
    public void check(CheckContext context) {
        String text = context.normalized();
        for (FirstCharPattern p : patterns) {
            FirstCharPattern.Finder m = p.matcher(text);
            boolean named = p.pattern().pattern().contains("(?<id>");
            while (m.find()) {
                int start = named ? m.start("id") : m.start();
                int end = named ? m.end("id") : m.end();
                if (start < 0 || start == end || alreadyReported(context, start, end)) {
                    continue;
                }
                if (validator != null && !validator.valid(text.substring(start, end))) {
                    continue;
                }
                if (onlyNear != null && !onlyNear.near(text, start, end)) {
                    continue;
                }
                if (unlessNear != null && unlessNear.near(text, start, end)) {
                    continue;
                }
                if (entityFilter.skips(context, start, end)) {
                    continue;
                }
                context.report(this, start, end, message, suggestions);
            }
        }
    }

    /** Two patterns of one rule may match the same identifier; report it once. */
    private boolean alreadyReported(CheckContext context, int start, int end) {
        var span = context.view().toOriginal(start, end);
        return context.findings().stream()
                .anyMatch(f -> f.ruleId().equals(info.id()) && f.overlaps(span.start(), span.end()));
    }
}
