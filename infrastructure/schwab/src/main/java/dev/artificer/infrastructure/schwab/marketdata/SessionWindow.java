package dev.artificer.infrastructure.schwab.marketdata;

import java.time.Instant;

/**
 * One session of a trading day, e.g. the regular market from 09:30 to 16:00 New York time.
 *
 * @param start when the session opens
 * @param end   when it closes
 */
public record SessionWindow(Instant start, Instant end) {

    /**
     * Whether an instant falls in the session.
     *
     * @param moment the instant
     * @return true from start (inclusive) to end (exclusive)
     */
    public boolean contains(Instant moment) {
        return !moment.isBefore(start) && moment.isBefore(end);
    }
}
