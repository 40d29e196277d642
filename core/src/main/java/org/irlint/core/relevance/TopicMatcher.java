package org.irlint.core.relevance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Finds the reference documents a post is about, on every check: BM25 over the title (boost 3), the topic's
 * own words (boost 2) and the body, like {@link ReferenceSearch}'s query, from a {@link Bm25Table}.
 */
final class TopicMatcher {
    static final Map<String, Double> BOOSTS = Map.of(ReferenceIndex.TITLE, 3.0, ReferenceIndex.KEYWORDS, 2.0,
            ReferenceIndex.BODY, 1.0);

    /** A reference document and its score for the post. */
    record Match(ReferenceDocument document, double score) {
    }

    private final List<ReferenceDocument> documents;
    private final Bm25Table table;

    private TopicMatcher(List<ReferenceDocument> documents, Bm25Table table) {
        this.documents = documents;
        this.table = table;
    }

    static TopicMatcher build(ReferenceIndex index, TermIds ids) {
        return new TopicMatcher(index.documents(),
                Bm25Table.build(index.reader(), BOOSTS, index.referenceSlots(), index.documents().size(), ids));
    }

    /** The best {@code limit} documents for the terms, best first; empty when none shares a term. */
    List<Match> match(Collection<String> terms, int limit) {
        return best(table.scores(terms), limit);
    }

    /** The same for the first {@code count} term numbers of {@code ids}. */
    List<Match> match(int[] ids, int count, int limit) {
        double[] scores = new double[table.size()];
        for (int i = 0; i < count; i++) {
            table.addTo(ids[i], scores);
        }
        return best(scores, limit);
    }

    private List<Match> best(double[] scores, int limit) {
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
