package org.irlint.maven.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.irlint.core.report.Severity;
import org.irlint.core.rules.RuleInfo;
import org.irlint.maven.check.CheckRun;
import org.irlint.maven.check.CheckedPost;
import org.irlint.maven.check.LocatedFinding;
import org.irlint.maven.source.InputProblem;
import org.irlint.maven.suppress.Fingerprint;

/**
 * SARIF 2.1.0 as GitHub code scanning takes it: one run, every active rule with its description and help,
 * one result per finding with a region (columns in UTF-16 code units, SARIF's default) and a
 * {@code partialFingerprints} entry so alerts follow a post when lines move. Suppressed findings are kept with
 * a {@code suppressions} entry (GitHub shows them as dismissed). Artifact URIs are relative to the repository
 * root ({@code %SRCROOT%}). No post text is included.
 */
public final class SarifReport {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String FINGERPRINT_KEY = "irlintFindingHash/v1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public static void write(Path file, CheckRun run, String toolVersion) throws IOException {
        JSON.writeValue(file.toFile(), document(run, toolVersion));
    }

    static Map<String, Object> document(CheckRun run, String toolVersion) {
        List<Object> rules = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (RuleInfo r : run.rules()) {
            index.put(r.id(), rules.size());
            rules.add(rule(r.id(), r.description(), r.explanation(), r.url(), r.severity(), r.category().id()));
        }
        index.put(InputProblem.RULE_ID, rules.size());
        rules.add(rule(InputProblem.RULE_ID, "A content file irlint could not read",
                "The file could not be read, decoded or parsed (or was binary), so its posts were not checked. "
                        + "Fix the file, save it in the configured encoding, or exclude it.", null, Severity.ERROR, "input"));

        List<Object> results = new ArrayList<>();
        for (CheckedPost p : run.posts()) {
            Redactor redactor = Redactor.forPost(p);
            for (LocatedFinding f : p.findings()) {
                Map<String, Object> region = new LinkedHashMap<>();
                region.put("startLine", f.start().line());
                region.put("startColumn", f.start().column());
                region.put("endLine", f.end().line());
                region.put("endColumn", f.end().column());
                Map<String, Object> result = result(f.finding().ruleId(), index, f.finding().severity(),
                        redactor.scrub(f.finding().message()), p.post().file().relativePath(), region, f.fingerprint());
                Map<String, Object> props = new LinkedHashMap<>();
                props.put("category", f.finding().category().id());
                props.put("post", p.post().number());
                props.put("postScore", p.score());
                props.put("postVerdict", p.verdict().id());
                result.put("properties", props);
                if (!f.counts()) {
                    result.put("suppressions", List.of(Map.of("kind", f.suppression().sarifKind(),
                            "justification", f.suppression().sarifKind().equals("inSource")
                                    ? "irlint-disable comment in the file" : "accepted in irlint-baseline.json")));
                }
                results.add(result);
            }
        }
        for (InputProblem p : run.problems()) {
            // a whole-file problem points at line 1: code scanning places every alert on a line
            Map<String, Object> region = new LinkedHashMap<>();
            region.put("startLine", Math.max(1, p.line()));
            if (p.column() > 0) {
                region.put("startColumn", p.column());
            }
            results.add(result(InputProblem.RULE_ID, index, p.severity(), p.message(), p.file(), region,
                    Fingerprint.of(InputProblem.RULE_ID, p.message(), p.file())));
        }

        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "irlint");
        driver.put("version", toolVersion);
        driver.put("rules", rules);
        Map<String, Object> runMap = new LinkedHashMap<>();
        runMap.put("tool", Map.of("driver", driver));
        runMap.put("columnKind", "utf16CodeUnits");
        runMap.put("results", results);
        runMap.put("invocations", List.of(Map.of("executionSuccessful", true)));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("$schema", SCHEMA);
        doc.put("version", "2.1.0");
        doc.put("runs", List.of(runMap));
        return doc;
    }

    private static Map<String, Object> rule(String id, String description, String explanation, String url,
                                            Severity severity, String category) {
        String shortText = description == null || description.isBlank() ? id : description.strip();
        String fullText = explanation == null || explanation.isBlank() ? shortText : explanation.strip();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", id);
        r.put("name", name(id));
        r.put("shortDescription", Map.of("text", shortText));
        r.put("fullDescription", Map.of("text", fullText));
        r.put("help", Map.of("text", fullText, "markdown", "**" + shortText + "**\n\n" + fullText));
        if (url != null && !url.isBlank()) {
            r.put("helpUri", url);
        }
        r.put("defaultConfiguration", Map.of("level", level(severity)));
        r.put("properties", Map.of("tags", List.of("irlint", category)));
        return r;
    }

    private static Map<String, Object> result(String ruleId, Map<String, Integer> index, Severity severity, String message,
                                              String uri, Map<String, Object> region, String fingerprint) {
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", Map.of("uri", uri, "uriBaseId", "%SRCROOT%"));
        if (region != null) {
            physical.put("region", region);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ruleId", ruleId);
        Integer i = index.get(ruleId);
        if (i != null) {
            result.put("ruleIndex", i);
        }
        result.put("level", level(severity));
        result.put("message", Map.of("text", message));
        result.put("locations", List.of(Map.of("physicalLocation", physical)));
        result.put("partialFingerprints", Map.of(FINGERPRINT_KEY, fingerprint));
        return result;
    }

    /** SARIF rule names are PascalCase identifiers: privacy.phone-number → PrivacyPhoneNumber. */
    static String name(String id) {
        StringBuilder b = new StringBuilder();
        boolean upper = true;
        for (char c : id.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        return b.toString();
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private SarifReport() {
    }
}
