package dev.artificer.system.algotrader.report;

import dev.artificer.component.market.Bar;
import dev.artificer.component.backtest.BacktestResult;
import java.time.Instant;
import java.util.List;

/**
 * What a backtest report shows.
 *
 * @param title     the page's heading, e.g. "Backtest 42: sma-cross fast=10 slow=30 on AAPL daily"
 * @param result    the run
 * @param bars      the bars the run replayed, for the price charts
 * @param metrics   the metrics table, in order
 * @param createdAt when the report was written
 */
public record ReportData(String title, BacktestResult result, List<Bar> bars, List<MetricRow> metrics,
                         Instant createdAt) {

    /** Copies the lists. */
    public ReportData {
        bars = List.copyOf(bars);
        metrics = List.copyOf(metrics);
    }
}
