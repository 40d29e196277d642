package org.irlint.core.relevance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a post's analyzed terms into a relevance score in [0, 1]. Two measurements, added:
 * <ol>
 *   <li><b>Term evidence</b>: the sum of the positive {@link TermEvidence} weights of the post's distinct
 *   terms; terms that start at the same place (a word and the synonyms injected for it) are alternatives,
 *   so only the strongest counts. Negative weights are left out on purpose: the reference documents are
 *   formal prose and the background is tweets, so casual words ("just", "her", "today") would otherwise
 *   count against every informal IR post.</li>
 *   <li><b>Nearest-document contrast</b>: how much better the post matches its closest reference documents
 *   than its closest background paragraphs (mean BM25 of the top {@value #NEIGHBOURS} on each side), scaled
 *   by {@value #CONTRAST_WEIGHT}. It brings in the word combinations a single-term score cannot see.</li>
 * </ol>
 * The score is a logistic of the sum; its slope and midpoint were fitted by leave-one-out over the library
 * itself (reference patient texts against background paragraphs), not on labelled posts. See
 * docs/relevance.md for the measurements behind each choice.
 */
public final class RelevanceScorer {
    /** Logistic slope per unit of evidence (fitted by leave-one-out, see docs/relevance.md). */
    static final double SLOPE = 0.274;
    /** Evidence at which the score is 0.5: the decision point, chosen on the mean accuracy over six labelled sets (docs/relevance.md). */
    static final double MIDPOINT = 1.25;
    /** The score from which a post counts as on topic (chosen on dev in aggregate; docs/relevance.md). */
    static final double ON_TOPIC = 0.5;
    static final int NEIGHBOURS = 3;
    static final double CONTRAST_WEIGHT = 0.35;
    /**
     * A word used by more than this share of the background paragraphs ("the", "and", "my") is a function word:
     * it takes no part in the nearest-document contrast. Measured on the labeled sets it changes ROC AUC by at
     * most ±0.004 (docs/relevance.md), and it spares a check most of its BM25 postings.
     */
    static final double FUNCTION_WORD_SHARE = 0.1;

    /** The most background paragraphs a word may appear in and still count (never fewer than 10: a tiny library cannot tell). */
    private int maxFrequency() {
        return (int) Math.max(10, FUNCTION_WORD_SHARE * background.size());
    }

    private final TermEvidence evidence;
    private final Bm25Table references;
    private final Bm25Table background;
    private final double slope;
    private final double midpoint;
    private final double onTopic;

    /** Evidence weight by term number, for the per-check path; null when built without a numbering. */
    private final double[] weightById;

    /** {@code references} and {@code background} may be null to score by term evidence alone. */
    public RelevanceScorer(TermEvidence evidence, Bm25Table references, Bm25Table background) {
        this(evidence, references, background, null, SLOPE, MIDPOINT, ON_TOPIC);
    }

    /** With the term numbering the tables share, for {@link #evidence(PostTerms)}. */
    RelevanceScorer(TermEvidence evidence, Bm25Table references, Bm25Table background, TermIds ids) {
        this(evidence, references, background, ids, SLOPE, MIDPOINT, ON_TOPIC);
    }

    RelevanceScorer(TermEvidence evidence, Bm25Table references, Bm25Table background, TermIds ids, double slope,
                    double midpoint, double onTopic) {
        this.evidence = evidence;
        this.references = references;
        this.background = background;
        this.weightById = ids == null ? null : evidence.weights(ids);
        this.slope = slope;
        this.midpoint = midpoint;
        this.onTopic = onTopic;
    }

    /**
     * The post's evidence from its term numbers: the same sum as {@link #evidence(List, int[])}, without a string
     * or a map per token (this runs on every check).
     */
    double evidence(PostTerms post) {
        return termEvidence(post) + contrast(post);
    }

    double termEvidence(PostTerms post) {
        boolean[] first = post.firstOccurrences();
        // start offset -> best weight among the terms starting there (open addressing over the starts)
        int n = Integer.highestOneBit(Math.max(4, post.size * 2) - 1) << 1;
        int[] keys = new int[n];
        double[] best = new double[n];
        java.util.Arrays.fill(keys, -1);
        for (int i = 0; i < post.size; i++) {
            double w = first[i] ? weightById[post.ids[i]] : 0;
            if (w > 0) {
                int start = post.starts[i];
                int h = start * 0x9E3779B9;
                int s = (h ^ h >>> 16) & (n - 1);
                while (keys[s] != -1 && keys[s] != start) {
                    s = (s + 1) & (n - 1);
                }
                keys[s] = start;
                best[s] = Math.max(best[s], w);
            }
        }
        double sum = 0;
        for (double w : best) {
            sum += w;
        }
        return sum;
    }

    double contrast(PostTerms post) {
        if (references == null || background == null) {
            return 0;
        }
        int[] distinct = post.distinct();
        int count = post.distinctSize();
        double[] ref = new double[references.size()];
        double[] bg = new double[background.size()];
        int maxFrequency = maxFrequency();
        for (int i = 0; i < count; i++) {
            if (background.documentFrequency(distinct[i]) <= maxFrequency) {
                references.addTo(distinct[i], ref);
                background.addTo(distinct[i], bg);
            }
        }
        return CONTRAST_WEIGHT * (Bm25Table.topMean(ref, NEIGHBOURS) - Bm25Table.topMean(bg, NEIGHBOURS));
    }

    /** Whether term number {@code id} counts as IR evidence. */
    boolean isIrTerm(int id) {
        return weightById[id] > 0;
    }

    /** The post's evidence from its terms and their start offsets (parallel). */
    public double evidence(List<String> terms, int[] starts) {
        return termEvidence(terms, starts) + contrast(new LinkedHashSet<>(terms), -1, -1);
    }

    /** Part 1: grouped positive term evidence. */
    double termEvidence(List<String> terms, int[] starts) {
        Map<Integer, Double> best = new HashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < terms.size(); i++) {
            if (!seen.add(terms.get(i))) {
                continue;
            }
            double w = evidence.weight(terms.get(i));
            if (w > 0) {
                best.merge(starts[i], w, Math::max);
            }
        }
        double sum = 0;
        for (double w : best.values()) {
            sum += w;
        }
        return sum;
    }

    /** Part 2, optionally leaving one reference document or background entry out (for leave-one-out checks). */
    double contrast(Collection<String> distinctTerms, int skipReference, int skipBackground) {
        if (references == null || background == null) {
            return 0;
        }
        List<String> informative = new ArrayList<>(distinctTerms.size());
        for (String t : distinctTerms) {
            if (background.documentFrequency(t) <= maxFrequency()) {
                informative.add(t);
            }
        }
        return CONTRAST_WEIGHT * (references.topMean(informative, NEIGHBOURS, skipReference)
                - background.topMean(informative, NEIGHBOURS, skipBackground));
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
