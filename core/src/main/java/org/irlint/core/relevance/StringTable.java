package org.irlint.core.relevance;

import java.util.Arrays;

/**
 * A compact string → number table for the per-check path: open addressing over one int array (hash and number
 * side by side) and every string's characters in one shared array, so a lookup straight from a token buffer
 * touches about three cache lines and makes no object. Filled once at start; read-only and thread-safe after.
 */
final class StringTable {
    private int[] slots = new int[2 * 1024]; // [hash, number + 1] pairs; number + 1 == 0 marks a free slot
    private int mask = 1023;
    private char[] pool = new char[8 * 1024];
    private int poolSize;
    private int[] bounds = new int[2 * 512]; // number → [offset, length]
    private int size;

    /** The string's number, adding it when new. */
    int add(CharSequence s) {
        char[] chars = s.toString().toCharArray();
        int found = get(chars, 0, chars.length);
        if (found >= 0) {
            return found;
        }
        if (2 * (size + 1) > mask) {
            rehash(2 * (mask + 1));
        }
        if (poolSize + chars.length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + chars.length));
        }
        System.arraycopy(chars, 0, pool, poolSize, chars.length);
        if (2 * size + 2 > bounds.length) {
            bounds = Arrays.copyOf(bounds, bounds.length * 2);
        }
        bounds[2 * size] = poolSize;
        bounds[2 * size + 1] = chars.length;
        poolSize += chars.length;
        put(hash(chars, 0, chars.length), size);
        return size++;
    }

    private void put(int hash, int number) {
        int i = hash & mask;
        while (slots[2 * i + 1] != 0) {
            i = (i + 1) & mask;
        }
        slots[2 * i] = hash;
        slots[2 * i + 1] = number + 1;
    }

    private void rehash(int capacity) {
        slots = new int[2 * capacity];
        mask = capacity - 1;
        for (int n = 0; n < size; n++) {
            put(hash(pool, bounds[2 * n], bounds[2 * n + 1]), n);
        }
    }

    /** The number of {@code buffer[offset, offset + length)}, or -1. */
    int get(char[] buffer, int offset, int length) {
        int h = hash(buffer, offset, length);
        int i = h & mask;
        while (true) {
            int number = slots[2 * i + 1] - 1;
            if (number < 0) {
                return -1;
            }
            if (slots[2 * i] == h && bounds[2 * number + 1] == length
                    && Arrays.equals(pool, bounds[2 * number], bounds[2 * number] + length, buffer, offset, offset + length)) {
                return number;
            }
            i = (i + 1) & mask;
        }
    }

    String string(int number) {
        return new String(pool, bounds[2 * number], bounds[2 * number + 1]);
    }

    int size() {
        return size;
    }

    private static int hash(char[] b, int offset, int length) {
        int h = 0;
        for (int i = offset, end = offset + length; i < end; i++) {
            h = 31 * h + b[i];
        }
        return h ^ (h >>> 16);
    }
}
