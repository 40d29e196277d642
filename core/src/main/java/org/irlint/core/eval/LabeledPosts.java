package org.irlint.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the JSONL evaluation format (see shared/eval/README.md); a bad line is reported by number. */
public final class LabeledPosts {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LabeledPosts() {
    }

    public static List<LabeledPost> read(Path file) throws IOException {
        List<LabeledPost> posts = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    posts.add(parse(JSON.readTree(line)));
                } catch (IOException | RuntimeException e) {
                    throw new IOException(file + ":" + lineNo + ": not a labeled post (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
                }
            }
        }
        return posts;
    }

    private static LabeledPost parse(JsonNode n) {
        JsonNode labels = n.path("labels");
        List<LabeledPost.Identifier> ids = new ArrayList<>();
        for (JsonNode p : labels.path("phi")) {
            ids.add(new LabeledPost.Identifier(p.path("type").asText(), p.path("value").asText()));
        }
        String text = n.path("text").asText(null);
        if (text == null) {
            throw new IllegalArgumentException("missing 'text'");
        }
        JsonNode kind = labels.path("unprofessional_kind");
        return new LabeledPost(n.path("id").asText("?"), text, ids,
                labels.path("privacy_risk").asBoolean(false),
                labels.path("unprofessional").asBoolean(false),
                kind.isNull() || kind.isMissingNode() ? null : kind.asText(),
                labels.path("topic").asText("off"));
    }
}
