package org.irlint.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Items filed under every ASCII character they can start with ({@link FirstChars}), and under "beyond ASCII" when
 * they can start there too; an item whose first characters are unknown is filed everywhere.
 */
public final class FirstCharIndex<T> {
    private final List<List<T>> ascii = new ArrayList<>(128);
    private final List<T> other = new ArrayList<>();

    public FirstCharIndex() {
        for (int c = 0; c < 128; c++) {
            ascii.add(new ArrayList<>());
        }
    }

    /** Files {@code item}; {@code first} null means it may start with anything. */
    public void add(T item, FirstChars.Set first) {
        for (char c = 0; c < 128; c++) {
            if (first == null || first.contains(c)) {
                ascii.get(c).add(item);
            }
        }
        if (first == null || first.other()) {
            other.add(item);
        }
    }

    /** The items that can start with ASCII character {@code c}, in the order they were added. */
    public List<T> ascii(char c) {
        return ascii.get(c);
    }

    /** The items that can start with a character beyond ASCII, in the order they were added. */
    public List<T> other() {
        return other;
    }
}
