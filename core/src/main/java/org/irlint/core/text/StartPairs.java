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
 * Each pair is worked out the first time a text has it, so building an engine stays fast and the first checks
 * pay only for the pairs they meet.
 */
public final class StartPairs {
    private static final char[] BEFORE = {' ', 'a', '\n'};
    /** "(?<=" or "(?<!", but not a named group "(?<name>". */
    private static final Pattern LOOK_BEHIND = Pattern.compile("\\(\\?<[=!]");
    private final String restSource;
    private final int flags;
    /** Compiled when first needed: most patterns of an engine never meet most characters. */
    private volatile Pattern rest;
    private static final byte UNKNOWN = 0;
    private static final byte ALLOWED = 1;
    private static final byte REFUSED = 2;
    /** Per first character, what is known of each second one; a pair is tried the first time a text has it. */
    private final AtomicReferenceArray<byte[]> rows = new AtomicReferenceArray<>(128);

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
        byte[] row = rows.get(c1);
        if (row == null) {
            rows.compareAndSet(c1, null, new byte[128]);
            row = rows.get(c1);
        }
        byte known = row[c2];
        if (known == UNKNOWN) {
            // two threads may both work a pair out; they write the same answer
            known = tryPair(c1, c2) ? ALLOWED : REFUSED;
            row[c2] = known;
        }
        return known == ALLOWED;
    }

    private boolean tryPair(char c1, char c2) {
        Pattern p = rest;
        if (p == null) {
            try {
                p = Pattern.compile(restSource, flags);
            } catch (RuntimeException e) {
                return true; // the rest alone is not a valid expression: no filtering
            }
            rest = p;
        }
        for (char before : BEFORE) {
            Matcher m = p.matcher(new String(new char[] {before, c1, c2}));
            m.region(1, 3).useTransparentBounds(true).useAnchoringBounds(false);
            if (m.lookingAt() || m.hitEnd()) {
                return true;
            }
        }
        return false;
    }
}
