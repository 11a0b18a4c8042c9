package dev.artificer.infrastructure.schwab.http;

import java.time.Duration;

/**
 * Timeouts, rate limits and retry bounds of a {@link SchwabHttp}. Built with {@link #builder()}; the defaults
 * suit Schwab's published limits: 120 non-order requests per minute per application, and up to 120 order
 * requests (place, cancel, replace) per minute per account, a number chosen at app registration.
 *
 * @param connectTimeout      how long to wait for a TCP/TLS connection
 * @param requestTimeout      how long to wait for one response, per attempt
 * @param requestsPerPeriod   client-side permits in any rolling rate period (a sliding window)
 * @param ratePeriod          the rate period
 * @param maxPermitWait       how long a call may wait for a permit before {@code RateLimitedException}
 * @param maxServerRetries    retries after a 5xx answer or a connection failure
 * @param initialBackoff      first delay between such retries, doubled each time
 * @param maxBackoff          upper bound of that delay
 * @param jitterFactor        random spread of each delay, 0 (none) to 1 (plus or minus 100%)
 * @param maxRateLimitRetries retries after an HTTP 429 answer
 * @param maxRetryAfter       the longest {@code Retry-After} the client honours; longer values are capped
 * @param ordersPerMinute     client-side order-request permits per minute and account, 0 to 120
 * @param maxOrderPermitWait  how long an order request may wait for its permit before {@code RateLimitedException}
 */
public record SchwabHttpSettings(Duration connectTimeout, Duration requestTimeout,
                                 int requestsPerPeriod, Duration ratePeriod, Duration maxPermitWait,
                                 int maxServerRetries, Duration initialBackoff, Duration maxBackoff,
                                 double jitterFactor, int maxRateLimitRetries, Duration maxRetryAfter,
                                 int ordersPerMinute, Duration maxOrderPermitWait) {

    /** Schwab's highest order limit: order requests per minute and account. */
    public static final int MAX_ORDERS_PER_MINUTE = 120;

    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException naming the setting that is out of range
     */
    public SchwabHttpSettings {
        requirePositive("connect timeout", connectTimeout);
        requirePositive("request timeout", requestTimeout);
        if (requestsPerPeriod < 1) {
            throw new IllegalArgumentException("requests per period must be 1 or more (got " + requestsPerPeriod + ")");
        }
        requirePositive("rate period", ratePeriod);
        requireNotNegative("maximum permit wait", maxPermitWait);
        requireNotNegative("maximum server retries", maxServerRetries);
        requirePositive("initial backoff", initialBackoff);
        requirePositive("maximum backoff", maxBackoff);
        if (initialBackoff.compareTo(maxBackoff) >= 0) {
            throw new IllegalArgumentException("initial backoff " + initialBackoff
                    + " must be shorter than maximum backoff " + maxBackoff);
        }
        if (!(jitterFactor >= 0 && jitterFactor < 1)) {
            throw new IllegalArgumentException("jitter factor must be at least 0 and below 1 (got " + jitterFactor + ")");
        }
        requireNotNegative("maximum rate-limit retries", maxRateLimitRetries);
        requirePositive("maximum Retry-After", maxRetryAfter);
        if (ordersPerMinute < 0 || ordersPerMinute > MAX_ORDERS_PER_MINUTE) {
            throw new IllegalArgumentException("orders per minute must be 0 to " + MAX_ORDERS_PER_MINUTE
                    + ", as at Schwab's app registration (got " + ordersPerMinute + ")");
        }
        requireNotNegative("maximum order permit wait", maxOrderPermitWait);
    }

    /**
     * A builder with the defaults: 10 s connect and 30 s request timeout; 120 requests per minute with up to
     * 60 s wait for a permit; 3 retries of 5xx and connection failures backing off from 500 ms to 8 s with
     * 25% jitter; 3 retries of HTTP 429 honouring {@code Retry-After} up to 60 s; 120 order requests per minute
     * and account with up to 10 s wait for a permit (a trading decision soon goes stale).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The settings with every default, see {@link #builder()}.
     *
     * @return the default settings
     */
    public static SchwabHttpSettings defaults() {
        return builder().build();
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive (got " + value + ")");
        }
    }

    private static void requireNotNegative(String name, Duration value) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative (got " + value + ")");
        }
    }

    private static void requireNotNegative(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative (got " + value + ")");
        }
    }

    /** Collects settings step by step; {@link #build()} validates them. */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private int requestsPerPeriod = 120;
        private Duration ratePeriod = Duration.ofMinutes(1);
        private Duration maxPermitWait = Duration.ofSeconds(60);
        private int maxServerRetries = 3;
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(8);
        private double jitterFactor = 0.25;
        private int maxRateLimitRetries = 3;
        private Duration maxRetryAfter = Duration.ofSeconds(60);
        private int ordersPerMinute = MAX_ORDERS_PER_MINUTE;
        private Duration maxOrderPermitWait = Duration.ofSeconds(10);

        private Builder() {
        }

        /**
         * Sets the connect timeout and the per-attempt response timeout.
         *
         * @param connect connect timeout
         * @param request response timeout per attempt
         * @return this builder
         */
        public Builder timeouts(Duration connect, Duration request) {
            this.connectTimeout = connect;
            this.requestTimeout = request;
            return this;
        }

        /**
         * Sets the client-side rate limit: no rolling period holds more than {@code requests} permits.
         *
         * @param requests permits per rolling period
         * @param period   the period, e.g. one minute
         * @param maxWait  how long a call may wait for a permit
         * @return this builder
         */
        public Builder rateLimit(int requests, Duration period, Duration maxWait) {
            this.requestsPerPeriod = requests;
            this.ratePeriod = period;
            this.maxPermitWait = maxWait;
            return this;
        }

        /**
         * Sets how 5xx answers and connection failures are retried.
         *
         * @param maxRetries retries after the first attempt
         * @param initial    first delay, doubled on each retry
         * @param max        upper bound of the delay
         * @return this builder
         */
        public Builder serverRetries(int maxRetries, Duration initial, Duration max) {
            this.maxServerRetries = maxRetries;
            this.initialBackoff = initial;
            this.maxBackoff = max;
            return this;
        }

        /**
         * Sets the random spread of backoff delays.
         *
         * @param factor 0 for none, up to (excluding) 1
         * @return this builder
         */
        public Builder jitter(double factor) {
            this.jitterFactor = factor;
            return this;
        }

        /**
         * Sets how HTTP 429 answers are retried.
         *
         * @param maxRetries    retries after the first 429
         * @param maxRetryAfter the longest {@code Retry-After} honoured
         * @return this builder
         */
        public Builder rateLimitRetries(int maxRetries, Duration maxRetryAfter) {
            this.maxRateLimitRetries = maxRetries;
            this.maxRetryAfter = maxRetryAfter;
            return this;
        }

        /**
         * Sets the client-side order rate limit, kept per account apart from the non-order limit: place, cancel
         * and replace requests take a permit from it instead. Set it to the number chosen at Schwab's app
         * registration; 0 refuses every order request.
         *
         * @param perMinute order requests per minute and account, 0 to 120
         * @param maxWait   how long an order request may wait for a permit
         * @return this builder
         */
        public Builder orderRateLimit(int perMinute, Duration maxWait) {
            this.ordersPerMinute = perMinute;
            this.maxOrderPermitWait = maxWait;
            return this;
        }

        /**
         * Validates and builds the settings.
         *
         * @return the settings
         */
        public SchwabHttpSettings build() {
            return new SchwabHttpSettings(connectTimeout, requestTimeout, requestsPerPeriod, ratePeriod, maxPermitWait,
                    maxServerRetries, initialBackoff, maxBackoff, jitterFactor, maxRateLimitRetries, maxRetryAfter,
                    ordersPerMinute, maxOrderPermitWait);
        }
    }
}
