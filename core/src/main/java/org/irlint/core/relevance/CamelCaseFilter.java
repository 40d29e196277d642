package org.irlint.core.relevance;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Splits CamelCase hashtags and handles into their words ("FibroidAwareness" → "Fibroid", "Awareness"), one
 * position each so the stream stays a simple chain (synonym rules need that). Known acronyms ("cTACE") and
 * catalogue hashtags ("IRad") are protected and stay whole.
 */
final class CamelCaseFilter extends TokenFilter {
    private final CharArraySet protectedWords;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Deque<int[]> parts = new ArrayDeque<>();
    private char[] whole = new char[32];
    private int startOffset;
    private boolean offsetsMatch;

    CamelCaseFilter(TokenStream in, CharArraySet protectedWords) {
        super(in);
        this.protectedWords = protectedWords;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!parts.isEmpty()) {
            int[] p = parts.poll();
            clearAttributes();
            term.copyBuffer(whole, p[0], p[1] - p[0]);
            position.setPositionIncrement(p[2]);
            if (offsetsMatch) {
                offset.setOffset(startOffset + p[0], startOffset + p[1]);
            }
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        char[] t = term.buffer();
        int len = term.length();
        if (hasCaseChange(t, len) && !protectedWords.contains(t, 0, len) && split(t, len)) {
            return incrementToken();
        }
        return true;
    }

    /** Whether a word could start inside the token ("aB" or "ABc"); most tokens have no such place. */
    private static boolean hasCaseChange(char[] t, int len) {
        for (int i = 1; i < len; i++) {
            if (Character.isUpperCase(t[i]) && (Character.isLowerCase(t[i - 1])
                    || Character.isUpperCase(t[i - 1]) && i + 1 < len && Character.isLowerCase(t[i + 1]))) {
                return true;
            }
        }
        return false;
    }

    /** Queues the parts of a CamelCase token; false when there is nothing to split. */
    private boolean split(char[] t, int len) {
        int from = 0;
        boolean first = true;
        int firstIncrement = position.getPositionIncrement();
        boolean afterAcronym = false;
        for (int i = 1; i <= len; i++) {
            if (i < len && acronymThenWord(t, from, i, len)) {
                afterAcronym = true; // "IRlife": the known acronym "IR" ends the run, so the word starts after it
                continue;
            }
            if (i == len || afterAcronym || boundary(t, i, len)) {
                afterAcronym = false;
                if (from == 0 && i == len) {
                    return false;
                }
                parts.add(new int[] {from, i, first ? firstIncrement : 1});
                first = false;
                from = i;
            }
        }
        if (whole.length < len) {
            whole = new char[len];
        }
        System.arraycopy(t, 0, whole, 0, len);
        startOffset = offset.startOffset();
        offsetsMatch = offset.endOffset() - offset.startOffset() == len;
        return true;
    }

    /**
     * True at the last capital of a run ("IRlife" at R) when the run up to and including it is a known acronym
     * followed by a lower-case word: then the boundary falls after the capital, not before it.
     */
    private boolean acronymThenWord(char[] t, int from, int i, int len) {
        return Character.isUpperCase(t[i - 1]) && Character.isUpperCase(t[i]) && i + 1 < len && Character.isLowerCase(t[i + 1])
                && !(i + 2 == len && t[i + 1] == 's') && protectedWords.contains(t, from, i + 1 - from);
    }

    /** "aB" starts a word at B; so does "ABc" at B (the last capital of a run begins the next word). */
    private static boolean boundary(char[] t, int i, int len) {
        char prev = t[i - 1];
        char c = t[i];
        if (Character.isLowerCase(prev) && Character.isUpperCase(c)) {
            return true;
        }
        return Character.isUpperCase(prev) && Character.isUpperCase(c) && i + 1 < len && Character.isLowerCase(t[i + 1])
                && !(i + 2 == len && t[i + 1] == 's'); // "IVCs" is a plural, not "IV" + "Cs"
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        parts.clear();
    }
}
