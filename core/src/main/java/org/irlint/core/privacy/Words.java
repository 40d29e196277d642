package org.irlint.core.privacy;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.irlint.core.rules.Lexicon;
import org.irlint.core.rules.Phrases;
import org.irlint.core.rules.RuleSpec;

/** Small helpers for the word lists a privacy rule reads from its rule file. */
final class Words {
    private Words() {
    }

    /** A rule-file list as a lower-case set (apostrophes straightened). */
    static Set<String> set(RuleSpec spec, String name) {
        Set<String> out = new HashSet<>();
        for (String s : spec.strings(name)) {
            out.add(key(s));
        }
        return Set.copyOf(out);
    }

    /** A rule-file list of phrases (or {@code re:} expressions) as one whole-word pattern; null when empty. */
    static Phrases phrases(RuleSpec spec, String name) {
        List<String> list = spec.strings(name);
        if (list.isEmpty()) {
            return null;
        }
        try {
            return Lexicon.compile(list);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw spec.error("has a bad expression in '" + name + "': " + e.getDescription());
        }
    }

    /**
     * Like {@link #phrases} but case-sensitive, for matching the lower-cased copy of the text
     * ({@link PatientContext#lower()}): far cheaper than case-insensitive matching. Phrases are lower-cased;
     * {@code re:} entries are used as written, so they must be written in lower case.
     */
    static Phrases lowerPhrases(RuleSpec spec, String name) {
        List<String> list = spec.strings(name).stream().map(s -> s.startsWith("re:") ? s : s.toLowerCase(Locale.ROOT)).toList();
        if (list.isEmpty()) {
            throw spec.error("needs a non-empty '" + name + "' list");
        }
        try {
            return Lexicon.compile(list, true);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw spec.error("has a bad expression in '" + name + "': " + e.getDescription());
        }
    }

    static Phrases requiredPhrases(RuleSpec spec, String name) {
        Phrases p = phrases(spec, name);
        if (p == null) {
            throw spec.error("needs a non-empty '" + name + "' list");
        }
        return p;
    }

    static String key(String s) {
        return s.strip().replace('’', '\'').toLowerCase(Locale.ROOT);
    }
}
