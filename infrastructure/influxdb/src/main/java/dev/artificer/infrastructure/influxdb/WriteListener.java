package dev.artificer.infrastructure.influxdb;

import java.time.Duration;

/**
 * Told what becomes of asynchronous writes. Every method does nothing unless overridden, so a caller overrides
 * only what it cares about. Methods are called on the client library's write thread: they must be quick and
 * thread-safe, and an exception they throw is logged and otherwise ignored.
 */
public interface WriteListener {

    /** A listener that ignores everything; the counters still count. */
    WriteListener NONE = new WriteListener() {
    };

    /**
     * A batch was written.
     *
     * @param lineProtocol the batch as sent, one point per line
     */
    default void batchWritten(String lineProtocol) {
    }

    /**
     * A batch failed with an error worth retrying (HTTP 429, 5xx, I/O); it is sent again after the delay.
     *
     * @param failure what went wrong
     * @param delay   how long until the next attempt
     */
    default void retrying(InfluxAccessException failure, Duration delay) {
    }

    /**
     * A batch failed for good: the error is not worth retrying (e.g. 401, 400), or retries ran out. Its points
     * are lost.
     *
     * @param failure what went wrong; its type tells the category
     */
    default void batchFailed(InfluxAccessException failure) {
    }

    /**
     * The write buffer was full, because points arrive faster than the server takes them or the server is down,
     * and the oldest points were dropped.
     *
     * @param points how many points were dropped
     */
    default void pointsDropped(int points) {
    }
}
