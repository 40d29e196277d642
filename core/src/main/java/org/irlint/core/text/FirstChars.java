package org.irlint.core.text;

import java.util.regex.Pattern;

/**
 * The characters a regular expression can start a match with, read from its source: exactly for ASCII,
 * and for everything else only "maybe". {@link FirstCharPattern} and {@code Phrases} use it to try an
 * expression only where the text could match instead of at every position. The answer may be too wide (then
 * an expression is tried in vain) but never too narrow: whatever this parser does not understand counts as
 * "any character".
 */
public final class FirstChars {
    /** The possible first UTF-16 units: {@code ascii[c]} for c < 128, {@code other} for all the rest. */
    public record Set(boolean[] ascii, boolean other) {
        public boolean contains(char c) {
            return c < 128 ? ascii[c] : other;
        }
    }

    private record Result(boolean[] ascii, boolean other, boolean nullable) {
        static Result any() {
            boolean[] all = new boolean[128];
            java.util.Arrays.fill(all, true);
            return new Result(all, true, false);
        }

        static Result zeroWidth() {
            return new Result(new boolean[128], false, true);
        }
    }

    /** ASCII letters that a non-ASCII character equals when case is ignored (k and the Kelvin sign, s and ſ…). */
    private static final boolean[] HAS_UNICODE_CASE_TWIN = new boolean[128];

    static {
        for (char c = 128; c < Character.MAX_VALUE; c++) {
            for (char v : new char[] {Character.toUpperCase(c), Character.toLowerCase(c)}) {
                if (v < 128) {
                    HAS_UNICODE_CASE_TWIN[Character.toLowerCase(v)] = true;
                    HAS_UNICODE_CASE_TWIN[Character.toUpperCase(v)] = true;
                }
            }
        }
    }

    private final String re;
    private final int flags;
    private boolean insensitive;
    private int pos;

    private FirstChars(String re, int flags) {
        this.re = re;
        this.flags = flags;
        this.insensitive = (flags & Pattern.CASE_INSENSITIVE) != 0;
    }

    /** The possible first characters of {@code regex} compiled with {@code flags}, or null for "any". */
    public static Set of(String regex, int flags) {
        if ((flags & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ | Pattern.UNICODE_CHARACTER_CLASS)) != 0) {
            return null;
        }
        try {
            FirstChars parser = new FirstChars(regex, flags);
            Result r = parser.alternation();
            if (r.nullable() || parser.pos < regex.length()) {
                return null;
            }
            return new Set(r.ascii(), r.other());
        } catch (RuntimeException e) {
            return null; // not understood: the caller tries every position
        }
    }

    private Result alternation() {
        boolean outer = insensitive; // a bare (?i) lasts to the end of the group it appears in
        Result out = sequence();
        while (pos < re.length() && re.charAt(pos) == '|') {
            pos++;
            out = union(out, sequence());
        }
        insensitive = outer;
        return out;
    }

    private Result sequence() {
        boolean[] ascii = new boolean[128];
        boolean other = false;
        boolean nullable = true;
        while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
            Result atom = atom();
            boolean optional = quantifierAllowsZero();
            if (nullable) {
                for (int c = 0; c < 128; c++) {
                    ascii[c] |= atom.ascii()[c];
                }
                other |= atom.other();
                nullable = atom.nullable() || optional;
            }
        }
        return new Result(ascii, other, nullable);
    }

    private Result atom() {
        int start = pos;
        char c = re.charAt(pos++);
        switch (c) {
            case '(':
                return group();
            case '[':
                pos = start;
                skipClass();
                return tested(re.substring(start, pos));
            case '\\':
                return escape(start);
            case '.':
                return Result.any();
            case '^':
            case '$':
                return Result.zeroWidth();
            default:
                if (Character.isHighSurrogate(c) && pos < re.length() && Character.isLowSurrogate(re.charAt(pos))) {
                    pos++; // the pair is one atom
                }
                return literal(c);
        }
    }

    private Result group() {
        boolean lookaround = false;
        boolean scoped = false;
        boolean outer = insensitive;
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
        } else if (re.startsWith("?", pos)) {
            int end = pos + 1;
            while (end < re.length() && (Character.isLetter(re.charAt(end)) || re.charAt(end) == '-')) {
                end++;
            }
            String flagText = re.substring(pos + 1, end);
            if (flagText.contains("x") || end >= re.length()) {
                throw new IllegalArgumentException("comments mode");
            }
            int minus = flagText.indexOf('-');
            String on = minus < 0 ? flagText : flagText.substring(0, minus);
            String off = minus < 0 ? "" : flagText.substring(minus + 1);
            boolean now = on.contains("i") || (insensitive && !off.contains("i"));
            pos = end + 1;
            if (re.charAt(end) == ')') {
                insensitive = now; // (?i): to the end of the enclosing group
                return Result.zeroWidth();
            }
            insensitive = now; // (?i:…): inside this group only
            scoped = true;
        }
        Result inner = alternation();
        if (pos >= re.length() || re.charAt(pos) != ')') {
            throw new IllegalArgumentException("unbalanced group");
        }
        pos++;
        if (scoped) {
            insensitive = outer;
        }
        return lookaround ? Result.zeroWidth() : inner;
    }

    /** Moves past the character class that starts at {@code pos}. */
    private void skipClass() {
        pos++; // '['
        if (re.charAt(pos) == '^') {
            pos++;
        }
        if (re.charAt(pos) == ']') {
            pos++; // a leading ']' is a literal
        }
        int depth = 1;
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

    private Result escape(int start) {
        char c = re.charAt(pos++);
        if (c == 'Q') {
            int end = re.indexOf("\\E", pos);
            String quoted = end < 0 ? re.substring(pos) : re.substring(pos, end);
            pos = end < 0 ? re.length() : end + 2;
            return quoted.isEmpty() ? Result.zeroWidth() : literal(quoted.charAt(0));
        }
        if ("bBAGZz".indexOf(c) >= 0) {
            return Result.zeroWidth();
        }
        if (c == 'p' || c == 'P') {
            pos = re.charAt(pos) == '{' ? re.indexOf('}', pos) + 1 : pos + 1;
            return tested(re.substring(start, pos));
        }
        if ("dDsSwWhHvV".indexOf(c) >= 0) {
            return tested(re.substring(start, pos));
        }
        if (Character.isLetterOrDigit(c)) {
            return Result.any(); // back references, hex, unicode and control escapes
        }
        return literal(c);
    }

    /** A class or property: ASCII by asking java.util.regex itself, anything else as "maybe". */
    private Result tested(String atom) {
        int atomFlags = (flags & Pattern.UNICODE_CASE) | (insensitive ? Pattern.CASE_INSENSITIVE : 0);
        // the same few classes (\p{Lu}, [\p{L}\p{N}_], \s) open hundreds of patterns; ask once for each
        boolean[] ascii = TESTED.computeIfAbsent(atomFlags + ":" + atom, key -> {
            Pattern p = Pattern.compile(atom, atomFlags);
            boolean[] out = new boolean[128];
            for (char c = 0; c < 128; c++) {
                out[c] = p.matcher(String.valueOf(c)).matches();
            }
            return out;
        });
        return new Result(ascii.clone(), true, false);
    }

    private static final java.util.Map<String, boolean[]> TESTED = new java.util.concurrent.ConcurrentHashMap<>();

    private Result literal(char c) {
        boolean[] ascii = new boolean[128];
        if (c >= 128) {
            if (insensitive && (flags & Pattern.UNICODE_CASE) != 0) {
                for (char v : new char[] {Character.toUpperCase(c), Character.toLowerCase(c)}) {
                    if (v < 128) { // ſ is an s, the Kelvin sign a k
                        ascii[Character.toLowerCase(v)] = true;
                        ascii[Character.toUpperCase(v)] = true;
                    }
                }
            }
            return new Result(ascii, true, false);
        }
        ascii[c] = true;
        boolean other = false;
        if (insensitive) {
            ascii[Character.toLowerCase(c)] = true;
            ascii[Character.toUpperCase(c)] = true;
            other = (flags & Pattern.UNICODE_CASE) != 0 && HAS_UNICODE_CASE_TWIN[c];
        }
        return new Result(ascii, other, false);
    }

    private boolean quantifierAllowsZero() {
        Quantifier q = Quantifier.at(re, pos);
        pos = q.end();
        return q.allowsZero();
    }

    private static Result union(Result a, Result b) {
        boolean[] ascii = new boolean[128];
        for (int c = 0; c < 128; c++) {
            ascii[c] = a.ascii()[c] || b.ascii()[c];
        }
        return new Result(ascii, a.other() || b.other(), a.nullable() || b.nullable());
    }
}
