package org.irlint.core.relevance;

/**
 * Tells acronyms ("TIPS", "IVC", "cTACE", "Y90") from words, so that the analyzer keeps their case and never
 * stems them: "TIPS" the shunt must not become "tip" the advice, nor "PAS" become "pa".
 */
final class Acronyms {
    /** Unknown all-capital tokens longer than this are taken as shouting, not as acronyms. */
    private static final int MAX_UNKNOWN_LENGTH = 5;

    private Acronyms() {
    }

    /**
     * An acronym-like token: two or more capitals (digits and dashes allowed), optionally one leading lower-case
     * letter ("cTACE", "mCRC") and a plural "s" ("IVCs").
     */
    static boolean looksLikeAcronym(char[] t, int len) {
        int start = len > 2 && Character.isLowerCase(t[0]) && Character.isUpperCase(t[1]) ? 1 : 0;
        int end = len - start > 2 && t[len - 1] == 's' ? len - 1 : len;
        int upper = 0;
        for (int i = start; i < end; i++) {
            char c = t[i];
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (!Character.isDigit(c) && c != '-') {
                return false;
            }
        }
        return upper >= 2 && end - start <= MAX_UNKNOWN_LENGTH;
    }

    /** The length without a plural "s" after capitals ("IVCs" → "IVC"), else {@code len}. */
    static int withoutPlural(char[] t, int len) {
        return len > 2 && t[len - 1] == 's' && Character.isUpperCase(t[len - 2]) ? len - 1 : len;
    }
}
