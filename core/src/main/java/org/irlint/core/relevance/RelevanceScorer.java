package org.irlint.core.relevance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Turns a post's analyzed terms into a relevance score in [0, 1].
 *
 * <p>Evidence is the sum of the positive {@link TermEvidence} weights of the post's distinct terms: how much
 * IR vocabulary it uses that everyday and other-medicine posts do not. Negative weights are left out on
 * purpose: the reference documents are formal prose and the background is tweets, so casual words ("just",
 * "her", "today") would otherwise count against every informal IR post (measured in docs/relevance.md).
 * The score is a logistic of that evidence; its slope and midpoint were fitted by leave-one-out over the
 * library itself (reference patient texts against background paragraphs), not on labelled posts.
 */
public final class RelevanceScorer {
    /** Logistic slope per unit of evidence (fitted by leave-one-out, see docs/relevance.md). */
    static final double SLOPE = 0.344;
    /** Evidence at which the score is 0.5. */
    static final double MIDPOINT = 3.82;
    /** The score from which a post counts as on topic (chosen on dev in aggregate; docs/relevance.md). */
    static final double ON_TOPIC = 0.4;

    private final TermEvidence evidence;
    private final double slope;
    private final double midpoint;
    private final double onTopic;

    public RelevanceScorer(TermEvidence evidence) {
        this(evidence, SLOPE, MIDPOINT, ON_TOPIC);
    }

    RelevanceScorer(TermEvidence evidence, double slope, double midpoint, double onTopic) {
        this.evidence = evidence;
        this.slope = slope;
        this.midpoint = midpoint;
        this.onTopic = onTopic;
    }

    /** Raw evidence for distinct terms (the caller removes duplicates so a repeated word counts once). */
    public double evidence(Collection<String> distinctTerms) {
        double sum = 0;
        for (String t : distinctTerms) {
            double w = evidence.weight(t);
            if (w > 0) {
                sum += w;
            }
        }
        return sum;
    }

    /** The terms that count as IR evidence, in order. */
    public List<String> irTerms(Collection<String> distinctTerms) {
        List<String> out = new ArrayList<>();
        for (String t : distinctTerms) {
            if (evidence.weight(t) > 0) {
                out.add(t);
            }
        }
        return out;
    }

    public double score(double evidence) {
        return 1 / (1 + Math.exp(-slope * (evidence - midpoint)));
    }

    public boolean onTopic(double score) {
        return score >= onTopic;
    }
}
