package dev.artificer.component.indicators;

/**
 * On-balance volume (TA-Lib OBV): a running total that adds the volume of up-closes and subtracts that of
 * down-closes, starting from the first bar's volume.
 *
 * <p>Lookback 0. After a gap the total starts again from the next bar's volume.
 */
public final class OnBalanceVolume implements ScalarIndicator {

    private boolean started;
    private double previousClose;
    private double value = Double.NaN;

    /** A streaming OBV. */
    public OnBalanceVolume() {
        // no parameters
    }

    /**
     * The number of leading NaN outputs.
     *
     * @return 0
     */
    public static int lookback() {
        return 0;
    }

    /**
     * Computes the OBV of a whole series.
     *
     * @param close  closes
     * @param volume volumes
     * @return a new array aligned with the inputs
     */
    public static double[] compute(double[] close, double[] volume) {
        double[] out = new double[Check.length("close", close)];
        compute(close, volume, out);
        return out;
    }

    /**
     * Computes the OBV of a whole series into {@code out}.
     *
     * @param close  closes
     * @param volume volumes
     * @param out    receives the OBV at the input's indices
     */
    public static void compute(double[] close, double[] volume, double[] out) {
        Batch.twoInputs("close and volume", new OnBalanceVolume()::update, close, volume, out);
    }

    /**
     * Feeds the next bar.
     *
     * @param close  the bar's close
     * @param volume the bar's volume
     * @return the OBV, NaN at a gap
     */
    public double update(double close, double volume) {
        if (Gaps.isGap(close, volume)) {
            reset();
            return value;
        }
        if (!started) {
            started = true;
            value = volume;
        } else if (close > previousClose) {
            value += volume;
        } else if (close < previousClose) {
            value -= volume;
        }
        previousClose = close;
        return value;
    }

    /** Feeds the bar's close and volume to {@link #update(double, double)}; the other fields are not read. */
    @Override
    public void update(long time, double open, double high, double low, double close, double volume) {
        update(close, volume);
    }

    /** The current value: NaN during warm-up or at a gap. */
    @Override
    public double value() {
        return value;
    }

    /** Forgets every bar seen so far, as if newly constructed. */
    @Override
    public void reset() {
        started = false;
        value = Double.NaN;
    }
}
