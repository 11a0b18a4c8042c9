package dev.artificer.system.algotrader.marketdata;

/**
 * What an ingestion run did.
 *
 * @param series   symbol-timeframe pairs processed
 * @param requests history requests made to the source
 * @param written  bars written
 * @param rejected rows rejected as invalid bars
 * @param failed   series that failed (logged with their reason; retried next run)
 * @param stopped  series not finished because the application was stopping (resumed next run)
 */
public record IngestionReport(int series, int requests, long written, long rejected, int failed, int stopped) {
}
