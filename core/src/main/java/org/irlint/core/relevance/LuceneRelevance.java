package org.irlint.core.relevance;

import java.io.Closeable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.irlint.core.report.ReferenceLink;
import org.irlint.core.report.Topic;
import org.irlint.core.text.TextView;

/**
 * The relevance model over the Lucene index of the reference library: the score and on-topic decision come
 * from {@link RelevanceScorer}, the matched topics and references from BM25 over the reference documents
 * ({@link TopicMatcher}), and hashtags from the matched documents and the hashtag catalogue. Thread-safe; shares one
 * searcher.
 */
public final class LuceneRelevance implements RelevanceModel, Closeable {
    /** How many reference documents a check may name. */
    static final int MAX_REFERENCES = 3;
    /** A topic is named when its BM25 score is at least this share of the best topic's. */
    static final double TOPIC_SHARE = 0.6;

    private final ReferenceIndex index;
    private final PostAnalyzer analyzer;
    private final RelevanceScorer scorer;
    private final ReferenceSearch search;
    private final TopicMatcher topicMatcher;
    private final Map<String, List<String>> catalogue;

    private LuceneRelevance(ReferenceIndex index, PostAnalyzer analyzer, RelevanceScorer scorer, ReferenceSearch search,
                            TopicMatcher topicMatcher, Map<String, List<String>> catalogue) {
        this.topicMatcher = topicMatcher;
        this.index = index;
        this.analyzer = analyzer;
        this.scorer = scorer;
        this.search = search;
        this.catalogue = catalogue;
    }

    public static LuceneRelevance build(ReferenceLibrary library) {
        return build(library, ReferenceIndex.MMAP_THRESHOLD);
    }

    static LuceneRelevance build(ReferenceLibrary library, int mmapThreshold) {
        ReferenceAnalyzer.Vocabulary vocabulary = vocabulary(library);
        // The bundled library was indexed, and its synonym rules compiled, by the build (PrebuiltIndex); reading
        // those is much cheaper than doing it again. Any other library (the user's folders added, or resources that
        // changed since) is analysed here.
        PrebuiltIndex.Loaded prebuilt = PrebuiltIndex.load(library);
        SynonymMap synonyms = prebuilt != null ? prebuilt.synonyms() : synonyms(vocabulary, library);
        ReferenceAnalyzer indexAnalyzer = ReferenceAnalyzer.forIndex(vocabulary);
        ReferenceAnalyzer queryAnalyzer = ReferenceAnalyzer.forQueries(vocabulary, synonyms);
        ReferenceIndex index = prebuilt != null ? ReferenceIndex.open(prebuilt.directory(), library)
                : ReferenceIndex.build(library, indexAnalyzer, mmapThreshold);
        TermIds ids = TermIds.read(index.reader(), ReferenceIndex.ALL_FIELDS);
        TermEvidence evidence = TermEvidence.read(index.reader(), ReferenceIndex.IR_FIELDS, ReferenceIndex.BACKGROUND, index.domains());
        Bm25Table bodies = Bm25Table.build(index.reader(), Map.of(ReferenceIndex.BODY, 1.0), index.referenceSlots(),
                index.documents().size(), ids);
        Bm25Table background = Bm25Table.build(index.reader(), Map.of(ReferenceIndex.BACKGROUND, 1.0),
                index.backgroundSlots(), index.backgroundCount(), ids);
        return new LuceneRelevance(index, new PostAnalyzer(vocabulary, synonyms, ids), new RelevanceScorer(evidence, bodies, background, ids),
                new ReferenceSearch(index, queryAnalyzer, indexAnalyzer), TopicMatcher.build(index, ids),
                library.catalogueHashtags());
    }

    /** The synonym map of the library's rules (the bundled file, the lexicon, the documents' acronyms). */
    static SynonymMap synonyms(ReferenceAnalyzer.Vocabulary vocabulary, ReferenceLibrary library) {
        return ReferenceAnalyzer.synonyms(vocabulary, library.allSynonymRules());
    }

    /** The words the analyzers keep whole and in case: the library's acronyms and hashtags. */
    static ReferenceAnalyzer.Vocabulary vocabulary(ReferenceLibrary library) {
        return ReferenceAnalyzer.Vocabulary.of(library.acronyms(), library.hashtagWords());
    }

    @Override
    public RelevanceAssessment assess(TextView text) {
        PostTerms post = new PostTerms();
        analyzer.analyze(text.normalized(), post);
        double score = scorer.score(scorer.evidence(post));
        boolean onTopic = scorer.onTopic(score);
        if (!onTopic) {
            return new RelevanceAssessment(score, false, List.of(), List.of(), List.of());
        }
        List<Topic> topics = new ArrayList<>();
        List<ReferenceLink> references = new ArrayList<>();
        Set<String> hashtags = new LinkedHashSet<>();
        // Only the IR-leaning terms choose the topic: "game" or "today" would only add noise.
        int[] distinct = post.distinct();
        int[] irTerms = new int[post.distinctSize()];
        int count = 0;
        for (int i = 0; i < post.distinctSize(); i++) {
            if (scorer.isIrTerm(distinct[i])) {
                irTerms[count++] = distinct[i];
            }
        }
        List<TopicMatcher.Match> matches = topicMatcher.match(irTerms, count, MAX_REFERENCES);
        for (TopicMatcher.Match m : matches) {
            ReferenceDocument d = m.document();
            double share = m.score() / matches.get(0).score();
            if (share >= TOPIC_SHARE) {
                topics.add(new Topic(d.id(), d.title()));
                hashtags.addAll(d.hashtags());
                hashtags.addAll(catalogue.getOrDefault(d.id(), List.of()));
            }
            if (d.url() != null) {
                references.add(new ReferenceLink(d.id(), d.title(), d.url(), round(score * share)));
            }
        }
        hashtags.addAll(catalogue.getOrDefault("*", List.of()));
        return new RelevanceAssessment(score, true, topics, references, List.copyOf(hashtags));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    @Override
    public List<ReferenceHit> search(String query, int limit) {
        return search.search(query, limit);
    }

    /** How many reference documents are indexed (bundled plus the user's). */
    public int documentCount() {
        return index.documents().size();
    }

    /** True when the index lives in a memory-mapped temporary folder (a large user library). */
    boolean onDisk() {
        return index.onDisk();
    }

    @Override
    public void close() {
        index.close();
    }
}
