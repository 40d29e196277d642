package org.irlint.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import java.util.concurrent.CompletableFuture;
import org.irlint.core.Draft;
import org.irlint.core.report.Report;
import org.irlint.server.engine.CheckService;
import org.irlint.server.engine.EngineHolder;
import org.junit.jupiter.api.Test;

/**
 * Where a check runs: a short text with the bundled rules on the calling thread (no hand-off to the pool and
 * back); a long text, or any text once the user has added rule files, on the pool under the request timeout.
 */
class CheckThreadsTest {
    private static final String SHORT = "UFE day: three patients home by dinner. #IRad";
    /** Backtracks for a few seconds in slow-rule.yml's test.slow (about 3 s here), then gives up. */
    private static final String SLOW = "slow " + "q".repeat(22) + "!";

    @Test
    void aShortTextWithTheBundledRulesIsCheckedOnTheCallingThread() {
        try (EmbeddedServer server = AccessTest.start("irlint.limits.inline-text-length", "100")) {
            server.getApplicationContext().getBean(EngineHolder.class).engine(); // built
            CheckService checks = server.getApplicationContext().getBean(CheckService.class);
            CompletableFuture<Report> shortCheck = checks.check(Draft.of(SHORT), "api");
            assertTrue(shortCheck.isDone(), "answered before check() returned");
            CompletableFuture<Report> longCheck = checks.check(Draft.of(SHORT + " " + "Recovery is quick. ".repeat(10)), "api");
            assertEquals(shortCheck.join().verdict(), longCheck.join().verdict(), "the pool finds the same");
        }
    }

    @Test
    void withUserRulesEveryCheckGoesToThePoolUnderTheTimeout() {
        try (EmbeddedServer server = AccessTest.start("irlint.rule-files", "src/test/resources/slow-rule.yml",
                "irlint.limits.request-timeout", "1s")) {
            server.getApplicationContext().getBean(EngineHolder.class).engine();
            CheckService checks = server.getApplicationContext().getBean(CheckService.class);
            CompletableFuture<Report> slow = checks.check(Draft.of(SLOW), "api");
            assertFalse(slow.isDone(), "a user's backtracking rule must not hold the calling thread");
            assertTrue(slow.handle((r, e) -> e != null && e.getMessage().contains("longer than 1000 ms")).join(),
                    "timed out with a 503 message");
        }
    }

    @Test
    void aCheckThatOverrunsLendsItsThreadSoTheNextIsNotStuckBehindIt() {
        try (EmbeddedServer server = AccessTest.start("irlint.rule-files", "src/test/resources/slow-rule.yml",
                "irlint.limits.request-timeout", "400ms", "irlint.limits.max-concurrent-checks", "1")) {
            server.getApplicationContext().getBean(EngineHolder.class).engine();
            CheckService checks = server.getApplicationContext().getBean(CheckService.class);
            CompletableFuture<Report> slow = checks.check(Draft.of(SLOW), "api");
            assertTrue(slow.handle((r, e) -> e != null).join(), "the slow check is answered with a timeout");
            // the only pool thread is still busy backtracking; without a lent thread this would time out too
            Report next = checks.check(Draft.of(SHORT), "api").join();
            assertEquals(0, next.findings().stream().filter(f -> f.ruleId().equals("test.slow")).count());
        }
    }
}
