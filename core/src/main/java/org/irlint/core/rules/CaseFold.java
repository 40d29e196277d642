package org.irlint.core.rules;

/** How {@link Phrases} compares characters: with or without case; curly apostrophes always count as straight. */
enum CaseFold {
    SENSITIVE {
        @Override
        char fold(char c) {
            return c == '’' ? '\'' : c;
        }
    },
    INSENSITIVE {
        @Override
        char fold(char c) {
            if (c < 128) {
                return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            }
            return c == '’' ? '\'' : Character.toLowerCase(Character.toUpperCase(c));
        }
    };

    abstract char fold(char c);
}
