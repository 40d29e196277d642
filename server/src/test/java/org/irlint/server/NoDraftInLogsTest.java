package org.irlint.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the real server in its own JVM with every logger at TRACE (Netty, Micronaut, irlint) and Netty's wire
 * logging asked for, sends drafts full of identifiers down every path (success, malformed JSON, 413, 415, 400,
 * 401, 405, 503 timeout, unexpected exception, CORS refusal, LanguageTool API), and reads the whole captured
 * stdout and stderr: no identifier may appear.
 */
class NoDraftInLogsTest {
    private static final String TOKEN = "log-test-token";
    private static final List<String> IDENTIFIERS = List.of("Plimsoll", "Octavia", "48213977", "555-0142",
            "octavia.p@example.org", "1961-03-14", "Zebulon");
    private static final String DRAFT = "Pt Octavia Plimsoll MRN 48213977, DOB 1961-03-14, call 555-0142 or "
            + "octavia.p@example.org. Zebulon says hi 😀";

    @Test
    void noIdentifierReachesAnyLogAtTraceLevel() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "no-draft-in-logs")); // kept for reading when it fails
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = dir.resolve("server.log");
        Path config = Path.of("src/test/resources/logback-trace.xml").toAbsolutePath();
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dlogback.configurationFile=" + config, "-cp", System.getProperty("java.class.path"),
                "org.irlint.server.Application")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.put("MICRONAUT_SERVER_PORT", Integer.toString(port));
        env.put("MICRONAUT_SERVER_NETTY_LOG_LEVEL", "TRACE"); // Netty's hex dump of every byte, if it were allowed
        env.put("IRLINT_TOKEN", TOKEN);
        env.put("MICRONAUT_SERVER_NETTY_ACCESS_LOGGER_ENABLED", "true"); // would log request lines with queries
        env.put("IRLINT_RULE_FILES", Path.of("src/test/resources/slow-rule.yml").toAbsolutePath().toString());
        env.put("IRLINT_LIMITS_REQUEST_TIMEOUT", "2s");
        env.put("IRLINT_LIMITS_MAX_TEXT_LENGTH", "20000");
        Process server = pb.start();
        try {
            URI base = URI.create("http://127.0.0.1:" + port);
            waitForHealth(base);
            List<Integer> statuses = new ArrayList<>();
            String json = Http.json("text", DRAFT);
            statuses.add(send(base, "POST", "/api/v1/check", "application/json", json, true));
            statuses.add(send(base, "POST", "/api/v1/check", "application/json",
                    "{\"text\": " + DRAFT + "}", true)); // malformed JSON
            statuses.add(send(base, "POST", "/api/v1/check", "application/json",
                    "{\"text\": \"" + DRAFT + "\", \"audience\": \"" + DRAFT + "\"}", true)); // unknown audience
            statuses.add(send(base, "POST", "/api/v1/check", "application/json",
                    Http.json("text", DRAFT.repeat(200)), true)); // text over the limit
            statuses.add(send(base, "POST", "/api/v1/check", "application/json",
                    Http.json("text", DRAFT.repeat(3000)), true)); // body over the request size
            statuses.add(send(base, "POST", "/api/v1/check", "text/plain", DRAFT, true));
            statuses.add(send(base, "POST", "/api/v1/check", "application/json",
                    Http.json("text", DRAFT + " " + "w".repeat(15_000)), true)); // an unexpected error inside a rule
            statuses.add(send(base, "POST", "/api/v1/check", "application/json", json, false)); // no token
            statuses.add(send(base, "POST", "/api/v1/check", "application/json",
                    Http.json("text", DRAFT + " " + "q".repeat(40) + "!"), true)); // times out
            statuses.add(send(base, "POST", "/v2/check", "application/x-www-form-urlencoded",
                    Http.form(Map.of("text", DRAFT, "language", "en-US")), true));
            statuses.add(send(base, "POST", "/v2/check", "application/x-www-form-urlencoded",
                    Http.form(Map.of("data", "{\"annotation\":[{\"text\":\"" + DRAFT + "\"}]}", "language", "en")), true));
            statuses.add(send(base, "POST", "/v2/check", "application/x-www-form-urlencoded",
                    "text=Octavia%zzPlimsoll&language=en", true));
            statuses.add(send(base, "POST", "/v2/check", "application/x-www-form-urlencoded",
                    Http.form(Map.of("text", DRAFT, "language", "Plimsoll")), true));
            statuses.add(send(base, "GET", "/v2/check?language=en&text=Octavia+Plimsoll+48213977", null, null, true));
            statuses.add(send(base, "GET", "/api/v1/Plimsoll-48213977", null, null, true));
            assertEquals(List.of(200, 400, 400, 413, 413, 415, 500, 401, 503, 200, 200, 400, 400, 405, 404), statuses);
        } finally {
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        // The capture is real: framework internals logged at DEBUG/TRACE while those requests were served.
        assertTrue(output.contains("TRACE") && output.contains("DEBUG"), "debug logging was not on");
        assertTrue(output.contains("io.netty"), "Netty's loggers were not captured");
        assertTrue(output.contains("io.micronaut.http"), "Micronaut's HTTP loggers were not captured");
        String lower = output.toLowerCase(Locale.ROOT);
        for (String id : IDENTIFIERS) {
            assertTrue(!lower.contains(id.toLowerCase(Locale.ROOT)), "'" + id + "' appeared in the server's output:\n"
                    + around(output, id));
        }
        // Netty's wire logging would show the bytes as hex ("Plim" = 50 6c 69 6d).
        assertTrue(!lower.contains("50 6c 69 6d"), "the request bytes were hex-dumped");
    }

    private static String around(String output, String id) {
        int at = output.toLowerCase(Locale.ROOT).indexOf(id.toLowerCase(Locale.ROOT));
        return output.substring(Math.max(0, at - 600), Math.min(output.length(), at + 200));
    }

    private static int send(URI base, String method, String path, String contentType, String body, boolean token)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (token) {
            b.header("Authorization", "Bearer " + TOKEN);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException e) {
            return -1; // the server may close the connection on an oversized body; the log is what matters
        }
    }

    private static void waitForHealth(URI base) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        HttpClient client = HttpClient.newHttpClient();
        while (System.nanoTime() < deadline) {
            try {
                if (client.send(HttpRequest.newBuilder(base.resolve("/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server did not become healthy");
    }
}
