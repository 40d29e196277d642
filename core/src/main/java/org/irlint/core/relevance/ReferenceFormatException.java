package org.irlint.core.relevance;

/** A reference document that cannot be used; the message names the file and line. */
public final class ReferenceFormatException extends RuntimeException {
    private final String source;
    private final int line;

    public ReferenceFormatException(String source, int line, String problem) {
        super(source + (line > 0 ? ":" + line : "") + ": " + problem);
        this.source = source;
        this.line = line;
    }

    public String source() {
        return source;
    }

    /** 1-based line in the file, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }
}
