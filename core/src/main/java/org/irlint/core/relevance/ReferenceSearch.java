package org.irlint.core.relevance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * "Find a reliable source": a free-text query → reference documents ranked by BM25, each with a snippet of
 * its text where the matches are wrapped in {@code <b>…</b>} (Lucene's unified highlighter). Thread-safe.
 */
public final class ReferenceSearch {
    static final int MAX_LIMIT = 50;
    private static final int FALLBACK_SNIPPET = 200;

    private final ReferenceIndex index;
    private final ReferenceAnalyzer queryAnalyzer;
    private final UnifiedHighlighter highlighter;

    public ReferenceSearch(ReferenceIndex index, ReferenceAnalyzer queryAnalyzer, ReferenceAnalyzer indexAnalyzer) {
        this.index = index;
        this.queryAnalyzer = queryAnalyzer;
        this.highlighter = UnifiedHighlighter.builder(index.searcher(), indexAnalyzer).withMaxLength(20_000).build();
    }

    public List<ReferenceHit> search(String query, int limit) {
        if (query == null || query.isBlank() || limit <= 0) {
            return List.of();
        }
        Query q = ReferenceQuery.of(new LinkedHashSet<>(queryAnalyzer.terms(query)));
        if (q == null) {
            return List.of();
        }
        try {
            TopDocs top = index.searcher().search(q, Math.min(limit, MAX_LIMIT));
            if (top.scoreDocs.length == 0) {
                return List.of();
            }
            String[] snippets = highlighter.highlight(ReferenceIndex.BODY, q, top, 1);
            List<ReferenceHit> hits = new ArrayList<>(top.scoreDocs.length);
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                ReferenceDocument d = index.document(sd.doc);
                String snippet = snippets[i] != null ? snippets[i] : opening(d.body());
                hits.add(new ReferenceHit(d.id(), d.title(), d.url(), snippet.strip(), sd.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory or memory-mapped: not expected
        }
    }

    private static String opening(String text) {
        if (text.length() <= FALLBACK_SNIPPET) {
            return text;
        }
        int cut = text.lastIndexOf(' ', FALLBACK_SNIPPET);
        return text.substring(0, cut > 0 ? cut : FALLBACK_SNIPPET) + "…";
    }
}
