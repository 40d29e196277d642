package org.irlint.maven.suppress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code irlint-baseline.json}: the findings a team accepted when it adopted irlint. Each entry is a file, a
 * rule and a {@link Fingerprint} (never the flagged text); a finding that matches an unused entry is known and
 * does not fail the build. Entries are counted, so a second copy of a known finding is new.
 */
public final class Baseline {
    public static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** @param line where the finding was when the baseline was made; a hint for people, not used to match */
    public record Entry(String file, String ruleId, String fingerprint, int line) {
    }

    public record Document(int version, String tool, List<Entry> findings) {
    }

    private record Key(String file, String ruleId, String fingerprint) {
    }

    private final Map<Key, Integer> remaining = new HashMap<>();
    private final int size;

    private Baseline(List<Entry> entries) {
        for (Entry e : entries) {
            remaining.merge(new Key(e.file(), e.ruleId(), e.fingerprint()), 1, Integer::sum);
        }
        this.size = entries.size();
    }

    public static Baseline empty() {
        return new Baseline(List.of());
    }

    /** Reads a baseline; a missing file is an empty baseline, a broken one is the caller's configuration error. */
    public static Baseline read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        try {
            Document d = JSON.readValue(file.toFile(), Document.class);
            return new Baseline(d.findings() == null ? List.of() : d.findings());
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new IOException("baseline " + file + " is not a valid irlint baseline" + where
                    + "; fix it or create it again with the baseline goal", e);
        }
    }

    public static void write(Path file, List<Entry> entries) throws IOException {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::file).thenComparingInt(Entry::line).thenComparing(Entry::ruleId)
                .thenComparing(Entry::fingerprint));
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        JSON.writeValue(file.toFile(), new Document(VERSION, "irlint", sorted));
    }

    public int size() {
        return size;
    }

    /** Whether the finding is known; each baseline entry accepts one finding. Thread-safe. */
    public synchronized boolean accepts(String file, String ruleId, String fingerprint) {
        Key k = new Key(file, ruleId, fingerprint);
        Integer n = remaining.get(k);
        if (n == null || n == 0) {
            return false;
        }
        remaining.put(k, n - 1);
        return true;
    }
}
