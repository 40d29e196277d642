package org.irlint.core.rules;

import java.util.HashSet;
import java.util.Set;

/**
 * The characters a regular expression can start a match with, read from its source. {@link Phrases} uses
 * it to try a {@code re:} entry only where the text could match, instead of at every position.
 * The answer may be too wide (then a regex is tried in vain) but never too narrow: whatever this parser
 * does not understand counts as "any character".
 */
final class FirstChars {
    /** {@code chars == null} means any character; {@code nullable} means the expression can match "". */
    record Result(Set<Character> chars, boolean nullable) {
        static final Result ANY = new Result(null, false);
        static final Result ZERO_WIDTH = new Result(Set.of(), true);
    }

    private final String re;
    private final CaseFold fold;
    private int pos;

    private FirstChars(String re, CaseFold fold) {
        this.re = re;
        this.fold = fold;
    }

    /** The possible first characters (folded), or null when the expression may start with any. */
    static Set<Character> of(String regex, CaseFold fold) {
        if (regex.contains("(?") && regex.matches("(?s).*\\(\\?[a-zA-Z-]+[:)].*")) {
            return null; // inline flags change how characters compare; do not guess
        }
        try {
            FirstChars parser = new FirstChars(regex, fold);
            Result r = parser.alternation();
            return r.nullable() || parser.pos < regex.length() ? null : r.chars();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Result alternation() {
        Result out = sequence();
        while (pos < re.length() && re.charAt(pos) == '|') {
            pos++;
            out = union(out, sequence());
        }
        return out;
    }

    private Result sequence() {
        Set<Character> chars = new HashSet<>();
        boolean nullable = true;
        while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
            Result atom = atom();
            boolean optional = quantifierAllowsZero();
            if (nullable) {
                if (atom.chars() == null) {
                    chars = null;
                } else if (chars != null) {
                    chars.addAll(atom.chars());
                }
                nullable = atom.nullable() || optional;
            }
        }
        return new Result(chars, nullable);
    }

    private Result atom() {
        char c = re.charAt(pos++);
        switch (c) {
            case '(':
                return group();
            case '[':
                return charClass();
            case '\\':
                return escape();
            case '.':
                return Result.ANY;
            case '^':
            case '$':
                return Result.ZERO_WIDTH;
            default:
                if (Character.isHighSurrogate(c) && pos < re.length() && Character.isLowSurrogate(re.charAt(pos))) {
                    pos++; // the pair is one atom; its first unit is what the text starts with
                }
                return literal(c);
        }
    }

    private Result group() {
        boolean lookaround = false;
        if (re.startsWith("?:", pos) || re.startsWith("?>", pos)) {
            pos += 2;
        } else if (re.startsWith("?=", pos) || re.startsWith("?!", pos)) {
            pos += 2;
            lookaround = true;
        } else if (re.startsWith("?<=", pos) || re.startsWith("?<!", pos)) {
            pos += 3;
            lookaround = true;
        } else if (re.startsWith("?<", pos)) {
            pos = re.indexOf('>', pos) + 1; // named group
        }
        Result inner = alternation();
        if (pos >= re.length() || re.charAt(pos) != ')') {
            throw new IllegalArgumentException("unbalanced group");
        }
        pos++;
        return lookaround ? Result.ZERO_WIDTH : inner;
    }

    private Result charClass() {
        if (pos < re.length() && re.charAt(pos) == '^') {
            skipClass();
            return Result.ANY;
        }
        Set<Character> chars = new HashSet<>();
        boolean first = true;
        while (true) {
            char c = re.charAt(pos++);
            if (c == ']' && !first) {
                return new Result(chars, false);
            }
            first = false;
            if (c == '[' || c == '\\' && pos < re.length() && Character.isLetter(re.charAt(pos)) || c == '&' && re.startsWith("&", pos)) {
                pos--;
                skipClass();
                return Result.ANY; // nested classes, \d, \p{..}, intersections: not worth reading
            }
            if (c == '\\') {
                c = re.charAt(pos++);
            }
            if (pos + 1 < re.length() && re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
                char to = re.charAt(pos + 1);
                pos += 2;
                if (to == '\\' || to - c > 256) {
                    skipClass();
                    return Result.ANY;
                }
                for (char x = c; x <= to; x++) {
                    chars.add(fold.fold(x));
                }
            } else {
                chars.add(fold.fold(c));
            }
        }
    }

    /** Moves past the end of the class that {@code pos} is inside (or at the start of). */
    private void skipClass() {
        int depth = 1;
        if (re.charAt(pos) == '[') {
            pos++;
        }
        if (pos < re.length() && re.charAt(pos) == '^') {
            pos++;
        }
        if (pos < re.length() && re.charAt(pos) == ']') {
            pos++; // a leading ']' is a literal
        }
        while (depth > 0) {
            char c = re.charAt(pos++);
            if (c == '\\') {
                pos++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
        }
    }

    private Result escape() {
        char c = re.charAt(pos++);
        if (c == 'Q') {
            int end = re.indexOf("\\E", pos);
            String quoted = end < 0 ? re.substring(pos) : re.substring(pos, end);
            pos = end < 0 ? re.length() : end + 2;
            return quoted.isEmpty() ? Result.ZERO_WIDTH : literal(quoted.charAt(0));
        }
        if ("bBAGZz".indexOf(c) >= 0) {
            return Result.ZERO_WIDTH;
        }
        if (c == 'p' || c == 'P') {
            if (pos < re.length() && re.charAt(pos) == '{') {
                pos = re.indexOf('}', pos) + 1;
            } else {
                pos++;
            }
            return Result.ANY;
        }
        if (c == 'd' || c == 's' || c == 'w') {
            return new Result(range(c), false); // without UNICODE_CHARACTER_CLASS these are ASCII classes
        }
        if (Character.isLetterOrDigit(c)) {
            return Result.ANY; // digit, space and word classes, back references, hex and unicode escapes
        }
        return literal(c);
    }

    private Set<Character> range(char escape) {
        String chars = switch (escape) {
            case 'd' -> "0123456789";
            case 's' -> " \t\n\u000B\f\r";
            default -> "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
        };
        Set<Character> out = new HashSet<>();
        for (char c : chars.toCharArray()) {
            out.add(fold.fold(c));
        }
        return out;
    }

    private Result literal(char c) {
        return new Result(Set.of(fold.fold(c)), false);
    }

    private boolean quantifierAllowsZero() {
        if (pos >= re.length()) {
            return false;
        }
        char q = re.charAt(pos);
        boolean zero;
        if (q == '?' || q == '*') {
            zero = true;
            pos++;
        } else if (q == '+') {
            zero = false;
            pos++;
        } else if (q == '{') {
            int close = re.indexOf('}', pos);
            String min = re.substring(pos + 1, close).split(",", -1)[0].strip();
            zero = Integer.parseInt(min) == 0;
            pos = close + 1;
        } else {
            return false;
        }
        if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
            pos++; // lazy or possessive
        }
        return zero;
    }

    private static Result union(Result a, Result b) {
        boolean nullable = a.nullable() || b.nullable();
        if (a.chars() == null || b.chars() == null) {
            return new Result(null, nullable);
        }
        Set<Character> chars = new HashSet<>(a.chars());
        chars.addAll(b.chars());
        return new Result(chars, nullable);
    }
}
