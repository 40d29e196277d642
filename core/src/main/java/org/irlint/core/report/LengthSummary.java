package org.irlint.core.report;

/** The post's length as X counts it (weighted), the limit, and whether it fits. */
public record LengthSummary(int weighted, int limit, boolean valid) {
}
