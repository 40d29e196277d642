package org.irlint.core.relevance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
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
 */
final class Bm25Table {
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    /** A document's weight for a term, summed over the fields. */
    private record Posting(int slot, float weight) {
    }

    private final int size;
    private final Map<String, Posting[]> postings;

    private Bm25Table(int size, Map<String, Posting[]> postings) {
        this.size = size;
        this.postings = postings;
    }

    /**
     * @param slotOf for each Lucene doc id, its slot in [0, size), or -1 to leave the document out
     * @param fields field → boost
     */
    static Bm25Table build(IndexReader reader, Map<String, Double> fields, int[] slotOf, int size) {
        Map<String, Map<Integer, Float>> weights = new HashMap<>();
        try {
            for (Map.Entry<String, Double> field : fields.entrySet()) {
                addField(reader, field.getKey(), field.getValue(), slotOf, size, weights);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Posting[]> postings = new HashMap<>(weights.size() * 2);
        weights.forEach((term, bySlot) -> postings.put(term, bySlot.entrySet().stream()
                .map(e -> new Posting(e.getKey(), e.getValue())).toArray(Posting[]::new)));
        return new Bm25Table(size, postings);
    }

    private static void addField(IndexReader reader, String field, double boost, int[] slotOf, int size,
                                 Map<String, Map<Integer, Float>> into) throws IOException {
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
            String term = null;
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
            double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
            pe = it.postings(pe, PostingsEnum.FREQS);
            for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
                int i = slotOf[doc];
                if (i >= 0) {
                    double f = pe.freq();
                    double w = boost * idf * f * (K1 + 1) / (f + K1 * (1 - B + B * lengths[i] / avg));
                    if (term == null) {
                        term = t.utf8ToString();
                    }
                    into.computeIfAbsent(term, k -> new HashMap<>()).merge(i, (float) w, Float::sum);
                }
            }
        }
    }

    int size() {
        return size;
    }

    /** Each document's score for the distinct terms (a new array the caller owns). */
    double[] scores(Collection<String> distinctTerms) {
        double[] scores = new double[size];
        for (String t : distinctTerms) {
            Posting[] list = postings.get(t);
            if (list != null) {
                for (Posting p : list) {
                    scores[p.slot] += p.weight;
                }
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
