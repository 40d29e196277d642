package org.irlint.server.engine;

import io.micronaut.context.annotation.Context;
import io.micronaut.http.HttpStatus;
import jakarta.annotation.PreDestroy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.irlint.core.Engine;
import org.irlint.server.config.IrlintConfig;
import org.irlint.server.http.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the current {@link Engine} and swaps it atomically when the user's rule files or reference folders
 * change, so requests in flight finish on the engine they started with and none is dropped. A file that
 * cannot be used keeps the previous engine; {@link #status()} says why.
 *
 * <p>The first engine (Lucene index of the reference material, rule files) builds on its own thread while
 * the HTTP server starts, so startup costs the longer of the two, not their sum; /health is DOWN until it is
 * ready, and a check that arrives earlier waits for it.
 */
@Context
public final class EngineHolder {
    private static final Logger LOG = LoggerFactory.getLogger(EngineHolder.class);

    private final IrlintConfig config;
    private final List<Path> ruleFiles;
    private final List<Path> referenceFolders;
    private final AtomicReference<Engine> engine = new AtomicReference<>();
    private final CompletableFuture<Engine> first;
    private final AtomicReference<EngineStatus> status = new AtomicReference<>();
    private final ScheduledExecutorService poller;
    private volatile SourceFingerprint fingerprint;
    private final long retireAfterMillis;
    private final ScheduledExecutorService retirements = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "irlint-retire");
        t.setDaemon(true);
        return t;
    });

    public EngineHolder(IrlintConfig config, IrlintConfig.Limits limits) {
        this.config = config;
        Duration timeout = limits.getRequestTimeout();
        this.retireAfterMillis = Math.max(1_000, 2 * (timeout == null ? 5_000 : timeout.toMillis()));
        this.ruleFiles = config.getRuleFiles().stream().map(Path::of).toList();
        this.referenceFolders = config.getReferenceFolders().stream().map(Path::of).toList();
        this.fingerprint = SourceFingerprint.of(ruleFiles, referenceFolders);
        status.set(EngineStatus.loading());
        this.first = CompletableFuture.supplyAsync(this::build, r -> {
            Thread t = new Thread(r, "irlint-engine-build");
            t.setDaemon(true);
            t.start();
        }).whenComplete((e, error) -> {
            if (error == null) {
                engine.compareAndSet(null, e);
                status.set(EngineStatus.loaded(e, Instant.now()));
            } else {
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                status.set(status.get().failed(cause.getMessage(), Instant.now()));
                LOG.error("Could not load the rules, so checks are refused until the file is fixed: {}", cause.getMessage());
            }
        });
        long millis = config.getReloadInterval() == null ? 0 : config.getReloadInterval().toMillis();
        if (millis > 0 && !(ruleFiles.isEmpty() && referenceFolders.isEmpty())) {
            poller = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "irlint-reload");
                t.setDaemon(true);
                return t;
            });
            poller.scheduleWithFixedDelay(this::reloadIfChanged, millis, millis, TimeUnit.MILLISECONDS);
        } else {
            poller = null;
        }
    }

    /** The current engine; waits for the first one while it builds. */
    public Engine engine() {
        Engine e = engine.get();
        if (e != null) {
            return e;
        }
        try {
            first.join();
        } catch (CompletionException ignored) {
            // reported below
        }
        e = engine.get();
        if (e == null) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE,
                    "irlint could not load its rules; whoever runs this server can see why at /health.");
        }
        return e;
    }

    /** Whether the user added rule files: their expressions are not held to the bundled rules' speed tests. */
    public boolean hasUserRules() {
        return !ruleFiles.isEmpty();
    }

    /** Whether an engine is ready to check. */
    public boolean ready() {
        return engine.get() != null;
    }

    public EngineStatus status() {
        return status.get();
    }

    /** Rebuilds the engine when a watched file changed since the last attempt. */
    public void reloadIfChanged() {
        SourceFingerprint now = SourceFingerprint.of(ruleFiles, referenceFolders);
        if (now.equals(fingerprint)) {
            return;
        }
        fingerprint = now;
        reload();
    }

    /** Rebuilds the engine now; on failure the previous engine stays and the status carries the reason. */
    public synchronized EngineStatus reload() {
        try {
            Engine next = build();
            retire(engine.getAndSet(next));
            EngineStatus s = EngineStatus.loaded(next, Instant.now());
            status.set(s);
            LOG.info("Reloaded rules and references: {} rules active", next.rules().size());
            return s;
        } catch (RuntimeException e) {
            EngineStatus s = status.get().failed(e.getMessage(), Instant.now());
            status.set(s);
            // Rule files and reference folders are the user's configuration, not drafts, so naming the problem is safe.
            LOG.warn("Kept the previous rules: {}", e.getMessage());
            return s;
        }
    }

    /**
     * Closes a replaced engine (its reference index: memory, or a temporary folder for a large library) once the
     * requests that started on it are done. Only reference searches read the index, and they take milliseconds;
     * twice the request timeout leaves them ample room. Without this every reload would keep the previous index
     * until the server stops.
     */
    private void retire(Engine old) {
        if (old == null) {
            return;
        }
        retirements.schedule(() -> {
            try {
                old.close();
            } catch (RuntimeException e) {
                LOG.warn("Could not release a replaced engine's reference index: {}", e.getClass().getName());
            }
        }, retireAfterMillis, TimeUnit.MILLISECONDS);
    }

    private Engine build() {
        return Engine.builder()
                .ruleFiles(ruleFiles)
                .referenceFolders(referenceFolders)
                .allowlist(config.getAllowlist())
                .disable(config.getDisabledRules())
                .build();
    }

    @PreDestroy
    void stop() {
        if (poller != null) {
            poller.shutdownNow();
        }
        retirements.shutdownNow();
    }
}
