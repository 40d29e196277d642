package org.irlint.core.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every {@link Requirement}'s strings in one Aho–Corasick automaton, so that one pass over a folded post finds which
 * of them it holds. A check asks about several hundred requirements, nearly all absent; searching for each string
 * on its own cost more than the patterns it saved.
 */
final class RequiredStrings {
    /** The requirements this automaton answers: numbers below this. */
    final int covered;
    /** By requirement number: the numbers of its strings. */
    private final int[][] stringsOf;
    private final int strings;
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
        stringsOf = new int[covered][];
        List<char[]> keyList = new ArrayList<>();
        List<int[]> targetList = new ArrayList<>();
        List<int[]> endList = new ArrayList<>();
        keyList.add(new char[0]);
        targetList.add(new int[0]);
        endList.add(new int[0]);
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
        this.strings = numbers.size();
        int n = keyList.size();
        keys = keyList.toArray(char[][]::new);
        targets = targetList.toArray(int[][]::new);
        ends = endList.toArray(int[][]::new);
        fail = new int[n];
        linkFailures();
        Arrays.fill(rootAscii, 0);
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

    /** Which strings occur in {@code folded}, as a bitmap by string number. */
    long[] find(CharSequence folded) {
        long[] found = new long[(strings + 63) >>> 6];
        int state = 0;
        for (int p = 0; p < folded.length(); p++) {
            char c = folded.charAt(p);
            int next;
            while ((next = state == 0 ? fromRoot(c) : child(state, c)) < 0 && state != 0) {
                state = fail[state];
            }
            state = Math.max(next, 0);
            for (int s : ends[state]) {
                found[s >>> 6] |= 1L << s;
            }
        }
        return found;
    }

    private int fromRoot(char c) {
        if (c < 128) {
            int t = rootAscii[c];
            return t == 0 ? -1 : t;
        }
        return child(0, c);
    }

    /** Whether requirement {@code id} holds, given what {@link #find} found. */
    boolean holds(int id, long[] found) {
        for (int s : stringsOf[id]) {
            if ((found[s >>> 6] & 1L << s) != 0) {
                return true;
            }
        }
        return false;
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
