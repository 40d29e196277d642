package org.irlint.core.text;

import java.text.Normalizer;

/**
 * The draft as detectors see it: a normalized copy for matching, and the map back to the user's own
 * UTF-16 offsets.
 *
 * <p>Normalization folds what people (or copy-paste) use to hide or decorate identifiers: compatibility
 * forms (fullwidth digits, ligatures, superscripts) via NFKC, zero-width and other invisible format
 * characters are removed, unusual spaces become a plain space, and a few Cyrillic/Greek homoglyphs of Latin
 * letters are folded. Each output character remembers the code point it came from, so a span in the
 * normalized text always maps to whole code points of the original and never splits a surrogate pair.
 */
public final class TextView {

    private final String original;
    private final String normalized;
    /** For each normalized char, the original offset of the code point it came from; null means identity. */
    private final int[] startOf;
    /** For each normalized char, the original offset just past its code point; null means identity. */
    private final int[] endOf;

    private TextView(String original, String normalized, int[] startOf, int[] endOf) {
        this.original = original;
        this.normalized = normalized;
        this.startOf = startOf;
        this.endOf = endOf;
    }

    public static TextView of(String text) {
        if (isPlain(text)) {
            return new TextView(text, text, null, null);
        }
        StringBuilder out = new StringBuilder(text.length());
        int[] starts = new int[text.length() + 8];
        int[] ends = new int[text.length() + 8];
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            String mapped = fold(cp);
            for (int k = 0; k < mapped.length(); k++) {
                if (n == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, n * 2);
                    ends = java.util.Arrays.copyOf(ends, n * 2);
                }
                out.append(mapped.charAt(k));
                starts[n] = i;
                ends[n] = next;
                n++;
            }
            i = next;
        }
        return new TextView(text, out.toString(), starts, ends);
    }

    /** Printable ASCII and ordinary whitespace need no folding: the common case allocates nothing. */
    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x7f || (c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
                return false;
            }
        }
        return true;
    }

    private static String fold(int cp) {
        if (cp < 0x80) {
            return cp < 0x20 && cp != '\n' && cp != '\r' && cp != '\t' ? " " : Character.toString(cp);
        }
        int type = Character.getType(cp);
        if (type == Character.FORMAT || cp == 0x00AD || cp == 0x034F || (cp >= 0xFE00 && cp <= 0xFE0F)) {
            return ""; // zero-width joiners/spaces, BOM, soft hyphen, variation selectors
        }
        if (Character.isSpaceChar(cp) || cp == 0x0085) {
            return " ";
        }
        char homoglyph = Homoglyphs.latinFor(cp);
        if (homoglyph != 0) {
            return String.valueOf(homoglyph);
        }
        if (Character.isSurrogate((char) (cp & 0xFFFF)) && cp < 0x10000) {
            return "\uFFFD"; // an unpaired surrogate: keep one char so offsets stay aligned
        }
        String nfkc = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC);
        // Emoji and symbols pass through unchanged; only compatibility forms change.
        return nfkc.isEmpty() ? Character.toString(cp) : nfkc;
    }

    public String original() {
        return original;
    }

    /** The text to match against. Offsets into it must go through {@link #toOriginal}. */
    public String normalized() {
        return normalized;
    }

    /** True when normalization changed nothing, so normalized offsets are original offsets. */
    public boolean identity() {
        return startOf == null;
    }

    /** Maps the normalized span [start, end) to the original span, as {@code Span}. */
    public Span toOriginal(int start, int end) {
        if (start < 0 || end > normalized.length() || start > end) {
            throw new IndexOutOfBoundsException("span " + start + ".." + end + " outside 0.." + normalized.length());
        }
        if (startOf == null) {
            return new Span(start, end);
        }
        if (start == end) {
            int at = start < normalized.length() ? startOf[start] : original.length();
            return new Span(at, at);
        }
        return new Span(startOf[start], endOf[end - 1]);
    }

    /** The original text of a normalized span. */
    public String originalText(int start, int end) {
        Span s = toOriginal(start, end);
        return original.substring(s.start(), s.end());
    }

    public int length() {
        return normalized.length();
    }
}
