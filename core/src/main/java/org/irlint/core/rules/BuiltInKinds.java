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
        org.irlint.core.privacy.IdentifierValidators.register();
        kinds.register("labelled-identifier", org.irlint.core.privacy.LabelledIdentifierRule::new);
        kinds.register("phone-number", org.irlint.core.privacy.PhoneNumberRule::new);
        kinds.register("email-address", org.irlint.core.privacy.EmailAddressRule::new);
        kinds.register("patient-url", org.irlint.core.privacy.PatientUrlRule::new);
        // professionalism
        // relevance
        kinds.register("off-focus", org.irlint.core.relevance.OffFocusRule::new);
        // reach
        kinds.register("post-length", org.irlint.core.reach.LengthRule::new);
        kinds.register("hashtag-count", org.irlint.core.reach.HashtagCountRule::new);
        kinds.register("hashtag-case", org.irlint.core.reach.HashtagCaseRule::new);
        kinds.register("plain-language", org.irlint.core.reach.PlainLanguageRule::new);
        kinds.register("readability", org.irlint.core.reach.ReadabilityRule::new);
        kinds.register("alt-text", org.irlint.core.reach.AltTextRule::new);
        kinds.register("source-link", org.irlint.core.reach.SourceLinkRule::new);
    }
}
