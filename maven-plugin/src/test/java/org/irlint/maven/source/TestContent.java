package org.irlint.maven.source;

import java.nio.file.Path;
import java.util.List;

/** Builds content files in memory and finds where a post's text sits in them. */
final class TestContent {
    static final List<String> FIELDS = List.of("text", "message", "post", "tweet");

    private TestContent() {
    }

    static ContentFile file(String name, String text) {
        return ContentFile.of(Path.of(name), name, text);
    }

    static ParsedFile parse(String name, String text) {
        ContentFile f = file(name, text);
        return switch (f.format()) {
            case MARKDOWN -> TextPosts.read(f, true);
            case TEXT -> TextPosts.read(f, false);
            case CSV -> CsvPosts.read(f, FIELDS);
            case JSON, YAML -> StructuredPosts.read(f, FIELDS);
        };
    }

    /** The file position of {@code needle} inside the post, found through the post's own offset map. */
    static Position where(Post post, String needle) {
        int i = post.text().indexOf(needle);
        if (i < 0) {
            throw new AssertionError("post does not contain the expected words");
        }
        return post.file().position(post.fileOffset(i));
    }

    /** The file position of the n-th occurrence (1-based) of {@code needle} in the raw file, found independently. */
    static Position inFile(ContentFile file, String needle, int occurrence) {
        int at = -1;
        for (int k = 0; k < occurrence; k++) {
            at = file.text().indexOf(needle, at + 1);
        }
        String[] lines = file.text().substring(0, at).split("\n", -1);
        return new Position(lines.length, lines[lines.length - 1].length() + 1);
    }
}
