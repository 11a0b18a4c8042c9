package dev.artificer.system.algotrader.jobs;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Regular US equity market hours: weekdays 09:30-16:00 America/New_York, with a grace period after the close so
 * that the last bars of the day are collected. Exchange holidays are not known here.
 */
public final class MarketHours {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalTime OPEN = LocalTime.of(9, 30);
    private static final LocalTime CLOSE = LocalTime.of(16, 0);

    private final Duration grace;

    /**
     * Creates the calendar.
     *
     * @param grace how long after the close still counts as open
     */
    public MarketHours(Duration grace) {
        this.grace = grace;
    }

    /**
     * Whether the market is open (or within the grace period after the close) at a moment.
     *
     * @param moment the moment
     * @return true on a weekday between the open and the close plus grace
     */
    public boolean isOpen(Instant moment) {
        ZonedDateTime local = moment.atZone(NEW_YORK);
        if (local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        LocalTime time = local.toLocalTime();
        return !time.isBefore(OPEN) && !time.isAfter(CLOSE.plus(grace));
    }
}
