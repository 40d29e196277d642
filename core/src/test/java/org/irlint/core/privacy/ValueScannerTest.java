package org.irlint.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ValueScannerTest {
    private final ValueScanner scanner = new ValueScanner(14, 20);

    private String after(String text, String label) {
        ValueScanner.Value v = scanner.after(text, text.indexOf(label) + label.length(), null);
        return v == null ? null : v.text();
    }

    @Test
    void skipsConnectingWordsAndPunctuation() {
        assertEquals("4482913", after("MRN no. 4482913 today", "MRN"));
        assertEquals("4482913", after("MRN #: 4482913", "MRN"));
        assertEquals("4482913", after("MRN is 4482913", "MRN"));
        assertEquals("AB-1234-X", after("acct number AB-1234-X.", "acct"));
    }

    @Test
    void aColonInsideATimeOrRatioIsNotALabelsColon() {
        String time = "kids still in bed past 9:45pm again";
        assertNull(scanner.afterColon(time, time.indexOf("bed") + 3, null), "the minutes of a time are not a bed number");
        String ratio = "room temp, mixed 1:3 with lipiodol";
        assertNull(scanner.afterColon(ratio, ratio.indexOf("room") + 4, null));
        String label = "bed: 14B";
        assertEquals("14B", scanner.afterColon(label, 3, null).text());
    }

    @Test
    void takesSpacedOutCharactersAsOneValue() {
        assertEquals("4 4 8 2 9 1 3", after("MRN 4 4 8 2 9 1 3 ok", "MRN"));
        assertEquals("4-4-8-2", after("MRN 4-4-8-2", "MRN"));
    }

    @Test
    void doesNotSwallowTheNextNumberWithoutAValidator() {
        assertEquals("4482913", after("MRN 4482913 2 days ago", "MRN"));
    }

    @Test
    void joinsDigitGroupsOnlyWhenTheValidatorConfirms() {
        String text = "NHS number 943 476 5919 today";
        ValueScanner.Value v = scanner.after(text, text.indexOf("number") + 6, IdentifierValidators::nhs);
        assertEquals("943 476 5919", v.text());
        String wrong = "NHS number 943 476 5918 today";
        assertNull(scanner.after(wrong, wrong.indexOf("number") + 6, IdentifierValidators::nhs));
    }

    @Test
    void keepsACapitalPrefixButNotAWord() {
        assertEquals("ABC 1234", after("plate ABC 1234 seen", "plate"));
        assertEquals("and", after("plate and 4 screws", "plate"));
    }

    @Test
    void joinsDigitGroupsButNeverALoneDigit() {
        assertEquals("4417 0092 1833 0071", after("account 4417 0092 1833 0071 on file", "account"));
        assertEquals("XJH 448 291 003", after("member # XJH 448 291 003 today", "member"));
        assertEquals("14", after("bed 14 2 days", "bed"));
    }

    @Test
    void readsAValueAfterAColonAFewWordsOn() {
        String text = "Lot # on the explant: 17F203-4419 sent back";
        ValueScanner.Value v = scanner.afterColon(text, text.indexOf('#') + 1, null);
        assertEquals("17F203-4419", v.text());
        String sentence = "Lot # was fine. Next: 12345";
        assertNull(scanner.afterColon(sentence, sentence.indexOf('#') + 1, null), "a sentence ended before the colon");
    }

    @Test
    void nothingWhenTheGapIsTooLong() {
        assertNull(scanner.after("MRN                     4482913", 3, null));
    }
}
