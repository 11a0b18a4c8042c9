package dev.artificer.component.indicators;

/**
 * Aroon oscillator (TA-Lib AROONOSC): Aroon up minus Aroon down, from -100 to 100.
 *
 * <p>Lookback {@code period}; computed from the positions of the extremes, as in TA-Lib.
 */
public final class AroonOscillator implements ScalarIndicator {

    private final Aroon aroon;
    private final double factor;
    private double value = Double.NaN;

    /**
     * A streaming Aroon oscillator.
     *
     * @param period the look-back length, 2 to 100000 (14 is usual)
     * @throws IllegalArgumentException when the period is out of range
     */
    public AroonOscillator(int period) {
        this.aroon = new Aroon(period);
        this.factor = 100.0 / period;
    }

    /**
     * The number of leading NaN outputs.
     *
     * @param period the look-back length, 2 to 100000
     * @return {@code period}
     */
    public static int lookback(int period) {
        return Aroon.lookback(period);
    }

    /**
     * Computes the oscillator over a whole series.
     *
     * @param high   highs
     * @param low    lows
     * @param period the look-back length, 2 to 100000
     * @return a new array aligned with the inputs
     */
    public static double[] compute(double[] high, double[] low, int period) {
        double[] out = new double[Check.length("high", high)];
        compute(high, low, period, out);
        return out;
    }

    /**
     * Computes the oscillator over a whole series into {@code out}.
     *
     * @param high   highs
     * @param low    lows
     * @param period the look-back length, 2 to 100000
     * @param out    receives the oscillator at the input's indices
     */
    public static void compute(double[] high, double[] low, int period, double[] out) {
        AroonOscillator oscillator = new AroonOscillator(period);
        if (!TrackedExtreme.isShort(period + 1)) {
            Batch.highLow(oscillator::update, high, low, out);
            return;
        }
        int n = Check.inputs("high and low", high, low);
        Check.output("out", out, n);
        int i = 0;
        while (i < n) {
            i = Aroon.run(high, low, i, n, period, out, null) + 1;
        }
    }

    /**
     * Feeds the next bar.
     *
     * @param high the bar's high
     * @param low  the bar's low
     * @return the oscillator, NaN during warm-up or at a gap
     */
    public double update(double high, double low) {
        aroon.update(high, low);
        value = aroon.isReady() ? factor * aroon.spread() : Double.NaN;
        return value;
    }

    /** Feeds the bar's high and low to {@link #update(double, double)}; the other fields are not read. */
    @Override
    public void update(long time, double open, double high, double low, double close, double volume) {
        update(high, low);
    }

    /** The current value: NaN during warm-up or at a gap. */
    @Override
    public double value() {
        return value;
    }

    /** Forgets every bar seen so far, as if newly constructed. */
    @Override
    public void reset() {
        aroon.reset();
        value = Double.NaN;
    }
}
