package dev.artificer.system.algotrader.cli;

import dev.artificer.component.market.MarketSession;
import dev.artificer.component.market.Timeframe;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Bar times as a trader in New York reads them: the market date for daily and longer bars (a daily bar starts at
 * midnight New York, which is 04:00 or 05:00 UTC), the date and minute in New York for intraday bars.
 */
final class MarketTime {

    /** The exchange's time zone. */
    static final ZoneId NEW_YORK = MarketSession.NEW_YORK.zone();

    private MarketTime() {
    }

    /**
     * A bar time in words.
     *
     * @param time the instant
     * @param size the bars' size, which decides whether the minute is shown
     * @return e.g. {@code 2024-03-01} for a daily bar, {@code 2024-03-01 09:35} for a 5-minute bar
     */
    static String of(Instant time, Timeframe size) {
        return MarketSession.NEW_YORK.label(size, time);
    }
}
