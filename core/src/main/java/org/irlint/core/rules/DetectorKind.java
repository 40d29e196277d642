package org.irlint.core.rules;

/**
 * Builds a rule from its data-file definition. Each {@code kind:} in a rule file names one of these, so a
 * content team writes YAML and the Java stays where it is.
 */
@FunctionalInterface
public interface DetectorKind {
    Rule create(RuleSpec spec);
}
