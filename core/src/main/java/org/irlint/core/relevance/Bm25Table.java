package org.irlint.core.relevance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * BM25 (k1 = 1.2, b = 0.75, Lucene's idf) of a set of documents for any bag of terms, from weights read once
 * from the index's postings. It answers what a Boolean query of SHOULD term clauses would, but per check
 * it costs a few microseconds instead of the hundreds a Lucene query with dozens of clauses took.
 *
 * <p>The postings are stored flat by {@link TermIds term number} (one offset array, one array of document
 * slots, one of weights), so a check walks a few short runs of two arrays.
 */
final class Bm25Table {
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final int size;
    private final TermIds ids;
    /** Term {@code id}'s postings are {@code slots[start[id]..start[id + 1])}, with their weights alongside. */
    private final int[] start;
    private final int[] slots;
    private final float[] weights;

    private Bm25Table(int size, TermIds ids, int[] start, int[] slots, float[] weights) {
        this.size = size;
        this.ids = ids;
        this.start = start;
        this.slots = slots;
        this.weights = weights;
    }

    /** A table numbering its own terms (tests and experiments). */
    static Bm25Table build(IndexReader reader, Map<String, Double> fields, int[] slotOf, int size) {
        return build(reader, fields, slotOf, size, TermIds.read(reader, List.copyOf(fields.keySet())));
    }

    /**
     * @param slotOf for each Lucene doc id, its slot in [0, size), or -1 to leave the document out
     * @param fields field → boost
     * @param ids    the numbering shared with the other tables; it must hold every term of {@code fields}
     */
    static Bm25Table build(IndexReader reader, Map<String, Double> fields, int[] slotOf, int size, TermIds ids) {
        Postings all = new Postings();
        try {
            for (Map.Entry<String, Double> field : fields.entrySet()) {
                addField(reader, field.getKey(), field.getValue(), slotOf, size, ids, all);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Counting sort by term, then by slot within a term, summing a slot's weights over the fields.
        int[] start = new int[ids.size() + 1];
        for (int i = 0; i < all.size; i++) {
            start[all.term[i] + 1]++;
        }
        for (int id = 0; id < ids.size(); id++) {
            start[id + 1] += start[id];
        }
        int[] next = Arrays.copyOf(start, ids.size());
        int[] slots = new int[all.size];
        float[] weights = new float[all.size];
        for (int i = 0; i < all.size; i++) {
            int at = next[all.term[i]]++;
            slots[at] = all.slot[i];
            weights[at] = all.weight[i];
        }
        if (fields.size() == 1) {
            return new Bm25Table(size, ids, start, slots, weights); // one field: a slot occurs once per term
        }
        int[] mergedStart = new int[ids.size() + 1];
        int out = 0;
        float[] bySlot = new float[size];
        boolean[] seen = new boolean[size];
        int[] order = new int[size];
        for (int id = 0; id < ids.size(); id++) {
            mergedStart[id] = out;
            int count = 0;
            for (int i = start[id]; i < start[id + 1]; i++) {
                if (!seen[slots[i]]) {
                    seen[slots[i]] = true;
                    order[count++] = slots[i];
                }
                bySlot[slots[i]] += weights[i];
            }
            Arrays.sort(order, 0, count);
            for (int k = 0; k < count; k++) {
                slots[out] = order[k];
                weights[out++] = bySlot[order[k]];
                bySlot[order[k]] = 0;
                seen[order[k]] = false;
            }
        }
        mergedStart[ids.size()] = out;
        return new Bm25Table(size, ids, mergedStart, Arrays.copyOf(slots, out), Arrays.copyOf(weights, out));
    }

    /** (term, slot, weight) triples as read from the postings. */
    private static final class Postings {
        int[] term = new int[1024];
        int[] slot = new int[1024];
        float[] weight = new float[1024];
        int size;

        void add(int t, int s, float w) {
            if (size == term.length) {
                term = Arrays.copyOf(term, size * 2);
                slot = Arrays.copyOf(slot, size * 2);
                weight = Arrays.copyOf(weight, size * 2);
            }
            term[size] = t;
            slot[size] = s;
            weight[size++] = w;
        }
    }

    private static void addField(IndexReader reader, String field, double boost, int[] slotOf, int size, TermIds ids,
                                 Postings into) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null || size == 0) {
            return;
        }
        long[] lengths = new long[size];
        boolean[] has = new boolean[size];
        PostingsEnum pe = null;
        TermsEnum it = terms.iterator();
        for (BytesRef t = it.next(); t != null; t = it.next()) {
            pe = it.postings(pe, PostingsEnum.FREQS);
            for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
                if (slotOf[doc] >= 0) {
                    lengths[slotOf[doc]] += pe.freq();
                    has[slotOf[doc]] = true;
                }
            }
        }
        int n = 0;
        double avg = 0;
        for (int i = 0; i < size; i++) {
            if (has[i]) {
                n++;
                avg += lengths[i];
            }
        }
        avg = Math.max(1, avg / Math.max(1, n));
        it = terms.iterator();
        for (BytesRef t = it.next(); t != null; t = it.next()) {
            int df = 0;
            pe = it.postings(pe, PostingsEnum.NONE);
            for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
                if (slotOf[doc] >= 0) {
                    df++;
                }
            }
            if (df == 0) {
                continue;
            }
            int id = ids.id(t.utf8ToString());
            if (id < 0) {
                throw new IllegalArgumentException("the term numbering lacks a term of " + field);
            }
            double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
            pe = it.postings(pe, PostingsEnum.FREQS);
            for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
                int i = slotOf[doc];
                if (i >= 0) {
                    double f = pe.freq();
                    into.add(id, i, (float) (boost * idf * f * (K1 + 1) / (f + K1 * (1 - B + B * lengths[i] / avg))));
                }
            }
        }
    }

    int size() {
        return size;
    }

    /** How many documents hold term {@code id}. */
    int documentFrequency(int id) {
        return start[id + 1] - start[id];
    }

    /** How many documents hold the term. */
    int documentFrequency(String term) {
        int id = ids.id(term);
        return id < 0 ? 0 : documentFrequency(id);
    }

    /** Adds term {@code id}'s weight to each document's score. */
    void addTo(int id, double[] scores) {
        for (int i = start[id], end = start[id + 1]; i < end; i++) {
            scores[slots[i]] += weights[i];
        }
    }

    /** Each document's score for the distinct terms (a new array the caller owns). */
    double[] scores(Collection<String> distinctTerms) {
        double[] scores = new double[size];
        for (String t : distinctTerms) {
            int id = ids.id(t);
            if (id >= 0) {
                addTo(id, scores);
            }
        }
        return scores;
    }

    /** The mean of the {@code k} best scores (zeros count: fewer matches, lower mean), skipping one slot. */
    double topMean(Collection<String> distinctTerms, int k, int skipSlot) {
        double[] scores = scores(distinctTerms);
        if (skipSlot >= 0 && skipSlot < size) {
            scores[skipSlot] = 0;
        }
        return topMean(scores, k);
    }

    /** The mean of the {@code k} best of {@code scores} (zeros count). */
    static double topMean(double[] scores, int k) {
        double[] top = new double[k];
        for (double s : scores) {
            if (s > top[k - 1]) {
                int j = k - 1;
                while (j > 0 && top[j - 1] < s) {
                    top[j] = top[j - 1];
                    j--;
                }
                top[j] = s;
            }
        }
        double sum = 0;
        for (double s : top) {
            sum += s;
        }
        return sum / k;
    }
}
