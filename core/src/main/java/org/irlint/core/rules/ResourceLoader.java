package org.irlint.core.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Reads bundled data files (gazetteers, lexicons) from the classpath once per engine and shares what it
 * parsed between the rules that need it.
 */
public final class ResourceLoader {
    private static final com.fasterxml.jackson.databind.ObjectMapper YAML =
            new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
    private final Map<String, Object> cache = new ConcurrentHashMap<>();

    /** Non-blank lines of a classpath resource, without {@code #} comment lines. */
    public List<String> lines(String resource) {
        return shared("lines:" + resource, k -> readLines(resource));
    }

    /** A YAML (or JSON) resource holding a list of maps, such as the acronym lexicon. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> yamlList(String resource) {
        return shared("yaml:" + resource, k -> {
            try (InputStream in = open(resource)) {
                Object tree = YAML.readValue(in, Object.class);
                if (!(tree instanceof List<?> list)) {
                    throw new RuleFileException(resource, "expected a YAML list");
                }
                return List.copyOf((List<Map<String, Object>>) list);
            } catch (IOException e) {
                throw new RuleFileException(resource, "not valid YAML: " + e.getMessage(), e);
            }
        });
    }

    /** Anything derived from resources, computed once per engine under {@code key}. */
    @SuppressWarnings("unchecked")
    public <T> T shared(String key, Function<String, T> compute) {
        // Not computeIfAbsent: a shared value is often derived from other shared values (a gazetteer
        // from lines), and ConcurrentHashMap forbids nested updates. Two threads racing may both compute;
        // the first stored value wins, so everyone shares one.
        Object value = cache.get(key);
        if (value == null) {
            Object computed = compute.apply(key);
            if (computed == null) {
                return null;
            }
            value = cache.putIfAbsent(key, computed);
            if (value == null) {
                value = computed;
            }
        }
        return (T) value;
    }

    public static InputStream open(String resource) {
        InputStream in = ResourceLoader.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new RuleFileException(resource, "bundled resource is missing from the classpath");
        }
        return in;
    }

    public static String readString(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> readLines(String resource) {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
