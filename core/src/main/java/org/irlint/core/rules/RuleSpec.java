package org.irlint.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.irlint.core.report.Category;

/**
 * One rule as written in a rule file: its {@link RuleInfo}, message template, suggestions and the
 * kind-specific parameters. Accessors fail with a {@link RuleFileException} that names the file and rule.
 */
public final class RuleSpec {
    private final RuleInfo info;
    private final String kind;
    private final String message;
    private final List<String> suggestions;
    private final Map<String, Object> params;
    private final ResourceLoader resources;

    public RuleSpec(RuleInfo info, String kind, String message, List<String> suggestions,
                    Map<String, Object> params, ResourceLoader resources) {
        this.info = info;
        this.kind = kind;
        this.message = message;
        this.suggestions = List.copyOf(suggestions);
        this.params = Map.copyOf(params);
        this.resources = resources;
    }

    public RuleInfo info() {
        return info;
    }

    /** The same rule with a team's chosen severity. */
    public RuleSpec withSeverity(org.irlint.core.report.Severity severity) {
        return new RuleSpec(info.withSeverity(severity), kind, message, suggestions, params, resources);
    }

    public String id() {
        return info.id();
    }

    public Category category() {
        return info.category();
    }

    public String kind() {
        return kind;
    }

    /** The message template; {@code {match}} and other {@code {name}} placeholders are filled per finding. */
    public String message() {
        return message;
    }

    public List<String> suggestions() {
        return suggestions;
    }

    public ResourceLoader resources() {
        return resources;
    }

    public boolean has(String name) {
        return params.containsKey(name);
    }

    public Object raw(String name) {
        return params.get(name);
    }

    public String string(String name, String fallback) {
        Object v = params.get(name);
        return v == null ? fallback : v.toString();
    }

    public String requiredString(String name) {
        Object v = params.get(name);
        if (v == null || v.toString().isBlank()) {
            throw error("needs '" + name + "'");
        }
        return v.toString();
    }

    public int integer(String name, int fallback) {
        Object v = params.get(name);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Number n) {
            return n.intValue();
        }
        try {
            return Integer.parseInt(v.toString().trim());
        } catch (NumberFormatException e) {
            throw error("'" + name + "' must be a whole number, not '" + v + "'");
        }
    }

    public double decimal(String name, double fallback) {
        Object v = params.get(name);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(v.toString().trim());
        } catch (NumberFormatException e) {
            throw error("'" + name + "' must be a number, not '" + v + "'");
        }
    }

    public boolean flag(String name, boolean fallback) {
        Object v = params.get(name);
        return v == null ? fallback : Boolean.parseBoolean(v.toString().trim());
    }

    /** A list of strings; a single string counts as a one-item list. */
    public List<String> strings(String name) {
        Object v = params.get(name);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> list) {
            List<String> out = new ArrayList<>(list.size());
            for (Object o : list) {
                if (o instanceof Map || o instanceof List) {
                    throw error("'" + name + "' must be a list of strings");
                }
                out.add(String.valueOf(o));
            }
            return out;
        }
        return List.of(v.toString());
    }

    /** A list of maps (for entries such as {@code {term: ..., suggest: ...}}); plain strings become {@code {term: s}}. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> entries(String name, String keyForPlainStrings) {
        Object v = params.get(name);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            throw error("'" + name + "' must be a list");
        }
        List<Map<String, Object>> out = new ArrayList<>(list.size());
        for (Object o : list) {
            if (o instanceof Map<?, ?> m) {
                out.add((Map<String, Object>) m);
            } else {
                out.add(Map.of(keyForPlainStrings, String.valueOf(o)));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> map(String name) {
        Object v = params.get(name);
        if (v == null) {
            return Map.of();
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw error("'" + name + "' must be a map");
        }
        return (Map<String, Object>) m;
    }

    public RuleFileException error(String problem) {
        return new RuleFileException(info.source(), "rule " + info.id() + " (kind " + kind + ") " + problem);
    }
}
