package dev.artificer.infrastructure.grafana.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * How to reach one Grafana server's HTTP API. Built with {@link #builder()}; the password and token never appear
 * in {@link #toString()} or in any message.
 *
 * @param baseUrl        the server's root URL, e.g. {@code http://localhost:3000} (a sub-path such as
 *                       {@code http://host/grafana} works); no trailing slash, no user info, no query
 * @param user           basic-auth user, or null
 * @param password       basic-auth password, or null
 * @param token          service-account token sent as a bearer token, or null
 * @param connectTimeout how long to wait for a TCP/TLS connection
 * @param requestTimeout how long to wait for one response
 * @param readyTimeout   how long {@link GrafanaApi#waitUntilReady()} waits by default
 * @param pollInterval   the pause between two health polls while waiting
 */
public record GrafanaSettings(URI baseUrl, String user, String password, String token, Duration connectTimeout,
                              Duration requestTimeout, Duration readyTimeout, Duration pollInterval) {

    /**
     * Validates the settings and removes a trailing slash from the base URL.
     *
     * @throws IllegalArgumentException naming the setting that is wrong
     */
    public GrafanaSettings {
        baseUrl = validBaseUrl(baseUrl);
        if ((user == null) != (password == null)) {
            throw new IllegalArgumentException("grafana basic auth needs both a user and a password");
        }
        if (user != null && token != null) {
            throw new IllegalArgumentException("grafana credentials: give basic auth or a token, not both");
        }
        requirePositive("connect timeout", connectTimeout);
        requirePositive("request timeout", requestTimeout);
        requirePositive("ready timeout", readyTimeout);
        requirePositive("poll interval", pollInterval);
    }

    /**
     * A builder with the defaults: {@code http://localhost:3000}, no credentials (anonymous access), 5 s connect
     * and 10 s request timeout, waiting up to 60 s for readiness with a poll every 500 ms.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The value of the {@code Authorization} header, if any credentials are set.
     *
     * @return {@code Basic ...} or {@code Bearer ...}, or null for anonymous access
     */
    String authorization() {
        if (token != null) {
            return "Bearer " + token;
        }
        if (user != null) {
            return "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
        return null;
    }

    @Override
    public String toString() {
        String auth = token != null ? "token ****" : user != null ? "basic " + user + ":****" : "anonymous";
        return "GrafanaSettings[" + baseUrl + ", auth=" + auth + ", connectTimeout=" + connectTimeout
                + ", requestTimeout=" + requestTimeout + ", readyTimeout=" + readyTimeout
                + ", pollInterval=" + pollInterval + "]";
    }

    private static URI validBaseUrl(URI url) {
        if (url == null || url.getScheme() == null || url.getHost() == null
                || !(url.getScheme().equals("http") || url.getScheme().equals("https"))) {
            throw new IllegalArgumentException("grafana base URL must be an absolute http(s) URL with a host (got '"
                    + (url == null ? null : redacted(url)) + "')");
        }
        if (url.getRawUserInfo() != null) {
            throw new IllegalArgumentException("grafana base URL must not carry credentials (got '" + redacted(url)
                    + "'): pass them to the builder's basicAuth or token");
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new IllegalArgumentException("grafana base URL must have no query or fragment (got '" + redacted(url)
                    + "?...')");
        }
        String text = url.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : url;
    }

    private static String redacted(URI url) {
        String port = url.getPort() < 0 ? "" : ":" + url.getPort();
        return url.getScheme() + "://" + (url.getRawUserInfo() == null ? "" : "****@") + url.getHost() + port
                + (url.getRawPath() == null ? "" : url.getRawPath());
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException("grafana " + name + " must be positive (got " + value + ")");
        }
    }

    /** Collects settings step by step; {@link #build()} validates them. */
    public static final class Builder {
        private URI baseUrl = URI.create("http://localhost:3000");
        private String user;
        private String password;
        private String token;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration requestTimeout = Duration.ofSeconds(10);
        private Duration readyTimeout = Duration.ofSeconds(60);
        private Duration pollInterval = Duration.ofMillis(500);

        private Builder() {
        }

        /**
         * Sets the server's root URL.
         *
         * @param baseUrl e.g. {@code http://localhost:3000}
         * @return this builder
         */
        public Builder baseUrl(URI baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /**
         * Sets the server's root URL.
         *
         * @param baseUrl e.g. {@code http://localhost:3000}
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            return baseUrl(URI.create(baseUrl));
        }

        /**
         * Authenticates with HTTP basic auth; blank values mean anonymous access.
         *
         * @param user     the Grafana user
         * @param password the password; never shown
         * @return this builder
         */
        public Builder basicAuth(String user, String password) {
            this.user = blankToNull(user);
            this.password = blankToNull(password);
            return this;
        }

        /**
         * Authenticates with a service-account token; blank means anonymous access.
         *
         * @param token the token; never shown
         * @return this builder
         */
        public Builder token(String token) {
            this.token = blankToNull(token);
            return this;
        }

        /**
         * Sets the connect and the response timeout of each request.
         *
         * @param connect connect timeout
         * @param request response timeout
         * @return this builder
         */
        public Builder timeouts(Duration connect, Duration request) {
            this.connectTimeout = connect;
            this.requestTimeout = request;
            return this;
        }

        /**
         * Sets how long to wait for readiness by default, and how often to poll meanwhile.
         *
         * @param timeout      the default wait
         * @param pollInterval the pause between polls
         * @return this builder
         */
        public Builder readiness(Duration timeout, Duration pollInterval) {
            this.readyTimeout = timeout;
            this.pollInterval = pollInterval;
            return this;
        }

        /**
         * Validates and builds the settings.
         *
         * @return the settings
         */
        public GrafanaSettings build() {
            return new GrafanaSettings(baseUrl, user, password, token, connectTimeout, requestTimeout, readyTimeout,
                    pollInterval);
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text;
        }
    }
}
