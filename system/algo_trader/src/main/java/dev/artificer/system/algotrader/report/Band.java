package dev.artificer.system.algotrader.report;

/**
 * A span of time to shade on a chart, such as a drawdown.
 *
 * @param from  epoch milliseconds
 * @param to    epoch milliseconds, at or after {@code from}
 * @param title the tooltip text
 */
public record Band(long from, long to, String title) {
}
