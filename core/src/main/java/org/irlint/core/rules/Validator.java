package org.irlint.core.rules;

/** Confirms that a candidate identifier is real (a checksum, a valid range), so lookalikes are not flagged. */
@FunctionalInterface
public interface Validator {
    boolean valid(String candidate);

    /** The digits of a candidate, ignoring spaces, dashes and other separators. */
    static String digits(String candidate) {
        StringBuilder d = new StringBuilder(candidate.length());
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c >= '0' && c <= '9') {
                d.append(c);
            }
        }
        return d.toString();
    }
}
