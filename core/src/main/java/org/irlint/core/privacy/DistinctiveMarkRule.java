package org.irlint.core.privacy;

import java.util.List;
import java.util.regex.Pattern;
import org.irlint.core.rules.CheckContext;
import org.irlint.core.rules.Phrases;
import org.irlint.core.rules.RuleSpec;
import org.irlint.core.rules.SpecRule;
import org.irlint.core.text.FirstCharPattern;

/**
 * {@code kind: privacy-distinctive-mark} — a described tattoo, birthmark or scar on a patient ("the huge dragon
 * tattoo across her shoulders", "a rose tattoo on her neck"): a mark anyone who has seen the person
 * recognises. A bare "tattoo" or a radiotherapy marking tattoo or ink artefact is not described enough to
 * identify anyone and is left alone. Parameters: {@code marks} (nouns), {@code notDistinctive} (words that make
 * the mark clinical: radiotherapy, artefact…), {@code plainWords} (descriptions too plain to recognise: small, old).
 */
public final class DistinctiveMarkRule extends SpecRule {
    /** A tattoo whose words are quoted: "tattoo on his thigh said 'ENTER HERE'". Words in ink are one person's. */
    private static final FirstCharPattern QUOTED = FirstCharPattern.compile("(?i)\\btattoo(?:s|ed)?\\b(?:\\s+[\\w'’-]+){0,6}?\\s*(?:said|says|reads|read|reading|saying"
            + "|that\\s+says|spelling|spells)\\s*:?\\s*[\"“'‘][^\"”\\n]{1,40}[\"”'’]");
    /** Letters inked across the knuckles or fingers: "SEAN/ROSE across her knuckles". The word is one person's. */
    private static final FirstCharPattern KNUCKLES = FirstCharPattern.compile("\\b\\p{Lu}{3,8}(?:\\s*[/&+]\\s*\\p{Lu}{3,8})?\\s+(?:(?:tattooed|inked|written)\\s+)?"
            + "(?:across\\s+(?:his|her|their|both)\\s+(?:(?:left|right)\\s+)?(?:knuckles|fingers)|(?:on|over)\\s+(?:his|her|their|both)\\s+(?:(?:left|right)\\s+)?knuckles)\\b");
    private static final FirstCharPattern SOMEONES = FirstCharPattern.compile("(?i)\\b(?:his|her|their|pt['’]?s|patient['’]?s)\\b");
    private final FirstCharPattern mark;
    private final Phrases clinical;
    private final java.util.Set<String> plainWords;

    public DistinctiveMarkRule(RuleSpec spec) {
        super(spec);
        List<String> marks = spec.strings("marks");
        if (marks.isEmpty()) {
            throw spec.error("needs a non-empty 'marks' list");
        }
        String nouns = String.join("|", marks.stream().map(Pattern::quote).toList());
        // one to four describing words before the mark, and optionally where it is ("covering his back", "on her neck")
        this.mark = FirstCharPattern.compile("(?i)\\b(?:the|a|an|his|her|their|that|this)\\s+(?<desc>(?:[\\w'’/&+-]+\\s+){1,4}?)(?<noun>(?:" + nouns + ")(?:s|red|ring|ed)?)\\b"
                + "(?:\\s+(?:of\\s+(?:a|an|the|his|her)\\s+[\\w'’-]+|(?:covering|across|down|on|over|along|around)\\s+(?:his|her|their|the)\\s+(?:[\\w'’-]+\\s+){0,2}?"
                + "(?:back|chest|arm|arms|neck|face|leg|legs|shoulder|hand|hands|head|forearm|thigh|calf|scalp|body)))?");
        this.clinical = Words.requiredPhrases(spec, "notDistinctive");
        this.plainWords = Words.set(spec, "plainWords");
    }

    /** "a small tattoo" describes nothing anyone would recognise. */
    private boolean plain(String desc) {
        for (String w : desc.strip().split("\\s+")) {
            if (!plainWords.contains(Words.key(w))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void check(CheckContext context) {
        String text = context.normalized();
        if (PatientContext.of(context).lower().contains("tattoo")) {
            for (FirstCharPattern.Finder m = QUOTED.matcher(text); m.find(); ) {
                // quoted words in someone's ink identify them, in a care post or not ("his", "her" says whose)
                if ((CareContext.of(context).aboutCare() || SOMEONES.matcher(text).find()) && !Markup.reported(context, info.id(), m.start(), m.end())) {
                    context.report(this, m.start(), m.end(), message, suggestions);
                }
            }
        }
        if (!CareContext.of(context).aboutCare()) {
            return;
        }
        String lower = PatientContext.of(context).lower();
        for (FirstCharPattern.Finder m = KNUCKLES.matcher(lower.contains("knuckles") || lower.contains("fingers") ? text : ""); m.find(); ) {
            if (!Markup.reported(context, info.id(), m.start(), m.end())) {
                context.report(this, m.start(), m.end(), message, suggestions);
            }
        }
        for (FirstCharPattern.Finder m = mark.matcher(text); m.find(); ) {
            String around = text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40));
            // "scarred" and "scarring" describe a mark; "scared" does not
            if (clinical.foundIn(around) || plain(m.group("desc")) || m.group("noun").equalsIgnoreCase("scared")) {
                continue;
            }
            if (!Markup.inside(context, m.start(), m.end()) && !Markup.reported(context, info.id(), m.start(), m.end())) {
                context.report(this, m.start(), m.end(), message, suggestions);
            }
        }
    }
}
