package org.irlint.server.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a deployment tunes, under {@code irlint.*} in {@code application.yml}, as environment variables
 * ({@code IRLINT_TOKEN}, {@code IRLINT_RULE_FILES}…) or as flags ({@code --irlint.token=…}).
 */
@ConfigurationProperties("irlint")
public class IrlintConfig {
    private List<String> ruleFiles = new ArrayList<>();
    private List<String> referenceFolders = new ArrayList<>();
    private List<String> allowlist = new ArrayList<>();
    private List<String> disabledRules = new ArrayList<>();
    private String token;
    private Duration reloadInterval = Duration.ofSeconds(2);

    public List<String> getRuleFiles() {
        return ruleFiles;
    }

    public void setRuleFiles(List<String> ruleFiles) {
        this.ruleFiles = clean(ruleFiles);
    }

    public List<String> getReferenceFolders() {
        return referenceFolders;
    }

    public void setReferenceFolders(List<String> referenceFolders) {
        this.referenceFolders = clean(referenceFolders);
    }

    public List<String> getAllowlist() {
        return allowlist;
    }

    public void setAllowlist(List<String> allowlist) {
        this.allowlist = clean(allowlist);
    }

    public List<String> getDisabledRules() {
        return disabledRules;
    }

    public void setDisabledRules(List<String> disabledRules) {
        this.disabledRules = clean(disabledRules);
    }

    /** When set, every API request must carry {@code Authorization: Bearer <token>}. */
    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token == null || token.isBlank() ? null : token.strip();
    }

    /** How often rule files and reference folders are polled for changes; zero switches hot reload off. */
    public Duration getReloadInterval() {
        return reloadInterval;
    }

    public void setReloadInterval(Duration reloadInterval) {
        this.reloadInterval = reloadInterval;
    }

    // An empty environment variable arrives as one empty entry; drop it so "unset" and "empty" agree.
    private static List<String> clean(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                if (v != null && !v.isBlank()) {
                    out.add(v.strip());
                }
            }
        }
        return out;
    }

    /** {@code irlint.cors.*}: browser origins allowed besides the extensions'. */
    @ConfigurationProperties("cors")
    public static class Cors {
        private List<String> origins = new ArrayList<>();
        private boolean extensions = true;

        public List<String> getOrigins() {
            return origins;
        }

        public void setOrigins(List<String> origins) {
            this.origins = clean(origins);
        }

        /** Whether any chrome-extension://, moz-extension:// or safari-web-extension:// origin is allowed. */
        public boolean isExtensions() {
            return extensions;
        }

        public void setExtensions(boolean extensions) {
            this.extensions = extensions;
        }
    }

    /** {@code irlint.limits.*}: what one client may ask of the server. */
    @ConfigurationProperties("limits")
    public static class Limits {
        private int maxTextLength = 25_000;
        private double ratePerSecond = 50;
        private int burst = 200;
        private Duration requestTimeout = Duration.ofSeconds(5);
        private int maxConcurrentChecks = 0;
        private int maxQueuedChecks = 1024;
        private int inlineTextLength = 2_000;
        private List<String> trustedProxies = List.of();

        /** Longer texts get 413; never more than the engine's own limit. */
        public int getMaxTextLength() {
            return maxTextLength;
        }

        public void setMaxTextLength(int maxTextLength) {
            this.maxTextLength = Math.max(1, Math.min(maxTextLength, org.irlint.core.Engine.MAX_TEXT_LENGTH));
        }

        /** Sustained requests per second per client address; zero or less switches rate limiting off. */
        public double getRatePerSecond() {
            return ratePerSecond;
        }

        public void setRatePerSecond(double ratePerSecond) {
            this.ratePerSecond = ratePerSecond;
        }

        /** How many requests a client may send at once before the sustained rate applies. */
        public int getBurst() {
            return burst;
        }

        public void setBurst(int burst) {
            this.burst = burst;
        }

        /** A check that has not finished in this time is answered with 503. */
        public Duration getRequestTimeout() {
            return requestTimeout;
        }

        public void setRequestTimeout(Duration requestTimeout) {
            this.requestTimeout = requestTimeout;
        }

        /** Checks run at once; 0 means one per processor. */
        public int getMaxConcurrentChecks() {
            return maxConcurrentChecks;
        }

        public void setMaxConcurrentChecks(int maxConcurrentChecks) {
            this.maxConcurrentChecks = maxConcurrentChecks;
        }

        /**
         * Texts up to this length are checked on the thread that read the request, when only the bundled rules are
         * loaded; 0 sends every check to the check pool.
         */
        public int getInlineTextLength() {
            return inlineTextLength;
        }

        public void setInlineTextLength(int inlineTextLength) {
            this.inlineTextLength = inlineTextLength;
        }

        /**
         * Addresses of reverse proxies whose {@code X-Forwarded-For} names the client the rate limit counts; empty
         * (the default) counts every request against the address it came from.
         */
        public List<String> getTrustedProxies() {
            return trustedProxies;
        }

        public void setTrustedProxies(List<String> trustedProxies) {
            this.trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        }

        /** Checks waiting for a thread before the server answers 503. */
        public int getMaxQueuedChecks() {
            return maxQueuedChecks;
        }

        public void setMaxQueuedChecks(int maxQueuedChecks) {
            this.maxQueuedChecks = maxQueuedChecks;
        }
    }
}
