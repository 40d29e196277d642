package org.irlint.core.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text that a regular expression cannot match without: a set of strings at least one of which every match
 * contains ("(?:a|such\s+a|total)\s+knobs?" needs "knob"; "(?:beers|pints|shots)" needs one of the three). A
 * post that holds none of them cannot match, so a word list skips the expression there. Most expressions in the
 * bundled lists start with a common word and fail a few words later; without this, each is tried at every place
 * its first word occurs. {@link FirstCharPattern} uses it the same way for a whole pattern.
 *
 * <p>The strings are case-folded by {@link CaseFold#regexFold(char)}, and only parts that every match must hold
 * are used: a quantifier that allows zero, an alternative without such text, a look-around, a character beyond
 * the Basic Multilingual Plane (folded by code point, not by char) or anything not understood contributes nothing. Expressions it cannot read at all
 * (comments mode, {@code \Q…\E}) get no required text and are always tried.
 */
public final class RequiredText {

    private final String re;
    private int pos;

    private RequiredText(String re) {
        this.re = re;
    }

    /** For a compiled pattern: null also when its flags change what literal text means. */
    public static String[] of(Pattern pattern) {
        return (pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0 ? null : of(pattern.pattern());
    }

    /** The strings one of which every match holds, folded; null when none is known. */
    public static String[] of(String regex) {
        if (regex.contains("\\Q") || commentsMode(regex)) {
            return null;
        }
        try {
            RequiredText parser = new RequiredText(regex);
            Set<String> found = parser.alternation();
            return parser.pos == regex.length() && found != null ? found.toArray(String[]::new) : null;
        } catch (RuntimeException e) {
            return null; // a construct this reader does not follow: try the expression everywhere
        }
    }

    /** Whether an inline flag group such as "(?x)" or "(?ix:" switches on comments mode, where spaces mean nothing. */
    private static boolean commentsMode(String regex) {
        for (int at = regex.indexOf("(?"); at >= 0; at = regex.indexOf("(?", at + 2)) {
            for (int p = at + 2; p < regex.length() && (Character.isLetter(regex.charAt(p)) || regex.charAt(p) == '-'); p++) {
                if (regex.charAt(p) == 'x') {
                    return true;
                }
            }
        }
        return false;
    }

    /** Branches up to a closing parenthesis or the end: one required set per branch, joined; null if any has none. */
    private Set<String> alternation() {
        Set<String> all = new LinkedHashSet<>();
        boolean every = true;
        while (true) {
            Set<String> branch = sequence();
            if (branch == null) {
                every = false;
            } else {
                all.addAll(branch);
            }
            if (pos < re.length() && re.charAt(pos) == '|') {
                pos++;
                continue;
            }
            return every ? all : null;
        }
    }

    /** One branch: its literal runs and required groups, of which the most selective is kept. */
    private Set<String> sequence() {
        List<Set<String>> candidates = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        while (pos < re.length()) {
            char c = re.charAt(pos);
            if (c == '|' || c == ')') {
                break;
            }
            if (c == '(') {
                flush(run, candidates);
                Set<String> group = group();
                if (required() && group != null) {
                    candidates.add(group);
                }
                continue;
            }
            if (c == '[') {
                flush(run, candidates);
                skipClass();
                required();
                continue;
            }
            Character literal = literal();
            if (literal == null || Character.isSurrogate(literal)) {
                flush(run, candidates);
                required();
                continue;
            }
            int before = pos;
            boolean needed = required();
            boolean repeated = pos > before && needed;
            if (!needed) {
                flush(run, candidates);
            } else {
                run.append(CaseFold.regexFold(literal));
                if (repeated) {
                    flush(run, candidates);
                }
            }
        }
        flush(run, candidates);
        Set<String> best = null;
        for (Set<String> candidate : candidates) {
            if (best == null || shortest(candidate) > shortest(best)
                    || shortest(candidate) == shortest(best) && candidate.size() < best.size()) {
                best = candidate;
            }
        }
        return best;
    }

    private static int shortest(Set<String> strings) {
        return strings.stream().mapToInt(String::length).min().orElse(0);
    }

    /**
     * Even one character is worth requiring: {@link Requirement}'s automaton answers every requirement of a check in
     * one pass over the post, so a short string costs nothing to ask about and still rules a pattern out of the posts
     * that lack it ("pt", a comma).
     */
    private static void flush(StringBuilder run, List<Set<String>> candidates) {
        if (run.length() > 0) {
            candidates.add(Set.of(run.toString()));
        }
        run.setLength(0);
    }

    /** A group from its '(' to after its ')': what it requires, or null for a look-around or nothing known. */
    private Set<String> group() {
        pos++; // (
        boolean lookaround = false;
        if (re.startsWith("?", pos)) {
            if (re.startsWith("?=", pos) || re.startsWith("?!", pos) || re.startsWith("?<=", pos) || re.startsWith("?<!", pos)) {
                lookaround = true;
                pos += re.charAt(pos + 1) == '<' ? 3 : 2;
            } else if (re.startsWith("?<", pos) || re.startsWith("?P<", pos)) {
                pos = re.indexOf('>', pos) + 1; // a named group
            } else if (re.startsWith("?:", pos) || re.startsWith("?>", pos)) {
                pos += 2;
            } else {
                // inline flags, "(?i)" or "(?-i:": letters and '-' then ')' or ':'
                int p = pos + 1;
                while (p < re.length() && (Character.isLetter(re.charAt(p)) || re.charAt(p) == '-')) {
                    p++;
                }
                if (p < re.length() && re.charAt(p) == ')') {
                    pos = p + 1;
                    return null;
                }
                if (p >= re.length() || re.charAt(p) != ':') {
                    throw new IllegalArgumentException("unknown group");
                }
                pos = p + 1;
            }
        }
        Set<String> inner = alternation();
        if (pos >= re.length() || re.charAt(pos) != ')') {
            throw new IllegalArgumentException("unclosed group");
        }
        pos++;
        return lookaround ? null : inner;
    }

    /** Skips a character class, nested ones and escapes included. */
    private void skipClass() {
        int depth = 0;
        do {
            char c = re.charAt(pos);
            if (c == '\\') {
                pos += 2;
                continue;
            }
            if (c == '[') {
                depth++;
                pos++;
                if (re.charAt(pos) == '^') {
                    pos++;
                }
                if (re.charAt(pos) == ']') {
                    pos++; // a ']' first in a class is a member
                }
                continue;
            }
            if (c == ']') {
                depth--;
            }
            pos++;
        } while (depth > 0);
    }

    /** The literal character at {@code pos}, consumed; null (with the construct consumed) for anything else. */
    private Character literal() {
        char c = re.charAt(pos);
        if (c == '\\') {
            char next = re.charAt(pos + 1);
            pos += 2;
            if (!Character.isLetterOrDigit(next)) {
                return next; // "\." "\$" "\'"
            }
            if ((next == 'p' || next == 'P' || next == 'x') && pos < re.length() && re.charAt(pos) == '{') {
                pos = re.indexOf('}', pos) + 1;
            } else if (next == 'k' && pos < re.length() && re.charAt(pos) == '<') {
                pos = re.indexOf('>', pos) + 1;
            } else if (next == 'x') {
                pos += 2;
            } else if (next == 'u') {
                pos += 4;
            } else if (next == 'c') {
                pos += 1;
            }
            return null; // \s \w \d \b \p{..}, a back reference, a control or code-point escape
        }
        pos++;
        if (c == '.' || c == '^' || c == '$') {
            return null;
        }
        if (c == '*' || c == '+' || c == '?' || c == '{') {
            throw new IllegalArgumentException("dangling quantifier");
        }
        return c;
    }

    /**
     * Consumes the quantifier after an item, if any; whether the item must occur at least once. A following
     * position of {@code pos} past the quantifier tells the caller the item may repeat.
     */
    private boolean required() {
        Quantifier q = Quantifier.at(re, pos);
        pos = q.end();
        return !q.allowsZero();
    }
}
