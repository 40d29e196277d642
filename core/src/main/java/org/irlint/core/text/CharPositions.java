package org.irlint.core.text;

import java.util.Arrays;

/**
 * Where each character occurs in one text, as one bitmap per ASCII character plus one for everything beyond.
 * A check scans the same post with about a hundred patterns and word lists, and each can start only at the few
 * characters it begins with (one position in six on average). Instead of every scan testing every position,
 * the post is indexed once and a scan visits only the positions of its own first characters.
 *
 * <p>The index of the last few texts is kept for the thread that checks them, so that the scans of one check
 * share it, and {@link #forgetTexts()} drops it when the check ends: a draft must not outlive its check.
 */
public final class CharPositions {
    /** Below this length a plain scan is as quick as building the index. */
    static final int MIN_LENGTH = 40;
    private static final int BEYOND_ASCII = 128;
    private static final ThreadLocal<CharPositions[]> RECENT = ThreadLocal.withInitial(() -> new CharPositions[4]);

    private final String text;
    private final int words;
    /** Bitmap of character {@code c} at {@code [c * words, (c + 1) * words)}; {@link #BEYOND_ASCII} for the rest. */
    private final long[] bits;
    /** Which ASCII characters occur at all (low and high 64), and whether any beyond ASCII does. */
    private final long presentLow;
    private final long presentHigh;
    private final boolean presentBeyond;
    /** The text case-folded character by character, made when first asked for. */
    private String folded;
    /** Where a word may start, made when first asked for. */
    private long[] wordStarts;
    /** The positions just after an ASCII word character, made when first asked for. */
    private long[] afterWordCharacter;
    private Object attachmentKey;
    private Object attachment;
    /** The requirements' automaton, and which requirements the folded text satisfies; found when first asked. */
    private RequiredStrings requirements;
    private long[] requiredFound;

    private CharPositions(String text) {
        this.text = text;
        this.words = (text.length() + 63) >>> 6;
        this.bits = new long[(BEYOND_ASCII + 1) * words];
        long low = 0;
        long high = 0;
        boolean beyond = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int row = c < 128 ? c : BEYOND_ASCII;
            bits[row * words + (i >>> 6)] |= 1L << i;
            if (c < 64) {
                low |= 1L << c;
            } else if (c < 128) {
                high |= 1L << c;
            } else {
                beyond = true;
            }
        }
        this.presentLow = low;
        this.presentHigh = high;
        this.presentBeyond = beyond;
    }

    /**
     * The index of {@code text}, shared by the scans of one check; null when the text is short or not a
     * {@link String} (a mutable sequence could change under a shared index), and the caller scans every position.
     */
    public static CharPositions of(CharSequence text) {
        if (!(text instanceof String s) || s.length() < MIN_LENGTH) {
            return null;
        }
        CharPositions[] recent = RECENT.get();
        for (CharPositions p : recent) {
            if (p != null && p.text == s) {
                return p;
            }
        }
        CharPositions made = new CharPositions(s);
        System.arraycopy(recent, 0, recent, 1, recent.length - 1);
        recent[0] = made;
        return made;
    }

    /** The text this indexes. */
    public String text() {
        return text;
    }

    /** What a caller attached to this index under {@code key}, or null; one attachment at a time. */
    public Object attachment(Object key) {
        return key == attachmentKey ? attachment : null;
    }

    /** Keeps {@code value} with this index (and so for this check only) under {@code key}. */
    public void attach(Object key, Object value) {
        attachmentKey = key;
        attachment = value;
    }

    /** Drops this thread's indexes, and with them its references to the texts. */
    public static void forgetTexts() {
        Arrays.fill(RECENT.get(), null);
    }

    /** Whether the text holds {@code required}: one pass finds every requirement's strings, then each is a lookup. */
    public boolean holds(Requirement required) {
        if (requirements == null) {
            requirements = Requirement.automaton();
            requiredFound = requirements.find(folded());
        }
        if (required.id >= requirements.covered) {
            return holdsFolded(required.strings); // made by an engine built since this check began
        }
        return RequiredStrings.holds(required.id, requiredFound);
    }

    /**
     * Whether the text, folded by {@link CaseFold#regexFold(char)}, contains any of {@code strings}, which are
     * folded the same way. The slow path of {@link #holds}, for a requirement newer than this check's automaton.
     */
    public boolean holdsFolded(String[] strings) {
        String f = folded();
        for (String s : strings) {
            if (f.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** The text folded by {@link CaseFold#regexFold(char)}, made when first asked for. */
    private String folded() {
        if (folded == null) {
            char[] f = new char[text.length()];
            for (int i = 0; i < f.length; i++) {
                f[i] = CaseFold.regexFold(text.charAt(i));
            }
            folded = new String(f);
        }
        return folded;
    }

    /**
     * The positions holding any character of {@code set} where a whole word may start: no letter, digit or underscore
     * just before, and not the second half of a surrogate pair.
     */
    public long[] whereWordsStart(Set set) {
        long[] out = where(set);
        if (wordStarts == null) {
            long[] starts = new long[words];
            for (int i = 0; i < text.length(); i++) {
                if (wordStartsAt(text, i)) {
                    starts[i >>> 6] |= 1L << i;
                }
            }
            wordStarts = starts;
        }
        for (int w = 0; w < words; w++) {
            out[w] &= wordStarts[w];
        }
        return out;
    }

    /** Whether a whole word may start at {@code i}: no word character just before, and not inside a surrogate pair. */
    public static boolean wordStartsAt(CharSequence text, int i) {
        if (i == 0) {
            return true;
        }
        if (Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
            return false;
        }
        return !isWordChar(Character.codePointBefore(text, i));
    }

    /** What the regex {@code [\p{L}\p{N}_]} matches: the characters a whole word may not touch. */
    public static boolean isWordChar(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9' || cp == '_';
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /**
     * {@link #where} without the positions just after an ASCII letter, digit or underscore: where a pattern that opens
     * with {@code \\b} before a word character can still start.
     */
    public long[] whereNotAfterWordCharacter(Set set) {
        long[] out = where(set);
        if (afterWordCharacter == null) {
            long[] word = new long[words];
            orRows(word, presentLow & ASCII_WORD.low, 0);
            orRows(word, presentHigh & ASCII_WORD.high, 64);
            long[] after = new long[words];
            for (int w = 0; w < words; w++) {
                after[w] = word[w] << 1 | (w > 0 ? word[w - 1] >>> 63 : 0);
            }
            afterWordCharacter = after;
        }
        for (int w = 0; w < words; w++) {
            out[w] &= ~afterWordCharacter[w];
        }
        return out;
    }

    /** The ASCII word characters, {@code [A-Za-z0-9_]}. */
    static final Set ASCII_WORD = asciiWordCharacters();

    private static Set asciiWordCharacters() {
        boolean[] ascii = new boolean[128];
        for (char c = 0; c < 128; c++) {
            ascii[c] = isWordChar(c);
        }
        return Set.of(ascii, false);
    }

    /** The positions holding any character of {@code set}, as a bitmap for {@link #next(long[], int)}. */
    public long[] where(Set set) {
        long[] out = new long[words];
        orRows(out, set.low & presentLow, 0);
        orRows(out, set.high & presentHigh, 64);
        if (set.beyond && presentBeyond) {
            or(out, BEYOND_ASCII);
        }
        return out;
    }

    private void orRows(long[] out, long chars, int base) {
        for (long rest = chars; rest != 0; rest &= rest - 1) {
            or(out, base + Long.numberOfTrailingZeros(rest));
        }
    }

    private void or(long[] out, int row) {
        int from = row * words;
        for (int w = 0; w < words; w++) {
            out[w] |= bits[from + w];
        }
    }

    /**
     * The first set position at or after {@code from}, or {@link Integer#MAX_VALUE} when there is none; with no
     * bitmap (a text scanned without an index), {@code from} itself.
     */
    public static int next(long[] bitmap, int from) {
        if (bitmap == null) {
            return from;
        }
        int w = from >>> 6;
        if (w >= bitmap.length) {
            return Integer.MAX_VALUE;
        }
        long word = bitmap[w] & (-1L << from);
        while (true) {
            if (word != 0) {
                return (w << 6) + Long.numberOfTrailingZeros(word);
            }
            if (++w == bitmap.length) {
                return Integer.MAX_VALUE;
            }
            word = bitmap[w];
        }
    }

    /** A set of characters as the index asks for it: ASCII as two 64-bit masks, and "anything beyond ASCII". */
    public record Set(long low, long high, boolean beyond) {
        public static Set of(boolean[] ascii, boolean beyond) {
            long low = 0;
            long high = 0;
            for (int c = 0; c < 128; c++) {
                if (ascii[c]) {
                    if (c < 64) {
                        low |= 1L << c;
                    } else {
                        high |= 1L << c;
                    }
                }
            }
            return new Set(low, high, beyond);
        }
    }
}
