package org.irlint.maven.suppress;

import java.util.Set;
import org.irlint.core.report.Category;

/**
 * Which rules a directive or setting names: exact ids ({@code privacy.phone}), a category
 * ({@code privacy} or {@code privacy.*}), an id prefix ({@code team.*}); an empty set names every rule.
 */
record RuleSelector(Set<String> names) {
    static final RuleSelector ALL = new RuleSelector(Set.of());

    boolean matches(String ruleId, Category category) {
        if (names.isEmpty()) {
            return true;
        }
        if (names.contains(ruleId) || (category != null && (names.contains(category.id()) || names.contains(category.id() + ".*")))) {
            return true;
        }
        int dot = ruleId.indexOf('.');
        return dot > 0 && names.contains(ruleId.substring(0, dot) + ".*");
    }
}
