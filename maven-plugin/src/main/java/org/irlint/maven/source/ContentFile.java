package org.irlint.maven.source;

import java.nio.file.Path;

/**
 * A decoded content file. {@code relativePath} uses forward slashes and is what every report shows.
 * {@link #toString()} never shows the text: posts are patient data until checked.
 */
public record ContentFile(Path path, String relativePath, Format format, String text, LineIndex lines) {

    public static ContentFile of(Path path, String relativePath, String text) {
        return new ContentFile(path, relativePath, Format.of(relativePath), text, new LineIndex(text));
    }

    public Position position(int offset) {
        return lines.at(offset);
    }

    @Override
    public String toString() {
        return "ContentFile[" + relativePath + ", " + text.length() + " chars]";
    }
}
