package org.irlint.maven.report;

/** Where console lines go: Maven's logger in the build, a list in tests. */
public interface Console {
    void error(String line);

    void warn(String line);

    void info(String line);

    void debug(String line);
}
