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
    /** Whether no match can follow an ASCII letter, digit or underscore (a leading {@code \\b} before a word character). */
    private final boolean notAfterWord;
    /** {@link #first} as {@link CharPositions} asks for it, or null. */
    private final CharPositions.Set firstSet;
    /** Text every match holds ({@link RequiredText}), or null: a post without it is not searched at all. */
    private final Requirement required;

    private FirstCharPattern(Pattern pattern) {
        this.pattern = pattern;
        this.first = FirstChars.of(pattern.pattern(), pattern.flags());
        this.mayFollow = first == null ? null : LeadingAssertion.mayFollow(pattern, first);
        this.notAfterWord = mayFollow != null && refusesWordCharacters(mayFollow);
        this.pairs = first == null ? null : StartPairs.of(pattern);
        this.firstSet = first == null ? null : CharPositions.Set.of(first.ascii(), first.other());
        this.required = first == null ? null : Requirement.of(RequiredText.of(pattern));
    }

    private static boolean refusesWordCharacters(boolean[] mayFollow) {
        for (char c = 0; c < 128; c++) {
            if (mayFollow[c] && CharPositions.isWordChar(c)) {
                return false;
            }
        }
        return true;
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
        private static final long[] NONE = new long[0];
        private final FirstCharPattern owner;
        private final CharSequence text;
        /** Made at the first position worth trying: most scans of a post never reach one. */
        private Matcher m;
        /** The positions holding a possible first character, when the text is indexed. */
        private final long[] candidates;
        private int next;
        private final int to;

        Finder(FirstCharPattern owner, CharSequence text) {
            this.owner = owner;
            this.text = text;
            this.to = text.length();
            CharPositions index = owner.indexed() ? CharPositions.of(text) : null;
            if (index != null && owner.required != null && !index.holds(owner.required)) {
                this.candidates = NONE;
            } else {
                this.candidates = index == null ? null
                        : owner.notAfterWord ? index.whereNotAfterWordCharacter(owner.firstSet) : index.where(owner.firstSet);
            }
        }

        public boolean find() {
            if (!owner.indexed()) {
                return match().find();
            }
            for (int i = CharPositions.next(candidates, next); i < to; i = CharPositions.next(candidates, i + 1)) {
                if (owner.mayStartAt(text, i)) {
                    Matcher matcher = match();
                    matcher.region(i, to);
                    if (matcher.lookingAt()) {
                        next = matcher.end() == i ? i + 1 : matcher.end();
                        return true;
                    }
                }
            }
            next = to;
            return false;
        }

        /** The underlying matcher, positioned on the last match (for groups). */
        public Matcher match() {
            if (m == null) {
                m = owner.pattern.matcher(text);
                if (owner.indexed()) {
                    m.useTransparentBounds(true).useAnchoringBounds(false);
                }
            }
            return m;
        }

        public int start() {
            return match().start();
        }

        public int end() {
            return match().end();
        }

        public String group() {
            return match().group();
        }

        public String group(int group) {
            return match().group(group);
        }

        public int start(int group) {
            return match().start(group);
        }

        public int end(int group) {
            return match().end(group);
        }

        public String group(String name) {
            return match().group(name);
        }

        public int start(String name) {
            return match().start(name);
        }

        public int end(String name) {
            return match().end(name);
        }
    }
}
