package org.irlint.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DialableViewTest {

    @Test
    void undoesDisguisesCharacterForCharacter() {
        String text = "cell 617 • 555 • O142 or 617_555_0l42";
        String view = DialableView.of(text);
        assertEquals("cell 617 - 555 - 0142 or 617-555-0142", view);
        assertEquals(text.length(), view.length(), "offsets must not move");
    }

    @Test
    void leavesWordsAndOrdinaryTextAlone() {
        String text = "Old protocol: 10 mL of O2 • lol • IO access in 2 min";
        assertEquals(text, DialableView.of(text));
    }
}
