package org.irlint.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.irlint.core.Engine;
import org.irlint.server.engine.EngineHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A changed rule file swaps the engine without failing a request; a broken one keeps the last good engine. */
class HotReloadTest {
    private static final String BODY = "{\"text\":\"a glorp and a frobnitz walk in\"}";

    static String rule(String term) {
        return "rules:\n  - id: team.word\n    category: reach\n    severity: warning\n    kind: lexicon\n"
                + "    description: A word the team avoids\n    message: \"Avoid '{match}'.\"\n"
                + "    terms: [\"" + term + "\"]\n";
    }

    @Test
    void closesTheReplacedEngineOnceItsRequestsAreDone(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("team.yml");
        Files.writeString(file, rule("glorp"));
        try (EmbeddedServer server = AccessTest.start("irlint.rule-files", file.toString(), "irlint.reload-interval", "100ms",
                "irlint.limits.request-timeout", "200ms")) {
            EngineHolder engines = server.getApplicationContext().getBean(EngineHolder.class);
            Engine old = engines.engine();
            Files.writeString(file, rule("frobnitz"));
            waitFor(() -> engines.engine() != old);
            assertFalse(old.searchReferences("fibroid embolization", 1).isEmpty(), "still usable right after the swap");
            waitFor(() -> {
                try {
                    old.searchReferences("fibroid embolization", 1);
                    return false;
                } catch (RuntimeException closed) {
                    return true;
                }
            });
            assertFalse(engines.engine().searchReferences("fibroid embolization", 1).isEmpty(), "the new one serves");
        }
    }

    @Test
    void swapsOnChangeKeepsServingAndSurvivesABrokenFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("team.yml");
        Files.writeString(file, rule("glorp"));
        try (EmbeddedServer server = AccessTest.start("irlint.rule-files", file.toString(),
                "irlint.reload-interval", "100ms", "irlint.limits.rate-per-second", "0")) {
            Http http = new Http(server.getURI());
            assertEquals(2, flaggedAt(http));

            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService load = Executors.newSingleThreadExecutor();
            Future<Integer> failures = load.submit(() -> {
                int failed = 0;
                while (!stop.get()) {
                    if (http.postJson("/api/v1/check", BODY).status() != 200) {
                        failed++;
                    }
                }
                return failed;
            });
            Files.writeString(file, rule("frobnitz"));
            waitFor(() -> flaggedAt(http) == 14);

            Files.writeString(file, "rules:\n  - id: team.word\n    kind: no-such-kind\n");
            waitFor(() -> new Http(server.getURI()).get("/health").json().at("/details/irlint/details/lastReloadError")
                    .isTextual());
            JsonNode health = http.get("/health").json().at("/details/irlint/details");
            assertTrue(health.get("lastReloadError").asText().contains("team.yml"), health.toString());
            assertEquals(14, flaggedAt(http), "the previous engine keeps answering");

            Files.writeString(file, rule("glorp"));
            waitFor(() -> flaggedAt(http) == 2);
            assertNull(http.get("/health").json().at("/details/irlint/details").get("lastReloadError"));
            stop.set(true);
            assertEquals(0, failures.get(), "no request failed while engines were swapped");
            load.shutdown();
        }
    }

    private static int flaggedAt(Http http) {
        JsonNode r = http.postJson("/api/v1/check", BODY).json();
        for (JsonNode f : r.get("findings")) {
            if (f.get("ruleId").asText().equals("team.word")) {
                return f.get("offset").asInt();
            }
        }
        return -1;
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for the reload");
            Thread.sleep(50);
        }
        assertNotNull(condition);
    }
}
