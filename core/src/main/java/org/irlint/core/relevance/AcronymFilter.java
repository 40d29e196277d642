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
    /** True when every known acronym has a capital: then a token without one needs no lookup. */
    private final boolean knownAreCased;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    AcronymFilter(TokenStream in, CharArraySet known) {
        this(in, known, false);
    }

    AcronymFilter(TokenStream in, CharArraySet known, boolean knownAreCased) {
        super(in);
        this.known = known;
        this.knownAreCased = knownAreCased;
    }

    static boolean allCased(Iterable<?> acronyms) {
        for (Object a : acronyms) {
            char[] c = a instanceof char[] chars ? chars : a.toString().toCharArray();
            if (!hasUpperCase(c, c.length)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasUpperCase(char[] t, int len) {
        for (int i = 0; i < len; i++) {
            if (Character.isUpperCase(t[i])) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] t = term.buffer();
        int len = term.length();
        if (knownAreCased && !hasUpperCase(t, len)) {
            return true; // neither known nor acronym-shaped (which takes two capitals)
        }
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
