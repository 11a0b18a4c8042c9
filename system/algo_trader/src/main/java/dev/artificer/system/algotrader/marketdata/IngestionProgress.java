package dev.artificer.system.algotrader.marketdata;

import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;

/** Hears how a long ingestion run goes, to show progress. */
public interface IngestionProgress {

    /**
     * One chunk of one series was stored.
     *
     * @param symbol    the symbol
     * @param timeframe the timeframe
     * @param written   bars written by this chunk
     * @param rejected  rows rejected in this chunk
     */
    void chunkStored(Symbol symbol, Timeframe timeframe, int written, int rejected);

    /**
     * One series is done (stored, or failed and logged).
     *
     * @param symbol    its symbol
     * @param timeframe its timeframe
     * @param done      series done so far
     * @param total     series in this run
     */
    void seriesDone(Symbol symbol, Timeframe timeframe, int done, int total);

    /**
     * Progress is not wanted.
     *
     * @return a listener that ignores everything
     */
    static IngestionProgress silent() {
        return new IngestionProgress() {
            @Override
            public void chunkStored(Symbol symbol, Timeframe timeframe, int written, int rejected) {
            }

            @Override
            public void seriesDone(Symbol symbol, Timeframe timeframe, int done, int total) {
            }
        };
    }
}
