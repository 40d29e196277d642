package org.irlint.maven.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * JSON and YAML exports: a post is the string value of a field named like a message ({@code text},
 * {@code message}, {@code post}, {@code tweet}, configurable) anywhere in the document, each string of an
 * array held by such a field (a thread), or each string of a top-level array. Read as a token stream so every
 * string keeps the place it was written.
 */
final class StructuredPosts {
    // parser messages must not carry the file's content
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private StructuredPosts() {
    }

    static ParsedFile read(ContentFile file, List<String> messageFields) {
        boolean yaml = file.format() == Format.YAML;
        Set<String> names = new HashSet<>();
        for (String f : messageFields) {
            String n = f.strip().toLowerCase(Locale.ROOT);
            names.add(n);
            names.add(n + "s"); // "posts: [...]" holds posts as "post: ..." does
        }
        names.add("thread");
        List<Post> posts = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        String text = file.text();
        try (JsonParser parser = yaml ? YAML.createParser(text) : JSON.createParser(text)) {
            // for each open container: does a string directly inside it count as a post?
            Deque<Boolean> holdsPosts = new ArrayDeque<>();
            JsonToken t;
            while ((t = parser.nextToken()) != null) {
                switch (t) {
                    case START_ARRAY -> {
                        JsonStreamContext parent = parser.getParsingContext().getParent();
                        holdsPosts.push(parent == null || parent.inRoot()
                                || (parent.inObject() && isMessageField(parser, names))
                                || (parent.inArray() && Boolean.TRUE.equals(holdsPosts.peek())));
                    }
                    case START_OBJECT -> holdsPosts.push(false);
                    case END_ARRAY, END_OBJECT -> holdsPosts.poll();
                    case VALUE_STRING -> {
                        JsonStreamContext here = parser.getParsingContext();
                        boolean post = here.inRoot()
                                || (here.inObject() ? isMessageField(parser, names) : Boolean.TRUE.equals(holdsPosts.peek()));
                        if (post) {
                            int start = startOffset(file, parser.currentTokenLocation(), yaml);
                            PostTextBuilder b = new PostTextBuilder();
                            ScalarAligner.align(parser.getText(), text, start, b);
                            if (!b.isBlank()) {
                                posts.add(b.build(file, posts.size() + 1, null));
                            }
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(InputProblem.error(file.relativePath(), at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "not valid " + (yaml ? "YAML" : "JSON") + ": " + describe(e)
                            + (posts.isEmpty() ? "" : "; the " + posts.size() + " posts before it are checked")));
        } catch (IOException | RuntimeException e) {
            problems.add(InputProblem.error(file.relativePath(), 0, 0, "cannot read as " + (yaml ? "YAML" : "JSON")
                    + ": " + SafeMessages.of(e.getMessage())));
        }
        if (posts.isEmpty() && problems.isEmpty()) {
            problems.add(InputProblem.warning(file.relativePath(), 0, 0, "no posts found: no field named "
                    + String.join(", ", messageFields) + " (or posts, thread) and no top-level list of strings"));
        }
        return new ParsedFile(file, posts, problems);
    }

    /** SnakeYAML puts the useful part ("expected ',' or ']'") in the problem, after a context line. */
    private static String describe(JsonProcessingException e) {
        if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException y) {
            String context = y.getContext() == null ? "" : y.getContext() + ": ";
            return SafeMessages.of(context + (y.getProblem() == null ? "syntax error" : y.getProblem()));
        }
        return SafeMessages.of(e.getOriginalMessage());
    }

    private static boolean isMessageField(JsonParser parser, Set<String> names) {
        try {
            String name = parser.currentName();
            return name != null && names.contains(name.toLowerCase(Locale.ROOT));
        } catch (IOException e) {
            return false;
        }
    }

    private static int startOffset(ContentFile file, JsonLocation at, boolean yaml) {
        if (yaml) {
            // SnakeYAML counts columns in code points
            return file.lines().offsetOfCodePointColumn((int) at.getLineNr(), (int) at.getColumnNr());
        }
        long offset = at.getCharOffset();
        return offset >= 0 ? (int) offset : file.lines().lineStart(at.getLineNr()) + at.getColumnNr() - 1;
    }
}
