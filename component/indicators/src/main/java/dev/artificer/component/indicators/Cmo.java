package dev.artificer.component.indicators;

/**
 * Chande momentum oscillator (TA-Lib CMO): {@code 100 * (gain - loss) / (gain + loss)} of Wilder-smoothed
 * average gains and losses, seeded like {@link Rsi}; from -100 to 100.
 *
 * <p>Lookback {@code period}. TA-Lib's operations, bit for bit, except the zero test: {@code gain + loss}
 * counts as 0 only below {@link Double#MIN_NORMAL} instead of TA-Lib's absolute {@code 1e-8} (TA-Lib
 * collapses CMO to 0 on prices around 1e-6, and in a flat run after about 250 bars at prices around 100,
 * where this CMO holds its last value like {@link Rsi}).
 */
public final class Cmo implements SeriesIndicator {

    private final int period;
    private int count;
    private double previous;
    private double gain;
    private double loss;
    private double value = Double.NaN;

    /**
     * A streaming CMO.
     *
     * @param period the smoothing period, 2 to 100000 (14 is usual)
     * @throws IllegalArgumentException when the period is out of range
     */
    public Cmo(int period) {
        this.period = Check.period("period", period, 2);
    }

    /**
     * The number of leading NaN outputs.
     *
     * @param period the smoothing period, 2 to 100000
     * @return {@code period}
     */
    public static int lookback(int period) {
        return Check.period("period", period, 2);
    }

    /**
     * Computes the CMO of a whole series.
     *
     * @param values the input series
     * @param period the smoothing period, 2 to 100000
     * @return a new array aligned with {@code values}
     */
    public static double[] compute(double[] values, int period) {
        double[] out = new double[Check.length("values", values)];
        compute(values, period, out);
        return out;
    }

    /**
     * Computes the CMO of a whole series into {@code out}.
     *
     * @param values the input series
     * @param period the smoothing period, 2 to 100000
     * @param out    receives the CMO at the input's indices
     */
    public static void compute(double[] values, int period, double[] out) {
        Batch.series(new Cmo(period), values, out);
    }

    /** Feeds the next value; returns the output after it, NaN during warm-up or at a gap. */
    @Override
    public double update(double x) {
        if (Gaps.isGap(x)) {
            reset();
            return value;
        }
        if (count == 0) {
            previous = x;
            count = 1;
            return value;
        }
        double change = x - previous;
        previous = x;
        if (count <= period) {
            accumulate(change);
            if (++count > period) {
                loss /= period;
                gain /= period;
                value = of(gain, loss);
            }
            return value;
        }
        loss *= period - 1;
        gain *= period - 1;
        accumulate(change);
        loss /= period;
        gain /= period;
        value = of(gain, loss);
        return value;
    }

    private void accumulate(double change) {
        if (change < 0) {
            loss -= change;
        } else {
            gain += change;
        }
    }

    private static double of(double gain, double loss) {
        double total = gain + loss;
        return total < Double.MIN_NORMAL ? 0.0 : 100.0 * ((gain - loss) / total);
    }

    /** The current value: NaN during warm-up or at a gap. */
    @Override
    public double value() {
        return value;
    }

    /** Forgets every bar seen so far, as if newly constructed. */
    @Override
    public void reset() {
        count = 0;
        gain = 0;
        loss = 0;
        value = Double.NaN;
    }
}
