package org.irlint.core.privacy;

/**
 * The text with phone-number disguises undone character for character, so offsets stay the same: bullets,
 * underscores and similar marks between digits become hyphens ("617 • 555 • 0142", "617_555_0142"), and a
 * letter O, o, l or I standing in for a digit inside a number becomes that digit ("555-O142").
 */
final class DialableView {
    private static final String SEPARATORS = "•·∙_*|~⋅‧";

    private DialableView() {
    }

    static String of(String text) {
        // letters first, so a bullet next to "O142" sees a digit
        return separators(letters(text));
    }

    private static String letters(String text) {
        char[] c = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if ((ch == 'O' || ch == 'o' || ch == 'l' || ch == 'I') && insideNumber(text, i)) {
                if (c == null) {
                    c = text.toCharArray();
                }
                c[i] = ch == 'O' || ch == 'o' ? '0' : '1';
            }
        }
        return c == null ? text : new String(c);
    }

    private static String separators(String text) {
        char[] c = null;
        for (int i = 0; i < text.length(); i++) {
            if (SEPARATORS.indexOf(text.charAt(i)) >= 0 && digitNear(text, i, -1) && digitNear(text, i, +1)) {
                if (c == null) {
                    c = text.toCharArray();
                }
                c[i] = '-';
            }
        }
        return c == null ? text : new String(c);
    }

    /** A digit within two characters (a space each side of a bullet) in the given direction. */
    private static boolean digitNear(String text, int at, int step) {
        for (int k = 1; k <= 2; k++) {
            int j = at + k * step;
            if (j < 0 || j >= text.length()) {
                return false;
            }
            char ch = text.charAt(j);
            if (Character.isDigit(ch)) {
                return true;
            }
            if (ch != ' ') {
                return false;
            }
        }
        return false;
    }

    /** A letter with no letter beside it, touching a digit, and with digits within four characters both ways. */
    private static boolean insideNumber(String text, int at) {
        char before = at > 0 ? text.charAt(at - 1) : ' ';
        char after = at + 1 < text.length() ? text.charAt(at + 1) : ' ';
        if (Character.isLetter(before) || Character.isLetter(after)) {
            return false;
        }
        return (Character.isDigit(before) || Character.isDigit(after)) && digitWithin(text, at, -1) && digitWithin(text, at, +1);
    }

    private static boolean digitWithin(String text, int at, int step) {
        for (int k = 1; k <= 4; k++) {
            int j = at + k * step;
            if (j < 0 || j >= text.length() || Character.isLetter(text.charAt(j))) {
                return false;
            }
            if (Character.isDigit(text.charAt(j))) {
                return true;
            }
        }
        return false;
    }
}
