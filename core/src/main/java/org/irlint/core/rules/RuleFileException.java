package org.irlint.core.rules;

/**
 * A rule file or other user-supplied data file that cannot be used. The message names the file (and line
 * where known) and says what to fix; it never contains draft text.
 */
public class RuleFileException extends RuntimeException {
    private final String source;

    public RuleFileException(String source, String problem) {
        super(source + ": " + problem);
        this.source = source;
    }

    public RuleFileException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
    }

    /** The file (and line, where known) the problem is in. */
    public String source() {
        return source;
    }
}
