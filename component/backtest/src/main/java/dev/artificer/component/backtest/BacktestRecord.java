package dev.artificer.component.backtest;

import dev.artificer.component.market.Timeframe;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A stored backtest run: what ran on which data with which costs, and what came out.
 *
 * @param id          the run's number; 0 before it is stored
 * @param createdAt   when it ran
 * @param kind        {@code backtest} or {@code walkforward}
 * @param strategy    the strategy's registered name, e.g. {@code sma-cross}
 * @param parameters  its canonical parameter text, e.g. {@code fast=10 slow=30}
 * @param symbols     the symbols, comma-separated
 * @param timeframe   the bar size
 * @param from        the first bar's start
 * @param to          the last bar's start
 * @param bars        how many bars were replayed
 * @param initialCash cash at the start
 * @param finalEquity equity at the end
 * @param settings    the costs and fill rules in words
 * @param metrics     the metrics by key, in {@link PerformanceMetrics#keys()} order
 * @param trades      the round trips (empty when listed without them)
 * @param reportPath  the HTML report's path, when one was written
 */
public record BacktestRecord(long id, Instant createdAt, String kind, String strategy, String parameters,
                             String symbols, Timeframe timeframe, Instant from, Instant to, long bars,
                             double initialCash, double finalEquity, String settings, Map<String, Double> metrics,
                             List<Trade> trades, String reportPath) {

    /** Copies the collections. */
    public BacktestRecord {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        trades = List.copyOf(trades);
    }

    /**
     * The report's path.
     *
     * @return the path, if a report was written
     */
    public Optional<String> report() {
        return Optional.ofNullable(reportPath);
    }

    /**
     * The same run with its id.
     *
     * @param newId the id the store gave it
     * @return the record
     */
    public BacktestRecord withId(long newId) {
        return new BacktestRecord(newId, createdAt, kind, strategy, parameters, symbols, timeframe, from, to, bars,
                initialCash, finalEquity, settings, metrics, trades, reportPath);
    }
}
