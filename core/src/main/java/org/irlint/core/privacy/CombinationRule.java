package org.irlint.core.privacy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.irlint.core.report.Finding;
import org.irlint.core.rules.CheckContext;
import org.irlint.core.rules.PhraseScan;
import org.irlint.core.rules.Phrases;
import org.irlint.core.rules.RuleSpec;
import org.irlint.core.rules.SpecRule;
import org.irlint.core.text.FirstCharPattern;

/**
 * {@code kind: privacy-combination} (phase 1) — quasi-identifiers that together let a patient, family or town
 * recognise the case: age/sex, a small place, a recent time, a rare condition, an occupation, a public event,
 * and words that invite recognition ("you may have seen", "everyone on 5 East knows who"). Each kind found counts
 * one point (recognition two); a post about a patient warns at {@code threshold} points (default 3) when at least
 * one point is more than age, sex, time or a common diagnosis, so that "today's case, 70s M with HCC, TACE done"
 * (the everyday teaching post) passes while "15yo F hurt at yesterday's county fair right here in town" does not.
 * A stated disclaimer ("details changed") raises the bar by one. One finding per part combined.
 */
public final class CombinationRule extends SpecRule {
    enum Part { AGE_SEX, SMALL_PLACE, RECENT_TIME, RARE_CONDITION, OCCUPATION, EVENT, RECOGNITION, PUBLIC_ROLE }

    /** "70s M", "45F": age and sex shorthand, where the capital letter is what makes it one. */
    private static final FirstCharPattern SEX_SHORTHAND = FirstCharPattern.compile("\\b\\d0s\\s?[MF]\\b|\\b\\d{1,2}[MF]\\b");
    private static final String LOCATION_RULE = "privacy.location";
    private static final String DATE_RULE = "privacy.date";

    private final Map<Part, Phrases> parts = new EnumMap<>(Part.class);
    private final Map<Part, String> labels = new EnumMap<>(Part.class);
    private final Phrases disclaimers;
    /** Optional: phrases that make the post about one person for this rule ("whose AAA we fixed"). */
    private final Phrases patientCues;
    private final int threshold;

    public CombinationRule(RuleSpec spec) {
        super(spec);
        parts.put(Part.AGE_SEX, Words.lowerPhrases(spec, "ageSex"));
        parts.put(Part.SMALL_PLACE, Words.lowerPhrases(spec, "smallPlace"));
        parts.put(Part.RECENT_TIME, Words.lowerPhrases(spec, "recentTime"));
        parts.put(Part.RARE_CONDITION, Words.lowerPhrases(spec, "rareConditions"));
        parts.put(Part.OCCUPATION, Words.lowerPhrases(spec, "occupations"));
        parts.put(Part.EVENT, Words.lowerPhrases(spec, "events"));
        parts.put(Part.RECOGNITION, Words.lowerPhrases(spec, "recognition"));
        parts.put(Part.PUBLIC_ROLE, Words.lowerPhrases(spec, "publicRoles"));
        Map<String, Object> names = spec.map("labels");
        for (Part p : Part.values()) {
            Object label = names.get(p.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            labels.put(p, label == null ? p.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') : label.toString());
        }
        this.disclaimers = Words.phrases(spec, "disclaimers");
        this.patientCues = spec.strings("patientCues").isEmpty() ? null : Words.lowerPhrases(spec, "patientCues");
        this.threshold = spec.integer("threshold", 3);
    }

    private void find(CheckContext context, String lower, Part part, Map<Part, int[]> found) {
        for (PhraseScan m = parts.get(part).matcher(lower); m.find(); ) {
            if (!Markup.inside(context, m.start(), m.end())) {
                found.put(part, new int[] {m.start(), m.end()});
                return;
            }
        }
    }

    @Override
    public int phase() {
        return 1;
    }

    @Override
    public void check(CheckContext context) {
        PatientContext patient = PatientContext.of(context);
        String lower = patient.lower();
        Map<Part, int[]> found = new EnumMap<>(Part.class);
        FirstCharPattern.Finder sex = SEX_SHORTHAND.matcher(context.normalized());
        if (sex.find()) {
            found.put(Part.AGE_SEX, new int[] {sex.start(), sex.end()});
        } else {
            find(context, lower, Part.AGE_SEX, found);
        }
        if (!patient.aboutPatient() && !found.containsKey(Part.AGE_SEX) && (patientCues == null || !patientCues.foundIn(lower))) {
            return; // no one in particular: nothing to recognise
        }
        for (Part p : Part.values()) {
            if (p != Part.AGE_SEX) {
                find(context, lower, p, found);
            }
        }
        List<int[]> originalSpans = new ArrayList<>();
        for (Finding f : context.findings()) {
            if (f.ruleId().equals(LOCATION_RULE) && !found.containsKey(Part.SMALL_PLACE)) {
                found.put(Part.SMALL_PLACE, null);
                originalSpans.add(new int[] {f.offset(), f.end()});
            } else if (f.ruleId().equals(DATE_RULE) && !found.containsKey(Part.RECENT_TIME)) {
                found.put(Part.RECENT_TIME, null);
                originalSpans.add(new int[] {f.offset(), f.end()});
            }
        }
        int score = 0;
        boolean distinctive = false;
        for (Part p : found.keySet()) {
            score += p == Part.RECOGNITION || p == Part.PUBLIC_ROLE ? 2 : 1;
            distinctive |= p != Part.AGE_SEX && p != Part.RECENT_TIME;
        }
        int bar = threshold + (disclaimers != null && disclaimers.foundIn(context.normalized()) ? 1 : 0);
        if (score < bar || !distinctive) {
            return;
        }
        String what = String.join(", ", found.keySet().stream().map(labels::get).toList());
        String msg = message.replace("{parts}", what);
        for (int[] span : found.values()) {
            if (span != null) {
                context.report(this, span[0], span[1], msg, suggestions);
            }
        }
        for (int[] span : originalSpans) {
            context.reportOriginal(this, span[0], span[1], msg, suggestions);
        }
    }
}
