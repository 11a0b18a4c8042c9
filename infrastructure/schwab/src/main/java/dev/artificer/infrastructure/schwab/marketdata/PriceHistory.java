package dev.artificer.infrastructure.schwab.marketdata;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import java.time.Instant;
import java.util.List;

/**
 * Schwab's answer to a price-history request, its candles as validated bars in time order.
 *
 * @param symbol            the instrument
 * @param timeframe         the bar size that was requested
 * @param bars              the candles; each bar starts at the candle's {@code datetime}, never after the moment
 *                          of the answer
 * @param rejected          candles that were not valid bars (including any that start after now), each with its
 *                          position and reason
 * @param previousClose     the previous close, or null when not sent
 * @param previousCloseDate the date of the previous close, or null when not sent
 * @param notices           one line each for the caller to show, e.g. that Schwab returned a shorter range than
 *                          requested; empty when there is nothing to say
 */
public record PriceHistory(Symbol symbol, Timeframe timeframe, List<Bar> bars, List<String> rejected, Double previousClose,
                           Instant previousCloseDate, List<String> notices) {

    /** Copies the lists so the record stays immutable. */
    public PriceHistory {
        bars = List.copyOf(bars);
        rejected = List.copyOf(rejected);
        notices = List.copyOf(notices);
    }
}
