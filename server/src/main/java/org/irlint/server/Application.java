package org.irlint.server;

import io.micronaut.runtime.Micronaut;

/** Starts the irlint HTTP server: {@code java -jar server/target/irlint-server.jar}. */
public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        org.irlint.server.http.RequestLineRedaction.install();
        Micronaut.build(args).banner(false).mainClass(Application.class).start();
    }
}
