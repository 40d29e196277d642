package org.irlint.maven.source;

import java.util.Locale;

/** The kinds of content file irlint reads, by file extension. */
public enum Format {
    MARKDOWN, TEXT, CSV, JSON, YAML;

    public static Format of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return MARKDOWN;
        }
        if (name.endsWith(".csv") || name.endsWith(".tsv")) {
            return CSV;
        }
        if (name.endsWith(".json")) {
            return JSON;
        }
        if (name.endsWith(".yml") || name.endsWith(".yaml")) {
            return YAML;
        }
        return TEXT;
    }
}
