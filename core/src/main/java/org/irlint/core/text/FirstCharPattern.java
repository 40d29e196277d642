package org.irlint.core.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link Pattern} that knows which characters a match can start with, so that finding it tries only those
 * positions. {@link Matcher#find()} tries every position of the text, and for a long alternation behind a
 * look-behind that is where a check spends its time. The matches found are exactly those of
 * {@code find()}; a pattern whose first characters cannot be read is searched the ordinary way.
 */
public final class FirstCharPattern {
    private final Pattern pattern;
    private final FirstChars.Set first;
    /** For a pattern that starts with {@code \\b} or a one-character look-behind: the ASCII characters it may follow. */
    private final boolean[] mayFollow;

    /** Which pairs of ASCII characters a match can start with, or null. */
    private final StartPairs pairs;

    private FirstCharPattern(Pattern pattern) {
        this.pattern = pattern;
        this.first = FirstChars.of(pattern.pattern(), pattern.flags());
        this.mayFollow = first == null ? null : LeadingAssertion.mayFollow(pattern, first);
        this.pairs = first == null ? null : StartPairs.of(pattern);
    }

    public static FirstCharPattern compile(String regex) {
        return new FirstCharPattern(Pattern.compile(regex));
    }

    public static FirstCharPattern compile(String regex, int flags) {
        return new FirstCharPattern(Pattern.compile(regex, flags));
    }

    public static FirstCharPattern of(Pattern pattern) {
        return new FirstCharPattern(pattern);
    }

    public Pattern pattern() {
        return pattern;
    }

    /** A matcher over the whole text whose {@link Finder#find()} skips positions no match can start at. */
    public Finder matcher(CharSequence text) {
        return new Finder(this, text);
    }

    boolean indexed() {
        return first != null;
    }

    /** Whether a match could start at {@code i}, judging by the character there and the one before. */
    boolean mayStartAt(CharSequence text, int i) {
        char c = text.charAt(i);
        if (first == null) {
            return true;
        }
        if (!first.contains(c)) {
            return false;
        }
        if (i == 0 || c >= 128) {
            return true;
        }
        char before = text.charAt(i - 1);
        if (mayFollow != null && before < 128 && !mayFollow[before]) {
            return false;
        }
        if (pairs == null || before >= 128 || i + 1 >= text.length()) {
            return true; // the pairs were tried after ASCII neighbours only, and with a second character
        }
        char next = text.charAt(i + 1);
        return next >= 128 || pairs.allows(c, next);
    }

    /** Like a {@link Matcher} used with {@code while (find())}; groups are read from {@link #match()}. */
    public static final class Finder {
        private final FirstCharPattern owner;
        private final CharSequence text;
        private final Matcher m;
        private int next;
        private final int to;

        Finder(FirstCharPattern owner, CharSequence text) {
            this.owner = owner;
            this.text = text;
            this.m = owner.pattern.matcher(text);
            this.to = text.length();
            if (owner.indexed()) {
                m.useTransparentBounds(true).useAnchoringBounds(false);
            }
        }

        public boolean find() {
            if (!owner.indexed()) {
                return m.find();
            }
            for (int i = next; i < to; i++) {
                if (owner.mayStartAt(text, i)) {
                    m.region(i, to);
                    if (m.lookingAt()) {
                        next = m.end() == i ? i + 1 : m.end();
                        return true;
                    }
                }
            }
            next = to;
            return false;
        }

        /** The underlying matcher, positioned on the last match (for groups). */
        public Matcher match() {
            return m;
        }

        public int start() {
            return m.start();
        }

        public int end() {
            return m.end();
        }

        public String group() {
            return m.group();
        }

        public String group(int group) {
            return m.group(group);
        }

        public int start(int group) {
            return m.start(group);
        }

        public int end(int group) {
            return m.end(group);
        }

        public String group(String name) {
            return m.group(name);
        }

        public int start(String name) {
            return m.start(name);
        }

        public int end(String name) {
            return m.end(name);
        }
    }
}
