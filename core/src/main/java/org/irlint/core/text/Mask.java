package org.irlint.core.text;

/**
 * Shows an identifier without revealing it (for example {@code ••••913}), for messages and reports that
 * may be read by people other than the author.
 */
public final class Mask {
    private Mask() {
    }

    public static String of(String value) {
        String v = value.strip();
        int visible = v.length() >= 7 ? 3 : v.length() >= 5 ? 2 : 0;
        int cps = v.codePointCount(0, v.length());
        if (cps <= visible) {
            return "••••";
        }
        int cut = v.offsetByCodePoints(0, cps - visible);
        return "••••" + v.substring(cut);
    }
}
