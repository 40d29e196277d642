package org.irlint.core.rules;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.irlint.core.text.CaseFold;
import org.irlint.core.text.CharPositions;

/**
 * The literal phrases of every case-insensitive word list in one trie. A check scans a post with about fifty word
 * lists, and each used to walk its own trie at every word start (about 650 walks a check); the shared trie is
 * walked once per word start, and each list then looks up what it would have found ({@link Matches}).
 *
 * <p>Word lists register when compiled; {@link #refresh()} builds a new trie from the lists still alive (an engine
 * calls it once built). A list compiled after the last refresh is not in the trie and walks its own, so the answer
 * never depends on whether it is: the property tests compare the two.
 */
final class SharedTrie {
    private static final Object LOCK = new Object();
    private static final List<WeakReference<Phrases>> REGISTERED = new ArrayList<>();
    private static int nextId;
    private static volatile SharedTrie current = new SharedTrie(new Phrases.Node(), new boolean[0]);

    private final Phrases.Node root;
    /** By list number: whether the list's phrases are in the trie. */
    private final boolean[] included;
    /** The characters a word start must hold for the walk to get anywhere. */
    private final CharPositions.Set starts;

    private SharedTrie(Phrases.Node root, boolean[] included) {
        this.root = root;
        this.included = included;
        this.starts = CharPositions.Set.of(Phrases.trieStarts(root, CaseFold.INSENSITIVE), true);
    }

    /** A number for a list that will {@link #register} itself once built. */
    static int number() {
        synchronized (LOCK) {
            return nextId++;
        }
    }

    /** Adds a built list to the next {@link #refresh()}. */
    static void register(Phrases phrases) {
        synchronized (LOCK) {
            REGISTERED.add(new WeakReference<>(phrases));
        }
    }

    /** Rebuilds the shared trie from every registered list still in use. */
    static void refresh() {
        synchronized (LOCK) {
            Phrases.Node root = new Phrases.Node();
            boolean[] included = new boolean[nextId];
            REGISTERED.removeIf(ref -> ref.get() == null);
            for (WeakReference<Phrases> ref : REGISTERED) {
                Phrases p = ref.get();
                if (p != null) {
                    included[p.sharedId] = true;
                    for (String phrase : p.literals) {
                        Phrases.Node node = p.insert(root, phrase);
                        if (node.ids == null) {
                            node.ids = new int[] {p.sharedId};
                        } else if (node.ids[node.ids.length - 1] != p.sharedId) { // a list may repeat a phrase
                            node.ids = append(node.ids, p.sharedId);
                        }
                    }
                }
            }
            root.freeze();
            current = new SharedTrie(root, included);
        }
    }

    private static int[] append(int[] ids, int id) {
        int[] out = Arrays.copyOf(ids, ids.length + 1);
        out[ids.length] = id;
        return out;
    }

    /** What the shared trie finds in the indexed text, or null when list {@code id} is not in it. */
    static Matches matches(CharPositions index, int id) {
        SharedTrie trie = current;
        if (id >= trie.included.length || !trie.included[id]) {
            return null;
        }
        Object memo = index.attachment(trie);
        if (memo == null) {
            memo = trie.walk(index);
            index.attach(trie, memo);
        }
        return (Matches) memo;
    }

    private Matches walk(CharPositions index) {
        String text = index.text();
        Matches found = new Matches(text.length());
        long[] wordStarts = index.whereWordsStart(starts);
        for (int i = CharPositions.next(wordStarts, 0); i < text.length(); i = CharPositions.next(wordStarts, i + 1)) {
            int from = i;
            Phrases.walk(root, CaseFold.INSENSITIVE, text, i, text.length(), (node, to) -> {
                if (node.ids != null) {
                    for (int id : node.ids) {
                        found.add(from, id, to);
                    }
                }
            });
        }
        return found;
    }

    /** Every (list, end) the shared trie reaches from each start position of one text. */
    static final class Matches {
        private final int[] first;
        private final int words;
        /** The entries as (list << 32 | start), sorted, once a scan first asks where a list's entries start. */
        private long[] byList;
        private int[] starts = new int[16];
        private int[] next = new int[16];
        private int[] ids = new int[16];
        private int[] ends = new int[16];
        private int count;

        Matches(int length) {
            first = new int[length];
            words = (length + 63) >>> 6;
            Arrays.fill(first, -1);
        }

        void add(int start, int id, int end) {
            if (count == ids.length) {
                starts = Arrays.copyOf(starts, count * 2);
                next = Arrays.copyOf(next, count * 2);
                ids = Arrays.copyOf(ids, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = start;
            ids[count] = id;
            ends[count] = end;
            next[count] = first[start];
            first[start] = count++;
        }

        /** Where list {@code id} has an entry, as a bitmap of start positions for {@link CharPositions#next}. */
        long[] startsOf(int id) {
            if (byList == null) {
                byList = new long[count];
                for (int e = 0; e < count; e++) {
                    byList[e] = (long) ids[e] << 32 | starts[e];
                }
                Arrays.sort(byList);
            }
            long[] bitmap = new long[words];
            int at = Arrays.binarySearch(byList, (long) id << 32);
            for (int e = at < 0 ? -at - 1 : at; e < byList.length && (int) (byList[e] >>> 32) == id; e++) {
                int start = (int) byList[e];
                bitmap[start >>> 6] |= 1L << start;
            }
            return bitmap;
        }

        /** The end of list {@code id}'s longest entry starting at {@code start} and ending by {@code to}, or -1. */
        int longestEnd(int id, int start, int to) {
            int best = -1;
            for (int e = first[start]; e >= 0; e = next[e]) {
                if (ids[e] == id && ends[e] <= to && ends[e] > best) {
                    best = ends[e];
                }
            }
            return best;
        }
    }
}
