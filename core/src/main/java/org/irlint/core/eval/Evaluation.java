package org.irlint.core.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.irlint.core.Draft;
import org.irlint.core.Engine;
import org.irlint.core.report.Category;
import org.irlint.core.report.Finding;
import org.irlint.core.report.Report;

/** Runs an engine over labeled posts and measures it the way shared/eval/README.md defines. */
public final class Evaluation {

    /** Precision, recall and F1 of a yes/no decision, with the ids it got wrong. */
    public record Binary(int tp, int fp, int fn, int tn, List<String> falsePositives, List<String> falseNegatives) {
        public double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double accuracy() {
            return (double) (tp + tn) / Math.max(1, tp + fp + fn + tn);
        }

        /** Share of the negatives that were called positive. */
        public double falseAlarmRate() {
            return fp + tn == 0 ? 0 : (double) fp / (fp + tn);
        }
    }

    /** Found/total for one identifier type (or kind of unprofessional post), and the ids of posts where one was missed. */
    public record TypeRecall(int found, int total, List<String> missed) {
        public double recall() {
            return total == 0 ? 1 : (double) found / total;
        }
    }

    public record Result(
            int posts,
            Map<String, TypeRecall> identifiers,
            Binary privacy,
            Binary professionalism,
            Map<String, TypeRecall> unprofessionalKinds,
            Binary onTopic,
            double relevanceAuc,
            List<String> cleanPostFalseAlarms,
            int cleanPosts) {

        public double identifierRecall() {
            int found = identifiers.values().stream().mapToInt(TypeRecall::found).sum();
            int total = identifiers.values().stream().mapToInt(TypeRecall::total).sum();
            return total == 0 ? 1 : (double) found / total;
        }

        public double worstTypeRecall() {
            return identifiers.values().stream().mapToDouble(TypeRecall::recall).min().orElse(1);
        }
    }

    private Evaluation() {
    }

    public static Result run(Engine engine, List<LabeledPost> posts) {
        Map<String, int[]> byType = new TreeMap<>();
        Map<String, List<String>> missedByType = new TreeMap<>();
        Counter privacy = new Counter();
        Counter professionalism = new Counter();
        Map<String, int[]> byKind = new TreeMap<>();
        Map<String, List<String>> missedByKind = new TreeMap<>();
        Counter onTopic = new Counter();
        List<double[]> scored = new ArrayList<>();
        List<String> cleanAlarms = new ArrayList<>();
        int clean = 0;
        for (LabeledPost post : posts) {
            Report report = engine.check(Draft.of(post.text()));
            for (LabeledPost.Identifier id : post.identifiers()) {
                int[] counts = byType.computeIfAbsent(id.type(), k -> new int[2]);
                counts[1]++;
                if (found(post.text(), id.value(), report)) {
                    counts[0]++;
                } else {
                    missedByType.computeIfAbsent(id.type(), k -> new ArrayList<>()).add(post.id());
                }
            }
            boolean privacyFlagged = report.flagged(Category.PRIVACY);
            boolean profFlagged = report.flagged(Category.PROFESSIONALISM);
            privacy.add(post.id(), post.privacyRisk(), privacyFlagged);
            professionalism.add(post.id(), post.unprofessional(), profFlagged);
            if (post.unprofessional()) {
                String kind = post.unprofessionalKind() == null ? "unspecified" : post.unprofessionalKind();
                int[] counts = byKind.computeIfAbsent(kind, k -> new int[2]);
                counts[1]++;
                if (profFlagged) {
                    counts[0]++;
                } else {
                    missedByKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(post.id());
                }
            }
            onTopic.add(post.id(), post.isIr(), report.relevance().onTopic());
            scored.add(new double[] {report.relevance().score(), post.isIr() ? 1 : 0});
            if (!post.privacyRisk() && !post.unprofessional() && post.identifiers().isEmpty()) {
                clean++;
                if (privacyFlagged || profFlagged) {
                    cleanAlarms.add(post.id());
                }
            }
        }
        return new Result(posts.size(), recalls(byType, missedByType), privacy.result(), professionalism.result(),
                recalls(byKind, missedByKind), onTopic.result(), auc(scored), cleanAlarms, clean);
    }

    private static Map<String, TypeRecall> recalls(Map<String, int[]> counts, Map<String, List<String>> missed) {
        Map<String, TypeRecall> out = new TreeMap<>();
        counts.forEach((key, c) -> out.put(key, new TypeRecall(c[0], c[1], List.copyOf(missed.getOrDefault(key, List.of())))));
        return out;
    }

    /** An identifier is found when a privacy finding (error or warning) overlaps one of its occurrences. */
    static boolean found(String text, String value, Report report) {
        if (value.isEmpty()) {
            return true;
        }
        for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
            int end = at + value.length();
            for (Finding f : report.findings(Category.PRIVACY)) {
                if (f.severity().flags() && f.overlaps(at, end)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** ROC AUC by the rank-sum (Mann-Whitney) formula; ties count half. */
    static double auc(List<double[]> scored) {
        List<Double> pos = new ArrayList<>();
        List<Double> neg = new ArrayList<>();
        for (double[] s : scored) {
            (s[1] > 0 ? pos : neg).add(s[0]);
        }
        if (pos.isEmpty() || neg.isEmpty()) {
            return Double.NaN;
        }
        double wins = 0;
        for (double p : pos) {
            for (double n : neg) {
                wins += p > n ? 1 : p == n ? 0.5 : 0;
            }
        }
        return wins / ((double) pos.size() * neg.size());
    }

    private static final class Counter {
        int tp;
        int fp;
        int fn;
        int tn;
        final List<String> falsePositives = new ArrayList<>();
        final List<String> falseNegatives = new ArrayList<>();

        void add(String id, boolean truth, boolean predicted) {
            if (truth && predicted) {
                tp++;
            } else if (truth) {
                fn++;
                falseNegatives.add(id);
            } else if (predicted) {
                fp++;
                falsePositives.add(id);
            } else {
                tn++;
            }
        }

        Binary result() {
            return new Binary(tp, fp, fn, tn, List.copyOf(falsePositives), List.copyOf(falseNegatives));
        }
    }
}
