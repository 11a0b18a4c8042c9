package dev.artificer.system.algotrader.report;

/**
 * A line to draw: times in epoch milliseconds and values, of equal length, times ascending.
 *
 * @param label  the legend text
 * @param color  a CSS colour
 * @param times  the x values, epoch milliseconds
 * @param values the y values
 */
public record Series(String label, String color, long[] times, double[] values) {

    /**
     * Checks the lengths match.
     *
     * @throws IllegalArgumentException when they do not
     */
    public Series {
        if (times.length != values.length) {
            throw new IllegalArgumentException("a series needs as many times as values");
        }
    }
}
