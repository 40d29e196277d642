package org.irlint.core.relevance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.irlint.core.eval.LabeledPost;
import org.irlint.core.eval.LabeledPosts;
import org.irlint.core.text.TextView;

/**
 * The bundled relevance model on several labelled files at once: per file ROC AUC (ir vs the rest), on-topic
 * accuracy at the current midpoint and at other midpoints, and IR recall. Aggregates only, never a post's text or id.
 * Run: ./mvnw -q -o -pl core test-compile exec:java -Dexec.classpathScope=test
 *      -Dirlint.main=org.irlint.core.relevance.RelevanceSets -Dexec.args="a.jsonl b.jsonl …"
 */
public final class RelevanceSets {
    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        LuceneRelevance model = LuceneRelevance.build(ReferenceLibrary.load(List.of(), new ArrayList<>()));
        System.out.printf("built in %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        double[] mids = {0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0, 2.25};
        double[] sumAcc = new double[mids.length];
        int sets = 0;
        StringBuilder head = new StringBuilder(String.format("%-12s %5s %5s %6s %6s |", "set", "n", "AUC", "acc", "IRrec"));
        for (double m : mids) {
            head.append(String.format(" %5.2f", m));
        }
        System.out.println(head);
        for (String file : args) {
            if (!Files.isRegularFile(Path.of(file))) {
                continue;
            }
            sets++;
            List<LabeledPost> posts = LabeledPosts.read(Path.of(file));
            double[] ev = new double[posts.size()];
            boolean[] ir = new boolean[posts.size()];
            int ok = 0;
            int irOn = 0;
            int irN = 0;
            for (int i = 0; i < ev.length; i++) {
                LabeledPost p = posts.get(i);
                RelevanceAssessment a = model.assess(TextView.of(p.text()));
                double s = Math.min(Math.max(a.score(), 1e-12), 1 - 1e-12);
                ev[i] = RelevanceScorer.MIDPOINT + Math.log(s / (1 - s)) / RelevanceScorer.SLOPE;
                ir[i] = p.isIr();
                ok += a.onTopic() == ir[i] ? 1 : 0;
                if (ir[i]) {
                    irN++;
                    irOn += a.onTopic() ? 1 : 0;
                }
            }
            StringBuilder row = new StringBuilder(String.format("%-12s %5d %.3f %6.3f %6.3f |",
                    Path.of(file).getFileName().toString().replace(".jsonl", ""), ev.length, auc(ev, ir),
                    ok / (double) ev.length, irOn / (double) irN));
            for (int m = 0; m < mids.length; m++) {
                int c = 0;
                for (int i = 0; i < ev.length; i++) {
                    c += (ev[i] >= mids[m] - 1e-9) == ir[i] ? 1 : 0;
                }
                double acc = c / (double) ev.length;
                sumAcc[m] += acc;
                row.append(String.format(" %.3f", acc));
            }
            System.out.println(row);
        }
        StringBuilder mean = new StringBuilder(String.format("%-12s %5s %5s %6s %6s |", "mean acc", "", "", "", ""));
        for (double s : sumAcc) {
            mean.append(String.format(" %.3f", s / sets));
        }
        System.out.println(mean);
    }

    static double auc(double[] s, boolean[] pos) {
        double wins = 0;
        long pairs = 0;
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < s.length; j++) {
                if (pos[i] && !pos[j]) {
                    pairs++;
                    wins += s[i] > s[j] ? 1 : s[i] == s[j] ? 0.5 : 0;
                }
            }
        }
        return wins / pairs;
    }
}
