package org.irlint.server.http;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Whom the rate limit counts a request against. Behind a hospital's reverse proxy every request arrives from the
 * proxy, so one busy ward would throttle everyone; a proxy listed in {@code irlint.limits.trusted-proxies} is
 * taken at its word about the client it forwards for ({@code X-Forwarded-For}). The header is read from the right
 * and only through trusted hops: whatever a client writes into it itself lies further left and is never believed.
 */
final class ClientAddress {
    private final Set<String> trustedProxies;

    ClientAddress(List<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    /** The client behind {@code peer}: the peer itself unless it is a trusted proxy. */
    String of(String peer, List<String> forwardedFor) {
        if (!trustedProxies.contains(peer)) {
            return peer;
        }
        String client = peer;
        List<String> hops = forwardedFor.stream().flatMap(h -> Arrays.stream(h.split(","))).map(String::strip).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (hop.isEmpty()) {
                break;
            }
            client = hop;
            if (!trustedProxies.contains(hop)) {
                break;
            }
        }
        return client;
    }
}
