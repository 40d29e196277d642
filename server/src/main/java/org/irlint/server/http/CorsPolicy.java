package org.irlint.server.http;

import jakarta.inject.Singleton;
import java.util.Set;
import java.util.regex.Pattern;
import org.irlint.server.config.IrlintConfig;

/**
 * Which browser origins may call the API: the irlint extension's (any chrome-extension://, moz-extension:// or
 * safari-web-extension:// origin, unless switched off), the origins the deployment lists, and the server's own
 * pages. Never a wildcard: a web page the clinician happens to visit must not read their drafts' findings.
 */
@Singleton
public final class CorsPolicy {
    private static final Pattern EXTENSION = Pattern.compile(
            "(chrome-extension://[a-p]{32}|moz-extension://[0-9a-fA-F-]{36}|safari-web-extension://[0-9A-Fa-f-]{36})");

    private final Set<String> configured;
    private final boolean extensions;

    public CorsPolicy(IrlintConfig.Cors cors) {
        this.configured = Set.copyOf(cors.getOrigins().stream().map(CorsPolicy::trimSlash).toList());
        this.extensions = cors.isExtensions();
    }

    public boolean allows(String origin) {
        if (origin == null) {
            return false;
        }
        String o = trimSlash(origin);
        return configured.contains(o) || (extensions && EXTENSION.matcher(o).matches());
    }

    /** Same-origin requests (the playground) carry an Origin equal to the server's own scheme and host. */
    public static boolean sameOrigin(String origin, String host) {
        if (origin == null || host == null) {
            return false;
        }
        String o = trimSlash(origin);
        return o.equalsIgnoreCase("http://" + host) || o.equalsIgnoreCase("https://" + host);
    }

    private static String trimSlash(String s) {
        String t = s.strip();
        return t.endsWith("/") ? t.substring(0, t.length() - 1) : t;
    }
}
