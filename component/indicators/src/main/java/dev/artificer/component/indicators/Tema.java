package dev.artificer.component.indicators;

/**
 * Triple exponential moving average (TA-Lib TEMA): {@code 3 * EMA - 3 * EMA(EMA) + EMA(EMA(EMA))}.
 *
 * <p>Lookback {@code 3 * (period - 1)}; TA-Lib's operations, bit for bit.
 */
public final class Tema implements SeriesIndicator {

    private final Ema first;
    private final Ema second;
    private final Ema third;
    private double value = Double.NaN;

    /**
     * A streaming TEMA.
     *
     * @param period the EMA period, 2 to 100000
     * @throws IllegalArgumentException when the period is out of range
     */
    public Tema(int period) {
        this.first = new Ema(Check.period("period", period, 2), true);
        this.second = new Ema(period, true);
        this.third = new Ema(period, true);
    }

    /**
     * The number of leading NaN outputs.
     *
     * @param period the EMA period, 2 to 100000
     * @return {@code 3 * (period - 1)}
     */
    public static int lookback(int period) {
        return 3 * (Check.period("period", period, 2) - 1);
    }

    /**
     * Computes the TEMA of a whole series.
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
     * Computes the TEMA of a whole series into {@code out}.
     *
     * @param values the input series
     * @param period the EMA period, 2 to 100000
     * @param out    receives the TEMA at the input's indices
     */
    public static void compute(double[] values, int period, double[] out) {
        Batch.series(new Tema(period), values, out);
    }

    /** Feeds the next value; returns the output after it, NaN during warm-up or at a gap. */
    @Override
    public double update(double x) {
        if (Gaps.isGap(x)) {
            reset();
            return value;
        }
        double ema1 = first.update(x);
        if (Double.isNaN(ema1)) {
            return value;
        }
        double ema2 = second.update(ema1);
        if (Double.isNaN(ema2)) {
            return value;
        }
        double ema3 = third.update(ema2);
        value = Double.isNaN(ema3) ? Double.NaN : ema3 + ((3.0 * ema1) - (3.0 * ema2));
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
        third.reset();
        value = Double.NaN;
    }
}
