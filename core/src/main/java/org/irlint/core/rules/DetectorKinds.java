package org.irlint.core.rules;

import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code kind:} names rule files may use. Generic kinds ({@code lexicon}, {@code pattern}) let content
 * teams write rules without Java; the others are detectors whose logic needs code (checksums,
 * libphonenumber, gazetteers, date grammar, Lucene) but whose words, messages and examples stay in data.
 */
public final class DetectorKinds {
    private final Map<String, DetectorKind> kinds = new TreeMap<>();

    public static DetectorKinds builtIn() {
        DetectorKinds k = new DetectorKinds();
        k.register("lexicon", LexiconRule::new);
        k.register("pattern", PatternRule::new);
        k.register("cooccurrence", CooccurrenceRule::new);
        BuiltInKinds.registerAll(k);
        return k;
    }

    public DetectorKinds register(String name, DetectorKind kind) {
        kinds.put(name, kind);
        return this;
    }

    public Rule create(RuleSpec spec) {
        DetectorKind kind = kinds.get(spec.kind());
        if (kind == null) {
            throw new RuleFileException(spec.info().source(), "rule " + spec.id() + " has unknown kind '" + spec.kind()
                    + "' (known kinds: " + String.join(", ", kinds.keySet()) + ")");
        }
        return kind.create(spec);
    }
}
