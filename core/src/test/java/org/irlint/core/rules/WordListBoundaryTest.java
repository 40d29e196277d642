package org.irlint.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Word-list matches begin and end at word boundaries. An entry whose first character is punctuation that
 * usually follows a word (", clearly.") or whose last part is a space (" again. ", "…was\s") can then never
 * match where it is meant to, and nothing else reports it: the rule just stays silent. Such entries must use
 * a look-behind or look-ahead instead ("(?<=,\s{1,3})clearly[.!]", "…was(?=\s)").
 */
class WordListBoundaryTest {
    private static final Pattern STARTS_ON_PUNCTUATION = Pattern.compile("^(?:re:)?(?:[,.;:!?]|\\\\[.,;:!?])");
    private static final Pattern ENDS_ON_SPACE = Pattern.compile("(?:\\s|\\\\s[+*]?|\\\\s\\{[\\d,]+\\})$");

    @Test
    void professionalismEntriesCanMatchAtWordBoundaries() throws Exception {
        JsonNode root;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("irlint/rules/professionalism.yml")) {
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        List<String> dead = new ArrayList<>();
        for (JsonNode rule : root.path("rules")) {
            List<JsonNode> lists = new ArrayList<>(List.of(rule.path("terms"), rule.path("exceptions")));
            rule.path("with").forEach(lists::add);
            for (JsonNode list : lists) {
                for (JsonNode entry : list) {
                    String text = entry.isTextual() ? entry.asText() : entry.path("term").asText();
                    if (STARTS_ON_PUNCTUATION.matcher(text).find() || ENDS_ON_SPACE.matcher(text).find()) {
                        dead.add(rule.path("id").asText() + ": " + text);
                    }
                }
            }
        }
        assertEquals(List.of(), dead, "entries that cannot match at a word boundary");
    }
}
