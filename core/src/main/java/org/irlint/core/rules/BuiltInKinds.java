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
        kinds.register("privacy-name", org.irlint.core.privacy.NameRule::new);
        kinds.register("privacy-date", org.irlint.core.privacy.DateRule::new);
        kinds.register("privacy-age", org.irlint.core.privacy.AgeRule::new);
        kinds.register("privacy-location", org.irlint.core.privacy.LocationRule::new);
        kinds.register("privacy-unique", org.irlint.core.privacy.UniqueCharacteristicRule::new);
        kinds.register("privacy-combination", org.irlint.core.privacy.CombinationRule::new);
        kinds.register("privacy-image", org.irlint.core.privacy.ImageRule::new);
        kinds.register("privacy-name-context", org.irlint.core.privacy.PersonMentionRule::new);
        kinds.register("privacy-age-words", org.irlint.core.privacy.SpelledAgeRule::new);
        kinds.register("privacy-place-context", org.irlint.core.privacy.InternationalPlaceRule::new);
        kinds.register("privacy-url-profile", org.irlint.core.privacy.ProfileUrlRule::new);
        kinds.register("privacy-event-combination", org.irlint.core.privacy.EventCombinationRule::new);
        kinds.register("privacy-date-extra", org.irlint.core.privacy.ShortDateRule::new);
        kinds.register("privacy-distinctive-mark", org.irlint.core.privacy.DistinctiveMarkRule::new);
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
