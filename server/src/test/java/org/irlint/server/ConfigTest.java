package org.irlint.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** Deployment settings reach the engine: allowlist, rules switched off for everyone, text limit. */
class ConfigTest {

    private static List<String> ruleIdsAt(JsonNode report, String text, String span) {
        int at = text.indexOf(span);
        return StreamSupport.stream(report.get("findings").spliterator(), false)
                .filter(f -> f.get("offset").asInt() == at).map(f -> f.get("ruleId").asText()).toList();
    }

    @Test
    void allowlistDisabledRulesAndTextLimitApply() {
        String text = "Codes ZQ-1234 and ZQ-5678, what a zorblax day";
        try (EmbeddedServer server = AccessTest.start("irlint.rule-files", "src/test/resources/test-rules.yml",
                "irlint.allowlist", "ZQ-1234", "irlint.disabled-rules", "test.buzzword",
                "irlint.limits.max-text-length", "60", "irlint.limits.rate-per-second", "0")) {
            Http http = new Http(server.getURI());
            JsonNode r = http.postJson("/api/v1/check", Http.json("text", text)).json();
            assertTrue(ruleIdsAt(r, text, "ZQ-1234").isEmpty(), "the allowlisted value is not flagged");
            assertEquals(List.of("test.codename"), ruleIdsAt(r, text, "ZQ-5678"));
            assertFalse(ruleIdsAt(r, text, "zorblax").contains("test.buzzword"), "switched off for every check");
            Http.Response tooLong = http.postJson("/api/v1/check", Http.json("text", "x".repeat(61)));
            CheckApiTest.assertProblem(tooLong, 413);
            assertTrue(tooLong.json().get("detail").asText().contains("at most 60"));
            assertFalse(StreamSupport.stream(http.get("/api/v1/rules").json().spliterator(), false)
                    .anyMatch(n -> n.get("id").asText().equals("test.buzzword")));
        }
    }
}
