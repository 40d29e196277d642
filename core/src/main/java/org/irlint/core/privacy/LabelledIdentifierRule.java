package org.irlint.core.privacy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.irlint.core.rules.CheckContext;
import org.irlint.core.rules.EntityFilter;
import org.irlint.core.rules.Proximity;
import org.irlint.core.rules.SpecRule;
import org.irlint.core.rules.RuleSpec;
import org.irlint.core.rules.Validator;
import org.irlint.core.rules.Validators;
import org.irlint.core.text.Entity;
import org.irlint.core.text.FirstCharAlternation;
import org.irlint.core.text.FirstCharPattern;

/**
 * {@code kind: labelled-identifier} — an identifier announced by its label ("MRN 4482913", "member ID
 * XJH448291", "bed 14B"), and optionally identifiers whose own shape and check digit give them away without a
 * label ({@code standalone}: a VIN, an MBI, a DICOM UID, an IP address).
 *
 * <pre>
 * labels:
 *   - MRN                               # capitals also match "M R N" and "M.R.N."
 *   - {label: NHS number, validator: nhs}
 *   - {label: DL, caseSensitive: true}
 *   - {label: lot, unlessNear: [recall]}  # context that makes this label's numbers public
 * minDigits: 4          # fewer digits is not an identifier (default 4)
 * maxLength: 20         # longest value in characters (default 20)
 * minLength: 0         # fewest letters and digits in the value
 * notAfter: [IR, angio] # a label right after these words names something else ("IR room 2")
 * unlessNear: [recall]  # not an identifier of a patient when these words are within 'window' characters
 * spanIncludesLabel: false  # report "bed 14B" rather than "14B" (when the label is part of what identifies)
 * valueMayPrecede: true     # also "4482913 (MRN)", "4482913 is her MRN"
 * plurals: true             # "MRNs 5512009 and 5512090": plural labels, and every listed value
 * capitalsOnlyValues: false # after a "plate" label, accept 4-8 capitals without digits (vanity plates)
 * standalone:
 *   - {pattern: '\b[A-HJ-NPR-Z0-9]{17}\b', validator: vin}
 *   - {pattern: '\b[A-Z]\d{7}\b', near: [driver's license], window: 60}   # a shape plus words nearby
 * </pre>
 */
public final class LabelledIdentifierRule extends SpecRule {
    private record GroupKey(String validator, boolean caseSensitive, List<String> unlessNear) {
    }

    private record LabelGroup(FirstCharAlternation pattern, Validator validator, Proximity unlessNear) {
    }

    /** A shape flagged on its own when {@code validator} confirms it, or when {@code near} words surround it. */
    private record Standalone(FirstCharPattern pattern, Validator validator, Proximity near, Validator nearValidator) {
        boolean accepts(String text, int start, int end) {
            String value = text.substring(start, end);
            if (validator != null && validator.valid(value)) {
                return true;
            }
            return near != null && near.near(text, start, end) && (nearValidator == null || nearValidator.valid(value));
        }
    }

    private static final Pattern CAPITALS = Pattern.compile("[A-Z]{4,8}");

    private final List<LabelGroup> labels;
    private final List<Standalone> standalone;
    private final Pattern notAfter;
    private final ValueScanner scanner;
    private final int minDigits;
    private final int maxLength;
    private final int minLength;
    private final boolean yearsAreNotIds;
    private final boolean spanIncludesLabel;
    private final boolean valueMayPrecede;
    private final boolean capitalPlates;
    private static final Pattern LIST_NEXT = Pattern.compile("(?i)\\s*(?:,|&|/|\\band\\b|\\bor\\b)\\s*");
    private final Proximity unlessNear;
    private final EntityFilter entities = new EntityFilter(EnumSet.allOf(Entity.Kind.class));
    /** For a value glued to its label's "#" ("acct #A-2290147"), which X reads as a hashtag. */
    private final EntityFilter entitiesButHashtags = new EntityFilter(EnumSet.of(Entity.Kind.URL, Entity.Kind.MENTION, Entity.Kind.CASHTAG));

    public LabelledIdentifierRule(RuleSpec spec) {
        super(spec);
        this.minDigits = spec.integer("minDigits", 4);
        this.maxLength = spec.integer("maxLength", 20);
        this.minLength = spec.integer("minLength", 0);
        this.yearsAreNotIds = spec.flag("yearsAreNotIds", true);
        this.spanIncludesLabel = spec.flag("spanIncludesLabel", false);
        this.valueMayPrecede = spec.flag("valueMayPrecede", true);
        this.capitalPlates = spec.flag("capitalsOnlyValues", false);
        int window = spec.integer("window", 60);
        this.unlessNear = Proximity.of(spec.strings("unlessNear"), window, window);
        this.scanner = new ValueScanner(spec.integer("maxGap", 14), maxLength);
        try {
            this.labels = labelGroups(spec);
            this.standalone = standalone(spec);
            List<String> after = spec.strings("notAfter");
            this.notAfter = after.isEmpty() ? null
                    : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", after.stream().map(LabelPatterns::entry).toList())
                            + ")[\\s\\-]*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw spec.error("has a bad regular expression: " + e.getDescription());
        }
        if (labels.isEmpty() && standalone.isEmpty()) {
            throw spec.error("needs 'labels' and/or 'standalone' patterns");
        }
    }

    private static List<LabelGroup> labelGroups(RuleSpec spec) {
        // labels that share a validator, case rule and exclusions compile into one pattern
        Map<GroupKey, List<String>> byKey = new LinkedHashMap<>();
        for (Map<String, Object> e : spec.entries("labels", "label")) {
            Object label = e.get("label");
            if (label == null || label.toString().isBlank()) {
                throw spec.error("has a label entry without 'label'");
            }
            Object unless = e.get("unlessNear");
            List<String> unlessWords = unless instanceof List<?> l ? l.stream().map(String::valueOf).toList()
                    : unless == null ? List.of() : List.of(unless.toString());
            GroupKey key = new GroupKey(e.get("validator") == null ? "" : e.get("validator").toString(),
                    Boolean.parseBoolean(String.valueOf(e.get("caseSensitive"))), unlessWords);
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(label.toString());
        }
        int window = spec.integer("window", 60);
        boolean plurals = spec.flag("plurals", true);
        List<LabelGroup> groups = new ArrayList<>();
        byKey.forEach((key, phrases) -> groups.add(new LabelGroup(LabelPatterns.compile(phrases, key.caseSensitive(), plurals),
                key.validator().isEmpty() ? null : Validators.named(spec, key.validator()),
                Proximity.of(key.unlessNear(), window, window))));
        return List.copyOf(groups);
    }

    private static List<Standalone> standalone(RuleSpec spec) {
        List<Standalone> out = new ArrayList<>();
        for (Map<String, Object> e : spec.entries("standalone", "pattern")) {
            Object p = e.get("pattern");
            Object v = e.get("validator");
            Object near = e.get("near");
            if (p == null || (v == null && near == null)) {
                throw spec.error("has a standalone entry without 'pattern' and a 'validator' or 'near' words"
                        + " (a bare pattern would flag any number)");
            }
            boolean cs = Boolean.parseBoolean(String.valueOf(e.get("caseSensitive")));
            int window = e.get("window") == null ? 60 : Integer.parseInt(e.get("window").toString().trim());
            List<String> nearWords = near instanceof List<?> l ? l.stream().map(String::valueOf).toList()
                    : near == null ? List.of() : List.of(near.toString());
            Object nv = e.get("nearValidator");
            out.add(new Standalone(FirstCharPattern.compile(p.toString(), cs ? 0 : Pattern.CASE_INSENSITIVE),
                    v == null ? null : Validators.named(spec, v.toString()), Proximity.of(nearWords, window, window),
                    nv == null ? null : Validators.named(spec, nv.toString())));
        }
        return List.copyOf(out);
    }

    @Override
    public void check(CheckContext context) {
        String text = context.normalized();
        List<int[]> reported = new ArrayList<>();
        // a labelled value needs a digit (only a vanity plate may have none), so a post without one skips the labels
        List<LabelGroup> groups = capitalPlates || text.chars().anyMatch(c -> ValueScanner.isDigit((char) c)) ? labels : List.of();
        for (LabelGroup group : groups) {
            FirstCharAlternation.Finder m = group.pattern().matcher(text);
            while (m.find()) {
                if (notAfter != null && notAfter.matcher(text).region(Math.max(0, m.start() - 30), m.start()).find()) {
                    continue;
                }
                Predicate<String> validator = group.validator() == null ? null : group.validator()::valid;
                ValueScanner.Value v = scanner.after(text, m.end(), validator);
                boolean validated = validator != null;
                if (v != null && capitalPlates && v.digits() == 0 && CAPITALS.matcher(v.text()).matches()
                        && m.group().toLowerCase(java.util.Locale.ROOT).contains("plate")) {
                    report(context, reported, v.start(), v.end(), entities); // a vanity plate: "plate reads SAVELIFE"
                    continue;
                }
                if (v == null || !plausible(text, v, validated)) {
                    v = scanner.afterColon(text, m.end(), validator);
                }
                int from = m.start();
                if ((v == null || !plausible(text, v, validated)) && valueMayPrecede && !spanIncludesLabel) {
                    v = scanner.before(text, m.start());
                    if (v != null && validator != null && !validator.test(v.text())) {
                        v = null;
                    }
                    from = v == null ? from : v.start();
                }
                if (v == null || !plausible(text, v, validated)
                        || (group.unlessNear() != null && group.unlessNear().near(text, Math.min(from, v.start()), Math.max(m.end(), v.end())))) {
                    continue;
                }
                report(context, reported, spanIncludesLabel ? m.start() : v.start(), v.end(),
                        hashNumber(text, v) ? entitiesButHashtags : entities);
                if (!spanIncludesLabel && v.start() > m.start()) {
                    reportListed(context, reported, text, v, validator);
                }
            }
        }
        for (Standalone s : standalone) {
            FirstCharPattern.Finder m = s.pattern().matcher(text);
            while (m.find()) {
                boolean named = s.pattern().pattern().pattern().contains("(?<id>");
                int start = named ? m.start("id") : m.start();
                int end = named ? m.end("id") : m.end();
                if (start >= 0 && start < end && s.accepts(text, start, end)
                        && (notAfter == null || !notAfter.matcher(text).region(Math.max(0, start - 30), start).find())) {
                    report(context, reported, start, end, entities);
                }
            }
        }
    }

    /**
     * "serial #NG1294417H", "acct #A-2290147": X parses "#" and what follows as a hashtag, but after a label it is the
     * number sign. Only a number-like value counts (five or more digits, at least as many digits as letters), so
     * "account #IRclinic2024" stays a hashtag.
     */
    private static boolean hashNumber(String text, ValueScanner.Value v) {
        return v.start() > 0 && text.charAt(v.start() - 1) == '#' && v.digits() >= 5 && 2 * v.digits() >= v.alnum();
    }

    /** A validator knows its identifier's exact shape, so the digit minimum applies to unvalidated values only. */
    /** "MRNs 5512009 and 5512090": further values of the same kind listed after the first. */
    private void reportListed(CheckContext context, List<int[]> reported, String text, ValueScanner.Value first,
                              Predicate<String> validator) {
        ValueScanner.Value v = first;
        for (int n = 0; n < 8; n++) {
            Matcher sep = LIST_NEXT.matcher(text).region(v.end(), Math.min(text.length(), v.end() + 8));
            if (!sep.lookingAt() || sep.end() >= text.length() || !ValueScanner.isAlnum(text.charAt(sep.end()))) {
                return;
            }
            ValueScanner.Value next = scanner.read(text, sep.end(), validator);
            if (next == null || next.digits() < Math.max(1, first.digits() - 2) || !plausible(text, next, validator != null)) {
                return;
            }
            report(context, reported, next.start(), next.end(), entities);
            v = next;
        }
    }

    private boolean plausible(String text, ValueScanner.Value v, boolean validated) {
        return (validated ? v.digits() > 0 : v.digits() >= minDigits) && v.alnum() <= maxLength && v.alnum() >= minLength
                && !NotAnIdentifier.applies(text, v.text(), v.end(), yearsAreNotIds);
    }

    private void report(CheckContext context, List<int[]> reported, int start, int end, EntityFilter entities) {
        for (int[] r : reported) {
            if (r[0] < end && start < r[1]) {
                return;
            }
        }
        if (entities.skips(context, start, end) || (unlessNear != null && unlessNear.near(context.normalized(), start, end))) {
            return;
        }
        reported.add(new int[] {start, end});
        context.report(this, start, end, message, suggestions);
    }
}
