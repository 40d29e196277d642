package org.irlint.maven.source;

/**
 * Parser messages often quote the text around the error ("Unrecognized token 'Smith'"). Content files hold
 * patient data, so only the parser's own words are kept: the first line, with anything quoted elided.
 */
final class SafeMessages {
    private SafeMessages() {
    }

    static String of(String parserMessage) {
        if (parserMessage == null || parserMessage.isBlank()) {
            return "syntax error";
        }
        String first = parserMessage.lines().findFirst().orElse("").strip();
        String safe = first.replaceAll("'[^']*'", "'…'").replaceAll("\"[^\"]*\"", "\"…\"");
        int at = safe.indexOf(" at [Source");
        return at > 0 ? safe.substring(0, at) : safe;
    }
}
