package dev.artificer.component.indicators;

/**
 * Momentum (TA-Lib MOM): the change over {@code period} bars, {@code x - x[period bars ago]}.
 *
 * <p>Lookback {@code period}; TA-Lib's operations, bit for bit.
 */
public final class Momentum implements SeriesIndicator {

    private final Window window;
    private double value = Double.NaN;

    /**
     * A streaming MOM.
     *
     * @param period how many bars back to compare with, 1 to 100000 (10 is TA-Lib's default)
     * @throws IllegalArgumentException when the period is out of range
     */
    public Momentum(int period) {
        this.window = new Window(Check.period("period", period, 1));
    }

    /**
     * The number of leading NaN outputs.
     *
     * @param period how many bars back to compare with, 1 to 100000
     * @return {@code period}
     */
    public static int lookback(int period) {
        return Check.period("period", period, 1);
    }

    /**
     * Computes the MOM of a whole series.
     *
     * @param values the input series
     * @param period how many bars back to compare with, 1 to 100000
     * @return a new array aligned with {@code values}
     */
    public static double[] compute(double[] values, int period) {
        double[] out = new double[values.length];
        compute(values, period, out);
        return out;
    }

    /**
     * Computes the MOM of a whole series into {@code out}.
     *
     * @param values the input series
     * @param period how many bars back to compare with, 1 to 100000
     * @param out    receives the values at the input's indices
     */
    public static void compute(double[] values, int period, double[] out) {
        Batch.series(new Momentum(period), values, out);
    }

    /** Feeds the next value; returns the output after it, NaN during warm-up or at a gap. */
    @Override
    public double update(double x) {
        if (Gaps.isGap(x)) {
            reset();
            return value;
        }
        if (window.isFull()) {
            double past = window.oldest();
            value = x - past;
        }
        window.add(x);
        return value;
    }

    /** The current value: NaN during warm-up or at a gap. */
    @Override
    public double value() {
        return value;
    }

    /** Forgets every bar seen so far, as if newly constructed. */
    @Override
    public void reset() {
        window.clear();
        value = Double.NaN;
    }
}
