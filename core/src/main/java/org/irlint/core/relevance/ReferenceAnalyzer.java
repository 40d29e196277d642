package org.irlint.core.relevance;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The analysis chain for posts and reference material:
 * UAX#29 tokenizer (URLs, e-mails and emoji dropped) → CamelCase split of hashtags and handles → acronym
 * marker → lower case except acronyms → synonyms ({@link PhraseSynonymFilter}) → English possessive and minimal (plural) stemming,
 * which skips acronyms. Synonyms expand posts and queries only (see {@link #forIndex}).
 *
 * <p>Reuses its token streams per thread (Lucene's default), so analyzing a post allocates little.
 */
public final class ReferenceAnalyzer extends Analyzer {
    private static final Set<String> DROPPED_TYPES = Set.of("<URL>", "<EMAIL>", "<EMOJI>");

    private final CharArraySet acronyms;
    private final boolean acronymsCased;
    private final CharArraySet unsplit;
    /** The synonym rules as a word trie; null for the chain without synonyms. */
    private final PhraseSynonymFilter.Node synonyms;
    /** Stop after lower-casing: the words as synonym rules see them, before possessives and stemming. */
    private final boolean surfaceOnly;

    private ReferenceAnalyzer(Vocabulary vocabulary, SynonymMap synonyms) {
        this(vocabulary, synonyms, false);
    }

    private ReferenceAnalyzer(Vocabulary vocabulary, SynonymMap synonyms, boolean surfaceOnly) {
        this.acronyms = vocabulary.acronyms;
        this.acronymsCased = AcronymFilter.allCased(vocabulary.acronyms);
        this.unsplit = vocabulary.unsplit;
        this.synonyms = synonyms == null || synonyms.fst == null ? null : PhraseSynonymFilter.trie(synonyms);
        this.surfaceOnly = surfaceOnly;
    }

    /** The chain up to lower-casing (see {@link PostAnalyzer}, which does the rest itself). */
    static ReferenceAnalyzer surface(Vocabulary vocabulary) {
        return new ReferenceAnalyzer(vocabulary, null, true);
    }

    /** The chain before synonyms: how synonym rules themselves are read. */
    static ReferenceAnalyzer base(Vocabulary vocabulary) {
        return new ReferenceAnalyzer(vocabulary, null);
    }

    /** For posts and queries. */
    public static ReferenceAnalyzer forQueries(Vocabulary vocabulary, SynonymMap synonyms) {
        return new ReferenceAnalyzer(vocabulary, synonyms);
    }

    /**
     * For indexing: no synonyms. Expanding multi-word synonyms at index time would multiply the reference
     * documents' term counts (and skew the IR-versus-background statistics); posts are expanded instead.
     */
    public static ReferenceAnalyzer forIndex(Vocabulary vocabulary) {
        return new ReferenceAnalyzer(vocabulary, null);
    }

    /**
     * Exact-case tokens the chain must respect: acronyms (kept in case, never stemmed) and, besides them,
     * hashtag words that must not be split at case changes ("IRad").
     */
    public record Vocabulary(CharArraySet acronyms, CharArraySet unsplit) {
        public static Vocabulary of(Collection<String> acronyms, Collection<String> hashtagWords) {
            CharArraySet unsplit = new CharArraySet(acronyms, false);
            for (String h : hashtagWords) {
                unsplit.add(h.startsWith("#") ? h.substring(1) : h);
            }
            return new Vocabulary(CharArraySet.unmodifiableSet(new CharArraySet(acronyms, false)),
                    CharArraySet.unmodifiableSet(unsplit));
        }
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new UAX29URLEmailTokenizer();
        TokenStream s = new TypeTokenFilter(tokenizer, DROPPED_TYPES);
        s = new CamelCaseFilter(s, unsplit);
        s = new AcronymFilter(s, acronyms, acronymsCased);
        s = new KeywordAwareLowerCaseFilter(s);
        if (surfaceOnly) {
            return new TokenStreamComponents(tokenizer, s);
        }
        if (synonyms != null) {
            s = new PhraseSynonymFilter(s, synonyms);
        }
        s = new EnglishPossessiveFilter(s);
        s = new EnglishMinimalStemFilter(s);
        return new TokenStreamComponents(tokenizer, s);
    }

    /** Calls {@code sink} with each term of {@code text} (synonyms included), in order. */
    public void terms(String field, String text, Consumer<String> sink) {
        try (TokenStream ts = tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                sink.accept(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen with a StringReader
        }
    }

    /** A term and where its source text starts: synonyms injected for one phrase share the phrase's start. */
    public interface TermSink {
        void accept(String term, int startOffset);
    }

    /** Calls {@code sink} with each term of {@code text} and its start offset, in order. */
    public void termsWithOffsets(String field, String text, TermSink sink) {
        try (TokenStream ts = tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                sink.accept(term.toString(), offset.startOffset());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds each term of {@code text} that {@code ids} numbers, with its start offset, to {@code into}; looks terms
     * up from the token buffer, so no string is made per token.
     */
    void termIds(String text, TermIds ids, PostTerms into) {
        try (TokenStream ts = tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                int id = ids.id(term.buffer(), term.length());
                if (id >= 0) {
                    into.add(id, offset.startOffset());
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        terms("body", text, out::add);
        return out;
    }

    /**
     * Builds the synonym map from Solr-format rules ("a, b, c" or "a => b"), analyzed with the chain before
     * synonyms so that acronyms keep their case on both sides.
     */
    public static SynonymMap synonyms(Vocabulary vocabulary, String solrRules) {
        try (ReferenceAnalyzer base = base(vocabulary)) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, base);
            parser.parse(new StringReader(solrRules));
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalArgumentException("synonym rules: " + e.getMessage(), e);
        }
    }
}
