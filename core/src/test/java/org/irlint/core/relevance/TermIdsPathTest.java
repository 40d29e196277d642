package org.irlint.core.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

/**
 * The per-check path (term numbers, flat postings) must score exactly what the readable path over strings
 * does: checked on every paragraph of the bundled IR posts and background corpus.
 */
class TermIdsPathTest {
    @Test
    void numberedTermsScoreLikeStrings() {
        ReferenceLibrary library = ReferenceLibrary.load(List.of(), new ArrayList<>());
        ReferenceAnalyzer.Vocabulary vocabulary = ReferenceAnalyzer.Vocabulary.of(library.acronyms(), library.hashtagWords());
        SynonymMap synonyms = ReferenceAnalyzer.synonyms(vocabulary, library.allSynonymRules());
        ReferenceAnalyzer analyzer = ReferenceAnalyzer.forQueries(vocabulary, synonyms);
        ReferenceIndex index = ReferenceIndex.build(library, ReferenceAnalyzer.forIndex(vocabulary));
        TermIds ids = TermIds.read(index.reader(), ReferenceIndex.ALL_FIELDS);
        TermEvidence evidence = TermEvidence.read(index.reader(), ReferenceIndex.IR_FIELDS, ReferenceIndex.BACKGROUND,
                index.domains());
        RelevanceScorer scorer = new RelevanceScorer(evidence,
                Bm25Table.build(index.reader(), Map.of(ReferenceIndex.BODY, 1.0), index.referenceSlots(), index.documents().size(), ids),
                Bm25Table.build(index.reader(), Map.of(ReferenceIndex.BACKGROUND, 1.0), index.backgroundSlots(), index.backgroundCount(), ids),
                ids);
        List<String> texts = new ArrayList<>(library.irPosts());
        library.background().forEach(p -> texts.add(p.text()));
        texts.add("#IRlife: PAE, UFE and a PICC line before lunch 🙌 https://example.org/x");
        texts.add("The patient's PICCs, the IVC filter's struts and Y90's dose: TIPS tips");
        PostAnalyzer compiled = new PostAnalyzer(vocabulary, synonyms, ids);
        for (String text : texts) {
            List<String> terms = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            analyzer.termsWithOffsets(ReferenceIndex.BODY, text, (t, s) -> {
                terms.add(t);
                starts.add(s);
            });
            double expected = scorer.evidence(terms, starts.stream().mapToInt(Integer::intValue).toArray());
            PostTerms post = new PostTerms();
            analyzer.termIds(text, ids, post);
            assertEquals(expected, scorer.evidence(post), 1e-4, text);
            PostTerms fast = new PostTerms();
            compiled.analyze(text, fast);
            assertEquals(pairs(post), pairs(fast), text);
            assertEquals(expected, scorer.evidence(fast), 1e-4, text);
        }
        index.close();
    }

    private static java.util.SortedSet<String> pairs(PostTerms p) {
        java.util.SortedSet<String> out = new TreeSet<>();
        for (int i = 0; i < p.size; i++) {
            out.add(p.ids[i] + "@" + p.starts[i]);
        }
        return out;
    }

    /** Lucene's own synonym filter in the same place of the chain, for comparison. */
    private static Analyzer graphChain(ReferenceAnalyzer.Vocabulary vocabulary, SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new UAX29URLEmailTokenizer();
                TokenStream s = new TypeTokenFilter(tokenizer, Set.of("<URL>", "<EMAIL>", "<EMOJI>"));
                s = new CamelCaseFilter(s, vocabulary.unsplit());
                s = new AcronymFilter(s, vocabulary.acronyms());
                s = new KeywordAwareLowerCaseFilter(s);
                s = new SynonymGraphFilter(s, synonyms, false);
                s = new EnglishPossessiveFilter(s);
                s = new EnglishMinimalStemFilter(s);
                return new TokenStreamComponents(tokenizer, s);
            }
        };
    }

    private static List<String> termsAtStarts(Analyzer analyzer, String text) throws Exception {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "@" + offset.startOffset());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void phraseSynonymsInjectWhatLuceneSynonymGraphFilterDoes() throws Exception {
        ReferenceLibrary library = ReferenceLibrary.load(List.of(), new ArrayList<>());
        ReferenceAnalyzer.Vocabulary vocabulary = ReferenceAnalyzer.Vocabulary.of(library.acronyms(), library.hashtagWords());
        SynonymMap synonyms = ReferenceAnalyzer.synonyms(vocabulary, library.allSynonymRules());
        ReferenceAnalyzer ours = ReferenceAnalyzer.forQueries(vocabulary, synonyms);
        List<String> texts = new ArrayList<>(library.irPosts());
        library.background().forEach(p -> texts.add(p.text()));
        library.documents().forEach(d -> texts.add(d.body()));
        try (Analyzer lucene = graphChain(vocabulary, synonyms)) {
            for (String text : texts) {
                List<String> expected = termsAtStarts(lucene, text);
                List<String> actual = termsAtStarts(ours, text);
                assertEquals(new TreeSet<>(expected), new TreeSet<>(actual), text);
            }
        }
    }
}
