package org.irlint.core.relevance;

import java.util.Collection;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The query that finds reference documents for a bag of analyzed terms: every term in the title (boost 3),
 * the topic's own words (acronyms, synonyms, conditions, hashtags; boost 2) and the body, reference
 * documents only.
 */
final class ReferenceQuery {
    /** Lucene refuses Boolean queries with more than 1024 clauses; a 25,000-character query could exceed it. */
    static final int MAX_CLAUSES = 1000;
    private static final Query REFERENCES_ONLY = new TermQuery(new Term(ReferenceIndex.KIND, ReferenceIndex.KIND_REFERENCE));

    private ReferenceQuery() {
    }

    /** Null when there is nothing to search for. */
    static Query of(Collection<String> terms) {
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder should = new BooleanQuery.Builder();
        int clauses = 0;
        for (String t : terms) {
            if (clauses + 3 > MAX_CLAUSES) {
                break;
            }
            should.add(new BoostQuery(new TermQuery(new Term(ReferenceIndex.TITLE, t)), 3f), BooleanClause.Occur.SHOULD);
            should.add(new BoostQuery(new TermQuery(new Term(ReferenceIndex.KEYWORDS, t)), 2f), BooleanClause.Occur.SHOULD);
            should.add(new TermQuery(new Term(ReferenceIndex.BODY, t)), BooleanClause.Occur.SHOULD);
            clauses += 3;
        }
        return new BooleanQuery.Builder()
                .add(should.build(), BooleanClause.Occur.MUST)
                .add(REFERENCES_ONLY, BooleanClause.Occur.FILTER)
                .build();
    }
}
