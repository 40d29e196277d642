package org.irlint.core.reach;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.irlint.core.relevance.HashtagCatalogue;
import org.irlint.core.rules.CheckContext;
import org.irlint.core.rules.SpecRule;
import org.irlint.core.rules.RuleSpec;
import org.irlint.core.text.Entity;

/**
 * {@code kind: hashtag-case} — screen readers read {@code #InterventionalRadiology} word by word but spell
 * out {@code #interventionalradiology}. Known tags (the hashtag catalogue) get their CamelCase spelling as
 * the suggestion; other long all-lower-case or all-caps tags get a hint without one.
 */
public final class HashtagCaseRule extends SpecRule {
    private final Map<String, String> known;
    private final int minLength;

    public HashtagCaseRule(RuleSpec spec) {
        super(spec);
        this.minLength = spec.integer("minLength", 10);
        this.known = spec.resources().shared("hashtag-spellings:" + spec.string("catalogue", HashtagCatalogue.RESOURCE),
                k -> spellings(HashtagCatalogue.load(spec.resources(), spec.string("catalogue", HashtagCatalogue.RESOURCE))));
    }

    private static Map<String, String> spellings(HashtagCatalogue catalogue) {
        Map<String, String> byLower = new HashMap<>();
        for (HashtagCatalogue.Entry e : catalogue.entries()) {
            byLower.put(e.tag().substring(1).toLowerCase(Locale.ROOT), e.tag());
        }
        return Map.copyOf(byLower);
    }

    @Override
    public void check(CheckContext context) {
        for (Entity tag : context.entities().of(Entity.Kind.HASHTAG)) {
            String word = tag.value();
            String camel = known.get(word.toLowerCase(Locale.ROOT));
            if (camel != null && !camel.substring(1).equals(word) && isFlatCase(word)) {
                context.reportOriginal(this, tag.start(), tag.end(), message, List.of(camel));
            } else if (camel == null && word.length() >= minLength && isFlatCase(word) && word.chars().allMatch(Character::isLetter)) {
                context.reportOriginal(this, tag.start(), tag.end(), message, List.of());
            }
        }
    }

    /** All lower case or all upper case: no visible word boundaries. */
    private static boolean isFlatCase(String word) {
        return word.equals(word.toLowerCase(Locale.ROOT)) || word.equals(word.toUpperCase(Locale.ROOT));
    }
}
