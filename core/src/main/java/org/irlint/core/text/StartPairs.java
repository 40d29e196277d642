package org.irlint.core.text;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which two ASCII characters a match can start with, asked of the pattern itself: a two-character text that it
 * neither matches nor reads to the end of cannot begin a match. Most candidate positions of a word list fail
 * on the second character ("my" for a list of labels starting "mem…", "MRN"), and this answers that with
 * an array lookup instead of a regex attempt.
 *
 * <p>The opening assertion is left out (its {@code \b} or look-behind is decided by the character before, which
 * {@link LeadingAssertion} handles), the rest is tried after a space, a letter and a line break so that an inner
 * {@code \b} or {@code ^} sees both kinds of neighbour, and patterns with another look-behind get no pairs (named groups are fine).
 * Rows are worked out the first time a character is met, so building an engine stays fast.
 */
public final class StartPairs {
    private static final char[] BEFORE = {' ', 'a', '\n'};
    /** "(?<=" or "(?<!", but not a named group "(?<name>". */
    private static final Pattern LOOK_BEHIND = Pattern.compile("\\(\\?<[=!]");
    private final String restSource;
    private final int flags;
    /** Compiled when first needed: most patterns of an engine never meet most characters. */
    private volatile Pattern rest;
    private final AtomicReferenceArray<boolean[]> rows = new AtomicReferenceArray<>(128);

    private StartPairs(String restSource, int flags) {
        this.restSource = restSource;
        this.flags = flags;
    }

    /** Null when the pairs cannot be trusted. */
    public static StartPairs of(Pattern pattern) {
        String rest = LeadingAssertion.afterOpening(pattern);
        return LOOK_BEHIND.matcher(rest).find() ? null : new StartPairs(rest, pattern.flags());
    }

    /** Whether a match can start with {@code c1 c2} (both ASCII) somewhere inside a text. */
    public boolean allows(char c1, char c2) {
        boolean[] row = rows.get(c1);
        if (row == null) {
            row = row(c1);
            rows.set(c1, row);
        }
        return row[c2];
    }

    private boolean[] row(char c1) {
        boolean[] row = new boolean[128];
        Pattern p = rest;
        if (p == null) {
            try {
                p = Pattern.compile(restSource, flags);
            } catch (RuntimeException e) {
                java.util.Arrays.fill(row, true); // the rest alone is not a valid expression: no filtering
                return row;
            }
            rest = p;
        }
        Matcher m = p.matcher("");
        char[] text = new char[3];
        text[1] = c1;
        for (char c2 = 0; c2 < 128; c2++) {
            text[2] = c2;
            for (char before : BEFORE) {
                text[0] = before;
                m.reset(new String(text)).region(1, 3).useTransparentBounds(true).useAnchoringBounds(false);
                if (m.lookingAt() || m.hitEnd()) {
                    row[c2] = true;
                    break;
                }
            }
        }
        return row;
    }
}
