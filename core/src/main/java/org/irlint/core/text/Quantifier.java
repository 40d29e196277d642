package org.irlint.core.text;

/**
 * The quantifier after an item of a regular expression, as the source readers ({@link FirstChars},
 * {@link RequiredText}) need it: whether the item may occur zero times, and where the quantifier ends.
 */
record Quantifier(boolean allowsZero, int end) {
    /** The quantifier at {@code pos} ("?", "*", "+", "{n,m}", each maybe lazy or possessive); none means once. */
    static Quantifier at(String re, int pos) {
        if (pos >= re.length()) {
            return new Quantifier(false, pos);
        }
        char q = re.charAt(pos);
        boolean zero;
        int end;
        if (q == '?' || q == '*') {
            zero = true;
            end = pos + 1;
        } else if (q == '+') {
            zero = false;
            end = pos + 1;
        } else if (q == '{' && pos + 1 < re.length() && Character.isDigit(re.charAt(pos + 1))) {
            int close = re.indexOf('}', pos);
            zero = Integer.parseInt(re.substring(pos + 1, close).split(",", -1)[0].strip()) == 0;
            end = close + 1;
        } else {
            return new Quantifier(false, pos);
        }
        if (end < re.length() && (re.charAt(end) == '?' || re.charAt(end) == '+')) {
            end++; // lazy or possessive
        }
        return new Quantifier(zero, end);
    }
}
