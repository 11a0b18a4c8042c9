package dev.artificer.system.algotrader.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Names and formats backtest metrics for people, the same way in the console and in reports. */
public final class MetricRows {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("total_return", "Total return"), Map.entry("cagr", "CAGR"),
            Map.entry("annual_volatility", "Annualised volatility"),
            Map.entry("risk_free_rate", "Risk-free rate (for Sharpe, Sortino)"), Map.entry("sharpe", "Sharpe ratio"),
            Map.entry("sortino", "Sortino ratio"), Map.entry("calmar", "Calmar ratio"),
            Map.entry("max_drawdown", "Max drawdown"),
            Map.entry("max_drawdown_days", "Deepest drawdown duration (days)"),
            Map.entry("max_drawdown_bars", "Deepest drawdown duration (bars)"),
            Map.entry("longest_drawdown_days", "Longest time under water (days)"),
            Map.entry("longest_drawdown_bars", "Longest time under water (bars)"), Map.entry("win_rate", "Win rate"),
            Map.entry("profit_factor", "Profit factor"), Map.entry("expectancy", "Expectancy per trade"),
            Map.entry("average_win", "Average win"), Map.entry("average_loss", "Average loss"),
            Map.entry("exposure", "Exposure (time in market)"), Map.entry("trades", "Trades"),
            Map.entry("turnover", "Turnover (x average equity)"), Map.entry("fees_paid", "Fees paid"),
            Map.entry("buy_and_hold_return", "Buy and hold (benchmark)"),
            Map.entry("alpha", "Alpha (per year, vs benchmark)"), Map.entry("beta", "Beta (vs benchmark)"),
            Map.entry("information_ratio", "Information ratio"), Map.entry("skew", "Skew (daily returns)"),
            Map.entry("kurtosis", "Excess kurtosis (daily returns)"),
            Map.entry("value_at_risk", "Daily value at risk (95 %, historical)"),
            Map.entry("expected_shortfall", "Daily expected shortfall (95 %)"), Map.entry("best_day", "Best day"),
            Map.entry("worst_day", "Worst day"), Map.entry("best_month", "Best month"),
            Map.entry("worst_month", "Worst month"), Map.entry("best_year", "Best year"),
            Map.entry("worst_year", "Worst year"), Map.entry("payoff_ratio", "Payoff ratio (average win / loss)"),
            Map.entry("average_holding_days", "Average holding time (days)"));
    private static final List<String> PERCENTAGES = List.of("total_return", "cagr", "annual_volatility",
            "risk_free_rate", "max_drawdown", "win_rate", "exposure", "buy_and_hold_return", "alpha", "value_at_risk",
            "expected_shortfall", "best_day", "worst_day", "best_month", "worst_month", "best_year", "worst_year");
    private static final List<String> SIGNED = List.of("total_return", "cagr", "buy_and_hold_return", "alpha",
            "value_at_risk", "expected_shortfall", "best_day", "worst_day", "best_month", "worst_month", "best_year",
            "worst_year");
    private static final List<String> MONEY = List.of("expectancy", "average_win", "average_loss", "fees_paid");
    private static final List<String> COUNTS = List.of("trades", "max_drawdown_bars", "longest_drawdown_bars");
    private static final List<String> DAYS = List.of("max_drawdown_days", "longest_drawdown_days",
            "average_holding_days");

    private MetricRows() {
    }

    /**
     * The rows of a metrics table.
     *
     * @param metrics the metrics by key, in display order
     * @return label and formatted value per metric
     */
    public static List<MetricRow> of(Map<String, Double> metrics) {
        List<MetricRow> rows = new ArrayList<>();
        metrics.forEach((key, value) -> rows.add(new MetricRow(label(key), format(key, value))));
        return rows;
    }

    /**
     * A metric's name for people.
     *
     * @param key the metric's key, e.g. {@code max_drawdown}
     * @return e.g. "Max drawdown"; the key itself when unknown
     */
    public static String label(String key) {
        return LABELS.getOrDefault(key, key);
    }

    /**
     * A metric's value for people.
     *
     * @param key   the metric's key
     * @param value the value
     * @return e.g. "+12.34 %", "1.52", "1,234.50", "180" (whole days), "n/a" (not a number) or "inf"
     */
    public static String format(String key, double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (PERCENTAGES.contains(key)) {
            return String.format(Locale.ROOT, SIGNED.contains(key) ? "%+.2f %%" : "%.2f %%", value * 100);
        }
        if (MONEY.contains(key)) {
            return String.format(Locale.ROOT, "%,.2f", value);
        }
        if (COUNTS.contains(key) || DAYS.contains(key) && value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%,d", Math.round(value));
        }
        return String.format(Locale.ROOT, "%.2f", Math.round(value * 100) / 100.0 + 0.0);
    }

    /**
     * A parameter combination as the tables show it.
     *
     * @param parameters name to value text, in order
     * @return e.g. {@code fast=10 slow=30}
     */
    public static String parameters(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(" "));
    }
}
