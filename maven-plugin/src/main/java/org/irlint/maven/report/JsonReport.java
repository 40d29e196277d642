package org.irlint.maven.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.irlint.core.report.Category;
import org.irlint.core.report.Finding;
import org.irlint.core.report.Report;
import org.irlint.core.report.Severity;
import org.irlint.maven.check.CheckRun;
import org.irlint.maven.check.CheckedPost;
import org.irlint.maven.check.LocatedFinding;
import org.irlint.maven.source.InputProblem;

/**
 * The machine-readable report: per file, per post, the contract's report (score, verdict, categories,
 * relevance, length, references, findings) with each finding's file position, fingerprint and suppression.
 * It holds no post text: findings carry offsets, not the flagged words, and messages are scrubbed of privacy
 * spans; of the hashtags only irlint's suggestions are kept.
 */
public final class JsonReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public static void write(Path file, CheckRun run, Verdicts verdicts, String toolVersion) throws IOException {
        JSON.writeValue(file.toFile(), document(run, verdicts, toolVersion));
    }

    static Map<String, Object> document(CheckRun run, Verdicts verdicts, String toolVersion) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("tool", Map.of("name", "irlint", "version", toolVersion));
        doc.put("columns", "utf16CodeUnits");
        Tally t = new Tally(run);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("files", run.files().size());
        summary.put("posts", run.posts().size());
        summary.put("findings", t.findings);
        summary.put("suppressed", Map.of("inSource", t.inSource, "baseline", t.baseline));
        summary.put("problems", run.problems().size());
        Map<String, Object> cats = new LinkedHashMap<>();
        for (Category c : Category.values()) {
            cats.put(c.id(), Map.of("errors", t.count(c, Severity.ERROR), "warnings", t.count(c, Severity.WARNING),
                    "infos", t.count(c, Severity.INFO)));
        }
        summary.put("categories", cats);
        summary.put("failed", !verdicts.reasons(run).isEmpty());
        summary.put("failureReasons", verdicts.reasons(run));
        doc.put("summary", summary);

        Map<String, List<Object>> byFile = new LinkedHashMap<>();
        for (String f : run.files()) {
            byFile.put(f, new ArrayList<>());
        }
        for (CheckedPost p : run.posts()) {
            byFile.computeIfAbsent(p.post().file().relativePath(), k -> new ArrayList<>()).add(post(p, verdicts));
        }
        List<Object> files = new ArrayList<>();
        byFile.forEach((path, posts) -> {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("path", path);
            f.put("posts", posts);
            files.add(f);
        });
        doc.put("files", files);
        List<Object> problems = new ArrayList<>();
        for (InputProblem p : run.problems()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", p.file());
            m.put("line", p.line());
            m.put("column", p.column());
            m.put("severity", p.severity().id());
            m.put("ruleId", InputProblem.RULE_ID);
            m.put("message", p.message());
            problems.add(m);
        }
        doc.put("problems", problems);
        return doc;
    }

    private static Map<String, Object> post(CheckedPost p, Verdicts verdicts) {
        Report r = p.report();
        Redactor redactor = Redactor.forPost(p);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", p.post().number());
        m.put("line", p.post().start().line());
        m.put("column", p.post().start().column());
        m.put("length", p.post().text().length());
        m.put("score", p.score());
        m.put("verdict", p.verdict());
        m.put("failsBuild", verdicts.fails(p));
        m.put("engineScore", r.score());
        m.put("categories", r.categories());
        m.put("relevance", r.relevance());
        m.put("weightedLength", r.length());
        m.put("hashtags", Map.of("suggested", r.hashtags().suggested()));
        m.put("references", r.references());
        List<Object> findings = new ArrayList<>();
        for (LocatedFinding lf : p.findings()) {
            Finding f = lf.finding();
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("ruleId", f.ruleId());
            x.put("category", f.category());
            x.put("severity", f.severity());
            x.put("offset", f.offset());
            x.put("length", f.length());
            x.put("message", redactor.scrub(f.message()));
            x.put("suggestions", redactor.scrub(f.suggestions()));
            x.put("url", f.url());
            x.put("line", lf.start().line());
            x.put("column", lf.start().column());
            x.put("endLine", lf.end().line());
            x.put("endColumn", lf.end().column());
            x.put("fingerprint", lf.fingerprint());
            x.put("suppressed", lf.counts() ? null : lf.suppression().sarifKind());
            findings.add(x);
        }
        m.put("findings", findings);
        return m;
    }

    private JsonReport() {
    }
}
