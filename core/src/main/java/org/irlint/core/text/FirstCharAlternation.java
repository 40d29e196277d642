package org.irlint.core.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code before(?:a|b|c…)after} split by first character: at each position only the alternatives that can
 * start with the character there are tried, in their original order, so the matches are exactly those of the
 * one big alternation. A list of forty record labels costs forty failed comparisons at every candidate
 * position as one pattern; split, it costs the two or three labels that start with that letter.
 */
public final class FirstCharAlternation {
    private final String regex;
    private final FirstCharPattern[] byAscii = new FirstCharPattern[128];
    private final FirstCharPattern other;
    /** The characters any alternative can start with. */
    private final CharPositions.Set starts;

    /**
     * @param before a zero-width opening such as a look-behind, or ""
     * @param after  what follows every alternative, or ""
     */
    public FirstCharAlternation(List<String> alternatives, String before, String after, int flags) {
        this.regex = source(alternatives, before, after);
        Pattern.compile(regex, flags); // a broken alternative fails here, as the single pattern would
        FirstCharIndex<String> index = new FirstCharIndex<>();
        for (String alternative : alternatives) {
            // a bare inline flag would leak into the alternatives after it; such a list is not split
            index.add(alternative, alternative.matches("(?s).*\\(\\?[a-zA-Z-]+\\).*") ? null : FirstChars.of(alternative, flags));
        }
        Map<List<String>, FirstCharPattern> compiled = new HashMap<>(); // 'm' and 'M' share one
        for (char c = 0; c < 128; c++) {
            byAscii[c] = index.ascii(c).isEmpty() ? null
                    : compiled.computeIfAbsent(index.ascii(c), list -> FirstCharPattern.compile(source(list, before, after), flags));
        }
        this.other = index.other().isEmpty() ? null : FirstCharPattern.compile(source(index.other(), before, after), flags);
        boolean[] ascii = new boolean[128];
        for (char c = 0; c < 128; c++) {
            ascii[c] = byAscii[c] != null;
        }
        this.starts = CharPositions.Set.of(ascii, other != null);
    }

    private static String source(List<String> alternatives, String before, String after) {
        return before + "(?:" + String.join("|", alternatives) + ")" + after;
    }

    /** The whole alternation as one regular expression, for embedding in a larger pattern. */
    public String regex() {
        return regex;
    }

    public Finder matcher(CharSequence text) {
        return new Finder(this, text);
    }

    /** Like a {@link Matcher} used with {@code while (find())}. */
    public static final class Finder {
        private final FirstCharAlternation owner;
        private final CharSequence text;
        /** One matcher per first character, made when that character is first tried. */
        private Matcher[] ascii;
        private Matcher other;
        private Matcher last;
        private int next;
        private final long[] candidates;

        Finder(FirstCharAlternation owner, CharSequence text) {
            this.owner = owner;
            this.text = text;
            CharPositions index = CharPositions.of(text);
            this.candidates = index == null ? null : index.where(owner.starts);
        }

        public boolean find() {
            for (int i = CharPositions.next(candidates, next); i < text.length(); i = CharPositions.next(candidates, i + 1)) {
                char c = text.charAt(i);
                FirstCharPattern p = c < 128 ? owner.byAscii[c] : owner.other;
                if (p == null || !p.mayStartAt(text, i)) {
                    continue;
                }
                Matcher m = matcher(c, p);
                m.region(i, text.length());
                if (m.lookingAt()) {
                    last = m;
                    next = m.end() == i ? i + 1 : m.end();
                    return true;
                }
            }
            next = text.length();
            last = null;
            return false;
        }

        private Matcher matcher(char c, FirstCharPattern p) {
            if (ascii == null) {
                ascii = new Matcher[128];
            }
            Matcher m = c < 128 ? ascii[c] : other;
            if (m == null) {
                m = p.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                if (c < 128) {
                    ascii[c] = m;
                } else {
                    other = m;
                }
            }
            return m;
        }

        public int start() {
            return last.start();
        }

        public int end() {
            return last.end();
        }

        public String group() {
            return last.group();
        }
    }
}
