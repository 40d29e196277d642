package org.irlint.core.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.irlint.core.text.Entities;
import org.junit.jupiter.api.Test;

/** The shortcut must give exactly twitter-text's answer. */
class LengthMeterTest {

    @Property(tries = 500)
    void shortcutAgreesWithTwitterText(@ForAll("asciiPosts") String post) {
        assertEquals(LengthMeter.measure(post), LengthMeter.measure(post, Entities.of(post)));
    }

    @Property(tries = 1000)
    void shortcutAgreesWithTwitterTextBeyondAscii(@ForAll("unicodePosts") String post) {
        assertEquals(LengthMeter.measure(post), LengthMeter.measure(post, Entities.of(post)));
    }

    @Provide
    Arbitrary<String> unicodePosts() {
        Arbitrary<String> words = Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> unicode = Arbitraries.strings().withChars(
                "’‘“”–—…•€é́ñüßçΩжा한글介入放射学ｸＩＲ©®™‼⁉ℹ↔☀✅❤️‍​  ‪﻿〰〽㊗").ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> emoji = Arbitraries.of("👍", "🏃‍♀️", "👨‍⚕️", "1️⃣", "#️⃣", "🩺", "🇺🇸", "e\u0301");
        Arbitrary<String> urls = Arbitraries.of("https://www.sirweb.org/patient-center/", "example.com", "café.fr", "www.radiologyinfo.org/ufe");
        Arbitrary<String> piece = Arbitraries.oneOf(words, unicode, unicode, emoji, urls, Arbitraries.of("\n", " #IRad ", " @user "));
        return piece.list().ofMinSize(1).ofMaxSize(40).map(parts -> String.join(" ", parts));
    }

    @Provide
    Arbitrary<String> asciiPosts() {
        Arbitrary<String> words = Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(40);
        Arbitrary<String> urls = Arbitraries.of("https://www.sirweb.org/patient-center/", "example.com", "http://t.co/abc123",
                "www.radiologyinfo.org/en/info/ufe", "see irlint.org.", "a.b");
        Arbitrary<String> piece = Arbitraries.oneOf(words, urls, Arbitraries.of("\n", "\t", " #IRad ", " @user ", "$TSLA"));
        return piece.list().ofMinSize(1).ofMaxSize(30).map(parts -> String.join(" ", parts));
    }

    @Test
    void knownCases() {
        String longPost = "x".repeat(281);
        assertEquals(LengthMeter.measure(longPost), LengthMeter.measure(longPost, Entities.of(longPost)));
        String withUrl = "Read more: https://www.sirweb.org/patient-center/conditions-and-treatments/ today";
        assertEquals(LengthMeter.measure(withUrl).weighted(), LengthMeter.measure(withUrl, Entities.of(withUrl)).weighted());
        assertEquals(11 + 23 + 6, LengthMeter.measure(withUrl, Entities.of(withUrl)).weighted());
        String emoji = "TACE 👍 today";
        assertEquals(LengthMeter.measure(emoji), LengthMeter.measure(emoji, Entities.of(emoji)));
    }
}
