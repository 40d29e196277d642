package org.irlint.core.rules;

import java.util.regex.Matcher;
import org.irlint.core.text.CharPositions;

/**
 * Finds the entries of a {@link Phrases} in one text, left to right and without overlaps, like
 * {@link Matcher#find()}. Word boundaries look at the real neighbours even at the edges of a region.
 */
public final class PhraseScan {
    private final Phrases phrases;
    private final CharSequence text;
    private Matcher[] matchers;
    private int to;
    private int next;
    private int start = -1;
    private int end = -1;
    /** The word starts holding a character some entry can start with, when the text is indexed. */
    private final long[] candidates;
    private final CharPositions index;
    /** The expressions worth trying in this indexed text ({@link Phrases#expressionsPossibleIn}). */
    private Phrases.Expression[] possible;
    /** What the shared trie found in this text, when the list is in it; else the list walks its own trie. */
    private final SharedTrie.Matches shared;

    PhraseScan(Phrases phrases, CharSequence text) {
        this.phrases = phrases;
        this.text = text;
        this.to = text.length();
        this.index = CharPositions.of(text);
        this.shared = index == null || phrases.sharedId < 0 ? null : SharedTrie.matches(index, phrases.sharedId);
        if (index == null) {
            this.candidates = null;
            return;
        }
        // Only where this list's literals start, and where an expression whose required text the post holds can
        // start: for most lists and posts, no position at all
        this.possible = phrases.expressionsPossibleIn(index);
        long[] where = shared != null ? shared.startsOf(phrases.sharedId) : index.whereWordsStart(phrases.literalStarts);
        if (possible.length > 0) {
            long[] more = index.whereWordsStart(Phrases.startsOf(possible));
            for (int w = 0; w < where.length; w++) {
                where[w] |= more[w];
            }
        }
        this.candidates = where;
    }

    /** Limits the search to {@code [from, to)}; matches must lie wholly inside. */
    public PhraseScan region(int from, int to) {
        this.next = Math.max(0, from);
        this.to = Math.min(text.length(), to);
        this.start = -1;
        this.end = -1;
        return this;
    }

    public boolean find() {
        for (int i = CharPositions.next(candidates, next); i < to; i = CharPositions.next(candidates, i + 1)) {
            if (candidates == null && !CharPositions.wordStartsAt(text, i)) {
                continue;
            }
            int e = longestAt(i);
            if (e > i) {
                start = i;
                end = e;
                next = e;
                return true;
            }
        }
        next = to;
        start = -1;
        end = -1;
        return false;
    }

    public int start() {
        requireMatch();
        return start;
    }

    public int end() {
        requireMatch();
        return end;
    }

    public String group() {
        requireMatch();
        return text.subSequence(start, end).toString();
    }

    private void requireMatch() {
        if (start < 0) {
            throw new IllegalStateException("no match");
        }
    }

    private int longestAt(int i) {
        int best = trieEnd(i);
        return Math.max(best, regexEnd(i));
    }

    private int trieEnd(int i) {
        if (shared != null) {
            return shared.longestEnd(phrases.sharedId, i, to);
        }
        int[] best = {-1};
        Phrases.walk(phrases.root, phrases.fold, text, i, to, (node, end) -> {
            if (node.terminal) {
                best[0] = end;
            }
        });
        return best[0];
    }

    private int regexEnd(int i) {
        char c1 = text.charAt(i);
        int c2 = i + 1 < to ? text.charAt(i + 1) : -1;
        int best = -1;
        for (Phrases.Expression e : expressionsToTry(c1)) {
            if (!e.mayStartWith(c1, c2)) {
                continue;
            }
            Matcher m = matcher(e);
            m.region(i, to);
            if (m.lookingAt() && m.end() > best) {
                best = m.end();
            }
        }
        return best;
    }

    private Phrases.Expression[] expressionsToTry(char c1) {
        return index == null ? phrases.expressionsStartingWith(c1) : possible;
    }

    private Matcher matcher(Phrases.Expression e) {
        if (matchers == null) {
            matchers = new Matcher[phrases.expressions.length];
        }
        Matcher m = matchers[e.id()];
        if (m == null) {
            m = e.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            matchers[e.id()] = m;
        }
        return m;
    }
}
