package org.irlint.server.engine;

import io.micronaut.http.HttpStatus;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.irlint.core.Draft;
import org.irlint.core.report.Report;
import org.irlint.server.config.IrlintConfig;
import org.irlint.server.http.ApiException;
import org.irlint.server.metrics.CheckMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs checks off the network threads on a small bounded pool: CPU-bound work gets one thread per core, a
 * burst beyond the queue is told to come back (503) instead of piling up memory, and a check that overruns
 * the request timeout is answered with 503 rather than holding the connection.
 */
@Singleton
public final class CheckService {
    private static final Logger LOG = LoggerFactory.getLogger(CheckService.class);
    private final EngineHolder engines;
    private final CheckMetrics metrics;
    private final ThreadPoolExecutor pool;
    private final long timeoutMillis;
    private final int inlineTextLength;

    public CheckService(EngineHolder engines, CheckMetrics metrics, IrlintConfig.Limits limits) {
        this.engines = engines;
        this.metrics = metrics;
        int threads = limits.getMaxConcurrentChecks() > 0 ? limits.getMaxConcurrentChecks()
                : Runtime.getRuntime().availableProcessors();
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(Math.max(1, limits.getMaxQueuedChecks())), r -> {
                    Thread t = new Thread(r, "irlint-check-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.timeoutMillis = limits.getRequestTimeout() == null ? 0 : limits.getRequestTimeout().toMillis();
        this.inlineTextLength = limits.getInlineTextLength();
    }

    /**
     * A tweet-length check takes a fraction of a millisecond, less than handing it to the pool and back (two thread
     * switches, and caches refilled on another core), so it runs on the thread that read the request. Only with the
     * bundled rules: the property tests hold them to linear time on 25,000-character inputs, while a user's rule
     * file may hold an expression that backtracks, so with user rules every check goes to the pool, under the
     * timeout.
     */
    private boolean inline(Draft draft) {
        return draft.text().length() <= inlineTextLength && !engines.hasUserRules() && engines.ready();
    }

    /** Checks the draft; completes exceptionally with an {@link ApiException} when busy or too slow. */
    public CompletableFuture<Report> check(Draft draft, String endpoint) {
        long start = System.nanoTime();
        CompletableFuture<Report> future;
        try {
            future = inline(draft) ? checkHere(draft) : CompletableFuture.supplyAsync(() -> engines.engine().check(draft), pool);
        } catch (RejectedExecutionException e) {
            metrics.rejected(endpoint);
            return CompletableFuture.failedFuture(
                    new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "irlint is busy; try again in a moment."));
        }
        if (timeoutMillis > 0 && !future.isDone()) {
            future = future.orTimeout(timeoutMillis, TimeUnit.MILLISECONDS);
        }
        return future.handle((report, error) -> {
            if (error == null) {
                metrics.checked(endpoint, report.verdict(), System.nanoTime() - start);
                return report;
            }
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            if (cause instanceof TimeoutException) {
                metrics.timedOut(endpoint);
                throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE,
                        "The check took longer than " + timeoutMillis + " ms; try a shorter text or try again.");
            }
            if (cause instanceof ApiException api) {
                throw api;
            }
            metrics.failed(endpoint);
            // The type and the frame say where to look; the message is left out since it might quote the draft.
            StackTraceElement[] trace = cause.getStackTrace();
            LOG.error("A check failed with {} at {}", cause.getClass().getName(), trace.length > 0 ? trace[0] : "unknown");
            throw new ApiException(HttpStatus.INTERNAL_SERVER_ERROR,
                    "irlint hit an unexpected problem and could not check this text. Please try again.");
        });
    }

    private CompletableFuture<Report> checkHere(Draft draft) {
        try {
            return CompletableFuture.completedFuture(engines.engine().check(draft));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
