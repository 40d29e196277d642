package org.irlint.core.privacy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.irlint.core.rules.CheckContext;
import org.irlint.core.rules.SpecRule;
import org.irlint.core.rules.RuleSpec;
import org.irlint.core.rules.PhraseScan;
import org.irlint.core.rules.Phrases;

/**
 * {@code kind: privacy-event-combination} (phase 1) — a patient recognisable without any Safe Harbor identifier
 * because the post ties their care to a <em>public role</em> (the mayor's wife, a news anchor, a pro goalie, the
 * pastor of a village church, a colleague's husband) or a <em>newsworthy event</em> (Saturday's wedding,
 * yesterday's warehouse fire, Tuesday's derailment, the county final) or a rare coincidence (twins treated the
 * same day), and adds when it happened. Anyone who knows the role or saw the news can tell who it is.
 *
 * <p>Scoring: a role, an event or a coincidence counts 2, a recent time 1, recognition words ("you'd recognise
 * her", "yes, him") 1, a small community ("our village", "tiny rural program") 1. A post that tells of care warns at
 * {@code threshold} points (default 3) and only when a role, event or coincidence is present. Parameters:
 * {@code publicRoles}, {@code events}, {@code coincidences}, {@code recentTime}, {@code recognition},
 * {@code smallCommunity}, {@code care} (phrase lists; {@code re:} for expressions), {@code threshold}.
 */
public final class EventCombinationRule extends SpecRule {
    enum Cue { ROLE, EVENT, COINCIDENCE, RECENT_TIME, RECOGNITION, SMALL_COMMUNITY }

    private final Map<Cue, Phrases> cues = new EnumMap<>(Cue.class);
    private final Phrases care;
    private final int threshold;

    public EventCombinationRule(RuleSpec spec) {
        super(spec);
        cues.put(Cue.ROLE, Words.requiredPhrases(spec, "publicRoles"));
        cues.put(Cue.EVENT, Words.requiredPhrases(spec, "events"));
        cues.put(Cue.COINCIDENCE, Words.requiredPhrases(spec, "coincidences"));
        cues.put(Cue.RECENT_TIME, Words.requiredPhrases(spec, "recentTime"));
        cues.put(Cue.RECOGNITION, Words.requiredPhrases(spec, "recognition"));
        cues.put(Cue.SMALL_COMMUNITY, Words.requiredPhrases(spec, "smallCommunity"));
        this.care = Words.requiredPhrases(spec, "care");
        this.threshold = spec.integer("threshold", 3);
    }

    @Override
    public int phase() {
        return 1;
    }

    @Override
    public void check(CheckContext context) {
        String text = context.normalized();
        if (!care.foundIn(text)) {
            return;
        }
        Map<Cue, List<int[]>> found = new EnumMap<>(Cue.class);
        // Roles, events and coincidences first (the map is in enum order): without one of them nothing scores, and
        // the time, recognition and community lists need not be read at all.
        for (Map.Entry<Cue, Phrases> e : cues.entrySet()) {
            if (e.getKey() == Cue.RECENT_TIME && found.isEmpty()) {
                return;
            }
            for (PhraseScan m = e.getValue().matcher(text); m.find(); ) {
                if (!Markup.inside(context, m.start(), m.end())) {
                    found.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new int[] {m.start(), m.end()});
                }
            }
        }
        if (score(found.keySet()) < threshold) {
            return;
        }
        for (Cue c : List.of(Cue.ROLE, Cue.EVENT, Cue.COINCIDENCE)) {
            for (int[] span : found.getOrDefault(c, List.of())) {
                if (!Markup.reported(context, info.id(), span[0], span[1])) {
                    context.report(this, span[0], span[1], message, suggestions);
                }
            }
        }
    }

    /** Points for the cues present; zero without a role, an event or a coincidence (time alone identifies no one). */
    static int score(java.util.Set<Cue> present) {
        if (!present.contains(Cue.ROLE) && !present.contains(Cue.EVENT) && !present.contains(Cue.COINCIDENCE)) {
            return 0;
        }
        int points = 0;
        for (Cue c : present) {
            points += c == Cue.ROLE || c == Cue.EVENT || c == Cue.COINCIDENCE ? 2 : 1;
        }
        return points;
    }
}
