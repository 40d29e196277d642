package org.irlint.core.reach;

import com.twitter.twittertext.TwitterTextParseResults;
import com.twitter.twittertext.TwitterTextParser;
import org.irlint.core.report.LengthSummary;

/** Measures a post exactly as X does: twitter-text's weighted length (URLs count 23, CJK and emoji 2). */
public final class LengthMeter {
    public static final int LIMIT = 280;

    private LengthMeter() {
    }

    public static LengthSummary measure(String post) {
        TwitterTextParseResults r = TwitterTextParser.parseTweet(post);
        return new LengthSummary(r.weightedLength, LIMIT, r.isValid);
    }
}
