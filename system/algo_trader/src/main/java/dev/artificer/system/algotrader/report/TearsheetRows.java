package dev.artificer.system.algotrader.report;

import dev.artificer.component.backtest.PerformanceMetrics;
import dev.artificer.component.backtest.tearsheet.ReturnProfile;
import dev.artificer.component.backtest.tearsheet.Tearsheet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tearsheet's metrics: each metric of the strategy beside the benchmark's, as numbers by key (for
 * {@code backtest --json}) and as the table's rows formatted by {@link MetricRows}; metrics of trades and of the
 * strategy against the benchmark have no benchmark value. The per-date metrics are per bar on weekly and monthly runs
 * (one bar a date), and their labels say so: "Best week", "Weekly value at risk".
 */
public final class TearsheetRows {

    private static final double MILLIS_PER_DAY = 86_400_000.0;
    private static final double WEEKS = 52;
    private static final double MONTHS = 12;
    private static final List<String> PER_DATE = List.of("skew", "kurtosis", "value_at_risk", "expected_shortfall",
            "best_day", "worst_day");

    private TearsheetRows() {
    }

    static List<ComparisonRow> of(Tearsheet sheet) {
        Map<String, Double> strategy = strategy(sheet);
        Map<String, Double> benchmark = benchmark(sheet);
        List<ComparisonRow> rows = new ArrayList<>();
        strategy.forEach((key, value) -> rows.add(new ComparisonRow(key, label(key, sheet.periodsPerYear()),
                MetricRows.format(key, value), benchmark.containsKey(key) ? MetricRows.format(key, benchmark.get(key))
                : "")));
        return rows;
    }

    /**
     * The strategy's tearsheet metrics.
     *
     * @param sheet the tearsheet
     * @return by key, in the table's order: the curve metrics, then those of trades and against the benchmark
     */
    public static Map<String, Double> strategy(Tearsheet sheet) {
        Map<String, Double> values = curve(sheet.strategy(), sheet.strategyProfile());
        PerformanceMetrics metrics = sheet.strategy();
        values.put("alpha", sheet.alpha());
        values.put("beta", sheet.beta());
        values.put("information_ratio", sheet.informationRatio());
        values.put("trades", (double) metrics.trades());
        values.put("win_rate", metrics.winRate());
        values.put("profit_factor", metrics.profitFactor());
        values.put("payoff_ratio", sheet.payoffRatio());
        values.put("expectancy", metrics.expectancy());
        values.put("average_holding_days", sheet.averageHolding() == null ? Double.NaN
                : sheet.averageHolding().toMillis() / MILLIS_PER_DAY);
        values.put("turnover", metrics.turnover());
        values.put("fees_paid", metrics.feesPaid());
        return values;
    }

    /**
     * The benchmark's tearsheet metrics.
     *
     * @param sheet the tearsheet
     * @return by key, the curve metrics only
     */
    public static Map<String, Double> benchmark(Tearsheet sheet) {
        return curve(sheet.benchmark(), sheet.benchmarkProfile());
    }

    /**
     * A metric's label on a run with this many dates a year: the per-date metrics name the bar on weekly and monthly
     * runs.
     *
     * @param key            the metric's key
     * @param periodsPerYear the tearsheet's dates per year (52 weekly, 12 monthly)
     * @return e.g. "Best week" for {@code best_day} on weekly bars
     */
    static String label(String key, double periodsPerYear) {
        String label = MetricRows.label(key);
        if (!PER_DATE.contains(key) || periodsPerYear != WEEKS && periodsPerYear != MONTHS) {
            return label;
        }
        boolean weekly = periodsPerYear == WEEKS;
        String adjective = periodAdjective(periodsPerYear);
        return label.replace("Best day", weekly ? "Best week" : "Best bar (month)")
                .replace("Worst day", weekly ? "Worst week" : "Worst bar (month)")
                .replace("Daily", Character.toUpperCase(adjective.charAt(0)) + adjective.substring(1))
                .replace("daily", adjective);
    }

    /**
     * What one of the tearsheet's dates is on a run: a session, or a bar on weekly and monthly runs.
     *
     * @param periodsPerYear the tearsheet's dates per year
     * @return {@code daily}, {@code weekly} or {@code monthly}
     */
    static String periodAdjective(double periodsPerYear) {
        return periodsPerYear == WEEKS ? "weekly" : periodsPerYear == MONTHS ? "monthly" : "daily";
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
