package dev.artificer.component.indicators;

/**
 * Kaufman adaptive moving average (TA-Lib KAMA): an EMA whose smoothing follows the efficiency ratio
 * {@code |net change| / sum of |changes|} over {@code period} bars, between the constants of EMA(2) and
 * EMA(30).
 *
 * <p>Lookback {@code period}; TA-Lib's operations, bit for bit, including its absolute {@code 1e-8} test
 * on the sum of changes (a flat window counts as fully efficient). That test compares a running sum that
 * can keep a rounding residue after a flat stretch, so it is kept as TA-Lib has it.
 */
public final class Kama implements SeriesIndicator {

    private static final double SLOWEST = 2.0 / (30.0 + 1.0);
    private static final double SPREAD = 2.0 / (2.0 + 1.0) - SLOWEST;
    private static final double EPSILON = 1e-8;

    private final int period;
    private final Window window;
    private int count;
    private double previous;
    private double trailing;
    private double sumOfChanges;
    private double value = Double.NaN;

    /**
     * A streaming KAMA.
     *
     * @param period the efficiency-ratio period, 2 to 100000
     * @throws IllegalArgumentException when the period is out of range
     */
    public Kama(int period) {
        this.period = Check.period("period", period, 2);
        this.window = new Window(period);
    }

    /**
     * The number of leading NaN outputs.
     *
     * @param period the efficiency-ratio period, 2 to 100000
     * @return {@code period}
     */
    public static int lookback(int period) {
        return Check.period("period", period, 2);
    }

    /**
     * Computes the KAMA of a whole series.
     *
     * @param values the input series
     * @param period the efficiency-ratio period, 2 to 100000
     * @return a new array aligned with {@code values}
     */
    public static double[] compute(double[] values, int period) {
        double[] out = new double[Check.length("values", values)];
        compute(values, period, out);
        return out;
    }

    /**
     * Computes the KAMA of a whole series into {@code out}.
     *
     * @param values the input series
     * @param period the efficiency-ratio period, 2 to 100000
     * @param out    receives the KAMA at the input's indices
     */
    public static void compute(double[] values, int period, double[] out) {
        Batch.series(new Kama(period), values, out);
    }

    /** Feeds the next value; returns the output after it, NaN during warm-up or at a gap. */
    @Override
    public double update(double x) {
        if (Gaps.isGap(x)) {
            reset();
            return value;
        }
        if (count == 0) {
            count = 1;
        } else if (count <= period) {
            sumOfChanges += Math.abs(previous - x);
            if (++count > period) {
                trailing = window.oldest();
                value = previous;
                value = ((x - value) * smoothing(x - trailing)) + value;
            }
        } else {
            double leaving = window.oldest();
            sumOfChanges -= Math.abs(trailing - leaving);
            sumOfChanges += Math.abs(x - previous);
            trailing = leaving;
            value = ((x - value) * smoothing(x - leaving)) + value;
        }
        previous = x;
        window.add(x);
        return value;
    }

    private double smoothing(double netChange) {
        double ratio = sumOfChanges <= netChange || (-EPSILON < sumOfChanges && sumOfChanges < EPSILON)
                ? 1.0 : Math.abs(netChange / sumOfChanges);
        double constant = (ratio * SPREAD) + SLOWEST;
        return constant * constant;
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
        count = 0;
        sumOfChanges = 0;
        value = Double.NaN;
    }
}
