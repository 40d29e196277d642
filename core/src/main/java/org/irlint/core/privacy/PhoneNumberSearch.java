package org.irlint.core.privacy;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.List;

/**
 * libphonenumber's {@code findNumbers}, run only over the stretches of a post around its digits. Each search
 * scans the whole text with a large expression (about 15 µs for a tweet, even when it holds no number), and a
 * check searches once per region. A number cannot reach across {@value #GAP} characters without a digit, and
 * the matcher looks at no more than a few characters on either side of a candidate, so a window of
 * {@value #MARGIN} characters around each run of digits finds the same numbers at the same offsets.
 * {@code PhoneNumberSearchTest} checks this against searching the whole text.
 */
final class PhoneNumberSearch {
    /** A found number, in the offsets of the whole text. */
    record Found(int start, int end, String rawString) {
    }

    static final int GAP = 16;
    static final int MARGIN = 20;
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumberSearch() {
    }

    /** Skips the windows with fewer than {@code minDigits} digits: no number they hold is long enough. */
    static List<Found> find(String text, String region, PhoneNumberUtil.Leniency leniency, int minDigits) {
        List<Found> found = new ArrayList<>();
        for (int[] w : windows(text)) {
            if (digits(text, w[0], w[1]) < minDigits) {
                continue;
            }
            String window = text.substring(w[0], w[1]);
            for (PhoneNumberMatch m : UTIL.findNumbers(window, region, leniency, Long.MAX_VALUE)) {
                found.add(new Found(w[0] + m.start(), w[0] + m.end(), m.rawString()));
            }
        }
        return found;
    }

    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (Character.isDigit(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /**
     * Runs of digits closer than {@link #GAP} to each other, widened by {@link #MARGIN} on each side. Spaces and
     * commas do not count towards either: a number may pad its extension with any run of them.
     */
    static List<int[]> windows(String text) {
        List<int[]> windows = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int last = i;
            int gap = 0;
            for (int j = i + 1; j < text.length() && gap <= GAP; j++) {
                char c = text.charAt(j);
                if (Character.isDigit(c)) {
                    last = j;
                    gap = 0;
                } else if (!padding(c)) {
                    gap++;
                }
            }
            windows.add(new int[] {reach(text, i, -1), reach(text, last, +1)});
            i = last + 1;
        }
        return windows;
    }

    /** The window edge {@link #MARGIN} counted characters before (-1) or after (+1) position {@code from}. */
    private static int reach(String text, int from, int direction) {
        int p = from;
        int counted = 0;
        while (counted < MARGIN && p + direction >= 0 && p + direction < text.length()) {
            p += direction;
            if (!padding(text.charAt(p))) {
                counted++;
            }
        }
        return direction < 0 ? p : p + 1;
    }

    private static boolean padding(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == ',';
    }
}
