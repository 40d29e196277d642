package org.irlint.core.report;

/** A category's 0–100 score and how many findings (of any severity) it has. */
public record CategoryScore(int score, int findings) {
}
