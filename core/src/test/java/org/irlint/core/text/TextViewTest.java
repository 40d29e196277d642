package org.irlint.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextViewTest {

    @Test
    void plainAsciiIsItsOwnNormalForm() {
        String text = "TACE today, 5 Fr sheath.";
        TextView v = TextView.of(text);
        assertTrue(v.identity());
        assertSame(text, v.normalized());
        assertEquals(new Span(5, 10), v.toOriginal(5, 10));
    }

    @Test
    void fullwidthDigitsAndZeroWidthCharactersAreFoldedAndMappedBack() {
        String text = "MRN ４４８\u200B２９";
        TextView v = TextView.of(text);
        assertEquals("MRN 44829", v.normalized());
        int start = v.normalized().indexOf('4');
        Span s = v.toOriginal(start, v.length());
        assertEquals("４４８\u200B２９", text.substring(s.start(), s.end()));
    }

    @Test
    void spansAroundEmojiAndCjkPointAtTheOriginalCharacters() {
        String text = "😀👩‍⚕️ 患者 MRN 123";
        TextView v = TextView.of(text);
        int at = v.normalized().indexOf("MRN");
        Span s = v.toOriginal(at, at + 3);
        assertEquals("MRN", text.substring(s.start(), s.end()));
        int cjk = v.normalized().indexOf("患者");
        Span c = v.toOriginal(cjk, cjk + 2);
        assertEquals("患者", text.substring(c.start(), c.end()));
    }

    @Test
    void aSpanNeverSplitsASurrogatePair() {
        String text = "a😀b";
        TextView v = TextView.of(text);
        for (int i = 0; i < v.length(); i++) {
            for (int j = i + 1; j <= v.length(); j++) {
                Span s = v.toOriginal(i, j);
                assertTrue(s.start() == 0 || !Character.isLowSurrogate(text.charAt(s.start())));
                assertTrue(s.end() == text.length() || !Character.isLowSurrogate(text.charAt(s.end())));
            }
        }
    }

    @Test
    void cyrillicLookalikesAreFoldedToLatin() {
        assertEquals("MRN", TextView.of("МRN").normalized()); // Cyrillic М
    }

    @Test
    void unusualSpacesBecomePlainSpaces() {
        assertEquals("MRN 1", TextView.of("MRN\u00A01").normalized());
    }

    @Test
    void maskHidesAllButTheLastDigits() {
        assertEquals("••••913", Mask.of("4482913"));
        assertEquals("••••", Mask.of("42"));
    }
}
