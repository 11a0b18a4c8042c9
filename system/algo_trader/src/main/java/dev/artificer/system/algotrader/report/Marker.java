package dev.artificer.system.algotrader.report;

/**
 * A point to mark on a chart, such as a trade.
 *
 * @param time  epoch milliseconds
 * @param value the y value
 * @param up    an upward (buy) marker, else downward (sell)
 * @param title the tooltip text
 */
public record Marker(long time, double value, boolean up, String title) {
}
