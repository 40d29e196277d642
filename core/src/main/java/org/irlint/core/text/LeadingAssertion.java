package org.irlint.core.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Most detector patterns open with a word boundary ({@code \b}, {@code (?<![\p{L}\p{N}_])}): a match cannot start
 * inside a word. This finds such an opening and works out, by asking java.util.regex itself, after which ASCII
 * characters a match can start, so {@link FirstCharPattern} need not try the middle of every word.
 */
final class LeadingAssertion {
    private static final Pattern FLAGS = Pattern.compile("^\\(\\?[a-zA-Z]*\\)");
    private static final Pattern OPENING = Pattern.compile(
            "^(?:\\\\b|\\(\\?<!(?:\\[(?:\\\\.|[^\\]\\\\\\[])+\\]|\\\\[wdsWDS]|\\\\[pP]\\{\\w+\\})\\))");

    private LeadingAssertion() {
    }

    /** A pattern's inline flags ("(?i)" or ""), its opening assertion, and the source after both. */
    private record Opening(String flags, String assertion, String rest) {
        /** Null when the pattern does not open with a word boundary or a one-character look-behind. */
        static Opening of(String source) {
            Matcher flags = FLAGS.matcher(source);
            String prefix = flags.lookingAt() ? flags.group() : "";
            Matcher opening = OPENING.matcher(source).region(prefix.length(), source.length());
            if (!opening.lookingAt() || hasTopLevelAlternative(source, opening.end())) {
                return null;
            }
            return new Opening(prefix, opening.group(), source.substring(opening.end()));
        }
    }

    private static final java.util.Map<String, boolean[]> MAY_FOLLOW = new java.util.concurrent.ConcurrentHashMap<>();

    /** The ASCII characters a match may follow, or null when the pattern does not open with such an assertion. */
    static boolean[] mayFollow(Pattern pattern, FirstChars.Set first) {
        Opening opening = Opening.of(pattern.pattern());
        if (opening == null) {
            return null;
        }
        StringBuilder starts = new StringBuilder();
        for (char c = 0; c < 128; c++) {
            if (first.contains(c)) {
                starts.append(c);
            }
        }
        String assertion = opening.flags() + opening.assertion();
        // label lists split by first letter share their opening and their letters; work each combination out once
        return MAY_FOLLOW.computeIfAbsent(pattern.flags() + ":" + assertion + ":" + starts,
                key -> askFor(Pattern.compile(assertion, pattern.flags()), first));
    }

    private static boolean[] askFor(Pattern opening, FirstChars.Set first) {
        Matcher assertion = opening.matcher("");
        boolean[] out = new boolean[128];
        for (char before = 0; before < 128; before++) {
            for (char c = 0; c < 128 && !out[before]; c++) {
                if (first.contains(c)) {
                    assertion.reset(new String(new char[] {before, c})).region(1, 2).useTransparentBounds(true).useAnchoringBounds(false);
                    out[before] = assertion.lookingAt();
                }
            }
        }
        return out;
    }

    /**
     * The pattern's source without its opening assertion (flags kept), or the whole source when it has none:
     * what must match from the first character on.
     */
    static String afterOpening(Pattern pattern) {
        Opening opening = Opening.of(pattern.pattern());
        return opening == null ? pattern.pattern() : opening.flags() + opening.rest();
    }

    /** "\\bA|B": the opening assertion guards only the first alternative. */
    private static boolean hasTopLevelAlternative(String re, int from) {
        int depth = 0;
        boolean inClass = false;
        for (int i = from; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
                if (i + 1 < re.length() && re.charAt(i + 1) == ']') {
                    i++;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return true;
            }
        }
        return false;
    }
}
