package org.irlint.server.engine;

import io.micronaut.http.HttpStatus;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
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
 * Runs checks: short ones with the bundled rules on the thread that read the request, the rest on a small bounded
 * pool. CPU-bound work gets one thread per core, a burst beyond the queue is told to come back (503) instead of
 * piling up memory, and a check that overruns the request timeout is answered with 503 rather than holding the
 * connection, while the pool lends a thread in place of the one it still holds.
 */
@Singleton
public final class CheckService {
    private static final Logger LOG = LoggerFactory.getLogger(CheckService.class);
    private final EngineHolder engines;
    private final CheckMetrics metrics;
    private final ThreadPoolExecutor pool;
    private final long timeoutMillis;
    private final int inlineTextLength;
    private final int threads;
    /** Checks that overran the timeout and still hold a pool thread (Java cannot stop a running regex). */
    private int overrunning;

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
        this.threads = threads;
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
            future = inline(draft) ? checkHere(draft) : onPool(draft);
        } catch (RejectedExecutionException e) {
            metrics.rejected(endpoint);
            return CompletableFuture.failedFuture(
                    new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "irlint is busy; try again in a moment."));
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

    /**
     * On the pool, under the timeout. A check whose request timed out while it waited in the queue is not run at
     * all. One that overruns while running keeps its thread until the expression gives up, so the pool lends a
     * thread in its place for that long (at most as many as it has): a user's backtracking rule hit by a few posts
     * must not leave every later check waiting behind it.
     */
    private CompletableFuture<Report> onPool(Draft draft) {
        AtomicInteger state = new AtomicInteger(QUEUED);
        CompletableFuture<Report> work = CompletableFuture.supplyAsync(() -> {
            if (!state.compareAndSet(QUEUED, RUNNING)) {
                throw new CancellationException("answered already"); // nobody waits for this result
            }
            try {
                return engines.engine().check(draft);
            } finally {
                if (!state.compareAndSet(RUNNING, FINISHED)) {
                    resize(-1); // it had overrun: give back the thread lent for it
                }
            }
        }, pool);
        if (timeoutMillis > 0) {
            work.orTimeout(timeoutMillis, TimeUnit.MILLISECONDS).whenComplete((r, e) -> {
                if (e instanceof TimeoutException && !state.compareAndSet(QUEUED, ABANDONED)
                        && state.compareAndSet(RUNNING, OVERRUNNING)) {
                    resize(+1);
                }
            });
        }
        return work;
    }

    private static final int QUEUED = 0;
    private static final int RUNNING = 1;
    private static final int FINISHED = 2;
    private static final int OVERRUNNING = 3;
    private static final int ABANDONED = 4;

    private synchronized void resize(int change) {
        overrunning += change;
        int size = threads + Math.min(overrunning, threads);
        if (size > pool.getMaximumPoolSize()) {
            pool.setMaximumPoolSize(size);
            pool.setCorePoolSize(size);
        } else {
            pool.setCorePoolSize(size);
            pool.setMaximumPoolSize(size);
        }
    }

    /** On this thread; a failure is answered as the pool's would be (a stack overflow included). */
    private CompletableFuture<Report> checkHere(Draft draft) {
        try {
            return CompletableFuture.completedFuture(engines.engine().check(draft));
        } catch (RuntimeException | StackOverflowError e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
