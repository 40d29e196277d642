package org.irlint.server;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import java.util.Map;

/** Starts the irlint HTTP server: {@code java -jar server/target/irlint-server.jar}. */
public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        start(args, Map.of());
    }

    /** Starts the server as {@link #main} does, with extra configuration (used by {@link ClassDataTraining}). */
    static ApplicationContext start(String[] args, Map<String, Object> properties) {
        // The bundled reference index is the engine's largest part and needs no configuration: start reading it
        // now, on the second core, while logging and Micronaut start on this one (EngineHolder takes it over).
        org.irlint.core.Engine.prepareDefaults();
        org.irlint.server.http.RequestLineRedaction.install();
        // No environment or cloud deduction: a laptop server should not probe for cloud metadata at startup.
        return Micronaut.build(args).banner(false).deduceEnvironment(false).deduceCloudEnvironment(false)
                .properties(properties).mainClass(Application.class).start();
    }
}
