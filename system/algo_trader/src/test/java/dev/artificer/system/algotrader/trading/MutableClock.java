package dev.artificer.system.algotrader.trading;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand. */
public final class MutableClock extends Clock {

    private volatile Instant now;

    /**
     * Creates the clock.
     *
     * @param start the first time it shows
     */
    public MutableClock(Instant start) {
        this.now = start;
    }

    /**
     * Sets the time.
     *
     * @param moment the new time
     */
    public void set(Instant moment) {
        now = moment;
    }

    /**
     * Moves the time on.
     *
     * @param step how far
     */
    public void advance(Duration step) {
        now = now.plus(step);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
