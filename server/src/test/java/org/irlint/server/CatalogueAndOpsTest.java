package org.irlint.server;

import static org.irlint.server.CheckApiTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

@MicronautTest
@Property(name = "irlint.rule-files", value = "src/test/resources/test-rules.yml")
@Property(name = "irlint.limits.rate-per-second", value = "0")
class CatalogueAndOpsTest {
    @Inject
    EmbeddedServer server;
    @Inject
    Router router;

    Http http() {
        return new Http(server.getURI());
    }

    @Test
    void rulesListsEveryRuleWithItsExamples() {
        Http.Response r = http().get("/api/v1/rules");
        assertEquals(200, r.status());
        JsonNode rule = StreamSupport.stream(r.json().spliterator(), false)
                .filter(n -> n.get("id").asText().equals("test.codename")).findFirst().orElseThrow();
        assertEquals("privacy", rule.get("category").asText());
        assertEquals("error", rule.get("severity").asText());
        assertEquals("A made-up record code that stands in for an identifier", rule.get("description").asText());
        assertEquals("Seen today, <marker>ZQ-1234</marker>, doing well.", rule.at("/examples/bad/0").asText());
        assertEquals("Seen today, doing well.", rule.at("/examples/good/0").asText());
    }

    @Test
    void referencesNeedAQueryAndAnswerAList() {
        Http.Response r = http().get("/api/v1/references?q=fibroid+embolization&limit=3");
        assertEquals(200, r.status());
        assertTrue(r.json().isArray());
        assertTrue(r.json().size() <= 3);
        for (JsonNode hit : r.json()) {
            assertEquals(Set.of("id", "title", "url", "snippet", "score"), Http.fields(hit));
        }
        assertProblem(http().get("/api/v1/references"), 400);
        assertProblem(http().get("/api/v1/references?q=x&limit=500"), 400);
    }

    @Test
    void healthIsUpAndMetricsCountChecksWithoutText() throws InterruptedException {
        // The engine builds beside the HTTP server; /health is DOWN (503) until it is ready.
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (http().get("/health").status() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        JsonNode health = http().get("/health").json();
        assertEquals("UP", health.get("status").asText());
        assertTrue(health.at("/details/irlint/details/rules").asInt() >= 2);
        http().postJson("/api/v1/check", "{\"text\":\"Octavia Plimsoll zorblax\"}");
        Http.Response metrics = http().get("/metrics");
        assertEquals(200, metrics.status());
        JsonNode api = metrics.json().at("/checks/api");
        assertTrue(api.get("checks").asLong() >= 1);
        assertTrue(api.at("/latencyMillis/p99").asDouble() > 0);
        assertTrue(api.at("/verdicts/review").asLong() >= 1);
        assertFalse(metrics.body().contains("Plimsoll") || metrics.body().contains("zorblax"));
    }

    @Test
    void playgroundIsServedFromTheJar() {
        Http.Response page = http().get("/");
        assertEquals(200, page.status());
        assertTrue(page.contentType().startsWith("text/html"));
        assertTrue(page.body().contains("/playground.js"));
        assertFalse(page.body().contains("http://") || page.body().contains("https://"), "no CDN, works offline");
        assertEquals(200, http().get("/playground.js").status());
        assertEquals(200, http().get("/playground.css").status());
    }

    @Test
    void openApiDescribesEveryRoute() {
        Http.Response r = http().get("/api/v1/openapi.yml");
        assertEquals(200, r.status());
        Map<String, Object> doc = new Yaml().load(r.body());
        assertEquals("3.0.3", doc.get("openapi"));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) doc.get("paths");
        Set<String> missing = new TreeSet<>();
        router.uriRoutes().map(UriRouteInfo.class::cast).forEach(route -> {
            String path = route.getUriMatchTemplate().toPathString();
            String method = route.getHttpMethodName().toLowerCase();
            if (method.equals("head") || path.startsWith("/health/")) {
                return; // HEAD mirrors GET; /health/{selector} is Micronaut's per-indicator view of /health
            }
            if (!paths.containsKey(path) || !paths.get(path).containsKey(method)) {
                missing.add(method + " " + path);
            }
        });
        assertTrue(missing.isEmpty(), "openapi.yml lacks " + missing);
    }
}
