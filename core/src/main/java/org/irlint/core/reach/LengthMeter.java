package org.irlint.core.reach;

import com.twitter.twittertext.TwitterTextParseResults;
import com.twitter.twittertext.TwitterTextParser;
import org.irlint.core.report.LengthSummary;
import org.irlint.core.text.Entities;
import org.irlint.core.text.Entity;

/**
 * Measures a post exactly as X does: twitter-text's weighted length (URLs count 23, CJK and emoji 2).
 *
 * <p>Parsing is the costliest step of a check (twitter-text normalizes, re-extracts URLs and runs its
 * emoji expression over the whole post). For printable ASCII the answer is known without it: every such
 * character weighs 1 in X's configuration (the range 0–4351), emoji cannot occur, NFC changes nothing, and
 * each URL the extractor found counts 23. {@code LengthMeterTest} checks the shortcut against twitter-text.
 */
public final class LengthMeter {
    public static final int LIMIT = 280;
    static final int URL_WEIGHT = 23;

    private LengthMeter() {
    }

    public static LengthSummary measure(String post) {
        TwitterTextParseResults r = TwitterTextParser.parseTweet(post);
        return new LengthSummary(r.weightedLength, LIMIT, r.isValid);
    }

    /** The same answer as {@link #measure(String)}, using the URLs already extracted for this post. */
    public static LengthSummary measure(String post, Entities entities) {
        if (post.isBlank() || !printableAscii(post)) {
            return measure(post);
        }
        int weighted = post.length();
        for (Entity url : entities.of(Entity.Kind.URL)) {
            weighted += URL_WEIGHT - (url.end() - url.start());
        }
        return new LengthSummary(weighted, LIMIT, weighted <= LIMIT);
    }

    private static boolean printableAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x7f || (c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
                return false;
            }
        }
        return true;
    }
}
