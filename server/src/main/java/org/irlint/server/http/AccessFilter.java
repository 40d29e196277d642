package org.irlint.server.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.annotation.PreMatching;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.irlint.server.config.IrlintConfig;

/**
 * Who may call the API: browser origins (CORS), the bearer token when one is configured, and the per-client
 * rate limit. Runs before routing so a refused request costs nothing and preflights never reach a controller.
 */
@ServerFilter("/**")
public final class AccessFilter {
    private static final String ALLOWED_METHODS = "GET, POST, OPTIONS";
    private static final String ALLOWED_HEADERS = "Content-Type, Authorization";

    private final CorsPolicy cors;
    private final RateLimiter limiter;
    private final ClientAddress clients;
    private final byte[] token;

    AccessFilter(CorsPolicy cors, RateLimiter limiter, IrlintConfig config, IrlintConfig.Limits limits) {
        this.cors = cors;
        this.limiter = limiter;
        this.clients = new ClientAddress(limits.getTrustedProxies());
        this.token = config.getToken() == null ? null : config.getToken().getBytes(StandardCharsets.UTF_8);
    }

    @PreMatching
    @RequestFilter
    @Nullable
    public HttpResponse<?> admit(HttpRequest<?> request) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        boolean crossOrigin = origin != null && !CorsPolicy.sameOrigin(origin, request.getHeaders().get(HttpHeaders.HOST));
        if (crossOrigin && !cors.allows(origin)) {
            return Problem.of(HttpStatus.FORBIDDEN, "This origin may not call irlint. Add it to irlint.cors.origins.")
                    .response();
        }
        if (request.getMethod() == HttpMethod.OPTIONS && origin != null
                && request.getHeaders().contains(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD)) {
            return withCors(origin, HttpResponse.noContent())
                    .header(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, ALLOWED_METHODS)
                    .header(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS)
                    .header(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "600");
        }
        String path = request.getPath();
        if (!isApi(path)) {
            return null;
        }
        if (token != null && !authorized(request.getHeaders().get(HttpHeaders.AUTHORIZATION))) {
            return withCors(origin, Problem.of(HttpStatus.UNAUTHORIZED,
                            "This server needs a token: send Authorization: Bearer <token> (ask whoever runs it).")
                    .response()).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"irlint\"");
        }
        long wait = limiter.acquire(client(request));
        if (wait > 0) {
            return withCors(origin, Problem.of(HttpStatus.TOO_MANY_REQUESTS,
                            "Too many checks from this client; wait " + wait + " s and try again.")
                    .response()).header(HttpHeaders.RETRY_AFTER, Long.toString(wait));
        }
        return null;
    }

    /** Every answer to an allowed cross-origin request, errors included, carries the CORS headers. */
    @ResponseFilter
    public void corsHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        withCors(request.getHeaders().get(HttpHeaders.ORIGIN), response);
    }

    // Responses this filter answers itself skip the response filter, so they add the headers here too.
    private <T> MutableHttpResponse<T> withCors(String origin, MutableHttpResponse<T> response) {
        if (origin != null && cors.allows(origin)
                && !response.getHeaders().contains(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)) {
            response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            response.header(HttpHeaders.VARY, HttpHeaders.ORIGIN);
            response.header(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, "Retry-After");
        }
        return response;
    }

    static boolean isApi(String path) {
        return path.startsWith("/api/") && !path.equals("/api/v1/openapi.yml")
                || path.startsWith("/v2/") || path.equals("/metrics");
    }

    private boolean authorized(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(token, header.substring(7).strip().getBytes(StandardCharsets.UTF_8));
    }

    private String client(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        String peer = remote.getAddress() == null ? remote.getHostString() : remote.getAddress().getHostAddress();
        return clients.of(peer, request.getHeaders().getAll("X-Forwarded-For"));
    }
}
