package org.irlint.core.relevance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * A dense number for every term of the index, so that a check looks each analyzed token up once, straight from
 * the token's character buffer (no string per token), and from then on works with arrays indexed by term:
 * evidence weights and BM25 postings. A term the index has never seen has no number: it says nothing about IR
 * and matches no document.
 */
final class TermIds {
    private final CharArrayMap<Integer> ids;
    private final String[] terms;

    private TermIds(CharArrayMap<Integer> ids, String[] terms) {
        this.ids = ids;
        this.terms = terms;
    }

    /** Every term of the given fields, numbered in the order first met. */
    static TermIds read(IndexReader reader, List<String> fields) {
        CharArrayMap<Integer> ids = new CharArrayMap<>(1 << 14, false);
        java.util.ArrayList<String> terms = new java.util.ArrayList<>();
        try {
            for (String field : fields) {
                Terms t = MultiTerms.getTerms(reader, field);
                if (t == null) {
                    continue;
                }
                TermsEnum it = t.iterator();
                for (BytesRef b = it.next(); b != null; b = it.next()) {
                    String term = b.utf8ToString();
                    if (!ids.containsKey(term)) {
                        ids.put(term, terms.size());
                        terms.add(term);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TermIds(ids, terms.toArray(String[]::new));
    }

    /** The term's number, or -1 when the index does not hold it. */
    int id(char[] buffer, int length) {
        Integer id = ids.get(buffer, 0, length);
        return id == null ? -1 : id;
    }

    int id(String term) {
        Integer id = ids.get(term);
        return id == null ? -1 : id;
    }

    String term(int id) {
        return terms[id];
    }

    int size() {
        return terms.length;
    }
}
