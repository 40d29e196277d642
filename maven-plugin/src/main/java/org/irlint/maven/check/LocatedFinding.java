package org.irlint.maven.check;

import org.irlint.core.report.Finding;
import org.irlint.maven.source.Position;

/**
 * An engine finding placed in its file. {@code end} is exclusive (the column just past the span), as SARIF's
 * {@code endColumn}. {@code shownSpan} is what a person on this machine may see of the flagged text: masked
 * for privacy findings.
 */
public record LocatedFinding(Finding finding, Position start, Position end, String fingerprint,
                             Suppression suppression, String shownSpan) {

    public boolean counts() {
        return suppression == Suppression.NONE;
    }
}
