package dev.artificer.system.algotrader.stream;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.system.algotrader.marketdata.FetchedBars;
import dev.artificer.system.algotrader.marketdata.MarketDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills the minutes a live feed missed while it was interrupted from the source's price history. When the feed is
 * interrupted, every symbol it had sent a minute of opens a gap after that minute; the gap ends at the symbol's first
 * newer minute from the feed, which is held back until the minutes before it are fetched, so they are stored in time
 * order and the series has no hole. A minute the feed sends again (already stored) leaves the gap open. When the
 * history cannot be had, the gap stays open and is tried again at the next minute. Not thread-safe: its owner
 * serialises the calls.
 */
final class GapFill {

    private static final Logger LOG = LoggerFactory.getLogger(GapFill.class);
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final MarketDataSource history;
    private final StreamMetrics metrics;
    private final Map<Symbol, Instant> latest = new HashMap<>();
    private final Map<Symbol, Instant> gapFrom = new HashMap<>();

    GapFill(MarketDataSource history, StreamMetrics metrics) {
        this.history = history;
        this.metrics = metrics;
    }

    /** The feed lost its connection: each symbol seen so far has a gap after its latest minute. */
    void interrupted() {
        latest.forEach((symbol, minute) -> gapFrom.putIfAbsent(symbol, minute.plus(MINUTE)));
    }

    /**
     * The symbols with a gap not yet filled, whose longer bars must wait for the missing minutes.
     *
     * @return the symbols
     */
    Set<Symbol> open() {
        return Set.copyOf(gapFrom.keySet());
    }

    /**
     * The minutes missing before a minute from the feed, from price history.
     *
     * @param minute the feed's minute
     * @return the missing minutes in time order; none when there is no gap before it
     */
    List<Bar> before(Bar minute) {
        Symbol symbol = minute.symbol();
        latest.merge(symbol, minute.start(), (a, b) -> a.isAfter(b) ? a : b);
        Instant from = gapFrom.get(symbol);
        if (from == null || minute.start().isBefore(from)) {
            return List.of();
        }
        if (minute.start().equals(from)) {
            gapFrom.remove(symbol);
            return List.of();
        }
        FetchedBars fetched;
        try {
            fetched = history.history(symbol, Timeframe.ONE_MINUTE, from, minute.start());
        } catch (RuntimeException failure) {
            LOG.warn("could not fill the live feed's gap of {} from {} (tried again at the next minute): {}", symbol,
                    from, failure.getMessage());
            return List.of();
        }
        gapFrom.remove(symbol);
        fetched.rejected().forEach(reason -> LOG.warn("gap fill of {} left out a bar: {}", symbol, reason));
        LOG.info("filled the live feed's gap of {} from {} to {} with {} minute(s) of price history", symbol, from,
                minute.start(), fetched.bars().size());
        metrics.gapFilled(fetched.bars().size());
        return fetched.bars();
    }
}
