package dev.artificer.system.algotrader.report;

/**
 * One line of the tearsheet's metrics table: a metric of the strategy beside the benchmark's.
 *
 * @param key       the metric's key, e.g. {@code sharpe}
 * @param label     its name for people
 * @param strategy  the strategy's value, formatted
 * @param benchmark the benchmark's value, formatted; empty where the metric has no benchmark value
 */
public record ComparisonRow(String key, String label, String strategy, String benchmark) {
}
