package org.irlint.server;

import static org.irlint.server.CheckApiTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CORS, the bearer token and the rate limit, each against a server configured for it. */
class AccessTest {
    private static final String CHROME = "chrome-extension://abcdefghijklmnopabcdefghijklmnop";
    private static final String FIREFOX = "moz-extension://0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b";
    private static final String BODY = "{\"text\":\"A fine day in the angio suite\"}";

    static EmbeddedServer start(String... kv) {
        Map<String, Object> props = new HashMap<>();
        props.put("micronaut.server.port", -1);
        for (int i = 0; i < kv.length; i += 2) {
            props.put(kv[i], kv[i + 1]);
        }
        return ApplicationContext.run(EmbeddedServer.class, props);
    }

    @Test
    void extensionOriginsAndConfiguredOriginsGetCorsNeverAWildcard() {
        try (EmbeddedServer server = start("irlint.cors.origins", "https://intranet.hospital.example")) {
            for (String origin : new String[] {CHROME, FIREFOX, "https://intranet.hospital.example"}) {
                Http.Response pre = new Http(server.getURI()).header("Origin", origin)
                        .header("Access-Control-Request-Method", "POST")
                        .header("Access-Control-Request-Headers", "content-type,authorization").options("/api/v1/check");
                assertEquals(204, pre.status(), origin + " " + pre.body());
                assertEquals(origin, pre.header("access-control-allow-origin"));
                assertTrue(pre.header("access-control-allow-methods").contains("POST"));
                assertTrue(pre.header("access-control-allow-headers").toLowerCase().contains("authorization"));
                Http.Response r = new Http(server.getURI()).header("Origin", origin).postJson("/api/v1/check", BODY);
                assertEquals(200, r.status(), origin + " " + r.body());
                assertEquals(origin, r.header("access-control-allow-origin"));
                assertEquals("Origin", r.header("vary"));
            }
            Http.Response err = new Http(server.getURI()).header("Origin", CHROME).postJson("/api/v1/check", "{}");
            assertProblem(err, 400);
            assertEquals(CHROME, err.header("access-control-allow-origin"), "the extension must be able to read errors");
        }
    }

    @Test
    void otherOriginsAreRefused() {
        try (EmbeddedServer server = start()) {
            for (String origin : new String[] {"https://evil.example", "null", "chrome-extension://short",
                    "http://localhost:9999"}) {
                Http.Response pre = new Http(server.getURI()).header("Origin", origin)
                        .header("Access-Control-Request-Method", "POST").options("/api/v1/check");
                assertEquals(403, pre.status(), origin);
                assertNull(pre.header("access-control-allow-origin"));
                Http.Response r = new Http(server.getURI()).header("Origin", origin).postJson("/api/v1/check", BODY);
                assertProblem(r, 403);
                assertNull(r.header("access-control-allow-origin"));
            }
            // The playground is served by the server itself: a same-origin request is not cross-origin.
            String self = "http://" + server.getHost() + ":" + server.getPort();
            assertEquals(200, new Http(server.getURI()).header("Origin", self).postJson("/api/v1/check", BODY).status());
        }
    }

    @Test
    void extensionOriginsCanBeSwitchedOff() {
        try (EmbeddedServer server = start("irlint.cors.extensions", "false")) {
            assertProblem(new Http(server.getURI()).header("Origin", CHROME).postJson("/api/v1/check", BODY), 403);
        }
    }

    @Test
    void aConfiguredTokenIsRequiredOnTheApiButNotOnHealthOrThePlayground() {
        try (EmbeddedServer server = start("irlint.token", "s3cret-token")) {
            Http.Response none = new Http(server.getURI()).postJson("/api/v1/check", BODY);
            assertProblem(none, 401);
            assertTrue(none.header("www-authenticate").startsWith("Bearer"));
            assertProblem(new Http(server.getURI()).header("Authorization", "Bearer wrong").postJson("/api/v1/check", BODY), 401);
            assertProblem(new Http(server.getURI()).header("Authorization", "s3cret-token").postJson("/api/v1/check", BODY), 401);
            assertProblem(new Http(server.getURI()).header("Authorization", "Bearer wrong")
                    .post("/v2/check", "application/x-www-form-urlencoded", "text=hi&language=en"), 401);
            assertProblem(new Http(server.getURI()).get("/api/v1/rules"), 401);
            assertEquals(200, new Http(server.getURI()).header("Authorization", "Bearer s3cret-token")
                    .postJson("/api/v1/check", BODY).status());
            assertEquals(200, new Http(server.getURI()).get("/health").status());
            assertEquals(200, new Http(server.getURI()).get("/").status());
            Http.Response preflight = new Http(server.getURI()).header("Origin", CHROME)
                    .header("Access-Control-Request-Method", "POST").options("/api/v1/check");
            assertEquals(204, preflight.status(), "browsers send no Authorization on a preflight");
        }
    }

    @Test
    void aClientOverTheRateLimitGets429WithRetryAfter() {
        try (EmbeddedServer server = start("irlint.limits.rate-per-second", "0.5", "irlint.limits.burst", "3")) {
            Http http = new Http(server.getURI());
            for (int i = 0; i < 3; i++) {
                assertEquals(200, http.postJson("/api/v1/check", BODY).status());
            }
            Http.Response limited = http.postJson("/api/v1/check", BODY);
            assertProblem(limited, 429);
            assertTrue(Integer.parseInt(limited.header("retry-after")) >= 1);
            assertEquals(200, http.get("/health").status(), "health is never rate-limited");
        }
    }

    @Test
    void behindATrustedProxyEachForwardedClientHasItsOwnLimit() {
        try (EmbeddedServer server = start("irlint.limits.rate-per-second", "0.5", "irlint.limits.burst", "2",
                "irlint.limits.trusted-proxies", "127.0.0.1")) {
            for (int i = 0; i < 2; i++) {
                assertEquals(200, new Http(server.getURI()).header("X-Forwarded-For", "10.1.1.1").postJson("/api/v1/check", BODY).status());
            }
            assertProblem(new Http(server.getURI()).header("X-Forwarded-For", "10.1.1.1").postJson("/api/v1/check", BODY), 429);
            assertEquals(200, new Http(server.getURI()).header("X-Forwarded-For", "10.2.2.2").postJson("/api/v1/check", BODY).status(),
                    "another ward behind the same proxy is not throttled");
            assertProblem(new Http(server.getURI()).header("X-Forwarded-For", "10.2.2.2, 10.1.1.1").postJson("/api/v1/check", BODY), 429);
        }
    }

    @Test
    void anUntrustedPeerCannotPickItsOwnRateLimitKey() {
        try (EmbeddedServer server = start("irlint.limits.rate-per-second", "0.5", "irlint.limits.burst", "2")) {
            for (int i = 0; i < 2; i++) {
                assertEquals(200, new Http(server.getURI()).header("X-Forwarded-For", "10.0.0." + i).postJson("/api/v1/check", BODY).status());
            }
            assertProblem(new Http(server.getURI()).header("X-Forwarded-For", "10.0.0.9").postJson("/api/v1/check", BODY), 429);
        }
    }
}
