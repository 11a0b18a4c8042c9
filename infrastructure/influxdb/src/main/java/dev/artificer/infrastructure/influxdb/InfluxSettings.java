package dev.artificer.infrastructure.influxdb;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

/**
 * How to reach an InfluxDB 2.x server and where to write: URL, API token, organization, bucket, timestamp
 * precision, timeouts and the batching of asynchronous writes. Built with {@link #builder()}; the token never
 * appears in {@link #toString()}.
 *
 * @param url             base URL of the server, {@code http://} or {@code https://}, without credentials
 * @param token           API token sent as {@code Authorization: Token ...}
 * @param org             organization name (or ID) that owns the bucket
 * @param bucket          bucket that writes go to and range queries read from
 * @param precision       unit of written timestamps
 * @param connectTimeout  how long to wait for a connection
 * @param responseTimeout how long to wait while sending a request or reading its response
 * @param batching        how asynchronous writes are batched and retried
 */
public record InfluxSettings(String url, String token, String org, String bucket, TimestampPrecision precision,
                             Duration connectTimeout, Duration responseTimeout, WriteBatching batching) {

    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException naming the setting that is missing or out of range (never its secret value)
     */
    public InfluxSettings {
        requireHttpUrl(url);
        requireText("token", token);
        requireText("org", org);
        requireText("bucket", bucket);
        if (precision == null) {
            throw new IllegalArgumentException("influxdb precision must be set");
        }
        requirePositive("connect timeout", connectTimeout);
        requirePositive("response timeout", responseTimeout);
        if (batching == null) {
            throw new IllegalArgumentException("influxdb batching must be set");
        }
    }

    /**
     * A builder with the defaults: {@code http://localhost:8086}, nanosecond precision, 5 s to connect,
     * 30 s per response and {@link WriteBatching#builder() default batching}. Token, org and bucket have no
     * default.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String toString() {
        return "InfluxSettings[url=" + url + ", token=****, org=" + org + ", bucket=" + bucket
                + ", precision=" + precision + ", connectTimeout=" + connectTimeout
                + ", responseTimeout=" + responseTimeout + ", batching=" + batching + "]";
    }

    private static void requireHttpUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("influxdb url must not be empty");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException invalid) {
            throw new IllegalArgumentException("influxdb url is not a valid URL (got '" + url + "')", invalid);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("influxdb url must be http://host[:port] or https://host[:port]"
                    + " (got '" + url + "')");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("influxdb url must not contain credentials; pass the token instead");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("influxdb url must not have a query or fragment (got '" + url + "')");
        }
    }

    private static void requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("influxdb " + name + " must not be empty");
        }
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.toMillis() < 1) {
            throw new IllegalArgumentException("influxdb " + name + " must be at least 1 ms (got " + value + ")");
        }
    }

    /** Collects settings step by step; {@link #build()} validates them. */
    public static final class Builder {
        private String url = "http://localhost:8086";
        private String token;
        private String org;
        private String bucket;
        private TimestampPrecision precision = TimestampPrecision.NANOSECONDS;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration responseTimeout = Duration.ofSeconds(30);
        private WriteBatching batching = WriteBatching.builder().build();

        private Builder() {
        }

        /**
         * Sets the server's base URL.
         *
         * @param url e.g. {@code http://127.0.0.1:8086}
         * @return this builder
         */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /**
         * Sets the API token.
         *
         * @param token the token; never printed
         * @return this builder
         */
        public Builder token(String token) {
            this.token = token;
            return this;
        }

        /**
         * Sets the organization.
         *
         * @param org name or ID
         * @return this builder
         */
        public Builder org(String org) {
            this.org = org;
            return this;
        }

        /**
         * Sets the bucket.
         *
         * @param bucket name
         * @return this builder
         */
        public Builder bucket(String bucket) {
            this.bucket = bucket;
            return this;
        }

        /**
         * Sets the unit of written timestamps.
         *
         * @param precision the unit
         * @return this builder
         */
        public Builder precision(TimestampPrecision precision) {
            this.precision = precision;
            return this;
        }

        /**
         * Sets the connect and response timeouts.
         *
         * @param connect  how long to wait for a connection
         * @param response how long to wait while sending a request or reading its response
         * @return this builder
         */
        public Builder timeouts(Duration connect, Duration response) {
            this.connectTimeout = connect;
            this.responseTimeout = response;
            return this;
        }

        /**
         * Sets the batching of asynchronous writes.
         *
         * @param batching the batching
         * @return this builder
         */
        public Builder batching(WriteBatching batching) {
            this.batching = batching;
            return this;
        }

        /**
         * Validates and builds the settings.
         *
         * @return the settings
         */
        public InfluxSettings build() {
            return new InfluxSettings(url, token, org, bucket, precision, connectTimeout, responseTimeout, batching);
        }
    }
}
