package org.irlint.core.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads the identifier that follows a label: skips the connecting words and punctuation ("no.", "#", ":",
 * "is"), then takes a code of letters and digits ("4482913", "AB-1234-X", "3W-22"). Spaced-out characters
 * ("4 4 8 2 9 1 3") are taken as one value; digit groups separated by spaces ("943 476 5919") are joined only
 * when a validator confirms the joined value, so "MRN 4482913 2 days ago" does not swallow the "2".
 */
final class ValueScanner {
    /** A found value: [start, end) in the text it was read from. */
    record Value(int start, int end, String text) {
        int digits() {
            int n = 0;
            for (int i = 0; i < text.length(); i++) {
                if (isDigit(text.charAt(i))) {
                    n++;
                }
            }
            return n;
        }

        int alnum() {
            int n = 0;
            for (int i = 0; i < text.length(); i++) {
                if (isAlnum(text.charAt(i))) {
                    n++;
                }
            }
            return n;
        }
    }

    private static final Pattern CONNECTOR_WORD = Pattern.compile("(?i)(?:number|numbers|num|nos|no|nr|n[°º]|ids|id|is|was|code|identifier|ending(?:\\s+in)?|ends\\s+in|in|reads|shows|showing)(?![\\p{L}\\p{N}])");

    private final int maxGap;
    private final int maxLength;

    ValueScanner(int maxGap, int maxLength) {
        this.maxGap = maxGap;
        this.maxLength = maxLength;
    }

    private static final Pattern VALUE_BEFORE = Pattern.compile(
            "(?<![A-Za-z0-9])([A-Za-z0-9](?:[A-Za-z0-9]|[-./](?=[A-Za-z0-9])){2,30})"
                    + "\\s*(?:\\(\\s*|,\\s*|[-–]\\s*|\\s+(?:is|was|=)\\s+(?:(?:his|her|their|the|my|our|a|pt'?s|patient'?s)\\s+)?)$",
            Pattern.CASE_INSENSITIVE);

    /**
     * "4482913 (MRN)", "4482913 is her MRN": the value written before its label, within the same clause.
     */
    Value before(String text, int labelStart) {
        var m = VALUE_BEFORE.matcher(text).region(Math.max(0, labelStart - 50), labelStart);
        if (!m.find()) {
            return null;
        }
        return new Value(m.start(1), m.end(1), m.group(1));
    }

    /** The value starting within {@code maxGap} characters after {@code from}, or null when there is none. */
    Value after(String text, int from, Predicate<String> validator) {
        int p = skipConnectors(text, from);
        if (p < 0 || p >= text.length() || !isAlnum(text.charAt(p))) {
            return null;
        }
        return read(text, p, validator);
    }

    /**
     * "Lot # on the explant: 17F203-4419", "the wristband said 4482913": a label, a few words, then a colon or a
     * linking verb and the value. Only within one
     * clause (no sentence end between) and only for values with a digit right after the colon.
     */
    Value afterColon(String text, int from, Predicate<String> validator) {
        int limit = Math.min(text.length(), from + 32);
        for (int p = from; p < limit; p++) {
            char c = text.charAt(p);
            if (c == '!' || c == '?' || c == '\n' || c == ';' || (c == '.' && sentenceEnds(text, p))) {
                return null;
            }
            int link = linkEnd(text, p);
            if (link > p) {
                int v = link;
                while (v < text.length() && text.charAt(v) == ' ') {
                    v++;
                }
                if (v < text.length() && v - link <= 2 && isAlnum(text.charAt(v)) && hasDigitSoon(text, v)) {
                    return read(text, v, validator);
                }
                return null;
            }
        }
        return null;
    }

    private static final Pattern LINK = Pattern.compile("(?i)(?::|=|(?<![\\p{L}])(?:is|was|reads|read|said|says|showed|shows)(?![\\p{L}]))");

    /**
     * Where a linking mark or verb starting at {@code p} ends ("…: 123", "… is 123", "… said 123"), or p. A colon
     * between digits belongs to a time or a ratio ("5:30am", "1:2"), not to a label.
     */
    private static int linkEnd(String text, int p) {
        if (p > 0 && p + 1 < text.length() && isDigit(text.charAt(p - 1)) && isDigit(text.charAt(p + 1))) {
            return p;
        }
        var m = LINK.matcher(text).region(p, Math.min(text.length(), p + 7));
        return m.lookingAt() ? m.end() : p;
    }

    /** A full stop ends a sentence when a capital or the end follows ("no. on the box" does not end one). */
    private static boolean sentenceEnds(String text, int dot) {
        int p = dot + 1;
        while (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        return p >= text.length() || Character.isUpperCase(text.charAt(p));
    }

    private static boolean hasDigitSoon(String text, int from) {
        for (int i = from; i < Math.min(text.length(), from + 4); i++) {
            if (isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private int skipConnectors(String text, int from) {
        int p = from;
        int limit = Math.min(text.length(), from + maxGap);
        while (p < limit) {
            char c = text.charAt(p);
            if (Character.isWhitespace(c) || ":#=.,-–—(\"'‘’“”".indexOf(c) >= 0) {
                p++;
                continue;
            }
            var m = CONNECTOR_WORD.matcher(text).region(p, Math.min(text.length(), p + 12));
            if (m.lookingAt()) {
                p = m.end();
                continue;
            }
            return p;
        }
        return p;
    }

    /** Reads the value starting at {@code start}, which is a letter or digit. */
    Value read(String text, int start, Predicate<String> validator) {
        Value spaced = spacedOut(text, start);
        if (spaced != null) {
            return spaced;
        }
        int end = chunkEnd(text, start);
        int digitsFrom = start;
        // "AB 123456": a short capital-letter prefix separated by a space from the digits belongs to the code
        if (end - start <= 3 && allCapitals(text, start, end) && end + 1 < text.length() && text.charAt(end) == ' '
                && isDigit(text.charAt(end + 1))) {
            digitsFrom = end + 1;
            end = chunkEnd(text, digitsFrom);
        }
        if (validator == null) {
            end = groupedDigitsEnd(text, digitsFrom, end);
        }
        if (validator != null) {
            // join digit groups across single spaces while the joined value is still plausible; keep the longest valid
            List<Integer> ends = new ArrayList<>(List.of(end));
            int e = end;
            while (ends.size() < 4 && e + 1 < text.length() && text.charAt(e) == ' ' && isDigit(text.charAt(e + 1))) {
                e = chunkEnd(text, e + 1);
                ends.add(e);
            }
            for (int i = ends.size() - 1; i >= 0; i--) {
                String candidate = text.substring(start, ends.get(i));
                if (validator.test(candidate)) {
                    return new Value(start, ends.get(i), candidate);
                }
            }
            return null;
        }
        return new Value(start, end, text.substring(start, end));
    }

    /**
     * "4417 0092 1833 0071", "123 456 789": digit groups of two to five digits separated by single spaces are one
     * number written in groups. A lone digit ("4482913 2 days") is never joined.
     */
    private int groupedDigitsEnd(String text, int start, int end) {
        if (!groupOfDigits(text, start, end)) {
            return end;
        }
        int e = end;
        while (e + 1 < text.length() && text.charAt(e) == ' ' && isDigit(text.charAt(e + 1)) && e - start < maxLength) {
            int next = chunkEnd(text, e + 1);
            if (!groupOfDigits(text, e + 1, next) || (next < text.length() && isAlnum(text.charAt(next)))) {
                break;
            }
            e = next;
        }
        return e;
    }

    private static boolean groupOfDigits(String text, int from, int to) {
        if (to - from < 2 || to - from > 5) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** "4 4 8 2 9 1 3" or "A B 1 2 3 4": four or more single characters each followed by one space. */
    private Value spacedOut(String text, int start) {
        int p = start;
        int count = 0;
        int lastEnd = start;
        while (p < text.length() && isAlnum(text.charAt(p)) && (p + 1 == text.length() || !isAlnum(text.charAt(p + 1)))) {
            count++;
            lastEnd = p + 1;
            if (p + 2 < text.length() && (text.charAt(p + 1) == ' ' || text.charAt(p + 1) == '-') && isAlnum(text.charAt(p + 2))) {
                p += 2;
            } else {
                break;
            }
        }
        if (count < 4) {
            return null;
        }
        return new Value(start, lastEnd, text.substring(start, lastEnd));
    }

    /** The end of a run of letters and digits joined by single hyphens, slashes or (between digits) dots. */
    private int chunkEnd(String text, int start) {
        int p = start;
        while (p < text.length() && p - start < maxLength + 8) {
            char c = text.charAt(p);
            if (isAlnum(c)) {
                p++;
            } else if ((c == '-' || c == '/' || c == '–') && p + 1 < text.length() && isAlnum(text.charAt(p + 1)) && p > start) {
                p++;
            } else if (c == '.' && p > start && p + 1 < text.length() && isDigit(text.charAt(p - 1)) && isDigit(text.charAt(p + 1))) {
                p++;
            } else {
                break;
            }
        }
        return p;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAlnum(char c) {
        return isDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean allCapitals(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return to > from;
    }
}
