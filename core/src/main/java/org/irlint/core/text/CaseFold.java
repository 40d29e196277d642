package org.irlint.core.text;

/** How a word list ({@code rules.Phrases}) compares characters: with or without case; curly apostrophes always count as straight. */
public enum CaseFold {
    SENSITIVE {
        @Override
        public char fold(char c) {
            return c == '’' ? '\'' : c;
        }
    },
    INSENSITIVE {
        @Override
        public char fold(char c) {
            if (c < 128) {
                return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            }
            return c == '’' ? '\'' : Character.toLowerCase(Character.toUpperCase(c));
        }
    };

    public abstract char fold(char c);

    /** What {@code Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE} compares characters by (no apostrophe folding). */
    public static char regexFold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
