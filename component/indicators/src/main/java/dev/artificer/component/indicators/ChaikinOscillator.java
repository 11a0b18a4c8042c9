package dev.artificer.component.indicators;

/**
 * Chaikin A/D oscillator (TA-Lib ADOSC): fast EMA minus slow EMA of the {@link AccumulationDistribution}
 * line.
 *
 * <p>Lookback {@code max(fast, slow) - 1}. As in TA-Lib, both EMAs start at the first bar's A/D value (no
 * SMA seed) and update as {@code k * ad + (1 - k) * ema}, bit for bit.
 */
public final class ChaikinOscillator implements ScalarIndicator {

    private final int lookback;
    private final double fastK;
    private final double slowK;
    private int count;
    private double ad;
    private double fastEma;
    private double slowEma;
    private double value = Double.NaN;

    /**
     * A streaming Chaikin oscillator.
     *
     * @param fast the fast EMA period, 2 to 100000 (TA-Lib's default 3)
     * @param slow the slow EMA period, 2 to 100000 (default 10)
     * @throws IllegalArgumentException when a period is out of range
     */
    public ChaikinOscillator(int fast, int slow) {
        this.lookback = lookback(fast, slow);
        this.fastK = Ema.smoothing(fast);
        this.slowK = Ema.smoothing(slow);
    }

    /**
     * The number of leading NaN outputs.
     *
     * @param fast the fast EMA period, 2 to 100000
     * @param slow the slow EMA period, 2 to 100000
     * @return {@code max(fast, slow) - 1}
     */
    public static int lookback(int fast, int slow) {
        return Math.max(Check.period("fast", fast, 2), Check.period("slow", slow, 2)) - 1;
    }

    /**
     * Computes the oscillator over a whole series.
     *
     * @param high   highs
     * @param low    lows
     * @param close  closes
     * @param volume volumes
     * @param fast   the fast EMA period
     * @param slow   the slow EMA period
     * @return a new array aligned with the inputs
     */
    public static double[] compute(double[] high, double[] low, double[] close, double[] volume, int fast,
                                   int slow) {
        double[] out = new double[Check.length("high", high)];
        compute(high, low, close, volume, fast, slow, out);
        return out;
    }

    /**
     * Computes the oscillator over a whole series into {@code out}.
     *
     * @param high   highs
     * @param low    lows
     * @param close  closes
     * @param volume volumes
     * @param fast   the fast EMA period
     * @param slow   the slow EMA period
     * @param out    receives the oscillator at the input's indices
     */
    public static void compute(double[] high, double[] low, double[] close, double[] volume, int fast, int slow,
                               double[] out) {
        Batch.highLowCloseVolume(new ChaikinOscillator(fast, slow)::update, high, low, close, volume, out);
    }

    /**
     * Feeds the next bar.
     *
     * @param high   the bar's high
     * @param low    the bar's low
     * @param close  the bar's close
     * @param volume the bar's volume
     * @return the oscillator, NaN during warm-up or at a gap
     */
    public double update(double high, double low, double close, double volume) {
        if (Gaps.isGap(high, low, close, volume)) {
            reset();
            return value;
        }
        if (high - low > 0.0) {
            ad += AccumulationDistribution.flow(high, low, close, volume);
        }
        if (count++ == 0) {
            fastEma = ad;
            slowEma = ad;
        } else {
            fastEma = (fastK * ad) + ((1.0 - fastK) * fastEma);
            slowEma = (slowK * ad) + ((1.0 - slowK) * slowEma);
        }
        value = count > lookback ? fastEma - slowEma : Double.NaN;
        return value;
    }

    /**
     * Feeds the bar's high, low, close and volume to {@link #update(double, double, double, double)}; the other
     * fields are not read.
     */
    @Override
    public void update(long time, double open, double high, double low, double close, double volume) {
        update(high, low, close, volume);
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
        ad = 0;
        value = Double.NaN;
    }
}
