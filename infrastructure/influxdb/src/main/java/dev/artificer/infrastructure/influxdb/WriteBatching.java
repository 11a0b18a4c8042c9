package dev.artificer.infrastructure.influxdb;

import java.time.Duration;

/**
 * How asynchronous writes are batched, buffered and retried. Built with {@link #builder()}.
 *
 * <p>A batch is sent when it holds {@code batchSize} points or when {@code flushInterval} has passed since
 * its first point, whichever comes first. A batch that fails with HTTP 429, a 5xx status or an I/O error is
 * retried up to {@code maxRetries} times: after the server's {@code Retry-After} when it sends one, else
 * after a delay that starts at {@code retryInterval} and doubles per attempt up to {@code maxRetryDelay};
 * a batch still failing after {@code maxRetryTime} is given up. Other errors (401, 400, ...) are not
 * retried. Points wait in memory in two places, each holding at most {@code bufferLimit}: on their way to
 * the writer thread (beyond the limit, new points are dropped) and in batches not yet sent (beyond the limit,
 * the oldest are dropped). Dropped points are reported, never silent.
 *
 * @param batchSize     points per write request, at least 1
 * @param flushInterval longest time a point waits before its batch is sent, at least 1 ms
 * @param bufferLimit   most points waiting at each stage while the server is slow or down, at least batchSize
 * @param maxRetries    retries of a failed batch, at least 1 (the client library cannot switch retries off)
 * @param retryInterval first delay before a retry, at least 1 ms
 * @param maxRetryDelay longest delay between two retries, at least retryInterval
 * @param maxRetryTime  longest time spent on one batch, retries included, at least 1 ms
 */
public record WriteBatching(int batchSize, Duration flushInterval, int bufferLimit, int maxRetries,
                            Duration retryInterval, Duration maxRetryDelay, Duration maxRetryTime) {

    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException naming the setting that is out of range
     */
    public WriteBatching {
        requireAtLeast("batch size", batchSize, 1);
        requireMillis("flush interval", flushInterval);
        requireAtLeast("buffer limit", bufferLimit, batchSize);
        requireAtLeast("max retries", maxRetries, 1);
        requireMillis("retry interval", retryInterval);
        requireMillis("max retry delay", maxRetryDelay);
        if (maxRetryDelay.compareTo(retryInterval) < 0) {
            throw new IllegalArgumentException("influxdb max retry delay must be at least the retry interval (got "
                    + maxRetryDelay + " < " + retryInterval + ")");
        }
        requireMillis("max retry time", maxRetryTime);
    }

    /**
     * A builder with the defaults of influxdb-client-java: batches of 1000 points, flushed every second,
     * 10000 points buffered, 5 retries starting after 5 s, at most 125 s apart, 180 s per batch in all.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    private static void requireAtLeast(String name, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException("influxdb " + name + " must be at least " + minimum
                    + " (got " + value + ")");
        }
    }

    private static void requireMillis(String name, Duration value) {
        if (value == null || value.toMillis() < 1 || value.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("influxdb " + name + " must be between 1 ms and "
                    + Integer.MAX_VALUE + " ms (got " + value + ")");
        }
    }

    /** Collects batching settings step by step; {@link #build()} validates them. */
    public static final class Builder {
        private int batchSize = 1000;
        private Duration flushInterval = Duration.ofSeconds(1);
        private int bufferLimit = 10_000;
        private int maxRetries = 5;
        private Duration retryInterval = Duration.ofSeconds(5);
        private Duration maxRetryDelay = Duration.ofSeconds(125);
        private Duration maxRetryTime = Duration.ofSeconds(180);

        private Builder() {
        }

        /**
         * Sets the number of points per write request.
         *
         * @param batchSize at least 1
         * @return this builder
         */
        public Builder batchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        /**
         * Sets the longest time a point waits before its batch is sent.
         *
         * @param flushInterval at least 1 ms
         * @return this builder
         */
        public Builder flushInterval(Duration flushInterval) {
            this.flushInterval = flushInterval;
            return this;
        }

        /**
         * Sets the most points held in memory; beyond it the oldest are dropped and reported.
         *
         * @param bufferLimit at least the batch size
         * @return this builder
         */
        public Builder bufferLimit(int bufferLimit) {
            this.bufferLimit = bufferLimit;
            return this;
        }

        /**
         * Sets how often a failed batch is retried.
         *
         * @param maxRetries at least 1
         * @return this builder
         */
        public Builder maxRetries(int maxRetries) {
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * Sets the first retry delay and the longest delay between two retries.
         *
         * @param first   first delay, at least 1 ms
         * @param longest longest delay, at least the first
         * @return this builder
         */
        public Builder retryDelays(Duration first, Duration longest) {
            this.retryInterval = first;
            this.maxRetryDelay = longest;
            return this;
        }

        /**
         * Sets the longest time spent on one batch, retries included.
         *
         * @param maxRetryTime at least 1 ms
         * @return this builder
         */
        public Builder maxRetryTime(Duration maxRetryTime) {
            this.maxRetryTime = maxRetryTime;
            return this;
        }

        /**
         * Validates and builds the settings.
         *
         * @return the settings
         */
        public WriteBatching build() {
            return new WriteBatching(batchSize, flushInterval, bufferLimit, maxRetries, retryInterval, maxRetryDelay,
                    maxRetryTime);
        }
    }
}
