package org.irlint.maven.check;

/** Why a finding does not count: a comment in the file, or the team's baseline. SARIF's two kinds. */
public enum Suppression {
    NONE, IN_SOURCE, BASELINE;

    public String sarifKind() {
        return this == IN_SOURCE ? "inSource" : "external";
    }
}
