package org.irlint.server;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.irlint.server.engine.EngineHolder;

/**
 * The build's training run for the class-data-sharing archive ({@code server/target/irlint-server.jsa}).
 * {@code mvn package} runs this class once under {@code -XX:DumpLoadedClassList}: it starts the server exactly as
 * {@link Application#main} does (on a free loopback port), waits for the engine, sends each endpoint a request
 * or two, and exits. The JVM lists every class that run loaded, {@code -Xshare:dump} writes them, already parsed
 * and verified, into the archive, and {@code java -XX:SharedArchiveFile=server/target/irlint-server.jsa -jar server/target/irlint-server.jar}
 * maps it instead of loading those classes from the jar again. That saves about a third of the CPU the JVM spends
 * before it is ready (see docs/bench-server.md). A JVM that cannot use the archive (another JDK, a rebuilt jar) says
 * so in one warning line and starts normally.
 *
 * <p>The posts below are made up for this purpose; nothing is logged, and nothing but the archive is written.
 */
public final class ClassDataTraining {
    private static final String[] POSTS = {
        "Y-90 radioembolization day in the IR suite: mapping angiogram done, dose planned. #IRad #InterventionalRadiology",
        "Fibroid embolization recovery is usually a few days, not weeks. Ask your doctor whether UFE is right for you.",
        "Great turnout at this morning's TIPS lecture, thanks to our fellows for the case reviews.",
        "Room 12 had the best view today lol, back in clinic tomorrow",
    };

    private ClassDataTraining() {
    }

    public static void main(String[] args) {
        int status = 0;
        try (ApplicationContext context = Application.start(args, Map.of(
                "micronaut.server.port", -1, "micronaut.server.host", "127.0.0.1", "irlint.limits.rate-per-second", 0))) {
            context.getBean(EngineHolder.class).engine(); // waits for the first engine
            URI base = URI.create("http://127.0.0.1:" + context.getBean(EmbeddedServer.class).getPort());
            get(base, "/health");
            get(base, "/");
            get(base, "/playground.js");
            get(base, "/playground.css");
            get(base, "/api/v1/rules");
            get(base, "/api/v1/references?q=uterine+fibroid+embolization");
            get(base, "/api/v1/openapi.yml");
            get(base, "/v2/languages");
            for (String audience : new String[] {"patients", "clinicians", "public"}) {
                for (String post : POSTS) {
                    post(base, "/api/v1/check", "application/json",
                            "{\"text\":\"" + post + "\",\"audience\":\"" + audience + "\"}");
                }
            }
            for (String post : POSTS) {
                post(base, "/v2/check", "application/x-www-form-urlencoded",
                        "language=en-US&text=" + java.net.URLEncoder.encode(post, StandardCharsets.UTF_8));
            }
            post(base, "/api/v1/check", "application/json", "{\"text\": ");  // the error path (400)
            post(base, "/api/v1/check", "text/plain", "no JSON");              // 415
            get(base, "/metrics");
        } catch (RuntimeException e) {
            System.err.println("class-data training run failed: " + e);
            status = 3; // fails the build: an archive of a run that never served a check would miss most classes
        }
        System.exit(status);
    }

    private static void get(URI base, String path) {
        send(base, path, "GET", null, null);
    }

    private static void post(URI base, String path, String type, String body) {
        send(base, path, "POST", type, body);
    }

    private static void send(URI base, String path, String method, String type, String body) {
        try {
            HttpURLConnection c = (HttpURLConnection) base.resolve(path).toURL().openConnection();
            c.setRequestMethod(method);
            if (body != null) {
                c.setDoOutput(true);
                c.setRequestProperty("Content-Type", type);
                try (OutputStream out = c.getOutputStream()) {
                    out.write(body.getBytes(StandardCharsets.UTF_8));
                }
            }
            int code = c.getResponseCode();
            try (InputStream in = code < 400 ? c.getInputStream() : c.getErrorStream()) {
                if (in != null) {
                    in.readAllBytes();
                }
            }
            if (code >= 500) {
                throw new IllegalStateException(method + " " + path + " answered " + code);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        }
    }
}
