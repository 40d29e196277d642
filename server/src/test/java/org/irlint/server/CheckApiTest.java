package org.irlint.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

@MicronautTest
@Property(name = "irlint.rule-files", value = "src/test/resources/test-rules.yml")
@Property(name = "irlint.limits.rate-per-second", value = "0")
class CheckApiTest {
    @Inject
    EmbeddedServer server;

    Http http() {
        return new Http(server.getURI());
    }

    @Test
    void reportHasExactlyTheContractsShape() {
        Http.Response r = http().postJson("/api/v1/check",
                "{\"text\":\"Great zorblax day, ZQ-1234 home already #IRad\",\"audience\":\"clinicians\"}");
        assertEquals(200, r.status());
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        JsonNode j = r.json();
        assertEquals(Set.of("score", "verdict", "categories", "relevance", "length", "hashtags", "references", "findings"),
                Http.fields(j));
        assertTrue(j.get("score").isInt());
        assertEquals("blocked", j.get("verdict").asText());
        assertEquals(Set.of("privacy", "professionalism", "relevance", "reach"), Http.fields(j.get("categories")));
        for (JsonNode c : j.get("categories")) {
            assertEquals(Set.of("score", "findings"), Http.fields(c));
            assertTrue(c.get("score").isInt() && c.get("findings").isInt());
        }
        assertTrue(j.at("/categories/privacy/findings").asInt() >= 1);
        assertTrue(j.at("/categories/privacy/score").asInt() < 100);
        JsonNode rel = j.get("relevance");
        assertEquals(Set.of("score", "onTopic", "topics"), Http.fields(rel));
        assertTrue(rel.get("score").isNumber());
        assertTrue(rel.get("onTopic").isBoolean());
        assertTrue(rel.get("topics").isArray());
        assertEquals(Set.of("weighted", "limit", "valid"), Http.fields(j.get("length")));
        assertEquals(280, j.at("/length/limit").asInt());
        assertTrue(j.at("/length/valid").asBoolean());
        assertEquals(Set.of("present", "suggested"), Http.fields(j.get("hashtags")));
        assertEquals("#IRad", j.at("/hashtags/present/0").asText());
        assertTrue(j.get("references").isArray());

        JsonNode code = finding(j, "test.codename");
        assertEquals(Set.of("ruleId", "category", "severity", "offset", "length", "message", "suggestions"),
                Http.fields(code), "url is left out when a rule has none");
        assertEquals("privacy", code.get("category").asText());
        assertEquals("error", code.get("severity").asText());
        assertEquals(19, code.get("offset").asInt());
        assertEquals(7, code.get("length").asInt());
        assertEquals("[code removed]", code.at("/suggestions/0").asText());
        JsonNode buzz = finding(j, "test.buzzword");
        assertEquals("professionalism", buzz.get("category").asText());
        assertEquals("warning", buzz.get("severity").asText());
        assertEquals(6, buzz.get("offset").asInt());
        assertEquals(7, buzz.get("length").asInt());
    }

    @Test
    void offsetsAreUtf16CodeUnitsAfterEmojiAndCjk() {
        String text = "😀👩‍⚕️ 介入放射学 zorblax ZQ-9876";
        JsonNode j = http().postJson("/api/v1/check", Http.json("text", text)).json();
        JsonNode buzz = finding(j, "test.buzzword");
        assertEquals(text.indexOf("zorblax"), buzz.get("offset").asInt());
        JsonNode code = finding(j, "test.codename");
        assertEquals("ZQ-9876", text.substring(code.get("offset").asInt(), code.get("offset").asInt() + code.get("length").asInt()));
    }

    @Test
    void disabledRulesAndAttachmentsAreRead() {
        JsonNode j = http().postJson("/api/v1/check",
                "{\"text\":\"zorblax ZQ-1234\",\"disabledRules\":[\"test.codename\"],"
                        + "\"attachments\":[{\"type\":\"image\",\"altText\":\"an angiogram\"}]}").json();
        assertNotNull(finding(j, "test.buzzword"));
        assertTrue(findings(j).stream().noneMatch(f -> f.get("ruleId").asText().equals("test.codename")));
    }

    @Test
    void malformedJsonIs400WithAPositionAndNoQuote() {
        Http.Response r = http().postJson("/api/v1/check", "{\"text\": Jonathan Quixote MRN 7654321}");
        assertProblem(r, 400);
        assertTrue(r.body().contains("line 1, column"), r.body());
        assertFalse(r.body().contains("Jonathan") || r.body().contains("Quixote") || r.body().contains("7654321"), r.body());
    }

    @Test
    void missingEmptyOrWrongTypeTextIs400() {
        assertProblem(http().postJson("/api/v1/check", "{\"audience\":\"public\"}"), 400);
        assertProblem(http().postJson("/api/v1/check", "{\"text\":\"   \"}"), 400);
        assertProblem(http().postJson("/api/v1/check", "{\"text\":42}"), 400);
        assertProblem(http().postJson("/api/v1/check", "[\"text\"]"), 400);
        assertProblem(http().postJson("/api/v1/check", ""), 400);
        assertProblem(http().postJson("/api/v1/check", "{\"text\":\"x\",\"disabledRules\":\"a\"}"), 400);
    }

    @Test
    void unknownAudienceIs400AndDoesNotRepeatIt() {
        Http.Response r = http().postJson("/api/v1/check", "{\"text\":\"hello\",\"audience\":\"Mrs Bellweather\"}");
        assertProblem(r, 400);
        assertTrue(r.json().get("detail").asText().contains("public, patients, clinicians or trainees"));
        assertFalse(r.body().contains("Bellweather"));
    }

    @Test
    void textOverTheLimitIs413() {
        Http.Response r = http().postJson("/api/v1/check", Http.json("text", "a".repeat(25_001)));
        assertProblem(r, 413);
        assertTrue(r.json().get("detail").asText().contains("25000"));
    }

    @Test
    void bodyOverTheRequestSizeIs413() {
        assertProblem(http().postJson("/api/v1/check", Http.json("text", "b".repeat(300_000))), 413);
    }

    @Test
    void wrongMediaTypeIs415() {
        assertProblem(http().post("/api/v1/check", "text/plain", "Jonathan Quixote"), 415);
        assertProblem(http().post("/api/v1/check", "application/x-www-form-urlencoded", "text=hello"), 415);
    }

    @Test
    void unknownPathAndWrongMethodAreProblemsThatDoNotEchoTheUri() {
        Http.Response notFound = http().get("/api/v1/Quixote-7654321");
        assertProblem(notFound, 404);
        assertFalse(notFound.body().contains("Quixote"));
        Http.Response wrongMethod = http().get("/api/v1/check?text=Jonathan+Quixote");
        assertProblem(wrongMethod, 405);
        assertFalse(wrongMethod.body().contains("Quixote"));
    }

    static void assertProblem(Http.Response r, int status) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        JsonNode j = r.json();
        assertEquals(Set.of("type", "title", "status", "detail"), Http.fields(j));
        assertEquals(status, j.get("status").asInt());
        assertFalse(j.get("detail").asText().isBlank());
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), r.body());
    }

    static List<JsonNode> findings(JsonNode report) {
        return StreamSupport.stream(report.get("findings").spliterator(), false).toList();
    }

    static JsonNode finding(JsonNode report, String ruleId) {
        return findings(report).stream().filter(f -> f.get("ruleId").asText().equals(ruleId)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + ruleId + " finding in " + report));
    }
}
