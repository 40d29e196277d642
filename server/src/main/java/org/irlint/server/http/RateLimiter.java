package org.irlint.server.http;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.irlint.server.config.IrlintConfig;

/** A token bucket per client address: {@code burst} requests at once, then {@code ratePerSecond}. */
@Singleton
public final class RateLimiter {
    private static final int MAX_CLIENTS = 10_000;
    private static final long IDLE_NANOS = 60_000_000_000L;

    private final double ratePerNano;
    private final double burst;
    private final boolean enabled;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(IrlintConfig.Limits limits) {
        this.enabled = limits.getRatePerSecond() > 0;
        this.ratePerNano = limits.getRatePerSecond() / 1e9;
        this.burst = Math.max(1, limits.getBurst());
    }

    /** Takes one token for the client; returns 0 when allowed, else the seconds to wait. */
    public long acquire(String client) {
        if (!enabled) {
            return 0;
        }
        long now = System.nanoTime();
        if (buckets.size() > MAX_CLIENTS) {
            buckets.values().removeIf(b -> now - b.last > IDLE_NANOS);
        }
        return buckets.computeIfAbsent(client, c -> new Bucket(burst, now)).take(now, ratePerNano, burst);
    }

    private static final class Bucket {
        private double tokens;
        private volatile long last;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.last = now;
        }

        synchronized long take(long now, double ratePerNano, double burst) {
            tokens = Math.min(burst, tokens + (now - last) * ratePerNano);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / ratePerNano / 1e9));
        }
    }
}
