package org.irlint.core.relevance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import java.util.BitSet;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * How much each term says "IR" rather than "background": the log-likelihood ratio
 * {@code log P(t | IR) − log P(t | background)} of two unigram language models read from the index's term
 * statistics (the IR fields against {@code background}), add-α smoothed so that a term's weight grows with how
 * often it is used, and damped for terms that the background uses across many domains (everyday language).
 */
public final class TermEvidence {
    /** Add-α smoothing: a term's count plus α, over a vocabulary of this size, on each side. */
    static final double ALPHA = 3.0;
    static final double VOCABULARY = 10_000;
    /** No single term may decide a post alone. */
    static final double MAX_WEIGHT = 6.0;

    private final Map<String, Counts> counts;
    private final long irTotal;
    private final long backgroundTotal;
    private final Map<String, Double> weights = new HashMap<>();

    record Counts(long ir, long background, int domains) {
    }

    private TermEvidence(Map<String, Counts> counts, long irTotal, long backgroundTotal) {
        this.counts = counts;
        this.irTotal = irTotal;
        this.backgroundTotal = backgroundTotal;
        counts.forEach((t, c) -> weights.put(t, weight(c.ir, c.background, irTotal, backgroundTotal) * topicality(c.domains)));
    }

    /**
     * @param domainOf for each Lucene doc id, the background domain it belongs to (-1 for IR documents); a term
     *                 spread over many domains is general language, not a topic
     */
    public static TermEvidence read(IndexReader reader, List<String> irFields, String backgroundField, int[] domainOf) {
        Map<String, long[]> raw = new HashMap<>();
        long ir = 0;
        for (String field : irFields) {
            ir += collect(reader, field, raw, 0, null);
        }
        long bg = collect(reader, backgroundField, raw, 1, domainOf);
        Map<String, Counts> counts = new HashMap<>(raw.size() * 2);
        raw.forEach((t, c) -> counts.put(t, new Counts(c[0], c[1], (int) c[2])));
        return new TermEvidence(counts, ir, bg);
    }

    private static long collect(IndexReader reader, String field, Map<String, long[]> into, int slot, int[] domainOf) {
        try {
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms == null) {
                return 0;
            }
            TermsEnum it = terms.iterator();
            PostingsEnum postings = null;
            BitSet seen = new BitSet();
            for (BytesRef t = it.next(); t != null; t = it.next()) {
                long[] c = into.computeIfAbsent(t.utf8ToString(), k -> new long[3]);
                c[slot] += it.totalTermFreq();
                if (domainOf != null) {
                    seen.clear();
                    postings = it.postings(postings, PostingsEnum.NONE);
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        if (domainOf[doc] >= 0) {
                            seen.set(domainOf[doc]);
                        }
                    }
                    c[2] = seen.cardinality();
                }
            }
            return terms.getSumTotalTermFreq();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double weight(long ir, long bg, long irTotal, long bgTotal) {
        double pIr = (ir + ALPHA) / (irTotal + ALPHA * VOCABULARY);
        double pBg = (bg + ALPHA) / (bgTotal + ALPHA * VOCABULARY);
        return Math.max(-MAX_WEIGHT, Math.min(MAX_WEIGHT, Math.log(pIr / pBg)));
    }

    /** Domains a term may appear in and still be topical; beyond, it is everyday language and weighs less. */
    static final int SPREAD = 6;

    /** 1 for a term of one background domain (or none), falling to 0 for a term used across many. */
    static double topicality(int domains) {
        return domains <= 1 ? 1 : Math.max(0, 1 - (domains - 1) / (double) SPREAD);
    }

    /** The term's weight; 0 for a term neither side has seen (it says nothing). */
    public double weight(String term) {
        Double w = weights.get(term);
        return w == null ? 0 : w;
    }

    /** Every weight by term number ({@link TermIds}); 0 for a term neither side has seen. */
    double[] weights(TermIds ids) {
        double[] out = new double[ids.size()];
        for (int id = 0; id < out.length; id++) {
            out[id] = weight(ids.term(id));
        }
        return out;
    }

    /**
     * The weight the term would have without one text's own occurrences (for leave-one-out checks):
     * {@code irDelta}/{@code backgroundDelta} are that text's counts of the term on each side.
     */
    double weightWithout(String term, long irDelta, long backgroundDelta, long irTokens, long backgroundTokens) {
        Counts c = counts.get(term);
        if (c == null) {
            return 0;
        }
        long ir = c.ir - irDelta;
        long bg = c.background - backgroundDelta;
        if (ir <= 0 && bg <= 0) {
            return 0;
        }
        return weight(ir, bg, irTotal - irTokens, backgroundTotal - backgroundTokens) * topicality(c.domains);
    }

    long irTotal() {
        return irTotal;
    }

    long backgroundTotal() {
        return backgroundTotal;
    }
}
