package org.irlint.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceLoaderTest {
    @Test
    void sharedValuesMayBeBuiltFromOtherSharedValues() {
        ResourceLoader loader = new ResourceLoader();
        Integer outer = loader.shared("outer", k -> loader.<Integer>shared("inner", k2 -> 41) + 1);
        assertEquals(42, outer);
        assertSame(outer, loader.shared("outer", k -> -1), "computed once, then shared");
    }

    @Test
    void linesSkipCommentsAndBlanks() {
        List<String> lines = new ResourceLoader().lines("irlint/rules/index.txt");
        assertEquals(false, lines.isEmpty());
        assertEquals(false, lines.stream().anyMatch(l -> l.startsWith("#") || l.isBlank()));
    }

    @Test
    void aMissingResourceSaysWhich() {
        RuleFileException e = assertThrows(RuleFileException.class, () -> new ResourceLoader().lines("irlint/nope.txt"));
        assertEquals(true, e.getMessage().contains("irlint/nope.txt"));
    }
}
