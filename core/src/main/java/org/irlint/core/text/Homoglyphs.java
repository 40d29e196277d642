package org.irlint.core.text;

/**
 * Cyrillic and Greek letters that look like Latin ones. Folding them stops "МRN" (Cyrillic М) from hiding a
 * record number; it never changes what a Latin-script post means.
 */
final class Homoglyphs {
    private static final String FROM = "АВЕЅІЈКМНОРСТХУаеіјорсхуѕԁԛԝΑΒΕΖΗΙΚΜΝΟΡΤΥΧονρ";
    private static final String TO   = "ABESIJKMHOPCTXYaeijopcxysdqwABEZHIKMNOPTYXovp";

    private Homoglyphs() {
    }

    static char latinFor(int cp) {
        int i = FROM.indexOf(cp);
        return i < 0 ? 0 : TO.charAt(i);
    }
}
