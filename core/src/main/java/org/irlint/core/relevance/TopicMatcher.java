package org.irlint.core.relevance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
 * Finds the reference documents a post is about, on every check. It scores with BM25 over the title
 * (boost 3), the topic's own words (boost 2) and the body, like {@link ReferenceSearch}'s query, but from
 * per-term weights read once from the index's postings at start: a Lucene Boolean query with dozens of
 * clauses cost hundreds of microseconds per check, this costs a few (measured in docs/relevance.md).
 */
final class TopicMatcher {
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final Map<String, Double> BOOSTS = Map.of(ReferenceIndex.TITLE, 3.0, ReferenceIndex.KEYWORDS, 2.0,
            ReferenceIndex.BODY, 1.0);

    /** A document's BM25 score for a term, summed over the fields. */
    private record Posting(int doc, float weight) {
    }

    /** A reference document and its score for the post. */
    record Match(ReferenceDocument document, double score) {
    }

    private final List<ReferenceDocument> documents;
    private final Map<String, Posting[]> postings;

    private TopicMatcher(List<ReferenceDocument> documents, Map<String, Posting[]> postings) {
        this.documents = documents;
        this.postings = postings;
    }

    static TopicMatcher build(ReferenceIndex index) {
        List<ReferenceDocument> documents = index.documents();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            position.put(documents.get(i).id(), i);
        }
        int[] slot = new int[index.reader().maxDoc()];
        for (int doc = 0; doc < slot.length; doc++) {
            ReferenceDocument d = index.document(doc);
            slot[doc] = d == null ? -1 : position.get(d.id());
        }
        Map<String, Map<Integer, Float>> weights = new HashMap<>();
        try {
            for (Map.Entry<String, Double> field : BOOSTS.entrySet()) {
                addField(index.reader(), field.getKey(), field.getValue(), slot, documents.size(), weights);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Posting[]> postings = new HashMap<>(weights.size() * 2);
        weights.forEach((term, byDoc) -> postings.put(term, byDoc.entrySet().stream()
                .map(e -> new Posting(e.getKey(), e.getValue())).toArray(Posting[]::new)));
        return new TopicMatcher(documents, postings);
    }

    private static void addField(IndexReader reader, String field, double boost, int[] slot, int n,
                                 Map<String, Map<Integer, Float>> into) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null || n == 0) {
            return;
        }
        long[] lengths = new long[n];
        PostingsEnum pe = null;
        TermsEnum it = terms.iterator();
        for (BytesRef t = it.next(); t != null; t = it.next()) {
            pe = it.postings(pe, PostingsEnum.FREQS);
            for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
                if (slot[doc] >= 0) {
                    lengths[slot[doc]] += pe.freq();
                }
            }
        }
        double avg = 0;
        for (long len : lengths) {
            avg += len;
        }
        avg = Math.max(1, avg / n);
        it = terms.iterator();
        for (BytesRef t = it.next(); t != null; t = it.next()) {
            int df = it.docFreq();
            double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
            String term = t.utf8ToString();
            pe = it.postings(pe, PostingsEnum.FREQS);
            for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
                int i = slot[doc];
                if (i >= 0) {
                    double f = pe.freq();
                    double w = boost * idf * f * (K1 + 1) / (f + K1 * (1 - B + B * lengths[i] / avg));
                    into.computeIfAbsent(term, k -> new HashMap<>()).merge(i, (float) w, Float::sum);
                }
            }
        }
    }

    /** The best {@code limit} documents for the terms, best first; empty when none shares a term. */
    List<Match> match(Collection<String> terms, int limit) {
        double[] scores = new double[documents.size()];
        for (String t : terms) {
            Posting[] list = postings.get(t);
            if (list != null) {
                for (Posting p : list) {
                    scores[p.doc] += p.weight;
                }
            }
        }
        List<Match> best = new ArrayList<>(limit);
        for (int k = 0; k < limit; k++) {
            int top = -1;
            for (int i = 0; i < scores.length; i++) {
                if (scores[i] > 0 && (top < 0 || scores[i] > scores[top])) {
                    top = i;
                }
            }
            if (top < 0) {
                break;
            }
            best.add(new Match(documents.get(top), scores[top]));
            scores[top] = 0;
        }
        return best;
    }
}
