package org.irlint.core.reach;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.irlint.core.text.Span;

/**
 * Splits a draft written as a thread ("1/ … 2/ … 3/ …", "(1/3)", "🧵 1/") into its posts, so each is
 * measured as X will count it. A draft with fewer than two numbered markers is one post.
 */
public final class ThreadSplitter {
    private static final Pattern MARKER = Pattern.compile(
            "(?m)^[ \\t]*(?:🧵[ \\t]*)?\\(?(\\d{1,2})[ \\t]*/[ \\t]*(?:\\d{1,2})?\\)?(?=\\s)");

    private ThreadSplitter() {
    }

    public static List<Span> posts(String text) {
        List<Integer> starts = new ArrayList<>();
        Matcher m = MARKER.matcher(text);
        int expected = 1;
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == expected) {
                starts.add(m.start());
                expected++;
            }
        }
        if (starts.size() < 2) {
            return List.of(new Span(0, text.length()));
        }
        List<Span> posts = new ArrayList<>();
        starts.set(0, 0); // anything before "1/" belongs to the first post
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
            posts.add(trimmed(text, starts.get(i), end));
        }
        return posts;
    }

    private static Span trimmed(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return new Span(start, end);
    }
}
