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
        kinds.register("privacy-name", org.irlint.core.privacy.NameRule::new);
        kinds.register("privacy-date", org.irlint.core.privacy.DateRule::new);
        kinds.register("privacy-age", org.irlint.core.privacy.AgeRule::new);
        kinds.register("privacy-location", org.irlint.core.privacy.LocationRule::new);
        kinds.register("privacy-unique", org.irlint.core.privacy.UniqueCharacteristicRule::new);
        kinds.register("privacy-combination", org.irlint.core.privacy.CombinationRule::new);
        kinds.register("privacy-image", org.irlint.core.privacy.ImageRule::new);
        // professionalism
        // relevance
        // reach
    }
}
