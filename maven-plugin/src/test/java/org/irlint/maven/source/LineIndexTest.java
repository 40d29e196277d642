package org.irlint.maven.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineIndexTest {
    @Test
    void knowsEveryLineBreakStyle() {
        LineIndex idx = new LineIndex("a\nbb\r\nccc\rd");
        assertEquals(4, idx.lineCount());
        assertEquals(new Position(1, 1), idx.at(0));
        assertEquals(new Position(2, 2), idx.at(3));
        assertEquals(new Position(3, 1), idx.at(6));
        assertEquals(new Position(4, 1), idx.at(10));
        assertEquals("bb", idx.line(2));
        assertEquals("ccc", idx.line(3));
    }

    @Test
    void columnsCountUtf16UnitsSoEmojiTakeTwo() {
        LineIndex idx = new LineIndex("x\n😀患x");
        assertEquals(new Position(2, 3), idx.at(4)); // after the surrogate pair
        assertEquals(new Position(2, 4), idx.at(5)); // after the CJK character
    }

    @Test
    void yamlCodePointColumnsBecomeUtf16Offsets() {
        LineIndex idx = new LineIndex("k: 😀 v\n");
        // code point column 5 is 'v' (k, :, space, emoji, space): UTF-16 offset 6
        assertEquals(6, idx.offsetOfCodePointColumn(1, 6));
        assertEquals('v', "k: 😀 v\n".charAt(idx.offsetOfCodePointColumn(1, 6)));
    }
}
