package org.irlint.core.relevance;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a reference document: YAML front matter between {@code ---} lines, then Markdown with the sections
 * {@code ## For patients} and {@code ## For clinicians}. A user's document may skip the sections; its whole
 * body then counts as patient text. Problems become a {@link ReferenceFormatException} with file and line.
 */
public final class ReferenceDocumentParser {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final List<String> KNOWN_KEYS = List.of("id", "title", "area", "acronyms", "synonyms", "conditions",
            "hashtags", "urls");

    /**
     * @param source   the file name or resource path, for messages
     * @param fallbackId the id to use when the front matter has none (the file name without {@code .md})
     */
    public ReferenceDocument parse(String source, String fallbackId, String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            throw new ReferenceFormatException(source, 1, "the file must start with a '---' line that opens the front matter");
        }
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            throw new ReferenceFormatException(source, 1, "the front matter opened here is never closed with a '---' line");
        }
        Map<String, Object> front = readFrontMatter(source, String.join("\n", lines.subList(1, close)));
        for (String key : front.keySet()) {
            if (!KNOWN_KEYS.contains(key)) {
                throw new ReferenceFormatException(source, lineOfKey(lines, close, key),
                        "unknown front matter key '" + key + "' (expected one of " + String.join(", ", KNOWN_KEYS) + ")");
            }
        }
        String id = string(front, "id", fallbackId, source, lines, close);
        if (id == null || !ID.matcher(id).matches()) {
            throw new ReferenceFormatException(source, lineOfKey(lines, close, "id"),
                    "the id '" + id + "' must be kebab-case (lower-case letters, digits and dashes)");
        }
        String title = string(front, "title", null, source, lines, close);
        if (title == null || title.isBlank()) {
            throw new ReferenceFormatException(source, 2, "the front matter needs a 'title'");
        }
        List<String> urls = list(front, "urls", source, lines, close);
        for (String url : urls) {
            String lower = url.toLowerCase(Locale.ROOT);
            if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
                throw new ReferenceFormatException(source, lineOf(lines, close, url), "the url '" + url + "' must start with https://");
            }
        }
        Sections sections = sections(lines.subList(close + 1, lines.size()));
        if (sections.patients.isBlank() && sections.clinicians.isBlank()) {
            throw new ReferenceFormatException(source, close + 2, "the document has front matter but no text after it");
        }
        return new ReferenceDocument(id, title.strip(), string(front, "area", "", source, lines, close),
                list(front, "acronyms", source, lines, close), list(front, "synonyms", source, lines, close),
                list(front, "conditions", source, lines, close), list(front, "hashtags", source, lines, close), urls,
                sections.patients, sections.clinicians, source);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readFrontMatter(String source, String yaml) {
        try {
            Object parsed = YAML.readValue(yaml.isBlank() ? "{}" : yaml, Object.class);
            if (!(parsed instanceof Map)) {
                throw new ReferenceFormatException(source, 2, "the front matter must be 'key: value' lines");
            }
            return (Map<String, Object>) parsed;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null || at.getLineNr() < 1 ? 2 : at.getLineNr() + 1; // +1 for the opening '---'
            throw new ReferenceFormatException(source, line, "the front matter is not valid YAML: "
                    + e.getOriginalMessage().replaceAll("\\s+", " ").strip());
        }
    }

    private static String string(Map<String, Object> front, String key, String fallback, String source, List<String> lines,
                                 int close) {
        Object v = front.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Map || v instanceof List) {
            throw new ReferenceFormatException(source, lineOfKey(lines, close, key), "'" + key + "' must be a single value");
        }
        return v.toString().strip();
    }

    private static List<String> list(Map<String, Object> front, String key, String source, List<String> lines, int close) {
        Object v = front.get(key);
        if (v == null) {
            return List.of();
        }
        List<?> items = v instanceof List<?> l ? l : List.of(v);
        List<String> out = new ArrayList<>(items.size());
        for (Object o : items) {
            if (o == null || o instanceof Map || o instanceof List) {
                throw new ReferenceFormatException(source, lineOfKey(lines, close, key), "'" + key + "' must be a list of words or phrases");
            }
            String s = o.toString().strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static int lineOfKey(List<String> lines, int close, String key) {
        for (int i = 1; i < close; i++) {
            if (lines.get(i).startsWith(key + ":")) {
                return i + 1;
            }
        }
        return 2;
    }

    private static int lineOf(List<String> lines, int close, String value) {
        for (int i = 1; i < close; i++) {
            if (lines.get(i).contains(value)) {
                return i + 1;
            }
        }
        return 2;
    }

    private record Sections(String patients, String clinicians) {
    }

    private static Sections sections(List<String> body) {
        StringBuilder patients = new StringBuilder();
        StringBuilder clinicians = new StringBuilder();
        StringBuilder current = patients;
        for (String line : body) {
            String t = line.strip();
            if (t.matches("#{1,6}\\s.*")) {
                String heading = t.replaceFirst("^#+", "").strip().toLowerCase(Locale.ROOT);
                if (heading.startsWith("for clinicians")) {
                    current = clinicians;
                    continue;
                }
                if (heading.startsWith("for patients")) {
                    current = patients;
                    continue;
                }
            }
            current.append(line).append('\n');
        }
        return new Sections(patients.toString().strip(), clinicians.toString().strip());
    }
}
