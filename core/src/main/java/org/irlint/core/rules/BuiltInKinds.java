package org.irlint.core.rules;

/**
 * The detector kinds implemented in Java, one line each, grouped by category. This is the only place that
 * knows them all.
 */
final class BuiltInKinds {
    private BuiltInKinds() {
    }

    static void registerAll(DetectorKinds kinds) {
        // privacy
        // professionalism
        // relevance
        // reach
    }
}
