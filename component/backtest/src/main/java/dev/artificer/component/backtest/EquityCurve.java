package dev.artificer.component.backtest;

import java.time.Instant;
import java.util.Arrays;

/**
 * The account's equity and gross position value after each point in time of a backtest, stored in arrays so that a
 * million-bar run stays cheap. Immutable once built.
 */
public final class EquityCurve {

    private final long[] epochMillis;
    private final double[] equity;
    private final double[] gross;

    private EquityCurve(long[] epochMillis, double[] equity, double[] gross) {
        this.epochMillis = epochMillis;
        this.equity = equity;
        this.gross = gross;
    }

    /**
     * A curve from given points, for tests and stitched walk-forward results.
     *
     * @param times  the times, ascending
     * @param equity the equity at each time
     * @param gross  the gross position value (sum of absolute position values) at each time
     * @return the curve
     */
    public static EquityCurve of(Instant[] times, double[] equity, double[] gross) {
        if (times.length != equity.length || times.length != gross.length) {
            throw new IllegalArgumentException("times, equity and gross must have the same length");
        }
        return new EquityCurve(Arrays.stream(times).mapToLong(Instant::toEpochMilli).toArray(), equity.clone(),
                gross.clone());
    }

    /**
     * The number of points.
     *
     * @return the size
     */
    public int size() {
        return equity.length;
    }

    /**
     * The time of a point.
     *
     * @param index the point
     * @return the bar start it belongs to
     */
    public Instant time(int index) {
        return Instant.ofEpochMilli(epochMillis[index]);
    }

    /**
     * The equity at a point.
     *
     * @param index the point
     * @return dollars
     */
    public double equity(int index) {
        return equity[index];
    }

    /**
     * The gross position value at a point: the sum of the absolute values of all positions.
     *
     * @param index the point
     * @return dollars; zero when flat
     */
    public double gross(int index) {
        return gross[index];
    }

    /**
     * The first equity.
     *
     * @return dollars
     */
    public double first() {
        return equity[0];
    }

    /**
     * The last equity.
     *
     * @return dollars
     */
    public double last() {
        return equity[equity.length - 1];
    }

    /**
     * Appends points, replacing the last one when a later bar has the same time (several symbols per time). Sized up
     * front for the run's distinct bar times, so that a million-bar run neither grows nor copies its arrays.
     */
    static final class Builder {
        private final long[] epochMillis;
        private final double[] equity;
        private final double[] gross;
        private int size;

        /** A builder for at most {@code capacity} distinct times. */
        Builder(int capacity) {
            epochMillis = new long[capacity];
            equity = new double[capacity];
            gross = new double[capacity];
        }

        void record(long time, double equityValue, double grossValue) {
            if (size > 0 && epochMillis[size - 1] == time) {
                equity[size - 1] = equityValue;
                gross[size - 1] = grossValue;
                return;
            }
            epochMillis[size] = time;
            equity[size] = equityValue;
            gross[size] = grossValue;
            size++;
        }

        /** The curve; the builder hands its arrays over when they are exactly full and must not be used again. */
        EquityCurve build() {
            if (size == equity.length) {
                return new EquityCurve(epochMillis, equity, gross);
            }
            return new EquityCurve(Arrays.copyOf(epochMillis, size), Arrays.copyOf(equity, size),
                    Arrays.copyOf(gross, size));
        }
    }
}
