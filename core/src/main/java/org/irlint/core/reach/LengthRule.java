package org.irlint.core.reach;

import java.util.List;
import org.irlint.core.rules.CheckContext;
import org.irlint.core.rules.SpecRule;
import org.irlint.core.rules.RuleSpec;
import org.irlint.core.text.Entities;
import org.irlint.core.text.Span;

/**
 * {@code kind: post-length} — each post (each part of a numbered thread) must fit X's limit as X counts it.
 * The finding covers the part that does not fit, so the author sees where to cut.
 */
public final class LengthRule extends SpecRule {
    public LengthRule(RuleSpec spec) {
        super(spec);
    }

    @Override
    public void check(CheckContext context) {
        String text = context.text();
        List<Span> posts = ThreadSplitter.posts(text);
        for (Span post : posts) {
            String body = text.substring(post.start(), post.end());
            // a single post was already measured for the report
            int weighted = posts.size() == 1 ? context.length().weighted() : weightedLength(body);
            if (weighted > LengthMeter.LIMIT) {
                int fits = longestFittingPrefix(body);
                context.reportOriginal(this, post.start() + fits, post.end(),
                        message.replace("{over}", Integer.toString(weighted - LengthMeter.LIMIT))
                                .replace("{length}", Integer.toString(weighted)), List.of());
            }
        }
    }

    /**
     * The UTF-16 length of the longest prefix, ending on a code point boundary, that X would accept. A binary search
     * over prefixes, each measured by {@link LengthMeter}'s shortcut: twitter-text's own parse took about 0.6 ms per
     * prefix of a long post, and a draft of two tweets' length needs nine of them.
     */
    static int longestFittingPrefix(String body) {
        int lo = 0;
        int hi = body.codePointCount(0, body.length());
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            String prefix = body.substring(0, body.offsetByCodePoints(0, mid));
            if (weightedLength(prefix) <= LengthMeter.LIMIT) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return body.offsetByCodePoints(0, lo);
    }

    private static int weightedLength(String post) {
        return LengthMeter.measure(post, Entities.of(post)).weighted();
    }
}
