package org.irlint.server.metrics;

import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.management.endpoint.annotation.Read;
import java.util.Map;
import java.util.TreeMap;

/** {@code GET /metrics}: check counts, verdict counts and latency percentiles per endpoint, uptime. */
@Endpoint(id = "metrics", defaultSensitive = false)
public final class MetricsEndpoint {
    private final CheckMetrics metrics;

    MetricsEndpoint(CheckMetrics metrics) {
        this.metrics = metrics;
    }

    @Read
    public Map<String, Object> read() {
        Map<String, Object> m = new TreeMap<>();
        m.put("uptimeSeconds", java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1000);
        m.put("checks", metrics.snapshot());
        Runtime rt = Runtime.getRuntime();
        m.put("heapUsedBytes", rt.totalMemory() - rt.freeMemory());
        return m;
    }
}
