package dev.artificer.system.algotrader.report;

/**
 * One line of a report's metrics table.
 *
 * @param label the metric's name for people, e.g. "Sharpe ratio"
 * @param value the formatted value, e.g. "1.23"
 */
public record MetricRow(String label, String value) {
}
