package dev.artificer.system.algotrader.marketdata;

import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import java.time.Instant;
import java.util.Optional;

/**
 * Remembers, per symbol and timeframe, how far the series is stored: the start of the last stored bar, so that
 * ingestion resumes there, and where the gap-free stored history begins, so that a backfill from an earlier date
 * fetches only the older range that is missing.
 */
public interface IngestionState {

    /**
     * The start of the last stored bar.
     *
     * @param symbol    the symbol
     * @param timeframe the timeframe
     * @return the start, or empty before the first ingestion
     */
    Optional<Instant> lastStored(Symbol symbol, Timeframe timeframe);

    /**
     * Where the series is covered from: every bar the source has from this instant to the last stored bar is
     * stored.
     *
     * @param symbol    the symbol
     * @param timeframe the timeframe
     * @return the instant, or empty before the first ingestion and for a series ingested before it was recorded
     */
    Optional<Instant> coveredFrom(Symbol symbol, Timeframe timeframe);

    /**
     * Records progress after bars were stored.
     *
     * @param symbol    the symbol
     * @param timeframe the timeframe
     * @param lastStart the start of the newest stored bar
     */
    void record(Symbol symbol, Timeframe timeframe, Instant lastStart);

    /**
     * Records that the series is covered from an instant, after the bars from there on were stored. Called after
     * {@link #record} created the series' entry.
     *
     * @param symbol      the symbol
     * @param timeframe   the timeframe
     * @param coveredFrom the start of the range fetched and stored
     */
    void recordCoveredFrom(Symbol symbol, Timeframe timeframe, Instant coveredFrom);
}
