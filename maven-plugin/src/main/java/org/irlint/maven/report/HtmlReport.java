package org.irlint.maven.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.irlint.core.report.Category;
import org.irlint.core.report.Severity;
import org.irlint.maven.check.CheckRun;
import org.irlint.maven.check.CheckedPost;
import org.irlint.maven.check.LocatedFinding;
import org.irlint.maven.source.InputProblem;

/**
 * One self-contained HTML page (inline CSS, no scripts, no external resources) for reviewers on this
 * machine: the summary per category, then each file's flagged posts with their findings. It shows the
 * flagged words, masked for privacy findings ({@code ••••913}); clean posts are counted, not listed.
 */
public final class HtmlReport {
    private static final String CSS = """
            body{font:14px/1.45 system-ui,-apple-system,Segoe UI,sans-serif;margin:2rem;color:#1d2430}
            h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem;border-bottom:1px solid #ccd}
            table{border-collapse:collapse;margin:.5rem 0 1rem;width:100%}
            th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #e4e6eb;vertical-align:top}
            .error{color:#b00020;font-weight:600}.warning{color:#8a5a00;font-weight:600}.info{color:#35608f}
            .suppressed td{color:#888;text-decoration:line-through}
            .post{margin:.75rem 0 .25rem;font-weight:600}.score{font-variant-numeric:tabular-nums}
            code{background:#f3f4f6;padding:0 .2rem;border-radius:3px}
            .blocked{color:#b00020}.review{color:#8a5a00}.ready{color:#1b7f3b}
            """;

    public static void write(Path file, CheckRun run, Verdicts verdicts, String toolVersion) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(w, run, verdicts, toolVersion);
        }
    }

    static void write(Writer w, CheckRun run, Verdicts verdicts, String toolVersion) throws IOException {
        Tally t = new Tally(run);
        w.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>irlint report</title><style>");
        w.write(CSS);
        w.write("</style></head><body>\n<h1>irlint report</h1>\n<p>");
        w.write(esc(Tally.plural(run.files().size(), "file") + ", " + Tally.plural(run.posts().size(), "post") + " checked; "
                + t.cleanPosts + " ready, " + (run.posts().size() - t.cleanPosts) + " with findings. irlint " + toolVersion + "."));
        List<String> reasons = verdicts.reasons(run);
        w.write("</p>\n<p><strong>" + (reasons.isEmpty() ? "The build passes." : esc("The build fails: " + String.join("; ", reasons) + "."))
                + "</strong></p>\n");
        w.write("<table><tr><th>Category</th><th>Errors</th><th>Warnings</th><th>Hints</th></tr>\n");
        for (Category c : Category.values()) {
            w.write("<tr><td>" + c.id() + "</td><td>" + t.count(c, Severity.ERROR) + "</td><td>" + t.count(c, Severity.WARNING)
                    + "</td><td>" + t.count(c, Severity.INFO) + "</td></tr>\n");
        }
        w.write("</table>\n");
        if (t.inSource + t.baseline > 0) {
            w.write("<p>" + t.inSource + " suppressed by comments, " + t.baseline + " by the baseline (struck through below).</p>\n");
        }
        if (!run.problems().isEmpty()) {
            w.write("<h2>Files irlint could not check</h2>\n<table><tr><th>Where</th><th>Severity</th><th>Problem</th></tr>\n");
            for (InputProblem p : run.problems()) {
                w.write("<tr><td><code>" + esc(p.where()) + "</code></td><td class=\"" + p.severity().id() + "\">" + p.severity().id()
                        + "</td><td>" + esc(p.message()) + "</td></tr>\n");
            }
            w.write("</table>\n");
        }
        Map<String, List<CheckedPost>> byFile = new LinkedHashMap<>();
        for (CheckedPost p : run.posts()) {
            if (!p.findings().isEmpty()) {
                byFile.computeIfAbsent(p.post().file().relativePath(), k -> new ArrayList<>()).add(p);
            }
        }
        for (var e : byFile.entrySet()) {
            w.write("<h2>" + esc(e.getKey()) + "</h2>\n");
            for (CheckedPost p : e.getValue()) {
                w.write("<div class=\"post\">Post " + p.post().number() + " (line " + p.post().start().line() + ") — score <span class=\"score\">"
                        + p.score() + "</span> <span class=\"" + p.verdict().id() + "\">" + p.verdict().id() + "</span>"
                        + (verdicts.fails(p) ? " — fails the build" : "") + "</div>\n");
                w.write("<table><tr><th>Line:col</th><th>Severity</th><th>Rule</th><th>Flagged</th><th>Message</th><th>Suggestions</th></tr>\n");
                Redactor redactor = Redactor.forPost(p);
                for (LocatedFinding f : p.findings()) {
                    w.write("<tr" + (f.counts() ? "" : " class=\"suppressed\" title=\"suppressed: " + f.suppression().sarifKind() + "\"") + ">");
                    w.write("<td>" + f.start() + "</td><td class=\"" + f.finding().severity().id() + "\">" + f.finding().severity().id() + "</td>");
                    w.write("<td><code>" + esc(f.finding().ruleId()) + "</code></td><td><code>" + esc(redactor.scrub(f.shownSpan())) + "</code></td>");
                    w.write("<td>" + esc(redactor.scrub(f.finding().message())) + "</td><td>"
                            + esc(String.join(" · ", redactor.scrub(f.finding().suggestions()))) + "</td></tr>\n");
                }
                w.write("</table>\n");
            }
        }
        w.write("</body></html>\n");
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private HtmlReport() {
    }
}
