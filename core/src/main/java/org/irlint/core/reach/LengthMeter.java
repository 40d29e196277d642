package org.irlint.core.reach;

import com.twitter.twittertext.TwitterTextParseResults;
import com.twitter.twittertext.TwitterTextEmojiRegex;
import com.twitter.twittertext.TwitterTextParser;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import org.irlint.core.report.LengthSummary;
import org.irlint.core.text.Entities;
import org.irlint.core.text.Entity;

/**
 * Measures a post exactly as X does: twitter-text's weighted length (URLs count 23, CJK and emoji 2).
 *
 * <p>twitter-text's own parse is the costliest step of a check: it normalizes, re-extracts every URL and runs
 * its emoji expression at every position of the post. This class computes the same sum from X's configuration
 * (each code point weighs 1 in the ranges 0–4351, 8192–8205, 8208–8223 and 8242–8247 and 2 elsewhere; each URL
 * counts 23; each emoji sequence counts 2) with the URLs the check already extracted, running twitter-text's
 * emoji expression only over the stretches of the post that are not ASCII. Text that twitter-text would
 * normalize or reject goes to twitter-text itself. {@code LengthMeterTest} checks the two agree on random posts.
 */
public final class LengthMeter {
    public static final int LIMIT = 280;
    static final int URL_WEIGHT = 23;
    private static final int EMOJI_WEIGHT = 2;

    private LengthMeter() {
    }

    public static LengthSummary measure(String post) {
        TwitterTextParseResults r = TwitterTextParser.parseTweet(post);
        return new LengthSummary(r.weightedLength, LIMIT, r.isValid);
    }

    /** The same answer as {@link #measure(String)}, using the URLs already extracted for this post. */
    public static LengthSummary measure(String post, Entities entities) {
        if (post.isBlank() || !measurable(post)) {
            return measure(post);
        }
        Map<Integer, Integer> emoji = emojiSpans(post);
        Map<Integer, Integer> urls = new HashMap<>();
        for (Entity url : entities.of(Entity.Kind.URL)) {
            urls.put(url.start(), url.end());
        }
        int weighted = 0;
        int i = 0;
        while (i < post.length()) {
            Integer end = urls.get(i);
            if (end != null) {
                weighted += URL_WEIGHT;
                i = end;
            } else if ((end = emoji.get(i)) != null) {
                weighted += EMOJI_WEIGHT;
                i = end;
            } else {
                int cp = post.codePointAt(i);
                weighted += weight(cp);
                i += Character.charCount(cp);
            }
        }
        return new LengthSummary(weighted, LIMIT, weighted <= LIMIT);
    }

    private static int weight(int cp) {
        return cp <= 4351 || cp >= 8192 && cp <= 8205 || cp >= 8208 && cp <= 8223 || cp >= 8242 && cp <= 8247 ? 1 : 2;
    }

    /** Text that twitter-text counts as it is: NFC, without the characters that make a post invalid. */
    private static boolean measurable(String text) {
        boolean ascii = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x7f) {
                ascii = false;
                if (c == '\uFFFE' || c == '\uFEFF' || c == '\uFFFF' || c >= '\u202A' && c <= '\u202E') {
                    return false;
                }
            }
        }
        return ascii || Normalizer.isNormalized(text, Normalizer.Form.NFC);
    }

    /**
     * Start to end of every emoji twitter-text finds. Its expression only matches characters beyond ASCII (and
     * a keycap's digit, # or * right before U+FE0F or U+20E3), so it runs over those stretches alone.
     */
    private static Map<Integer, Integer> emojiSpans(String text) {
        Map<Integer, Integer> spans = new HashMap<>();
        Matcher m = TwitterTextEmojiRegex.VALID_EMOJI_PATTERN.matcher(text);
        int i = 0;
        while (i < text.length()) {
            if (!emojiPart(text, i)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && emojiPart(text, end)) {
                end++;
            }
            m.region(i, end);
            while (m.find()) {
                spans.put(m.start(), m.end());
            }
            i = end;
        }
        return spans;
    }

    private static boolean emojiPart(String text, int i) {
        char c = text.charAt(i);
        if (c >= 0x80) {
            return true;
        }
        boolean keycapBase = c == '#' || c == '*' || c >= '0' && c <= '9';
        return keycapBase && i + 1 < text.length() && (text.charAt(i + 1) == '\uFE0F' || text.charAt(i + 1) == '\u20E3');
    }
}
