package org.irlint.maven.source;

import org.irlint.core.Audience;

/**
 * One post found in a content file: its text exactly as the engine sees it, and for every UTF-16 unit of that
 * text the offset in the file it came from, so each finding points at the file's own line and column.
 *
 * @param number   1-based position of the post in its file
 * @param audience the post's own audience (front matter, a CSV column), or null for the configured one
 */
public record Post(ContentFile file, int number, String text, int[] origin, Audience audience) {

    /** File offset of the post's first character. */
    public int fileStart() {
        return origin.length == 0 ? 0 : origin[0];
    }

    /** File offset of the post character at {@code offset}. */
    public int fileOffset(int offset) {
        if (origin.length == 0) {
            return 0;
        }
        return origin[Math.max(0, Math.min(offset, origin.length - 1))];
    }

    /** File offset just past the span [offset, end) of the post. */
    public int fileEnd(int offset, int end) {
        if (end <= offset) {
            return fileOffset(offset);
        }
        return fileOffset(end - 1) + 1;
    }

    public Position start() {
        return file.position(fileStart());
    }

    /** "post 3 (line 12)" — names the post without showing any of it. */
    public String label() {
        return "post " + number + " (line " + start().line() + ")";
    }

    @Override
    public String toString() {
        return "Post[" + file.relativePath() + " #" + number + ", " + text.length() + " chars]";
    }
}
