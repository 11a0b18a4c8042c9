package dev.artificer.component.indicators.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * The input columns of a batch computation, aligned by bar index. A column the data does not have is
 * {@code null}; computing an indicator that needs it fails with a message naming the column. The arrays
 * belong to the caller and are not copied; indicators only read them.
 *
 * @param time   bar start times in epoch milliseconds, or null
 * @param open   opening prices, or null
 * @param high   highest prices, or null
 * @param low    lowest prices, or null
 * @param close  closing prices, or null
 * @param volume traded volumes, or null
 */
public record PriceSeries(long[] time, double[] open, double[] high, double[] low, double[] close,
                          double[] volume) {

    /**
     * Checks that the present columns have one length.
     *
     * @throws IllegalArgumentException when two present columns differ in length, or all are missing
     */
    public PriceSeries {
        List<String> lengths = new ArrayList<>();
        int length = -1;
        boolean equal = true;
        for (Input input : Input.values()) {
            int columnLength = length(input, time, open, high, low, close, volume);
            if (columnLength >= 0) {
                equal &= length < 0 || columnLength == length;
                length = columnLength;
                lengths.add(input.name().toLowerCase() + " " + columnLength);
            }
        }
        if (length < 0) {
            throw new IllegalArgumentException("a price series needs at least one column");
        }
        if (!equal) {
            throw new IllegalArgumentException("price series columns must have one length (got " + lengths + ")");
        }
    }

    /**
     * A series of closes only, for indicators of one series.
     *
     * @param close closing prices (or any series)
     * @return the series
     * @throws IllegalArgumentException when {@code close} is null
     */
    public static PriceSeries ofCloses(double[] close) {
        if (close == null) {
            throw new IllegalArgumentException("close must not be null");
        }
        return new PriceSeries(null, null, null, null, close, null);
    }

    /**
     * The number of bars.
     *
     * @return the common length of the present columns
     */
    public int length() {
        for (Input input : Input.values()) {
            int columnLength = length(input, time, open, high, low, close, volume);
            if (columnLength >= 0) {
                return columnLength;
            }
        }
        throw new IllegalStateException("unreachable: the constructor requires a column");
    }

    /**
     * A price column, checked to be present.
     *
     * @param input which column (not {@link Input#TIME})
     * @return the column
     * @throws IllegalArgumentException when the series has no such column
     */
    public double[] column(Input input) {
        double[] column = switch (input) {
            case OPEN -> open;
            case HIGH -> high;
            case LOW -> low;
            case CLOSE -> close;
            case VOLUME -> volume;
            case TIME -> throw new IllegalArgumentException("time is not a price column; use times()");
        };
        if (column == null) {
            throw new IllegalArgumentException("the price series has no " + input.name().toLowerCase() + " column");
        }
        return column;
    }

    /**
     * The time column, checked to be present.
     *
     * @return bar start times in epoch milliseconds
     * @throws IllegalArgumentException when the series has no time column
     */
    public long[] times() {
        if (time == null) {
            throw new IllegalArgumentException("the price series has no time column");
        }
        return time;
    }

    private static int length(Input input, long[] time, double[] open, double[] high, double[] low,
                              double[] close, double[] volume) {
        return switch (input) {
            case TIME -> time == null ? -1 : time.length;
            case OPEN -> open == null ? -1 : open.length;
            case HIGH -> high == null ? -1 : high.length;
            case LOW -> low == null ? -1 : low.length;
            case CLOSE -> close == null ? -1 : close.length;
            case VOLUME -> volume == null ? -1 : volume.length;
        };
    }
}
