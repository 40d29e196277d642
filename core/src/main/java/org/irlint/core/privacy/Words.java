package org.irlint.core.privacy;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.irlint.core.rules.Lexicon;
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
    static Pattern phrases(RuleSpec spec, String name) {
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

    static Pattern requiredPhrases(RuleSpec spec, String name) {
        Pattern p = phrases(spec, name);
        if (p == null) {
            throw spec.error("needs a non-empty '" + name + "' list");
        }
        return p;
    }

    static String key(String s) {
        return s.strip().replace('’', '\'').toLowerCase(Locale.ROOT);
    }
}
