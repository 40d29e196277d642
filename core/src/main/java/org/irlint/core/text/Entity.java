package org.irlint.core.text;

/** A piece of X markup in the original draft: a URL, @mention, #hashtag or $cashtag. */
public record Entity(Kind kind, int start, int end, String value) {
    public enum Kind { URL, MENTION, HASHTAG, CASHTAG }

    public boolean covers(int from, int to) {
        return start <= from && to <= end;
    }

    public boolean overlaps(int from, int to) {
        return start < to && from < end;
    }
}
