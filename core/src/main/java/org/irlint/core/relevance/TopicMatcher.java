package org.irlint.core.relevance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the reference documents a post is about, on every check. It scores with BM25 over the title
 * (boost 3), the topic's own words (boost 2) and the body, like {@link ReferenceSearch}'s query, but from
 * per-term weights computed once at start: a Lucene Boolean query with dozens of clauses per check cost
 * hundreds of microseconds, this costs a few (measured in docs/relevance.md).
 */
final class TopicMatcher {
    private static final double K1 = 1.2;
    private static final double B = 0.75;

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

    static TopicMatcher build(List<ReferenceDocument> documents, ReferenceAnalyzer indexAnalyzer) {
        Map<String, Map<Integer, Float>> weights = new HashMap<>();
        addField(documents, indexAnalyzer, d -> d.title(), 3, weights);
        addField(documents, indexAnalyzer, d -> d.keywords() + ". " + String.join(" ", d.hashtags()), 2, weights);
        addField(documents, indexAnalyzer, ReferenceDocument::body, 1, weights);
        Map<String, Posting[]> postings = new HashMap<>(weights.size() * 2);
        weights.forEach((term, byDoc) -> postings.put(term, byDoc.entrySet().stream()
                .map(e -> new Posting(e.getKey(), e.getValue())).toArray(Posting[]::new)));
        return new TopicMatcher(documents, postings);
    }

    private interface FieldText {
        String of(ReferenceDocument d);
    }

    private static void addField(List<ReferenceDocument> documents, ReferenceAnalyzer analyzer, FieldText field, double boost,
                                 Map<String, Map<Integer, Float>> into) {
        int n = documents.size();
        List<Map<String, Integer>> freqs = new ArrayList<>(n);
        int[] lengths = new int[n];
        Map<String, Integer> docFreq = new HashMap<>();
        long total = 0;
        for (int i = 0; i < n; i++) {
            Map<String, Integer> tf = new HashMap<>();
            analyzer.terms(ReferenceIndex.BODY, field.of(documents.get(i)), t -> tf.merge(t, 1, Integer::sum));
            tf.keySet().forEach(t -> docFreq.merge(t, 1, Integer::sum));
            int len = tf.values().stream().mapToInt(Integer::intValue).sum();
            lengths[i] = len;
            total += len;
            freqs.add(tf);
        }
        double avg = n == 0 ? 1 : Math.max(1, total / (double) n);
        for (int i = 0; i < n; i++) {
            for (Map.Entry<String, Integer> e : freqs.get(i).entrySet()) {
                int df = docFreq.get(e.getKey());
                double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
                double f = e.getValue();
                double w = boost * idf * f * (K1 + 1) / (f + K1 * (1 - B + B * lengths[i] / avg));
                into.computeIfAbsent(e.getKey(), k -> new HashMap<>()).merge(i, (float) w, Float::sum);
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
