package dev.artificer.infrastructure.influxdb;

import java.time.Duration;
import java.util.Optional;

/**
 * The server is unreachable, too slow, overloaded (HTTP 429) or failing (HTTP 5xx): the same request may
 * succeed later, after {@link #retryAfter()} when the server said so.
 */
public class InfluxUnavailableException extends InfluxAccessException {

    private static final long serialVersionUID = 1L;

    /** How long the server asked to wait, or null. */
    private final Duration retryAfter;

    /**
     * Creates the exception.
     *
     * @param message    what failed and where
     * @param httpStatus 429, a 5xx status, or 0 when no answer came
     * @param retryAfter how long the server asked to wait, or null when it did not say
     * @param cause      the client library's exception
     */
    public InfluxUnavailableException(String message, int httpStatus, Duration retryAfter, Throwable cause) {
        super(message, httpStatus, cause);
        this.retryAfter = retryAfter;
    }

    /**
     * How long the server asked the client to wait before trying again ({@code Retry-After}).
     *
     * @return the wait, or empty when the server did not say
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
