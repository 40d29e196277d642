package org.irlint.core.relevance;

import java.util.Arrays;

/**
 * One post's analyzed tokens as term numbers ({@link TermIds}; tokens the index has never seen are left out, as
 * they carry no evidence and match no document) with the offset where each token's source text starts: a word
 * and the synonyms injected for it share a start. Also the distinct terms in order of first occurrence.
 * Built per check; not shared.
 */
final class PostTerms {
    int[] ids = new int[32];
    int[] starts = new int[32];
    int size;
    private int[] distinct;
    private int distinctSize = -1;

    void add(int id, int start) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            starts = Arrays.copyOf(starts, size * 2);
        }
        ids[size] = id;
        starts[size] = start;
        size++;
    }

    /** The distinct term numbers in order of first occurrence (an array of which the first {@link #distinctSize()} count). */
    int[] distinct() {
        if (distinctSize < 0) {
            distinct = new int[size];
            distinctSize = 0;
            IntSet seen = new IntSet(size);
            for (int i = 0; i < size; i++) {
                if (seen.add(ids[i])) {
                    distinct[distinctSize++] = ids[i];
                }
            }
        }
        return distinct;
    }

    int distinctSize() {
        distinct();
        return distinctSize;
    }

    /** Whether token {@code i} is the first occurrence of its term. */
    boolean[] firstOccurrences() {
        boolean[] first = new boolean[size];
        IntSet seen = new IntSet(size);
        for (int i = 0; i < size; i++) {
            first[i] = seen.add(ids[i]);
        }
        return first;
    }

    /** An open-addressing set of non-negative ints, sized for at most {@code capacity} members. */
    static final class IntSet {
        private final int[] slots;
        private final int mask;

        IntSet(int capacity) {
            int n = Integer.highestOneBit(Math.max(4, capacity * 2) - 1) << 1;
            slots = new int[n];
            Arrays.fill(slots, -1);
            mask = n - 1;
        }

        int slot(int v) {
            int h = v * 0x9E3779B9;
            return (h ^ h >>> 16) & mask;
        }

        /** False when already present. */
        boolean add(int v) {
            int i = slot(v);
            while (slots[i] != -1) {
                if (slots[i] == v) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            slots[i] = v;
            return true;
        }
    }
}
