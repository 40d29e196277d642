package org.irlint.core.privacy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.irlint.core.Draft;
import org.irlint.core.Engine;
import org.irlint.core.report.Finding;
import org.irlint.core.report.Report;

/**
 * Whatever a user pastes (emoji, ZWJ sequences, right-to-left text, zero-width and fullwidth characters, lone
 * surrogates, identifier fragments, up to the 25,000-character limit) the engine answers, and every span it
 * reports lies inside the text on code point boundaries.
 */
class ChecksNeverBreakProperties {
    private static final Engine ENGINE = Engine.withDefaults();

    private static final List<String> PIECES = List.of(
            "MRN ", "M R N ", "mrn#", "SSN ", "acct ", "bed ", "rm ", "VIN ", "fax ", "F: ", "call ", "+1 ", "+44 ", "(617) ",
            "555-", "0142", "4482913", "943 476 5919", "219-09-9999", "1HGCM82633A004352", "1EG4-TE5-MK73", "73.189.42.17",
            "fe80::1", "::", "1.3.6.1.4.1.14519.5.2", "(01)00884838012349", "@", " at ", " [at] ", " dot ", ".com", "gmail",
            "https://", "gofundme.com/f/", "?mrn=", "/", ".", "-", ":", "#", " ", "\n", "\t",
            "😀", "👨‍👩‍👧‍👦", "🏳️‍🌈", "👍🏽", "\u200B", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u202E", "\u200F",
            "שלום", "مرحبا", "患者", "病房", "ＭＲＮ", "４４８２９１３", "１２３", "\uD83D", "\uDE00", "\u0301", "ﬁ", "²", "Ⅻ");

    @Provide
    Arbitrary<String> drafts() {
        Arbitrary<String> piece = Arbitraries.of(PIECES);
        Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(40);
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(18);
        return Arbitraries.frequencyOf(Tuple.of(6, piece), Tuple.of(2, anyChars), Tuple.of(2, digits))
                .list().ofMaxSize(120).map(parts -> String.join("", parts));
    }

    @Property(tries = 300)
    void checkNeverThrowsAndSpansAreSound(@ForAll("drafts") String text) {
        assertSound(text, ENGINE.check(Draft.of(text)));
    }

    @Property(tries = 8)
    void fullLengthDraftsAreHandled(@ForAll("drafts") String seed) {
        StringBuilder b = new StringBuilder(Engine.MAX_TEXT_LENGTH);
        String unit = seed.isEmpty() ? "MRN 4482913 😀 " : seed;
        while (b.length() + unit.length() <= Engine.MAX_TEXT_LENGTH) {
            b.append(unit);
        }
        String text = b.toString();
        assertSound(text, ENGINE.check(Draft.of(text)));
    }

    private static void assertSound(String text, Report report) {
        for (Finding f : report.findings()) {
            if (f.offset() < 0 || f.end() > text.length() || f.length() < 0) {
                throw new AssertionError(f.ruleId() + " span " + f.offset() + "+" + f.length() + " outside 0.." + text.length());
            }
            if (splitsPair(text, f.offset()) || splitsPair(text, f.end())) {
                throw new AssertionError(f.ruleId() + " span " + f.offset() + "+" + f.length() + " splits a surrogate pair");
            }
        }
    }

    private static boolean splitsPair(String text, int at) {
        return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
                && Character.isLowSurrogate(text.charAt(at));
    }
}
