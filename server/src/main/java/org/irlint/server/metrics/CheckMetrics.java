package org.irlint.server.metrics;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.irlint.core.report.Verdict;

/**
 * Counts and latencies of checks per endpoint, and nothing about what was checked: no text, no finding,
 * no client address.
 */
@Singleton
public final class CheckMetrics {
    private final Map<String, EndpointStats> byEndpoint = new ConcurrentHashMap<>();

    public void checked(String endpoint, Verdict verdict, long nanos) {
        EndpointStats s = stats(endpoint);
        s.checks.increment();
        s.verdicts.get(verdict).increment();
        s.latency.record(nanos);
    }

    public void rejected(String endpoint) {
        stats(endpoint).rejected.increment();
    }

    public void timedOut(String endpoint) {
        stats(endpoint).timedOut.increment();
    }

    public void failed(String endpoint) {
        stats(endpoint).failed.increment();
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> out = new TreeMap<>();
        byEndpoint.forEach((name, s) -> out.put(name, s.snapshot()));
        return out;
    }

    private EndpointStats stats(String endpoint) {
        return byEndpoint.computeIfAbsent(endpoint, e -> new EndpointStats());
    }

    private static final class EndpointStats {
        final LongAdder checks = new LongAdder();
        final LongAdder rejected = new LongAdder();
        final LongAdder timedOut = new LongAdder();
        final LongAdder failed = new LongAdder();
        final Map<Verdict, LongAdder> verdicts = new ConcurrentHashMap<>();
        final LatencyHistogram latency = new LatencyHistogram();

        EndpointStats() {
            for (Verdict v : Verdict.values()) {
                verdicts.put(v, new LongAdder());
            }
        }

        Map<String, Object> snapshot() {
            Map<String, Object> m = new TreeMap<>();
            m.put("checks", checks.sum());
            m.put("rejected", rejected.sum());
            m.put("timedOut", timedOut.sum());
            m.put("failed", failed.sum());
            Map<String, Long> v = new TreeMap<>();
            verdicts.forEach((k, n) -> v.put(k.id(), n.sum()));
            m.put("verdicts", v);
            m.put("latencyMillis", latency.snapshot());
            return m;
        }
    }
}
