package org.irlint.core.relevance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The per-check analysis of a post into {@link PostTerms}: the same terms, at the same offsets, as the query
 * chain of {@link ReferenceAnalyzer} (synonyms by {@link PhraseSynonymFilter}, then possessives and minimal
 * stemming), compiled for speed. Lucene's chain runs only up to lower-casing; each word is then looked up once
 * in one {@link StringTable} that says, by the word's number, which indexed term it ends as (with and without
 * stemming) and whether a synonym rule starts with it. Synonym rules are matched over those numbers, and their
 * outputs are stored as term numbers. Measured inside the engine, this and {@link RelevanceScorer}'s arrays
 * replaced about two thirds of the relevance cost of a check, most of it cache misses in hash lookups.
 * Thread-safe (Lucene reuses the token stream per thread; everything else is read-only).
 */
final class PostAnalyzer {
    private final ReferenceAnalyzer surface;
    private final StringTable words;
    private final int terms;
    /** Per word number: [term when stemmed, term when a keyword (not stemmed), trie node]; -1 for none. */
    private final int[] info;
    /** Trie node → its children's word numbers and node numbers (parallel), the rule's outputs, keep originals. */
    private final int[][] childWords;
    private final int[][] childNodes;
    private final int[][] outputs;
    private final boolean[] keepOriginal;

    PostAnalyzer(ReferenceAnalyzer.Vocabulary vocabulary, SynonymMap synonyms, TermIds ids) {
        this.surface = ReferenceAnalyzer.surface(vocabulary);
        this.words = new StringTable();
        this.terms = ids.size();
        for (int id = 0; id < terms; id++) {
            if (words.add(ids.term(id)) != id) {
                throw new IllegalStateException("term numbers must come first");
            }
        }
        // Number the trie's nodes breadth-first and its words into the table.
        PhraseSynonymFilter.Node root = PhraseSynonymFilter.trie(synonyms);
        List<PhraseSynonymFilter.Node> nodes = new ArrayList<>();
        Map<PhraseSynonymFilter.Node, Integer> number = new IdentityHashMap<>();
        nodes.add(root);
        number.put(root, 0);
        for (int n = 0; n < nodes.size(); n++) {
            CharArrayMap<PhraseSynonymFilter.Node> next = nodes.get(n).next;
            if (next != null) {
                for (Map.Entry<Object, PhraseSynonymFilter.Node> e : next.entrySet()) {
                    words.add(new String((char[]) e.getKey()));
                    number.put(e.getValue(), nodes.size());
                    nodes.add(e.getValue());
                }
            }
        }
        int count = nodes.size();
        childWords = new int[count][];
        childNodes = new int[count][];
        outputs = new int[count][];
        keepOriginal = new boolean[count];
        info = new int[3 * words.size()];
        Arrays.fill(info, -1);
        char[] scratch = new char[64];
        for (int w = 0; w < words.size(); w++) {
            char[] chars = words.string(w).toCharArray();
            info[3 * w] = termOf(chars, chars.length, false, scratch);
            info[3 * w + 1] = termOf(chars, chars.length, true, scratch);
        }
        for (int n = 0; n < count; n++) {
            PhraseSynonymFilter.Node node = nodes.get(n);
            CharArrayMap<PhraseSynonymFilter.Node> next = node.next;
            int size = next == null ? 0 : next.size();
            childWords[n] = new int[size];
            childNodes[n] = new int[size];
            int i = 0;
            if (next != null) {
                for (Map.Entry<Object, PhraseSynonymFilter.Node> e : next.entrySet()) {
                    char[] key = (char[]) e.getKey();
                    int word = words.get(key, 0, key.length);
                    childWords[n][i] = word;
                    childNodes[n][i++] = number.get(e.getValue());
                    if (n == 0) {
                        info[3 * word + 2] = number.get(e.getValue());
                    }
                }
            }
            if (node.outputs != null) {
                int[] out = new int[node.outputs.length];
                int k = 0;
                for (char[] word : node.outputs) {
                    int term = termOf(word, word.length, false, scratch); // injected words are not keywords
                    if (term >= 0) {
                        out[k++] = term;
                    }
                }
                outputs[n] = Arrays.copyOf(out, k);
                keepOriginal[n] = node.keepOriginal;
            }
        }
    }

    /** The indexed term a word ends as after the possessive and (unless a keyword) the plural stemmer; -1 for none. */
    private int termOf(char[] chars, int length, boolean keyword, char[] scratch) {
        if (scratch.length < length) {
            scratch = new char[length];
        }
        System.arraycopy(chars, 0, scratch, 0, length);
        int len = length;
        // EnglishPossessiveFilter
        if (len >= 2 && (scratch[len - 1] == 's' || scratch[len - 1] == 'S')
                && (scratch[len - 2] == '\'' || scratch[len - 2] == '\u2019' || scratch[len - 2] == '\uFF07')) {
            len -= 2;
        }
        if (!keyword) {
            len = STEMMER.stem(scratch, len);
        }
        int id = words.get(scratch, 0, len);
        return id < terms ? id : -1;
    }

    private static final EnglishMinimalStemmer STEMMER = new EnglishMinimalStemmer();

    /** Adds the post's terms, with their start offsets, to {@code into}. */
    void analyze(String text, PostTerms into) {
        int[] word = new int[32];
        int[] term = new int[32];
        int[] start = new int[32];
        int n = 0;
        char[] scratch = new char[64];
        try (TokenStream ts = surface.tokenStream(ReferenceIndex.BODY, text)) {
            CharTermAttribute chars = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            KeywordAttribute keyword = ts.addAttribute(KeywordAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (n == word.length) {
                    word = Arrays.copyOf(word, n * 2);
                    term = Arrays.copyOf(term, n * 2);
                    start = Arrays.copyOf(start, n * 2);
                }
                int w = words.get(chars.buffer(), 0, chars.length());
                word[n] = w;
                if (w >= 0) {
                    term[n] = info[3 * w + (keyword.isKeyword() ? 1 : 0)];
                } else {
                    if (scratch.length < chars.length()) {
                        scratch = new char[chars.length()];
                    }
                    term[n] = termOf(chars.buffer(), chars.length(), keyword.isKeyword(), scratch);
                }
                start[n++] = offset.startOffset();
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Synonym rules: at each word the longest rule that matches wins, as in PhraseSynonymFilter.
        for (int i = 0; i < n; ) {
            int node = word[i] >= 0 ? info[3 * word[i] + 2] : -1;
            int best = -1;
            int bestNode = -1;
            for (int j = i; node >= 0; ) {
                if (outputs[node] != null) {
                    best = j;
                    bestNode = node;
                }
                if (++j >= n || word[j] < 0) {
                    break;
                }
                node = child(node, word[j]);
            }
            if (best < 0) {
                emit(into, term[i], start[i]);
                i++;
                continue;
            }
            for (int t : outputs[bestNode]) {
                into.add(t, start[i]);
            }
            if (keepOriginal[bestNode]) {
                for (int k = i; k <= best; k++) {
                    emit(into, term[k], start[k]);
                }
            }
            i = best + 1;
        }
    }

    private int child(int node, int word) {
        int[] keys = childWords[node];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == word) {
                return childNodes[node][i];
            }
        }
        return -1;
    }

    private static void emit(PostTerms into, int term, int start) {
        if (term >= 0) {
            into.add(term, start);
        }
    }
}
