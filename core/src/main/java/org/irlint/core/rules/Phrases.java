package org.irlint.core.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.irlint.core.text.CaseFold;
import org.irlint.core.text.FirstChars;

/**
 * A compiled word list: literal phrases in a character trie, {@code re:} entries as separate regular
 * expressions indexed by the characters they can start with. Matches are whole words (no letter, digit or
 * underscore just before or after) and, at one position, the longest entry wins.
 *
 * <p>One alternation of hundreds of phrases makes {@link java.util.regex.Pattern} try every alternative at
 * every character; here a position costs one trie walk plus the few expressions that can start with its
 * character, and positions inside a word are never tried.
 */
public final class Phrases {
    /** A trie node; {@code ' '} edges stand for any run of whitespace, as the regex {@code \s+} did. */
    static final class Node {
        char[] keys = new char[0];
        Node[] kids = new Node[0];
        boolean terminal;

        Node child(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i < 0 ? null : kids[i];
        }

        Node add(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) {
                return kids[i];
            }
            int at = -i - 1;
            char[] k = new char[keys.length + 1];
            Node[] n = new Node[kids.length + 1];
            System.arraycopy(keys, 0, k, 0, at);
            System.arraycopy(kids, 0, n, 0, at);
            k[at] = c;
            n[at] = new Node();
            System.arraycopy(keys, at, k, at + 1, keys.length - at);
            System.arraycopy(kids, at, n, at + 1, kids.length - at);
            keys = k;
            kids = n;
            return n[at];
        }
    }

    final CaseFold fold;
    final Node root = new Node();
    /** Per ASCII first character, one alternation of the expressions that can start with it. */
    private final Pattern[] regexByAscii = new Pattern[128];
    /** The expressions that can start with a character beyond ASCII (or with anything at all). */
    private final Pattern regexByOther;

    private Phrases(List<String> entries, boolean caseSensitive) {
        this.fold = caseSensitive ? CaseFold.SENSITIVE : CaseFold.INSENSITIVE;
        int flags = Pattern.UNICODE_CASE | (caseSensitive ? 0 : Pattern.CASE_INSENSITIVE);
        List<List<String>> byAscii = new ArrayList<>();
        for (int c = 0; c < 128; c++) {
            byAscii.add(new ArrayList<>());
        }
        List<String> other = new ArrayList<>();
        for (String entry : entries) {
            if (entry.isBlank()) {
                continue;
            }
            if (!entry.startsWith("re:")) {
                addPhrase(entry.strip());
                continue;
            }
            String re = entry.substring(3);
            Pattern.compile(re, flags); // reports a broken entry on its own, not inside a combined pattern
            FirstChars.Set first = FirstChars.of(re, flags);
            for (char c = 0; c < 128; c++) {
                if (first == null || first.contains(c)) {
                    byAscii.get(c).add(re);
                }
            }
            if (first == null || first.other()) {
                other.add(re);
            }
        }
        for (int c = 0; c < 128; c++) {
            regexByAscii[c] = byAscii.get(c).isEmpty() ? null : combine(byAscii.get(c), flags);
        }
        this.regexByOther = other.isEmpty() ? null : combine(other, flags);
    }

    /** One alternation, longest source first so that a longer expression is tried before its prefix. */
    private static Pattern combine(List<String> regexes, int flags) {
        List<String> sorted = new ArrayList<>(regexes);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return Pattern.compile("(?:" + String.join("|", sorted) + ")(?!" + Lexicon.WORD_CHAR + ")", flags);
    }

    /** Entries are literal phrases, or regular expressions when they start with {@code re:}. */
    public static Phrases compile(List<String> entries, boolean caseSensitive) {
        return new Phrases(entries, caseSensitive);
    }

    public PhraseScan matcher(CharSequence text) {
        return new PhraseScan(this, text);
    }

    /** Whether any entry occurs anywhere in {@code text}. */
    public boolean foundIn(CharSequence text) {
        return matcher(text).find();
    }

    /** Whether an entry occurs in {@code [from, to)}, ignoring matches that overlap {@code [start, end)}. */
    public boolean foundNear(CharSequence text, int from, int to, int start, int end) {
        PhraseScan m = matcher(text).region(from, to);
        while (m.find()) {
            if (m.end() <= start || m.start() >= end) {
                return true;
            }
        }
        return false;
    }

    /** Whether the whole of {@code s} is one entry. */
    public boolean matchesAll(CharSequence s) {
        PhraseScan m = matcher(s);
        return m.find() && m.start() == 0 && m.end() == s.length();
    }

    /** The alternation of expressions that can start with this character, or null. */
    Pattern regexStartingWith(char c) {
        return c < 128 ? regexByAscii[c] : regexByOther;
    }

    private void addPhrase(String phrase) {
        Node node = root;
        String[] words = phrase.split("\\s+");
        for (int w = 0; w < words.length; w++) {
            if (w > 0) {
                node = node.add(' ');
            }
            for (int i = 0; i < words[w].length(); i++) {
                node = node.add(fold.fold(words[w].charAt(i)));
            }
        }
        node.terminal = true;
    }
}
