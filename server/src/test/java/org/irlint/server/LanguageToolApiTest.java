package org.irlint.server;

import static org.irlint.server.CheckApiTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

@MicronautTest
@Property(name = "irlint.rule-files", value = "src/test/resources/test-rules.yml")
@Property(name = "irlint.limits.rate-per-second", value = "0")
class LanguageToolApiTest {
    private static final String TEXT = "Busy list 😀 today. Such a zorblax case, ZQ-4321 went home.\nNext one.";

    @Inject
    EmbeddedServer server;

    Http http() {
        return new Http(server.getURI());
    }

    JsonNode lt(Map<String, String> form) {
        Http.Response r = http().post("/v2/check", "application/x-www-form-urlencoded", Http.form(form));
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    static Map<String, String> form(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    static List<JsonNode> matches(JsonNode j) {
        return StreamSupport.stream(j.get("matches").spliterator(), false).toList();
    }

    static JsonNode match(JsonNode j, String ruleId) {
        return matches(j).stream().filter(m -> m.at("/rule/id").asText().equals(ruleId)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + ruleId + " in " + j));
    }

    @Test
    void answerHasLanguageToolsShapeFieldByField() {
        JsonNode j = lt(form("text", TEXT, "language", "en-US"));
        assertEquals(Set.of("software", "warnings", "language", "matches"), Http.fields(j));
        assertEquals("irlint", j.at("/software/name").asText());
        assertEquals(1, j.at("/software/apiVersion").asInt());
        assertFalse(j.at("/software/premium").asBoolean());
        assertFalse(j.at("/warnings/incompleteResults").asBoolean());
        assertEquals("en-US", j.at("/language/code").asText());
        assertEquals("English (US)", j.at("/language/name").asText());
        assertEquals("en-US", j.at("/language/detectedLanguage/code").asText());

        JsonNode m = match(j, "test.codename");
        assertEquals(Set.of("message", "shortMessage", "replacements", "offset", "length", "context", "sentence", "type",
                "rule", "ignoreForIncompleteSentence", "contextForSureMatch"), Http.fields(m));
        assertTrue(m.get("message").asText().startsWith("A record code"));
        assertEquals("Privacy", m.get("shortMessage").asText());
        assertEquals("[code removed]", m.at("/replacements/0/value").asText());
        assertEquals(Set.of("value"), Http.fields(m.at("/replacements/0")));
        assertEquals(TEXT.indexOf("ZQ-4321"), m.get("offset").asInt());
        assertEquals(7, m.get("length").asInt());
        JsonNode ctx = m.get("context");
        assertEquals(Set.of("text", "offset", "length"), Http.fields(ctx));
        String c = ctx.get("text").asText();
        assertEquals("ZQ-4321", c.substring(ctx.get("offset").asInt(), ctx.get("offset").asInt() + ctx.get("length").asInt()));
        assertTrue(c.startsWith("..."), "context is cut with an ellipsis like LanguageTool's: " + c);
        assertFalse(c.contains("\n"));
        assertEquals("Such a zorblax case, ZQ-4321 went home.", m.get("sentence").asText());
        assertEquals("Other", m.at("/type/typeName").asText());
        JsonNode rule = m.get("rule");
        assertEquals(Set.of("id", "description", "issueType", "category"), Http.fields(rule));
        assertEquals("A made-up record code that stands in for an identifier", rule.get("description").asText());
        assertEquals("misspelling", rule.get("issueType").asText());
        assertEquals("PRIVACY", rule.at("/category/id").asText());
        assertEquals("Privacy", rule.at("/category/name").asText());
        assertEquals("grammar", match(j, "test.buzzword").at("/rule/issueType").asText());
    }

    @Test
    void offsetsAreIdenticalToTheContractApi() {
        JsonNode report = http().postJson("/api/v1/check", Http.json("text", TEXT)).json();
        JsonNode j = lt(form("text", TEXT, "language", "auto"));
        assertEquals(report.get("findings").size(), j.get("matches").size());
        for (int i = 0; i < report.get("findings").size(); i++) {
            JsonNode f = report.get("findings").get(i);
            JsonNode m = j.get("matches").get(i);
            assertEquals(f.get("ruleId").asText(), m.at("/rule/id").asText());
            assertEquals(f.get("offset").asInt(), m.get("offset").asInt());
            assertEquals(f.get("length").asInt(), m.get("length").asInt());
        }
    }

    @Test
    void dataIgnoresMarkupButKeepsDocumentOffsets() {
        String data = "{\"annotation\":[{\"markup\":\"<p>\"},{\"text\":\"A \"},{\"markup\":\"<b>\"},{\"text\":\"zorblax\"},"
                + "{\"markup\":\"</b>\"},{\"markup\":\"<br/>\",\"interpretAs\":\"\\n\"},{\"text\":\"code ZQ-1111.\"},{\"markup\":\"</p>\"}]}";
        String document = "<p>A <b>zorblax</b><br/>code ZQ-1111.</p>";
        JsonNode j = lt(form("data", data, "language", "en"));
        JsonNode buzz = match(j, "test.buzzword");
        assertEquals("zorblax", document.substring(buzz.get("offset").asInt(), buzz.get("offset").asInt() + buzz.get("length").asInt()));
        JsonNode code = match(j, "test.codename");
        assertEquals("ZQ-1111", document.substring(code.get("offset").asInt(), code.get("offset").asInt() + code.get("length").asInt()));
    }

    @Test
    void rulesAndCategoriesCanBeSwitchedOff() {
        assertTrue(matches(lt(form("text", TEXT, "language", "en-US", "disabledRules", "test.codename")))
                .stream().noneMatch(m -> m.at("/rule/id").asText().equals("test.codename")));
        assertTrue(matches(lt(form("text", TEXT, "language", "en-US", "disabledCategories", "PRIVACY,REACH")))
                .stream().noneMatch(m -> m.at("/rule/category/id").asText().matches("PRIVACY|REACH")));
        List<JsonNode> only = matches(lt(form("text", TEXT, "language", "en-US", "enabledRules", "test.buzzword",
                "enabledOnly", "true")));
        assertEquals(1, only.size());
        assertEquals("test.buzzword", only.get(0).at("/rule/id").asText());
    }

    @Test
    void languagesListsEnglish() {
        Http.Response r = http().get("/v2/languages");
        assertEquals(200, r.status());
        JsonNode first = r.json().get(0);
        assertEquals(Set.of("name", "code", "longCode"), Http.fields(first));
        assertTrue(StreamSupport.stream(r.json().spliterator(), false).anyMatch(l -> l.get("longCode").asText().equals("en-US")));
    }

    @Test
    void errorsAreProblems() {
        assertProblem(http().post("/v2/check", "application/x-www-form-urlencoded", "language=en-US"), 400);
        assertProblem(http().post("/v2/check", "application/x-www-form-urlencoded", "text=hello&language=de-DE"), 400);
        assertProblem(http().post("/v2/check", "application/x-www-form-urlencoded", "text=hello"), 400);
        Http.Response badEscape = http().post("/v2/check", "application/x-www-form-urlencoded", "text=Quixote%zz&language=en");
        assertProblem(badEscape, 400);
        assertFalse(badEscape.body().contains("Quixote"));
        Http.Response badData = http().post("/v2/check", "application/x-www-form-urlencoded",
                Http.form(form("data", "{\"annotation\": Quixote}", "language", "en")));
        assertProblem(badData, 400);
        assertFalse(badData.body().contains("Quixote"));
        assertProblem(http().post("/v2/check", "application/x-www-form-urlencoded",
                Http.form(form("text", "c".repeat(25_001), "language", "en"))), 413);
        assertProblem(http().postJson("/v2/check", "{\"text\":\"hello\"}"), 415);
    }
}
