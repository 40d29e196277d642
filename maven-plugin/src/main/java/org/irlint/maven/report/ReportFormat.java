package org.irlint.maven.report;

import java.util.Locale;

/** The report formats and the file each is written to under {@code outputDirectory}. */
public enum ReportFormat {
    CONSOLE(null), JSON("irlint.json"), SARIF("irlint.sarif"), JUNIT("TEST-irlint.xml"), HTML("irlint.html");

    private final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    public static ReportFormat of(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown report format '" + value + "'; use console, json, sarif, junit or html");
        }
    }
}
