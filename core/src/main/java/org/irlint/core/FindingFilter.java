package org.irlint.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.irlint.core.report.Category;
import org.irlint.core.report.Finding;

/**
 * The last step before scoring: drops allowlisted values, keeps one privacy finding where detectors
 * overlap (the most severe, then the longest), keeps one finding per rule and span, and orders by offset.
 */
final class FindingFilter {
    private static final Comparator<Finding> STRONGEST = Comparator
            .comparing(Finding::severity).reversed()
            .thenComparing(Comparator.comparingInt(Finding::length).reversed());

    private final Set<String> allowlist;

    FindingFilter(Collection<String> allowlist) {
        Set<String> keys = new HashSet<>();
        for (String v : allowlist) {
            String k = key(v);
            if (!k.isEmpty()) {
                keys.add(k);
            }
        }
        this.allowlist = Set.copyOf(keys);
    }

    /** Letters and digits only, lower case: "(555) 402-1190" and "555.402.1190" are the same value. */
    static String key(String value) {
        StringBuilder k = new StringBuilder(value.length());
        value.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(k::appendCodePoint);
        return k.toString();
    }

    List<Finding> apply(String text, List<Finding> findings) {
        List<Finding> kept = new ArrayList<>(findings.size());
        List<Finding> privacy = new ArrayList<>();
        for (Finding f : findings) {
            if (!allowlist.isEmpty() && allowlist.contains(key(text.substring(f.offset(), f.end())))) {
                continue;
            }
            if (f.category() == Category.PRIVACY) {
                privacy.add(f);
            } else if (kept.stream().noneMatch(k -> k.ruleId().equals(f.ruleId()) && k.offset() == f.offset() && k.length() == f.length())) {
                kept.add(f);
            }
        }
        privacy.sort(STRONGEST);
        List<Finding> chosen = new ArrayList<>();
        for (Finding f : privacy) {
            // strongest first, so a finding overlapping a chosen one adds nothing the author must fix
            if (chosen.stream().noneMatch(c -> c.overlaps(f.offset(), f.end()))) {
                chosen.add(f);
            }
        }
        kept.addAll(chosen);
        kept.sort(Comparator.comparingInt(Finding::offset).thenComparingInt(Finding::length)
                .thenComparing(Finding::ruleId));
        return kept;
    }
}
