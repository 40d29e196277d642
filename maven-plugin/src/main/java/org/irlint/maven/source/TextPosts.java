package org.irlint.maven.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.irlint.core.Audience;

/**
 * Markdown and plain text. A Markdown file that opens with front matter is one post (unless the front matter
 * says {@code thread: true}); otherwise a file is a thread of posts separated by a thematic break
 * ({@code ---}, {@code ***}, {@code ___}) or, in Markdown, by headings, which are titles and not part of any
 * post. Separators inside fenced code do not count. HTML comments (where suppression directives live) are
 * left out of the post text.
 */
final class TextPosts {
    private static final Pattern THEMATIC_BREAK = Pattern.compile("^ {0,3}([-*_])[ \\t]*(?:\\1[ \\t]*){2,}$");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t].*)?$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~).*$");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private TextPosts() {
    }

    static ParsedFile read(ContentFile file, boolean markdown) {
        List<InputProblem> problems = new ArrayList<>();
        LineIndex lines = file.lines();
        String text = file.text();
        int firstBodyLine = 1;
        boolean onePost = false;
        Audience audience = null;
        if (markdown && lines.lineCount() > 1 && lines.line(1).strip().equals("---")) {
            int close = 0;
            for (int l = 2; l <= lines.lineCount(); l++) {
                String s = lines.line(l).strip();
                if (s.equals("---") || s.equals("...")) {
                    close = l;
                    break;
                }
            }
            FrontMatter fm = close > 0 ? frontMatter(file, close, problems) : null;
            if (fm != null) {
                firstBodyLine = close + 1;
                onePost = !fm.thread();
                audience = fm.audience();
            }
        }
        List<int[]> segments = new ArrayList<>(); // [startOffset, endOffset) of each post's lines
        int segStart = firstBodyLine <= lines.lineCount() ? lines.lineStart(firstBodyLine) : text.length();
        boolean inFence = false;
        if (!onePost) {
            for (int l = firstBodyLine; l <= lines.lineCount(); l++) {
                String line = lines.line(l);
                if (markdown && FENCE.matcher(line).matches()) {
                    inFence = !inFence;
                    continue;
                }
                if (inFence) {
                    continue;
                }
                boolean separator = THEMATIC_BREAK.matcher(line).matches() || (markdown && HEADING.matcher(line).matches());
                if (separator) {
                    segments.add(new int[] {segStart, lines.lineStart(l)});
                    segStart = l < lines.lineCount() ? lines.lineStart(l + 1) : text.length();
                }
            }
        }
        segments.add(new int[] {segStart, text.length()});

        List<Post> posts = new ArrayList<>();
        for (int[] seg : segments) {
            PostTextBuilder b = new PostTextBuilder();
            appendWithoutComments(text, seg[0], seg[1], b);
            if (!b.isBlank()) {
                posts.add(b.build(file, posts.size() + 1, audience));
            }
        }
        return new ParsedFile(file, posts, problems);
    }

    /** Copies [start, end) into the post, leaving out {@code <!-- ... -->} comments. */
    private static void appendWithoutComments(String text, int start, int end, PostTextBuilder b) {
        int i = start;
        while (i < end) {
            int open = text.indexOf("<!--", i);
            if (open < 0 || open >= end) {
                b.appendRange(text, i, end);
                return;
            }
            b.appendRange(text, i, open);
            int close = text.indexOf("-->", open + 4);
            i = close < 0 || close + 3 > end ? end : close + 3;
        }
    }

    private record FrontMatter(boolean thread, Audience audience) {
    }

    /** The front matter, or null when the lines between the first two rules are not a YAML mapping. */
    private static FrontMatter frontMatter(ContentFile file, int closeLine, List<InputProblem> problems) {
        LineIndex lines = file.lines();
        String yaml = file.text().substring(lines.lineStart(2), lines.lineStart(closeLine));
        if (yaml.isBlank()) {
            return new FrontMatter(false, null);
        }
        try {
            Object tree = YAML.readValue(yaml, Object.class);
            if (!(tree instanceof Map<?, ?> map)) {
                return null; // "---, a post, ---" is a thread whose first line is a rule, not front matter
            }
            boolean thread = Boolean.TRUE.equals(map.get("thread")) || "true".equals(String.valueOf(map.get("thread")));
            Audience audience = null;
            Object a = map.get("audience");
            if (a != null) {
                try {
                    audience = Audience.fromId(String.valueOf(a));
                } catch (IllegalArgumentException e) {
                    problems.add(InputProblem.warning(file.relativePath(), 2, 0,
                            "front matter: " + e.getMessage() + "; using the configured audience"));
                }
            }
            return new FrontMatter(thread, audience);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 2 : e.getLocation().getLineNr() + 1;
            problems.add(InputProblem.warning(file.relativePath(), line, 0,
                    "front matter is not valid YAML (" + e.getOriginalMessage().lines().findFirst().orElse("") + "); the post is still checked"));
            return new FrontMatter(false, null);
        }
    }
}
