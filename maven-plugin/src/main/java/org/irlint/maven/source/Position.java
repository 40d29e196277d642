package org.irlint.maven.source;

/**
 * A place in a file as editors and CI tools show it: 1-based line, 1-based column counted in UTF-16 code
 * units (the unit of the engine's offsets, of SARIF's default {@code columnKind} and of most editors).
 */
public record Position(int line, int column) {
    @Override
    public String toString() {
        return line + ":" + column;
    }
}
