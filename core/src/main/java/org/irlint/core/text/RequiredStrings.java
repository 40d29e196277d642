package org.irlint.core.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every {@link Requirement}'s strings in one Aho–Corasick automaton, so that one pass over a folded post finds which
 * requirements it satisfies, and each of the several hundred questions a check asks is then one bit. Searching for
 * each string on its own cost more than the patterns it saved.
 */
final class RequiredStrings {
    /** The requirements this automaton answers: numbers below this. */
    final int covered;
    /**
     * By string number, the requirements it satisfies: those of string {@code s} are
     * {@code satisfied[firstSatisfied[s]] .. satisfied[firstSatisfied[s + 1] - 1]}, in one array so that marking them
     * stays within a few cache lines.
     */
    private final int[] satisfied;
    private final int[] firstSatisfied;
    /** Per state: its sorted outgoing characters and the states they lead to. */
    private final char[][] keys;
    private final int[][] targets;
    /** From the root, by ASCII character (most steps start there again). */
    private final int[] rootAscii = new int[128];
    private final int[] fail;
    /** Per state: the strings that end there, its own and those of its failure chain. */
    private final int[][] ends;

    private RequiredStrings(List<String[]> requirements) {
        this.covered = requirements.size();
        Map<String, Integer> numbers = new HashMap<>();
        int[][] stringsOf = new int[covered][];
        List<char[]> keyList = new ArrayList<>();
        List<int[]> targetList = new ArrayList<>();
        List<int[]> endList = new ArrayList<>();
        keyList.add(new char[0]);
        targetList.add(new int[0]);
        endList.add(new int[0]);
        // 1. each distinct string numbered and added to the trie
        for (int r = 0; r < covered; r++) {
            String[] own = requirements.get(r);
            int[] ids = new int[own.length];
            for (int k = 0; k < own.length; k++) {
                Integer known = numbers.get(own[k]);
                if (known == null) {
                    known = numbers.size();
                    numbers.put(own[k], known);
                    int state = 0;
                    for (char c : own[k].toCharArray()) {
                        state = step(keyList, targetList, endList, state, c);
                    }
                    endList.set(state, append(endList.get(state), known));
                }
                ids[k] = known;
            }
            stringsOf[r] = ids;
        }
        // 2. the inverse: by string, the requirements it satisfies (counted, then filled)
        int strings = numbers.size();
        firstSatisfied = new int[strings + 1];
        for (int[] ids : stringsOf) {
            for (int id : ids) {
                firstSatisfied[id + 1]++;
            }
        }
        for (int i = 0; i < strings; i++) {
            firstSatisfied[i + 1] += firstSatisfied[i];
        }
        satisfied = new int[firstSatisfied[strings]];
        int[] filled = Arrays.copyOf(firstSatisfied, strings);
        for (int r = 0; r < covered; r++) {
            for (int id : stringsOf[r]) {
                satisfied[filled[id]++] = r;
            }
        }
        // 3. the trie frozen into arrays, and its failure links
        int n = keyList.size();
        keys = keyList.toArray(char[][]::new);
        targets = targetList.toArray(int[][]::new);
        ends = endList.toArray(int[][]::new);
        fail = new int[n];
        linkFailures();
        for (int i = 0; i < keys[0].length; i++) {
            if (keys[0][i] < 128) {
                rootAscii[keys[0][i]] = targets[0][i];
            }
        }
    }

    static RequiredStrings of(List<String[]> requirements) {
        return new RequiredStrings(requirements);
    }

    /** Adds the edge {@code state --c-->} if missing; returns its target. */
    private static int step(List<char[]> keyList, List<int[]> targetList, List<int[]> endList, int state, char c) {
        char[] k = keyList.get(state);
        int i = Arrays.binarySearch(k, c);
        if (i >= 0) {
            return targetList.get(state)[i];
        }
        int at = -i - 1;
        int made = keyList.size();
        keyList.add(new char[0]);
        targetList.add(new int[0]);
        endList.add(new int[0]);
        char[] nk = new char[k.length + 1];
        int[] nt = new int[k.length + 1];
        int[] t = targetList.get(state);
        System.arraycopy(k, 0, nk, 0, at);
        System.arraycopy(t, 0, nt, 0, at);
        nk[at] = c;
        nt[at] = made;
        System.arraycopy(k, at, nk, at + 1, k.length - at);
        System.arraycopy(t, at, nt, at + 1, k.length - at);
        keyList.set(state, nk);
        targetList.set(state, nt);
        return made;
    }

    /** Breadth first, so that a state's failure target is linked before the state itself. */
    private void linkFailures() {
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int t : targets[0]) {
            fail[t] = 0;
            queue.add(t);
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (int i = 0; i < keys[s].length; i++) {
                int t = targets[s][i];
                int f = fail[s];
                int g;
                while ((g = child(f, keys[s][i])) < 0 && f != 0) {
                    f = fail[f];
                }
                fail[t] = g >= 0 && g != t ? g : 0;
                if (ends[fail[t]].length > 0) {
                    ends[t] = merge(ends[t], ends[fail[t]]);
                }
                queue.add(t);
            }
        }
    }

    private int child(int state, char c) {
        int i = Arrays.binarySearch(keys[state], c);
        return i < 0 ? -1 : targets[state][i];
    }

    /** Which requirements {@code folded} satisfies, as a bitmap by requirement number. */
    long[] find(CharSequence folded) {
        long[] seen = new long[(firstSatisfied.length + 63) >>> 6];
        long[] holds = new long[(covered + 63) >>> 6];
        int state = 0;
        for (int p = 0; p < folded.length(); p++) {
            char c = folded.charAt(p);
            int next;
            while ((next = state == 0 ? fromRoot(c) : child(state, c)) < 0 && state != 0) {
                state = fail[state];
            }
            state = Math.max(next, 0);
            for (int s : ends[state]) {
                if ((seen[s >>> 6] & 1L << s) == 0) {
                    seen[s >>> 6] |= 1L << s;
                    for (int k = firstSatisfied[s]; k < firstSatisfied[s + 1]; k++) {
                        holds[satisfied[k] >>> 6] |= 1L << satisfied[k];
                    }
                }
            }
        }
        return holds;
    }

    private int fromRoot(char c) {
        if (c < 128) {
            int t = rootAscii[c];
            return t == 0 ? -1 : t;
        }
        return child(0, c);
    }

    /** Whether requirement {@code id} holds, given what {@link #find} found. */
    static boolean holds(int id, long[] found) {
        return (found[id >>> 6] & 1L << id) != 0;
    }

    private static int[] append(int[] a, int v) {
        int[] out = Arrays.copyOf(a, a.length + 1);
        out[a.length] = v;
        return out;
    }

    private static int[] merge(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
