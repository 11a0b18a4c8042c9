package dev.artificer.system.algotrader.trading;

import java.time.Instant;
import java.time.ZoneId;

/** The trading day: it starts at midnight in New York, where the daily limits reset. */
public final class TradingDay {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private TradingDay() {
    }

    /**
     * The start of the trading day a moment falls in.
     *
     * @param moment the moment
     * @return midnight in New York, that day
     */
    public static Instant startOf(Instant moment) {
        return moment.atZone(NEW_YORK).toLocalDate().atStartOfDay(NEW_YORK).toInstant();
    }
}
