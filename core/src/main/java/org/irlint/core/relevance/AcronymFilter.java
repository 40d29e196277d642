package org.irlint.core.relevance;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Marks known acronyms (exact case, from the acronym lexicon and the documents' front matter) and acronym-like
 * tokens as keywords, so {@link KeywordAwareLowerCaseFilter} keeps their case and the stemmer leaves them
 * alone. A plural "s" after capitals is dropped ("PICCs" → "PICC").
 */
final class AcronymFilter extends TokenFilter {
    private final CharArraySet known;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    AcronymFilter(TokenStream in, CharArraySet known) {
        super(in);
        this.known = known;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] t = term.buffer();
        int len = term.length();
        if (known.contains(t, 0, len)) {
            keyword.setKeyword(true);
            return true;
        }
        int singular = Acronyms.withoutPlural(t, len);
        if (singular < len && known.contains(t, 0, singular)) {
            term.setLength(singular);
            keyword.setKeyword(true);
        } else if (Acronyms.looksLikeAcronym(t, len)) {
            term.setLength(singular);
            keyword.setKeyword(true);
        }
        return true;
    }
}
