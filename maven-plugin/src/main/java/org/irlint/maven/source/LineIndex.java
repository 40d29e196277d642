package org.irlint.maven.source;

import java.util.Arrays;

/** Turns offsets in a file's text into line and column; knows {@code \n}, {@code \r\n} and {@code \r}. */
public final class LineIndex {
    private final String text;
    private final int[] starts;

    public LineIndex(String text) {
        this.text = text;
        int[] s = new int[16];
        int n = 0;
        s[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (n == s.length) {
                    s = Arrays.copyOf(s, n * 2);
                }
                s[n++] = i + 1;
            }
        }
        this.starts = Arrays.copyOf(s, n);
    }

    public int lineCount() {
        return starts.length;
    }

    /** The 1-based line that holds {@code offset} (an offset at the very end belongs to the last line). */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    public Position at(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int line = lineOf(clamped);
        return new Position(line, clamped - starts[line - 1] + 1);
    }

    /** Offset of the first character of a 1-based line. */
    public int lineStart(int line) {
        return starts[Math.max(1, Math.min(line, starts.length)) - 1];
    }

    /** Offset just past the last character of the line, before its line break. */
    public int lineEnd(int line) {
        int end = line < starts.length ? starts[line] : text.length();
        while (end > lineStart(line) && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    /** The line's text without its line break. */
    public String line(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }

    /**
     * Offset of a 1-based line and a 1-based column counted in code points (what YAML's parser reports).
     */
    public int offsetOfCodePointColumn(int line, int codePointColumn) {
        int start = lineStart(line);
        int end = lineEnd(line);
        int i = start;
        for (int k = 1; k < codePointColumn && i < end; k++) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }
}
