package org.irlint.server.engine;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import io.micronaut.core.async.publisher.Publishers;

/** Health says which rules are loaded and why the last reload failed, if it did (the server stays up either way). */
@Singleton
public final class EngineHealthIndicator implements HealthIndicator {
    private final EngineHolder engines;

    EngineHealthIndicator(EngineHolder engines) {
        this.engines = engines;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.just(HealthResult.builder("irlint", engines.ready() ? HealthStatus.UP : HealthStatus.DOWN).details(engines.status()).build());
    }
}
