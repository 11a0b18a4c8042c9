package dev.artificer.system.algotrader.report;

import dev.artificer.component.backtest.PerformanceMetrics;
import dev.artificer.component.backtest.tearsheet.ReturnProfile;
import dev.artificer.component.backtest.tearsheet.Tearsheet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tearsheet's metrics table: each metric of the strategy beside the benchmark's, formatted by
 * {@link MetricRows}; metrics of trades and of the strategy against the benchmark have no benchmark value.
 */
final class TearsheetRows {

    private static final double MILLIS_PER_DAY = 86_400_000.0;

    private TearsheetRows() {
    }

    static List<ComparisonRow> of(Tearsheet sheet) {
        Map<String, Double> strategy = curve(sheet.strategy(), sheet.strategyProfile());
        Map<String, Double> benchmark = curve(sheet.benchmark(), sheet.benchmarkProfile());
        PerformanceMetrics metrics = sheet.strategy();
        Map<String, Double> only = new LinkedHashMap<>();
        only.put("alpha", sheet.alpha());
        only.put("beta", sheet.beta());
        only.put("information_ratio", sheet.informationRatio());
        only.put("trades", (double) metrics.trades());
        only.put("win_rate", metrics.winRate());
        only.put("profit_factor", metrics.profitFactor());
        only.put("payoff_ratio", sheet.payoffRatio());
        only.put("expectancy", metrics.expectancy());
        only.put("average_holding_days", sheet.averageHolding() == null ? Double.NaN
                : sheet.averageHolding().toMillis() / MILLIS_PER_DAY);
        only.put("turnover", metrics.turnover());
        only.put("fees_paid", metrics.feesPaid());
        List<ComparisonRow> rows = new ArrayList<>();
        strategy.forEach((key, value) -> rows.add(new ComparisonRow(key, MetricRows.label(key),
                MetricRows.format(key, value), MetricRows.format(key, benchmark.get(key)))));
        only.forEach((key, value) -> rows.add(new ComparisonRow(key, MetricRows.label(key), MetricRows.format(key, value),
                "")));
        return rows;
    }

    private static Map<String, Double> curve(PerformanceMetrics metrics, ReturnProfile profile) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("total_return", metrics.totalReturn());
        values.put("cagr", metrics.cagr());
        values.put("annual_volatility", metrics.annualVolatility());
        values.put("sharpe", metrics.sharpe());
        values.put("sortino", metrics.sortino());
        values.put("calmar", metrics.calmar());
        values.put("max_drawdown", metrics.maxDrawdown());
        values.put("longest_drawdown_days", metrics.longestDrawdownDays());
        values.put("exposure", metrics.exposure());
        values.put("skew", profile.skew());
        values.put("kurtosis", profile.kurtosis());
        values.put("value_at_risk", profile.valueAtRisk());
        values.put("expected_shortfall", profile.expectedShortfall());
        values.put("best_day", profile.bestDay());
        values.put("worst_day", profile.worstDay());
        values.put("best_month", profile.bestMonth());
        values.put("worst_month", profile.worstMonth());
        values.put("best_year", profile.bestYear());
        values.put("worst_year", profile.worstYear());
        return values;
    }
}
