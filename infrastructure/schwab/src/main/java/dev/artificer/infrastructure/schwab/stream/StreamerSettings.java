package dev.artificer.infrastructure.schwab.stream;

import java.time.Duration;
import java.util.Objects;

/**
 * Timeouts, reconnect backoff and candle layout of a {@link SchwabStreamer}. Built with {@link #builder()}.
 *
 * @param connectTimeout   how long to wait for the WebSocket handshake
 * @param heartbeatTimeout the watchdog: a connection from which no message (data, response, heartbeat or ping)
 *                         arrived for this long is dropped and replaced; also bounds the wait for the LOGIN answer
 * @param initialBackoff   the first delay before reconnecting, doubled after each failed attempt
 * @param maxBackoff       the upper bound of that delay
 * @param jitterFactor     random spread of each delay, 0 (none) to below 1 (plus or minus that share)
 * @param maxLoginDenials  how many LOGIN denials (code 3) in a row, each followed by a token refresh, before the
 *                         stream stops with {@code StreamerLoginDeniedException}
 * @param chartLayout      which {@code CHART_EQUITY} field holds which candle value
 */
public record StreamerSettings(Duration connectTimeout, Duration heartbeatTimeout, Duration initialBackoff,
                               Duration maxBackoff, double jitterFactor, int maxLoginDenials,
                               ChartEquityLayout chartLayout) {

    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException naming the setting that is out of range
     */
    public StreamerSettings {
        requirePositive("connect timeout", connectTimeout);
        requirePositive("heartbeat timeout", heartbeatTimeout);
        requirePositive("initial backoff", initialBackoff);
        requirePositive("maximum backoff", maxBackoff);
        if (initialBackoff.compareTo(maxBackoff) > 0) {
            throw new IllegalArgumentException("initial backoff " + initialBackoff
                    + " must not be longer than maximum backoff " + maxBackoff);
        }
        if (!(jitterFactor >= 0 && jitterFactor < 1)) {
            throw new IllegalArgumentException("jitter factor must be at least 0 and below 1 (got " + jitterFactor
                    + ")");
        }
        if (maxLoginDenials < 1) {
            throw new IllegalArgumentException("maximum login denials must be 1 or more (got " + maxLoginDenials
                    + ")");
        }
        Objects.requireNonNull(chartLayout, "chart layout");
    }

    /**
     * A builder with the defaults: 10 s connect timeout, 30 s heartbeat timeout, reconnects backing off from
     * 500 ms to 60 s with 25% jitter, 3 login denials in a row, the {@link ChartEquityLayout#OBSERVED} candle
     * layout.
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
    public static StreamerSettings defaults() {
        return builder().build();
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive (got " + value + ")");
        }
    }

    /** Collects settings step by step; {@link #build()} validates them. */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration heartbeatTimeout = Duration.ofSeconds(30);
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(60);
        private double jitterFactor = 0.25;
        private int maxLoginDenials = 3;
        private ChartEquityLayout chartLayout = ChartEquityLayout.OBSERVED;

        private Builder() {
        }

        /**
         * Sets how long to wait for the WebSocket handshake.
         *
         * @param timeout the connect timeout
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        /**
         * Sets the watchdog: how long a connection may stay silent before it is replaced.
         *
         * @param timeout the longest silence
         * @return this builder
         */
        public Builder heartbeatTimeout(Duration timeout) {
            this.heartbeatTimeout = timeout;
            return this;
        }

        /**
         * Sets the reconnect backoff.
         *
         * @param initial the first delay, doubled after each failed attempt
         * @param max     the longest delay
         * @param jitter  random spread of each delay, 0 to below 1
         * @return this builder
         */
        public Builder backoff(Duration initial, Duration max, double jitter) {
            this.initialBackoff = initial;
            this.maxBackoff = max;
            this.jitterFactor = jitter;
            return this;
        }

        /**
         * Sets how many LOGIN denials in a row, each followed by a token refresh, end the stream.
         *
         * @param denials at least 1
         * @return this builder
         */
        public Builder maxLoginDenials(int denials) {
            this.maxLoginDenials = denials;
            return this;
        }

        /**
         * Sets which {@code CHART_EQUITY} field holds which candle value.
         *
         * @param layout e.g. {@link ChartEquityLayout#GUIDE}
         * @return this builder
         */
        public Builder chartLayout(ChartEquityLayout layout) {
            this.chartLayout = layout;
            return this;
        }

        /**
         * Validates and builds the settings.
         *
         * @return the settings
         * @throws IllegalArgumentException naming the setting that is out of range
         */
        public StreamerSettings build() {
            return new StreamerSettings(connectTimeout, heartbeatTimeout, initialBackoff, maxBackoff, jitterFactor,
                    maxLoginDenials, chartLayout);
        }
    }
}
