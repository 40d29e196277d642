package org.irlint.server;

import io.micronaut.runtime.Micronaut;

/** Starts the irlint HTTP server: {@code java -jar server/target/irlint-server.jar}. */
public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        org.irlint.server.http.RequestLineRedaction.install();
        // No environment or cloud deduction: a laptop server should not probe for cloud metadata at startup.
        Micronaut.build(args).banner(false).deduceEnvironment(false).deduceCloudEnvironment(false)
                .mainClass(Application.class).start();
    }
}
