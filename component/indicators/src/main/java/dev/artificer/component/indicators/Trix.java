package dev.artificer.component.indicators;

/**
 * TRIX (TA-Lib TRIX): the one-bar rate of change, in percent, of a triple EMA.
 *
 * <p>Lookback {@code 3 * (period - 1) + 1}; TA-Lib's operations, bit for bit. TA-Lib 0.4.0 accepts a period
 * of 1 but misaligns it; this class requires 2 or more.
 */
public final class Trix implements SeriesIndicator {

    private final Ema first;
    private final Ema second;
    private final Ema third;
    private double previous = Double.NaN;
    private double value = Double.NaN;

    /**
     * A streaming TRIX.
     *
     * @param period the EMA period, 2 to 100000 (TA-Lib's default 30)
     * @throws IllegalArgumentException when the period is out of range
     */
    public Trix(int period) {
        this.first = new Ema(Check.period("period", period, 2), true);
        this.second = new Ema(period, true);
        this.third = new Ema(period, true);
    }

    /**
     * The number of leading NaN outputs.
     *
     * @param period the EMA period, 2 to 100000
     * @return {@code 3 * (period - 1) + 1}
     */
    public static int lookback(int period) {
        return 3 * (Check.period("period", period, 2) - 1) + 1;
    }

    /**
     * Computes TRIX over a whole series.
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
     * Computes TRIX over a whole series into {@code out}.
     *
     * @param values the input series
     * @param period the EMA period, 2 to 100000
     * @param out    receives TRIX at the input's indices
     */
    public static void compute(double[] values, int period, double[] out) {
        Batch.series(new Trix(period), values, out);
    }

    /** Feeds the next value; returns the output after it, NaN during warm-up or at a gap. */
    @Override
    public double update(double x) {
        if (Gaps.isGap(x)) {
            reset();
            return value;
        }
        double ema = first.update(x);
        ema = Double.isNaN(ema) ? ema : second.update(ema);
        ema = Double.isNaN(ema) ? ema : third.update(ema);
        if (!Double.isNaN(ema) && !Double.isNaN(previous)) {
            value = previous != 0.0 ? ((ema / previous) - 1.0) * 100.0 : 0.0;
        }
        previous = ema;
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
        previous = Double.NaN;
        value = Double.NaN;
    }
}
