package dev.artificer.component.indicators;

/**
 * Double exponential moving average (TA-Lib DEMA): {@code 2 * EMA - EMA(EMA)}, each EMA seeded with an
 * SMA as in TA-Lib.
 *
 * <p>Lookback {@code 2 * (period - 1)}; TA-Lib's operations, bit for bit.
 */
public final class Dema implements SeriesIndicator {

    private final Ema first;
    private final Ema second;
    private double value = Double.NaN;

    /**
     * A streaming DEMA.
     *
     * @param period the EMA period, 2 to 100000
     * @throws IllegalArgumentException when the period is out of range
     */
    public Dema(int period) {
        this.first = new Ema(Check.period("period", period, 2), true);
        this.second = new Ema(period, true);
    }

    /**
     * The number of leading NaN outputs.
     *
     * @param period the EMA period, 2 to 100000
     * @return {@code 2 * (period - 1)}
     */
    public static int lookback(int period) {
        return 2 * (Check.period("period", period, 2) - 1);
    }

    /**
     * Computes the DEMA of a whole series.
     *
     * @param values the input series
     * @param period the EMA period, 2 to 100000
     * @return a new array aligned with {@code values}
     */
    public static double[] compute(double[] values, int period) {
        double[] out = new double[Check.length("values", values)];
        compute(values, period, out);
        return out;
    }

    /**
     * Computes the DEMA of a whole series into {@code out}.
     *
     * @param values the input series
     * @param period the EMA period, 2 to 100000
     * @param out    receives the DEMA at the input's indices
     */
    public static void compute(double[] values, int period, double[] out) {
        Batch.series(new Dema(period), values, out);
    }

    /** Feeds the next value; returns the output after it, NaN during warm-up or at a gap. */
    @Override
    public double update(double x) {
        if (Gaps.isGap(x)) {
            reset();
            return value;
        }
        double ema = first.update(x);
        if (Double.isNaN(ema)) {
            return value;
        }
        double emaOfEma = second.update(ema);
        value = Double.isNaN(emaOfEma) ? Double.NaN : (2.0 * ema) - emaOfEma;
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
        first.reset();
        second.reset();
        value = Double.NaN;
    }
}
