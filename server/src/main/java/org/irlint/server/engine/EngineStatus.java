package org.irlint.server.engine;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import org.irlint.core.Engine;

/**
 * What the server is checking with: how many rules, when they loaded, and why the last reload failed (if it did).
 */
@Serdeable
public record EngineStatus(int rules, String loadedAt, List<String> referenceProblems, String lastReloadError,
        String lastReloadFailedAt) {

    static EngineStatus loading() {
        return new EngineStatus(0, null, List.of(), null, null);
    }

    static EngineStatus loaded(Engine engine, Instant at) {
        return new EngineStatus(engine.rules().size(), at.toString(), engine.problems(), null, null);
    }

    EngineStatus failed(String reason, Instant at) {
        return new EngineStatus(rules, loadedAt, referenceProblems, reason, at.toString());
    }
}
