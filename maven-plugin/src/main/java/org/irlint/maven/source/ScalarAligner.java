package org.irlint.maven.source;

/**
 * Maps each character of a parsed JSON or YAML string back to where it was written, by walking the decoded
 * value and the raw scalar side by side. It understands what parsers change between the two: escapes
 * ({@code \n}, {@code \"}, {@code \u00e9}), YAML's doubled single quote, line folding and block indentation.
 * Where the two cannot be lined up exactly the character is mapped to the nearest raw position, never outside
 * the scalar's line range.
 */
final class ScalarAligner {
    private static final int LOOKAHEAD = 8;

    private ScalarAligner() {
    }

    /**
     * @param rawStart offset in {@code raw} where the scalar token starts (its opening quote, block indicator or
     *                 first character)
     */
    static void align(String value, String raw, int rawStart, PostTextBuilder out) {
        int p = rawStart;
        boolean escapes = false;
        if (p < raw.length()) {
            char first = raw.charAt(p);
            if (first == '"') {
                escapes = true;
                p++;
            } else if (first == '\'') {
                p++;
            } else if (first == '|' || first == '>') {
                while (p < raw.length() && raw.charAt(p) != '\n' && raw.charAt(p) != '\r') {
                    p++;
                }
            }
        }
        int n = raw.length();
        for (int v = 0; v < value.length(); v++) {
            char c = value.charAt(v);
            if (p >= n) {
                out.append(c, Math.max(0, n - 1));
                continue;
            }
            if (escapes && raw.charAt(p) == '\\' && p + 1 < n) {
                int len = escapeLength(raw, p);
                if (len > 0) {
                    out.append(c, p);
                    p += len;
                    continue;
                }
            }
            if (raw.charAt(p) == c) {
                out.append(c, p++);
                continue;
            }
            if (Character.isWhitespace(c) && Character.isWhitespace(raw.charAt(p))) {
                // folded line break or collapsed indentation: one value character for a run of raw white space
                out.append(c, p);
                while (p < n && Character.isWhitespace(raw.charAt(p))) {
                    p++;
                }
                continue;
            }
            int found = -1;
            for (int k = p; k < Math.min(n, p + LOOKAHEAD + 64); k++) {
                char r = raw.charAt(k);
                if (r == c) {
                    found = k;
                    break;
                }
                // only skip what a parser drops: white space (indentation), quotes and escape marks
                if (!(Character.isWhitespace(r) || r == '\'' || r == '"' || r == '\\') && k >= p + LOOKAHEAD) {
                    break;
                }
            }
            if (found >= 0) {
                out.append(c, found);
                p = found + 1;
            } else {
                out.append(c, p);
                p++;
            }
        }
    }

    /** Length of the escape sequence at {@code raw[p] == '\\'}, or 0 when it is not one. */
    private static int escapeLength(String raw, int p) {
        char e = raw.charAt(p + 1);
        return switch (e) {
            case 'u' -> 6;
            case 'x' -> 4;
            case 'U' -> 10;
            case '\n', '\r' -> 0;
            default -> 2;
        };
    }
}
