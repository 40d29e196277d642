package org.irlint.maven.source;

import java.util.Arrays;

/** Collects a post's text piece by piece together with where each character sits in the file. */
final class PostTextBuilder {
    private final StringBuilder text = new StringBuilder();
    private int[] origin = new int[64];

    void append(char c, int fileOffset) {
        if (text.length() == origin.length) {
            origin = Arrays.copyOf(origin, origin.length * 2);
        }
        origin[text.length()] = fileOffset;
        text.append(c);
    }

    /** Appends the file's characters [start, end) unchanged. */
    void appendRange(String fileText, int start, int end) {
        for (int i = start; i < end; i++) {
            append(fileText.charAt(i), i);
        }
    }

    int length() {
        return text.length();
    }

    boolean isBlank() {
        return text.toString().isBlank();
    }

    /** The post, with leading and trailing white space dropped (a post's edges are not its content). */
    Post build(ContentFile file, int number, org.irlint.core.Audience audience) {
        int from = 0;
        int to = text.length();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return new Post(file, number, text.substring(from, to), Arrays.copyOfRange(origin, from, to), audience);
    }
}
