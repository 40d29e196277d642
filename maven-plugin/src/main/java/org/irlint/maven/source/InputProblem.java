package org.irlint.maven.source;

import org.irlint.core.report.Severity;

/**
 * Something wrong with a content file itself (unreadable, wrong encoding, malformed, binary, missing). It names
 * the file and, where known, the line; it never quotes the file's content.
 *
 * @param line 1-based, or 0 when the problem is about the whole file
 */
public record InputProblem(String file, int line, int column, Severity severity, String message) {
    public static final String RULE_ID = "irlint.input";

    public static InputProblem error(String file, int line, int column, String message) {
        return new InputProblem(file, line, column, Severity.ERROR, message);
    }

    public static InputProblem warning(String file, int line, int column, String message) {
        return new InputProblem(file, line, column, Severity.WARNING, message);
    }

    /** {@code path:line:col} as compilers print it. */
    public String where() {
        if (line <= 0) {
            return file;
        }
        return file + ":" + line + (column > 0 ? ":" + column : "");
    }
}
