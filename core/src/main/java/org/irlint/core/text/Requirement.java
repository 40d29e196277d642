package org.irlint.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Text that a pattern cannot match without ({@link RequiredText}): a post holding none of its strings is not
 * searched. Every requirement is numbered and its strings go into one automaton ({@link RequiredStrings}), so that
 * a check finds all the strings a post holds in one pass and each question is then a lookup. Equal string sets
 * share one number, so rebuilding an engine with the same rules adds none.
 */
public final class Requirement {
    private static final Object LOCK = new Object();
    private static final Map<List<String>, Requirement> KNOWN = new ConcurrentHashMap<>();
    /** Guarded by {@link #LOCK}: the strings of each requirement, by number. */
    private static final List<String[]> ALL = new ArrayList<>();
    private static volatile int registered;
    private static volatile RequiredStrings automaton = RequiredStrings.of(List.of());

    final int id;
    final String[] strings;

    private Requirement(int id, String[] strings) {
        this.id = id;
        this.strings = strings;
    }

    /** The requirement that a text holds one of {@code strings} (folded as {@link RequiredText} folds); null for none. */
    public static Requirement of(String[] strings) {
        if (strings == null) {
            return null;
        }
        List<String> key = List.of(strings);
        Requirement known = KNOWN.get(key);
        if (known != null) {
            return known;
        }
        synchronized (LOCK) {
            return KNOWN.computeIfAbsent(key, k -> {
                Requirement made = new Requirement(ALL.size(), strings.clone());
                ALL.add(made.strings);
                registered = ALL.size();
                return made;
            });
        }
    }

    /** The automaton of every requirement so far, built again when requirements have been added since. */
    static RequiredStrings automaton() {
        RequiredStrings current = automaton;
        if (current.covered < registered) {
            synchronized (LOCK) {
                current = automaton;
                if (current.covered < ALL.size()) {
                    current = RequiredStrings.of(List.copyOf(ALL));
                    automaton = current;
                }
            }
        }
        return current;
    }
}
