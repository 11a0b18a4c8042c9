package dev.artificer.system.algotrader.report;

import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.market.Bar;
import java.time.Instant;
import java.util.List;

/**
 * What a backtest report shows.
 *
 * @param title        the page's heading, e.g. "Backtest 42: sma-cross fast=10 slow=30 on AAPL daily"
 * @param result       the run
 * @param bars         the bars the run replayed, for the benchmark, the excursions and the price charts
 * @param header       how the run was set up
 * @param riskFreeRate the annual risk-free rate of Sharpe, Sortino and alpha, e.g. 0.04
 * @param createdAt    when the report was written
 */
public record ReportData(String title, BacktestResult result, List<Bar> bars, ReportHeader header, double riskFreeRate,
                         Instant createdAt) {

    /** Copies the bars. */
    public ReportData {
        bars = List.copyOf(bars);
    }
}
