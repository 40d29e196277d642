package org.irlint.server.metrics;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Lock-free latency histogram with buckets growing by about 19% (4 per doubling) from 1 µs to ~70 s, so
 * percentiles are within a bucket's width and recording costs one atomic increment.
 */
final class LatencyHistogram {
    private static final int SUB = 4;
    private static final int BUCKETS = 27 * SUB;
    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);
    private final LongAdder total = new LongAdder();
    private final LongAdder sumNanos = new LongAdder();
    private volatile long maxNanos;

    void record(long nanos) {
        counts.incrementAndGet(bucket(nanos));
        total.increment();
        sumNanos.add(nanos);
        if (nanos > maxNanos) {
            maxNanos = nanos; // a racy max is fine for a dashboard figure
        }
    }

    static int bucket(long nanos) {
        double micros = Math.max(1.0, nanos / 1000.0);
        int b = (int) Math.floor(Math.log(micros) / Math.log(2) * SUB);
        return Math.min(BUCKETS - 1, Math.max(0, b));
    }

    /** Upper bound of a bucket, in milliseconds. */
    static double upperMillis(int bucket) {
        return Math.pow(2, (bucket + 1) / (double) SUB) / 1000.0;
    }

    Map<String, Double> snapshot() {
        long n = total.sum();
        Map<String, Double> m = new TreeMap<>();
        m.put("count", (double) n);
        m.put("mean", n == 0 ? 0 : round(sumNanos.sum() / 1e6 / n));
        m.put("p50", percentile(0.50, n));
        m.put("p90", percentile(0.90, n));
        m.put("p99", percentile(0.99, n));
        m.put("max", round(maxNanos / 1e6));
        return m;
    }

    private double percentile(double q, long n) {
        if (n == 0) {
            return 0;
        }
        long rank = (long) Math.ceil(q * n);
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts.get(i);
            if (seen >= rank) {
                return round(Math.min(upperMillis(i), maxNanos / 1e6)); // never above the largest seen
            }
        }
        return round(upperMillis(BUCKETS - 1));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
