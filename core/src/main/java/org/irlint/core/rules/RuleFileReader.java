package org.irlint.core.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irlint.core.Audience;
import org.irlint.core.report.Category;
import org.irlint.core.report.Severity;

/**
 * Reads rule files: YAML (or JSON, which is YAML) holding one rule, or {@code rules:} with a list of them.
 * Every problem becomes a {@link RuleFileException} naming the file, the rule and, for syntax errors, the
 * line and column.
 */
public final class RuleFileReader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> COMMON_KEYS = Set.of(
            "id", "category", "severity", "kind", "description", "explanation", "url", "message", "suggest", "examples");

    private final ResourceLoader resources;

    public RuleFileReader(ResourceLoader resources) {
        this.resources = resources;
    }

    public List<RuleSpec> read(Path file) {
        String source = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new RuleFileException(source, "rule file not found (or not a regular file)");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(source, in);
        } catch (IOException e) {
            throw new RuleFileException(source, "cannot read rule file: " + e.getMessage(), e);
        }
    }

    public List<RuleSpec> readResource(String resource) {
        try (InputStream in = ResourceLoader.open(resource)) {
            return read("classpath:" + resource, in);
        } catch (IOException e) {
            throw new RuleFileException(resource, "cannot read bundled rule file: " + e.getMessage(), e);
        }
    }

    List<RuleSpec> read(String source, InputStream in) {
        Object tree;
        try {
            tree = YAML.readValue(in, Object.class);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new RuleFileException(source, "not valid YAML" + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new RuleFileException(source, "cannot read: " + e.getMessage(), e);
        }
        List<Map<String, Object>> raw = rulesIn(source, tree);
        List<RuleSpec> specs = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            specs.add(spec(source, i + 1, raw.get(i)));
        }
        return specs;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rulesIn(String source, Object tree) {
        if (tree == null) {
            return List.of();
        }
        if (tree instanceof Map<?, ?> m && m.containsKey("rules")) {
            tree = m.get("rules");
        } else if (tree instanceof Map<?, ?> m) {
            return List.of((Map<String, Object>) m);
        }
        if (!(tree instanceof List<?> list)) {
            throw new RuleFileException(source, "expected a rule, or 'rules:' followed by a list of rules");
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> m)) {
                throw new RuleFileException(source, "rule #" + (i + 1) + " is not a map of 'key: value' lines");
            }
            out.add((Map<String, Object>) m);
        }
        return out;
    }

    private RuleSpec spec(String source, int index, Map<String, Object> raw) {
        String id = text(raw, "id");
        String where = id == null ? "rule #" + index : "rule " + id;
        if (id == null || !id.matches("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+")) {
            throw new RuleFileException(source, where + " needs an 'id' such as privacy.mrn (lower case, dotted)");
        }
        Category category;
        Severity severity;
        try {
            String cat = text(raw, "category");
            category = Category.fromId(cat != null ? cat : id.substring(0, id.indexOf('.')));
            severity = Severity.fromId(orDefault(text(raw, "severity"), "warning"));
        } catch (IllegalArgumentException e) {
            throw new RuleFileException(source, where + ": " + e.getMessage());
        }
        String kind = text(raw, "kind");
        if (kind == null) {
            throw new RuleFileException(source, where + " needs a 'kind' (for example lexicon or pattern)");
        }
        String description = orDefault(text(raw, "description"), id);
        String message = text(raw, "message");
        if (message == null) {
            throw new RuleFileException(source, where + " needs a 'message' telling the author what to do");
        }
        List<RuleExample> bad = new ArrayList<>();
        List<RuleExample> good = new ArrayList<>();
        readExamples(source, where, raw.get("examples"), bad, good);
        RuleInfo info = new RuleInfo(id, category, severity, description,
                orDefault(text(raw, "explanation"), description), text(raw, "url"), bad, good, source);
        Map<String, Object> params = new LinkedHashMap<>();
        raw.forEach((k, v) -> {
            if (!COMMON_KEYS.contains(k)) {
                params.put(k, v);
            }
        });
        return new RuleSpec(info, kind, message, strings(raw.get("suggest")), params, resources);
    }

    private static void readExamples(String source, String where, Object node, List<RuleExample> bad, List<RuleExample> good) {
        if (node == null) {
            return;
        }
        if (!(node instanceof Map<?, ?> m)) {
            throw new RuleFileException(source, where + ": 'examples' must have 'bad:' and/or 'good:' lists");
        }
        bad.addAll(examples(source, where, m.get("bad")));
        good.addAll(examples(source, where, m.get("good")));
    }

    private static List<RuleExample> examples(String source, String where, Object node) {
        List<RuleExample> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof List<?> list)) {
            throw new RuleFileException(source, where + ": examples must be lists");
        }
        for (Object o : list) {
            if (o instanceof Map<?, ?> m) {
                Object text = m.get("text");
                if (text == null) {
                    throw new RuleFileException(source, where + ": an example needs 'text'");
                }
                Audience audience;
                try {
                    audience = Audience.fromId(m.get("audience") == null ? null : m.get("audience").toString());
                } catch (IllegalArgumentException e) {
                    throw new RuleFileException(source, where + ": " + e.getMessage());
                }
                out.add(new RuleExample(text.toString(), audience, Boolean.TRUE.equals(m.get("attachment"))));
            } else {
                out.add(new RuleExample(String.valueOf(o), Audience.PUBLIC, false));
            }
        }
        return out;
    }

    private static List<String> strings(Object node) {
        if (node == null) {
            return List.of();
        }
        if (node instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(node.toString());
    }

    private static String text(Map<String, Object> raw, String key) {
        Object v = raw.get(key);
        return v == null ? null : v.toString().strip();
    }

    private static String orDefault(String v, String fallback) {
        return v == null || v.isEmpty() ? fallback : v;
    }
}
