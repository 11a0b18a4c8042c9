package dev.artificer.component.backtest;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The account's equity, gross position value and whether it held a position after each point in time of a backtest, stored in arrays so that a
 * million-bar run stays cheap. Immutable once built.
 */
public final class EquityCurve {

    private final long[] epochMillis;
    private final double[] equity;
    private final double[] gross;
    private final boolean[] invested;

    private EquityCurve(long[] epochMillis, double[] equity, double[] gross, boolean[] invested) {
        this.epochMillis = epochMillis;
        this.equity = equity;
        this.gross = gross;
        this.invested = invested;
    }

    /**
     * A curve from given points, for tests; a point holds a position when its gross value is not zero.
     *
     * @param times  the times, ascending
     * @param equity the equity at each time
     * @param gross  the gross position value (sum of absolute position values) at each time
     * @return the curve
     */
    public static EquityCurve of(Instant[] times, double[] equity, double[] gross) {
        boolean[] invested = new boolean[gross.length];
        for (int index = 0; index < gross.length; index++) {
            invested[index] = gross[index] != 0;
        }
        return of(times, equity, gross, invested);
    }

    /**
     * A curve from given points, for tests and stitched walk-forward results.
     *
     * @param times    the times, ascending
     * @param equity   the equity at each time
     * @param gross    the gross position value (sum of absolute position values) at each time
     * @param invested whether any position was open at each time (counted in shares, not from a value)
     * @return the curve
     */
    public static EquityCurve of(Instant[] times, double[] equity, double[] gross, boolean[] invested) {
        if (times.length != equity.length || times.length != gross.length || times.length != invested.length) {
            throw new IllegalArgumentException("times, equity, gross and invested must have the same length");
        }
        return new EquityCurve(Arrays.stream(times).mapToLong(Instant::toEpochMilli).toArray(), equity.clone(),
                gross.clone(), invested.clone());
    }

    /**
     * Concatenates curves that follow one another in time, e.g. the out-of-sample windows of a walk-forward.
     *
     * @param parts the curves, in time order
     * @return one curve with every point of every part
     */
    public static EquityCurve concat(List<EquityCurve> parts) {
        int size = parts.stream().mapToInt(EquityCurve::size).sum();
        long[] times = new long[size];
        double[] equity = new double[size];
        double[] gross = new double[size];
        boolean[] invested = new boolean[size];
        int at = 0;
        for (EquityCurve part : parts) {
            System.arraycopy(part.epochMillis, 0, times, at, part.size());
            System.arraycopy(part.equity, 0, equity, at, part.size());
            System.arraycopy(part.gross, 0, gross, at, part.size());
            System.arraycopy(part.invested, 0, invested, at, part.size());
            at += part.size();
        }
        return new EquityCurve(times, equity, gross, invested);
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
     * Whether any position was open at a point, from the share counts (a value rounding to almost zero is not a
     * position).
     *
     * @param index the point
     * @return true when some symbol's position was not zero
     */
    public boolean invested(int index) {
        return invested[index];
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
        private final boolean[] invested;
        private int size;

        /** A builder for at most {@code capacity} distinct times. */
        Builder(int capacity) {
            epochMillis = new long[capacity];
            equity = new double[capacity];
            gross = new double[capacity];
            invested = new boolean[capacity];
        }

        void record(long time, double equityValue, double grossValue, boolean holding) {
            if (size > 0 && epochMillis[size - 1] == time) {
                equity[size - 1] = equityValue;
                gross[size - 1] = grossValue;
                invested[size - 1] = holding;
                return;
            }
            epochMillis[size] = time;
            equity[size] = equityValue;
            gross[size] = grossValue;
            invested[size] = holding;
            size++;
        }

        /** The curve; the builder hands its arrays over when they are exactly full and must not be used again. */
        EquityCurve build() {
            if (size == equity.length) {
                return new EquityCurve(epochMillis, equity, gross, invested);
            }
            return new EquityCurve(Arrays.copyOf(epochMillis, size), Arrays.copyOf(equity, size),
                    Arrays.copyOf(gross, size), Arrays.copyOf(invested, size));
        }
    }
}
