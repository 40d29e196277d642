package org.irlint.core.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.irlint.core.text.CaseFold;
import org.irlint.core.text.CharPositions;
import org.irlint.core.text.FirstCharIndex;
import org.irlint.core.text.FirstChars;
import org.irlint.core.text.RequiredText;
import org.irlint.core.text.Requirement;
import org.irlint.core.text.StartPairs;

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
        /** In the {@link SharedTrie}: the numbers of the lists an entry ending here belongs to. */
        int[] ids;

        /** Children by ASCII character, for nodes with many (the root has one per first letter). */
        Node[] ascii;

        Node child(char c) {
            if (ascii != null && c < 128) {
                return ascii[c];
            }
            int i = Arrays.binarySearch(keys, c);
            return i < 0 ? null : kids[i];
        }

        void freeze() {
            if (keys.length >= 4) {
                ascii = new Node[128];
                for (int i = 0; i < keys.length; i++) {
                    if (keys[i] < 128) {
                        ascii[keys[i]] = kids[i];
                    }
                }
            }
            for (Node kid : kids) {
                kid.freeze();
            }
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
    /**
     * A {@code re:} entry, with the characters and pairs of ASCII characters a match can start with ({@code starts} is
     * {@code first} as {@link CharPositions} asks for it) and the text it cannot match without ({@link RequiredText}).
     */
    record Expression(int id, Pattern pattern, FirstChars.Set first, CharPositions.Set starts, StartPairs pairs, Requirement required) {
        boolean mayStartWith(char c1, int c2) {
            if (first != null && !first.contains(c1)) {
                return false;
            }
            return pairs == null || c1 >= 128 || c2 < 0 || c2 >= 128 || pairs.allows(c1, (char) c2);
        }
    }

    private static final Expression[] NONE = new Expression[0];
    private static final CharPositions.Set ANY = new CharPositions.Set(-1L, -1L, true);
    /** Every expression, numbered in the order of the entries. */
    final Expression[] expressions;
    /** Per ASCII first character, the expressions that can start with it; for texts without an index. */
    private final Expression[][] byAscii = new Expression[128][];
    /** The expressions that can start with a character beyond ASCII. */
    private final Expression[] byOther;
    /** The literal entries, for the {@link SharedTrie}. */
    final List<String> literals;
    /** This list's number in the {@link SharedTrie}; -1 for case-sensitive lists and lists without literals. */
    final int sharedId;
    /**
     * The characters a literal entry can start with: where a scan without the shared trie must look. Anything beyond
     * ASCII is looked at too, since it may fold to an ASCII letter.
     */
    final CharPositions.Set literalStarts;

    private Phrases(List<String> entries, boolean caseSensitive) {
        this.fold = caseSensitive ? CaseFold.SENSITIVE : CaseFold.INSENSITIVE;
        int flags = Pattern.UNICODE_CASE | (caseSensitive ? 0 : Pattern.CASE_INSENSITIVE);
        FirstCharIndex<Expression> index = new FirstCharIndex<>();
        List<String> literals = new ArrayList<>();
        List<Expression> expressions = new ArrayList<>();
        for (String entry : entries) {
            if (entry.isBlank()) {
                continue;
            }
            if (!entry.startsWith("re:")) {
                addPhrase(entry.strip());
                literals.add(entry.strip());
                continue;
            }
            String re = entry.substring(3);
            Pattern pattern = Pattern.compile("(?:" + re + ")(?!" + Lexicon.WORD_CHAR + ")", flags);
            FirstChars.Set first = FirstChars.of(re, flags);
            CharPositions.Set starts = first == null ? ANY : CharPositions.Set.of(first.ascii(), first.other());
            Expression e = new Expression(expressions.size(), pattern, first, starts, first == null ? null : StartPairs.of(pattern),
                    Requirement.of(RequiredText.of(re)));
            expressions.add(e);
            index.add(e, first);
        }
        for (char c = 0; c < 128; c++) {
            byAscii[c] = index.ascii(c).toArray(NONE);
        }
        this.byOther = index.other().toArray(NONE);
        root.freeze();
        this.expressions = expressions.toArray(NONE);
        this.literalStarts = CharPositions.Set.of(trieStarts(root, fold), !literals.isEmpty());
        boolean shared = !caseSensitive && !literals.isEmpty();
        this.literals = shared ? List.copyOf(literals) : List.of();
        this.sharedId = shared ? SharedTrie.number() : -1;
        if (shared) {
            SharedTrie.register(this);
        }
    }

    /** Puts the literal word lists of every engine built so far into one trie (see {@link SharedTrie}). */
    public static void shareLiterals() {
        SharedTrie.refresh();
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

    /**
     * Whether an entry's match covers all of {@code [start, end)}: "painless jaundice" covers "painless", "image-guided"
     * covers "image". Looks {@code reach} characters either side for the longer phrase.
     */
    public boolean covers(CharSequence text, int start, int end, int reach) {
        PhraseScan m = matcher(text).region(Math.max(0, start - reach), Math.min(text.length(), end + reach));
        while (m.find()) {
            if (m.start() <= start && end <= m.end()) {
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

    /** The expressions that can start with {@code c}, for a text without an index. */
    Expression[] expressionsStartingWith(char c) {
        return c < 128 ? byAscii[c] : byOther;
    }

    /**
     * The expressions whose required text the indexed text holds: the only ones a scan of it need try. Nearly every
     * expression requires a word that a given post lacks, so this is usually empty or one or two long.
     */
    Expression[] expressionsPossibleIn(CharPositions index) {
        if (expressions.length == 0) {
            return NONE;
        }
        List<Expression> possible = null;
        for (Expression e : expressions) {
            if (e.required() == null || index.holds(e.required())) {
                if (possible == null) {
                    possible = new ArrayList<>();
                }
                possible.add(e);
            }
        }
        return possible == null ? NONE : possible.toArray(NONE);
    }

    /** The characters any of {@code expressions} can start with. */
    static CharPositions.Set startsOf(Expression[] expressions) {
        long low = 0;
        long high = 0;
        boolean beyond = false;
        for (Expression e : expressions) {
            CharPositions.Set s = e.starts();
            low |= s.low();
            high |= s.high();
            beyond |= s.beyond();
        }
        return new CharPositions.Set(low, high, beyond);
    }

    /** By ASCII character: whether a walk of the trie under {@code root} can take its first step on it. */
    static boolean[] trieStarts(Node root, CaseFold fold) {
        boolean[] ascii = new boolean[128];
        for (char c = 0; c < 128; c++) {
            ascii[c] = root.child(Lexicon.isSpace(c) ? ' ' : fold.fold(c)) != null;
        }
        return ascii;
    }

    /** Told of each node where a walk ends a whole word. */
    interface WordEnd {
        void at(Node node, int end);
    }

    /**
     * Walks the trie under {@code root} through {@code text} from {@code i}, no further than {@code to}, folding each
     * character and letting one ' ' edge take any run of whitespace, and tells {@code wordEnd} of every node it
     * reaches where a word ends (no word character follows, even beyond {@code to}).
     */
    static void walk(Node root, CaseFold fold, CharSequence text, int i, int to, WordEnd wordEnd) {
        Node node = root;
        int j = i;
        while (j < to) {
            char c = text.charAt(j);
            if (Lexicon.isSpace(c)) {
                node = node.child(' ');
                do {
                    j++;
                } while (j < to && Lexicon.isSpace(text.charAt(j)));
            } else {
                node = node.child(fold.fold(c));
                j++;
            }
            if (node == null) {
                return;
            }
            if ((node.terminal || node.ids != null) && (j == text.length() || !CharPositions.isWordChar(Character.codePointAt(text, j)))) {
                wordEnd.at(node, j);
            }
        }
    }

    private void addPhrase(String phrase) {
        insert(root, phrase).terminal = true;
    }

    /** The node {@code phrase} ends at under {@code from}, made as needed: words joined by ' ' edges, folded. */
    Node insert(Node from, String phrase) {
        Node node = from;
        String[] words = phrase.split("\\s+");
        for (int w = 0; w < words.length; w++) {
            if (w > 0) {
                node = node.add(' ');
            }
            for (int i = 0; i < words[w].length(); i++) {
                node = node.add(fold.fold(words[w].charAt(i)));
            }
        }
        return node;
    }
}
