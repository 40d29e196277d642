package org.irlint.core.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.twitter.twittertext.TwitterTextParser;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Where an over-long post is cut must be where twitter-text itself would stop accepting it. */
class LengthRuleTest {

    @Property(tries = 200)
    void cutsWhereTwitterTextWould(@ForAll("longPosts") String post) {
        assertEquals(byTwitterText(post), LengthRule.longestFittingPrefix(post));
    }

    @Test
    void cutsAfterTheLastCharacterThatFits() {
        String post = "a".repeat(279) + "😀" + "b".repeat(10);
        // the emoji weighs 2: 279 + 2 > 280, so the cut falls before it, never between its two UTF-16 units
        assertEquals(279, LengthRule.longestFittingPrefix(post));
        String cjk = "介".repeat(150);
        assertEquals(140, LengthRule.longestFittingPrefix(cjk));
        assertTrue(TwitterTextParser.parseTweet(cjk.substring(0, 140)).isValid);
    }

    /** The reference: a binary search over code-point prefixes, each parsed by twitter-text. */
    private static int byTwitterText(String body) {
        int lo = 0;
        int hi = body.codePointCount(0, body.length());
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            String prefix = body.substring(0, body.offsetByCodePoints(0, mid));
            if (TwitterTextParser.parseTweet(prefix).weightedLength <= LengthMeter.LIMIT) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return body.offsetByCodePoints(0, lo);
    }

    @Provide
    Arbitrary<String> longPosts() {
        Arbitrary<String> words = Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(30);
        Arbitrary<String> unicode = Arbitraries.strings().withChars("’“”–—…é́ñüжा한介入放射ＩＲ❤️‍").ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> emoji = Arbitraries.of("👍", "🏃‍♀️", "👨‍⚕️", "1️⃣", "🩺", "🇺🇸");
        Arbitrary<String> urls = Arbitraries.of("https://www.sirweb.org/patient-center/", "example.com", "www.radiologyinfo.org/ufe");
        Arbitrary<String> piece = Arbitraries.oneOf(words, words, unicode, emoji, urls, Arbitraries.of("\n", " #IRad "));
        return piece.list().ofMinSize(20).ofMaxSize(60).map(parts -> String.join(" ", parts));
    }
}
