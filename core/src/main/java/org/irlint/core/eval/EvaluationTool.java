package org.irlint.core.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.irlint.core.Engine;

/**
 * {@code EvaluationTool FILE.jsonl} — measures the bundled engine on labeled posts and prints the figures
 * the targets are stated in, then the ids (never the text) of every miss and false alarm.
 */
public final class EvaluationTool {
    private EvaluationTool() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: EvaluationTool FILE.jsonl   (format: shared/eval/README.md)");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        if (!Files.isRegularFile(file)) {
            System.err.println("irlint eval: no such file: " + file);
            System.exit(2);
        }
        List<LabeledPost> posts;
        try {
            posts = LabeledPosts.read(file);
        } catch (IOException e) {
            System.err.println("irlint eval: " + e.getMessage());
            System.exit(2);
            return;
        }
        long t0 = System.nanoTime();
        Engine engine = Engine.withDefaults();
        long t1 = System.nanoTime();
        Evaluation.Result r = Evaluation.run(engine, posts);
        long t2 = System.nanoTime();
        print(r, System.out);
        System.out.printf(Locale.ROOT, "%nengine built in %d ms; %d posts checked in %d ms%n",
                (t1 - t0) / 1_000_000, r.posts(), (t2 - t1) / 1_000_000);
    }

    static void print(Evaluation.Result r, PrintStream out) {
        out.printf(Locale.ROOT, "irlint evaluation: %d posts%n%n", r.posts());
        out.println("Identifiers found (privacy finding overlapping the labeled span):");
        recalls(out, r.identifiers(), 12);
        out.printf(Locale.ROOT, "  %-12s %6.1f%%   (worst type %.1f%%)%n%n", "overall", 100 * r.identifierRecall(), 100 * r.worstTypeRecall());
        binary(out, "privacy flagged", r.privacy());
        out.printf(Locale.ROOT, "  flagged on %.1f%% of posts without privacy risk%n", 100 * r.privacy().falseAlarmRate());
        binary(out, "professionalism", r.professionalism());
        out.println("  unprofessional posts flagged, by kind:");
        recalls(out, r.unprofessionalKinds(), 22);
        binary(out, "on-topic (ir)", r.onTopic());
        out.printf(Locale.ROOT, "  on-topic accuracy %.3f%n", r.onTopic().accuracy());
        out.printf(Locale.ROOT, "relevance ROC AUC (ir vs medical+off): %.3f%n", r.relevanceAuc());
        out.printf(Locale.ROOT, "false alarms on clean posts: %d/%d %s%n", r.cleanPostFalseAlarms().size(), r.cleanPosts(),
                r.cleanPostFalseAlarms().isEmpty() ? "" : r.cleanPostFalseAlarms());
    }

    private static void recalls(PrintStream out, java.util.Map<String, Evaluation.TypeRecall> recalls, int width) {
        recalls.forEach((key, t) -> out.printf(Locale.ROOT, "  %-" + width + "s %3d/%-3d %6.1f%%%s%n", key, t.found(), t.total(),
                100 * t.recall(), t.missed().isEmpty() ? "" : "   missed in " + t.missed()));
    }

    private static void binary(PrintStream out, String name, Evaluation.Binary b) {
        out.printf(Locale.ROOT, "%-16s P %.3f  R %.3f  F1 %.3f  (tp %d fp %d fn %d tn %d)%n", name, b.precision(), b.recall(),
                b.f1(), b.tp(), b.fp(), b.fn(), b.tn());
        if (!b.falsePositives().isEmpty()) {
            out.println("  false alarms: " + b.falsePositives());
        }
        if (!b.falseNegatives().isEmpty()) {
            out.println("  misses:       " + b.falseNegatives());
        }
    }
}
