package dev.artificer.system.algotrader.report;

/**
 * A span of time to shade on a chart, such as a drawdown or a walk-forward window.
 *
 * @param from  epoch milliseconds
 * @param to    epoch milliseconds, at or after {@code from}
 * @param title the tooltip text
 * @param style the CSS class: {@code band} (red, a drawdown) or {@code band alternate} (blue, a period)
 */
public record Band(long from, long to, String title, String style) {

    /**
     * A red band, such as a drawdown.
     *
     * @param from  epoch milliseconds
     * @param to    epoch milliseconds
     * @param title the tooltip text
     */
    public Band(long from, long to, String title) {
        this(from, to, title, "band");
    }
}
