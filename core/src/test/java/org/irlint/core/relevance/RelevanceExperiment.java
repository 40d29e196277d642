package org.irlint.core.relevance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Compares scoring methods on a labeled file; prints only aggregate figures (AUC, best accuracy), never text.
 * Run: ./mvnw -q -o -pl core test-compile exec:java -Dexec.classpathScope=test
 *      -Dexec.mainClass=org.irlint.core.relevance.RelevanceExperiment -Dexec.args=/work/shared/eval/dev.jsonl
 */
public final class RelevanceExperiment {
    public static void main(String[] args) throws Exception {

        long t0 = System.nanoTime();
        ReferenceLibrary lib = ReferenceLibrary.load(List.of(), new ArrayList<>());
        var acr = ReferenceAnalyzer.Vocabulary.of(lib.acronyms(), lib.hashtagWords());
        var syn = ReferenceAnalyzer.synonyms(acr, lib.allSynonymRules());
        ReferenceAnalyzer qa = ReferenceAnalyzer.forQueries(acr, syn);
        ReferenceIndex index = ReferenceIndex.build(lib, ReferenceAnalyzer.forIndex(acr));
        TermEvidence ev = TermEvidence.read(index.reader(), ReferenceIndex.IR_FIELDS, ReferenceIndex.BACKGROUND, index.domains());
        System.out.printf("build %.0f ms; docs %d background %d; ir tokens %d bg tokens %d%n", (System.nanoTime() - t0) / 1e6,
                lib.documents().size(), lib.background().size(), ev.irTotal(), ev.backgroundTotal());
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        List<Boolean> ir = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            texts.add(n.get("text").asText());
            ir.add("ir".equals(n.get("labels").get("topic").asText()));
        }
        IndexSearcher s = index.searcher();
        RelevanceScorer full = new RelevanceScorer(ev,
                Bm25Table.build(index.reader(), Map.of(ReferenceIndex.BODY, 1.0), index.referenceSlots(), index.documents().size()),
                Bm25Table.build(index.reader(), Map.of(ReferenceIndex.BACKGROUND, 1.0), index.backgroundSlots(), index.backgroundCount()));
        Map<String, ToDoubleFunction<String>> methods = new LinkedHashMap<>();
        ReferenceAnalyzer plain = ReferenceAnalyzer.forIndex(acr);
        methods.put("llr-mean-nosyn", t -> llr(plain, ev, t, 1));
        Set<String> topicTerms = new java.util.HashSet<>();
        ReferenceAnalyzer plain2 = ReferenceAnalyzer.forIndex(acr);
        for (ReferenceDocument d : lib.documents()) {
            List<String> names = new ArrayList<>(d.acronyms());
            names.addAll(d.synonyms());
            names.add(d.title());
            names.addAll(d.hashtags());
            for (String n : names) {
                topicTerms.addAll(plain2.terms(n));
            }
        }
        for (ReferenceDocument d : lib.documents()) {
            for (String c : d.conditions()) {
                topicTerms.removeAll(plain2.terms(c));
            }
        }
        topicTerms.removeIf(t -> ev.weight(t) < 1.0);
        System.out.println("topic terms " + topicTerms.size());
        for (double beta : new double[] {0.5, 1, 2, 4}) {
            methods.put("pos+topic" + beta, t -> llr(qa, ev, t, 3) + beta * new LinkedHashSet<>(qa.terms(t)).stream().filter(topicTerms::contains).count());
            methods.put("clip1+topic" + beta, t -> llr(qa, ev, t, 6) + beta * new LinkedHashSet<>(qa.terms(t)).stream().filter(topicTerms::contains).count());
        }
        for (double lam : new double[] {0.1, 0.2, 0.3, 0.5}) {
            methods.put("pos+neg" + lam, t -> llr(qa, ev, t, 3) + lam * (llr(qa, ev, t, 0) - llr(qa, ev, t, 3)));
        }
        methods.put("pos+bm25/4", t -> llr(qa, ev, t, 3) + bm25(qa, s, t) / 4);
        methods.put("pos+bm25/2", t -> llr(qa, ev, t, 3) + bm25(qa, s, t) / 2);
        methods.put("pos+bm25", t -> llr(qa, ev, t, 3) + bm25(qa, s, t));
        RelevanceScorer scorer = new RelevanceScorer(ev, null, null);
        methods.put("pos-grouped", t -> grouped(qa, scorer, t));
        methods.put("CHOSEN grouped+contrast", t -> grouped(qa, full, t));
        for (double lam : new double[] {0.05, 0.1, 0.2}) {
            methods.put("grouped+neg" + lam, t -> grouped(qa, scorer, t) + lam * (llr(qa, ev, t, 0) - llr(qa, ev, t, 3)));
        }
        methods.put("grouped+bm25/2", t -> grouped(qa, scorer, t) + bm25(qa, s, t) / 2);
        methods.put("topic-only", t -> new LinkedHashSet<>(qa.terms(t)).stream().filter(topicTerms::contains).count());
        methods.put("llr-sum", t -> llr(qa, ev, t, 0));
        methods.put("pos-sum", t -> llr(qa, ev, t, 3));
        methods.put("pos-sqrt", t -> llr(qa, ev, t, 4));
        methods.put("clip1-mean", t -> llr(qa, ev, t, 5));
        methods.put("clip1-sum", t -> llr(qa, ev, t, 6));
        methods.put("knn10", t -> knn(qa, s, t, 10));
        methods.put("llr-mean", t -> llr(qa, ev, t, 1));
        methods.put("llr-sqrt", t -> llr(qa, ev, t, 2));
        methods.put("bm25-max-diff", t -> bm25(qa, s, t));
        // Leave-one-out over the library: patient-text windows of each reference document against background
        // paragraphs, each scored with its own document's counts removed. Fits the logistic calibration.
        ReferenceAnalyzer ia = ReferenceAnalyzer.forIndex(acr);
        int generalLexicon = (int) lib.lexicon().stream().filter(e -> e.topics().isEmpty()).count();
        if (generalLexicon + lib.background().size() != index.backgroundCount()) {
            throw new IllegalStateException("background slots do not line up");
        }
        List<double[]> loo = new ArrayList<>();
        int docNo = -1;
        for (ReferenceDocument d : lib.documents()) {
            docNo++;
            Map<String, Long> own = counts(ia, d.title() + ".\n" + d.keywords() + ".\n" + String.join(" ", d.hashtags()) + ".\n" + d.body());
            long ownTotal = own.values().stream().mapToLong(Long::longValue).sum();
            for (String window : windows(d.patients(), 2)) {
                loo.add(new double[] {looEvidence(qa, ev, window, own, ownTotal, true)
                        + full.contrast(new LinkedHashSet<>(qa.terms(window)), docNo, -1), 1});
            }
        }
        int bgNo = generalLexicon - 1;
        for (ReferenceLibrary.BackgroundParagraph p : lib.background()) {
            bgNo++;
            Map<String, Long> own = counts(ia, p.text());
            long ownTotal = own.values().stream().mapToLong(Long::longValue).sum();
            loo.add(new double[] {looEvidence(qa, ev, p.text(), own, ownTotal, false)
                    + full.contrast(new LinkedHashSet<>(qa.terms(p.text())), -1, bgNo), 0});
        }
        double[] fit = fitLogistic(loo);
        double[] looScores = loo.stream().mapToDouble(x -> x[0]).toArray();
        List<Boolean> looPos = loo.stream().map(x -> x[1] == 1).toList();
        System.out.printf("LOO (library, %d IR windows vs %d background): AUC %.4f, best acc %s; logistic slope %.3f midpoint %.3f%n",
                looPos.stream().filter(b -> b).count(), looPos.stream().filter(b -> !b).count(), auc(looScores, looPos),
                bestAccuracy(looScores, looPos), fit[0], fit[1]);
        double[] devEvidence = texts.stream().mapToDouble(t -> grouped(qa, full, t)).toArray();
        for (double th : new double[] {0.3, 0.4, 0.5, 0.6, 0.7}) {
            int ok = 0;
            for (int i = 0; i < devEvidence.length; i++) {
                double score = 1 / (1 + Math.exp(-fit[0] * (devEvidence[i] - fit[1])));
                ok += (score >= th) == ir.get(i) ? 1 : 0;
            }
            System.out.printf("  dev onTopic accuracy at score >= %.1f: %.3f%n", th, ok / (double) devEvidence.length);
        }
        for (var m : methods.entrySet()) {
            double[] scores = texts.stream().mapToDouble(m.getValue()).toArray();
            System.out.printf("%-14s AUC %.4f  best acc %s%n", m.getKey(), auc(scores, ir), bestAccuracy(scores, ir));
        }
    }

    static Map<String, Long> counts(ReferenceAnalyzer a, String text) {
        Map<String, Long> c = new java.util.HashMap<>();
        a.terms("body", text, t -> c.merge(t, 1L, Long::sum));
        return c;
    }

    static List<String> windows(String text, int sentences) {
        String[] s = text.split("(?<=[.!?])\\s+");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.length; i += sentences) {
            out.add(String.join(" ", java.util.Arrays.copyOfRange(s, i, Math.min(s.length, i + sentences))));
        }
        return out;
    }

    static double looEvidence(ReferenceAnalyzer qa, TermEvidence ev, String text, Map<String, Long> own, long ownTotal, boolean isIr) {
        Map<Integer, Double> best = new java.util.HashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        qa.termsWithOffsets("body", text, (t, start) -> {
            if (seen.add(t)) {
                long c = own.getOrDefault(t, 0L);
                double w = isIr ? ev.weightWithout(t, c, 0, ownTotal, 0) : ev.weightWithout(t, 0, c, 0, ownTotal);
                if (w > 0) {
                    best.merge(start, w, Math::max);
                }
            }
        });
        return best.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** One-feature logistic regression by gradient descent; returns {slope, midpoint}. */
    static double[] fitLogistic(List<double[]> data) {
        double a = 0.5;
        double b = 0;
        for (int it = 0; it < 20000; it++) {
            double ga = 0;
            double gb = 0;
            for (double[] x : data) {
                double p = 1 / (1 + Math.exp(-(a * x[0] + b)));
                ga += (p - x[1]) * x[0];
                gb += p - x[1];
            }
            a -= 0.01 * ga / data.size();
            b -= 0.1 * gb / data.size();
        }
        return new double[] {a, -b / a};
    }

    static double grouped(ReferenceAnalyzer qa, RelevanceScorer scorer, String text) {
        List<String> terms = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        qa.termsWithOffsets("body", text, (t, o) -> {
            terms.add(t);
            starts.add(o);
        });
        return scorer.evidence(terms, starts.stream().mapToInt(Integer::intValue).toArray());
    }

    static double llr(ReferenceAnalyzer qa, TermEvidence ev, String text, int mode) {
        Set<String> terms = new LinkedHashSet<>(qa.terms(text));
        double sum = 0;
        int n = 0;
        double pos = 0;
        double clip = 0;
        for (String t : terms) {
            double w = ev.weight(t);
            sum += w;
            pos += Math.max(w, 0);
            clip += Math.max(w, -1);
            if (w != 0) {
                n++;
            }
        }
        return switch (mode) {
            case 3 -> pos;
            case 4 -> pos / Math.sqrt(Math.max(n, 1));
            case 5 -> clip / Math.max(n, 1);
            case 6 -> clip;
            case 0 -> sum;
            case 1 -> sum / Math.max(n, 1);
            default -> sum / Math.sqrt(Math.max(n, 1));
        };
    }

    static double bm25(ReferenceAnalyzer qa, IndexSearcher s, String text) {
        try {
            return top(s, qa, text, ReferenceIndex.BODY) - top(s, qa, text, ReferenceIndex.BACKGROUND);
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    }

    static double knn(ReferenceAnalyzer qa, IndexSearcher s, String text, int k) {
        try {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            for (String t : new LinkedHashSet<>(qa.terms(text))) {
                b.add(new TermQuery(new Term(ReferenceIndex.IR, t)), BooleanClause.Occur.SHOULD);
                b.add(new TermQuery(new Term(ReferenceIndex.BACKGROUND, t)), BooleanClause.Occur.SHOULD);
            }
            TopDocs td = s.search(b.build(), k);
            double ir = 0;
            double all = 1e-9;
            for (var sd : td.scoreDocs) {
                all += sd.score;
                var d = s.storedFields().document(sd.doc);
                if (d.get("domain") == null) {
                    ir += sd.score;
                }
            }
            return ir / all;
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    }

    static double top(IndexSearcher s, ReferenceAnalyzer qa, String text, String field) throws Exception {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : new LinkedHashSet<>(qa.terms(text))) {
            b.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD);
        }
        TopDocs td = s.search(b.build(), 3);
        double sum = 0;
        for (var sd : td.scoreDocs) {
            sum += sd.score;
        }
        return td.scoreDocs.length == 0 ? 0 : sum / td.scoreDocs.length;
    }

    static double auc(double[] scores, List<Boolean> pos) {
        double wins = 0;
        long pairs = 0;
        for (int i = 0; i < scores.length; i++) {
            for (int j = 0; j < scores.length; j++) {
                if (pos.get(i) && !pos.get(j)) {
                    pairs++;
                    wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                }
            }
        }
        return wins / pairs;
    }

    static String bestAccuracy(double[] scores, List<Boolean> pos) {
        double best = 0;
        double at = 0;
        for (double th : scores) {
            int ok = 0;
            for (int i = 0; i < scores.length; i++) {
                if ((scores[i] >= th) == pos.get(i)) {
                    ok++;
                }
            }
            if (ok > best) {
                best = ok;
                at = th;
            }
        }
        return String.format("%.3f at %.3f", best / scores.length, at);
    }
}
