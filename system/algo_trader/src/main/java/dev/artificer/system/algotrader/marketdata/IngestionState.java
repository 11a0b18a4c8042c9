package dev.artificer.system.algotrader.marketdata;

import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import java.time.Instant;
import java.util.Optional;

/** Remembers, per symbol and timeframe, the start of the last stored bar, so that ingestion resumes there. */
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
     * Records progress after bars were stored.
     *
     * @param symbol    the symbol
     * @param timeframe the timeframe
     * @param lastStart the start of the newest stored bar
     */
    void record(Symbol symbol, Timeframe timeframe, Instant lastStart);
}
