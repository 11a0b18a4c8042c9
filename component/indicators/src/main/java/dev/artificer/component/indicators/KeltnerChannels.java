package dev.artificer.component.indicators;

/**
 * Keltner channels: an {@link Ema} of the close (middle) plus and minus a multiple of the {@link Atr}.
 *
 * <p>Outputs, in order: upper (0), middle (1), lower (2). Lookback {@code max(period - 1, atrPeriod)}. Not a
 * TA-Lib function.
 */
public final class KeltnerChannels extends ThreeLineIndicator implements Indicator {

    private final Ema average;
    private final Atr range;
    private final double multiplier;

    /**
     * Streaming Keltner channels.
     *
     * @param period     the EMA period, 2 to 100000 (20 is usual)
     * @param multiplier ATRs between the middle and each channel, 0 to 1000 (2 is usual)
     * @param atrPeriod  the ATR period, 1 to 100000 (10 is usual)
     * @throws IllegalArgumentException when a parameter is out of range
     */
    public KeltnerChannels(int period, double multiplier, int atrPeriod) {
        this.average = new Ema(period);
        this.multiplier = Check.real("multiplier", multiplier, 0, 1000);
        this.range = new Atr(atrPeriod);
    }

    /**
     * The number of leading NaN outputs.
     *
     * @param period    the EMA period, 2 to 100000
     * @param atrPeriod the ATR period, 1 to 100000
     * @return {@code max(period - 1, atrPeriod)}
     */
    public static int lookback(int period, int atrPeriod) {
        return Math.max(Ema.lookback(period), Atr.lookback(atrPeriod));
    }

    /**
     * Computes the channels of a whole series.
     *
     * @param high       highs
     * @param low        lows
     * @param close      closes
     * @param period     the EMA period
     * @param multiplier ATRs between the middle and each channel
     * @param atrPeriod  the ATR period
     * @return new arrays aligned with the inputs
     */
    public static Bands compute(double[] high, double[] low, double[] close, int period, double multiplier,
                                int atrPeriod) {
        Bands bands = Bands.ofLength(Check.length("high", high));
        compute(high, low, close, period, multiplier, atrPeriod, bands.upper(), bands.middle(), bands.lower());
        return bands;
    }

    /**
     * Computes the channels of a whole series into caller-supplied arrays.
     *
     * @param high       highs
     * @param low        lows
     * @param close      closes
     * @param period     the EMA period
     * @param multiplier ATRs between the middle and each channel
     * @param atrPeriod  the ATR period
     * @param upper      receives the upper channel
     * @param middle     receives the EMA
     * @param lower      receives the lower channel
     */
    public static void compute(double[] high, double[] low, double[] close, int period, double multiplier,
                               int atrPeriod, double[] upper, double[] middle, double[] lower) {
        KeltnerChannels channels = new KeltnerChannels(period, multiplier, atrPeriod);
        int n = Check.inputs("high, low and close", high, low, close);
        Check.output("upper", upper, n);
        Check.output("middle", middle, n);
        Check.output("lower", lower, n);
        for (int i = 0; i < n; i++) {
            middle[i] = channels.update(high[i], low[i], close[i]);
            upper[i] = channels.upper();
            lower[i] = channels.lower();
        }
    }

    /**
     * Feeds the next bar.
     *
     * @param high  the bar's high
     * @param low   the bar's low
     * @param close the bar's close
     * @return the middle line, NaN during warm-up or at a gap
     */
    public double update(double high, double low, double close) {
        double mean = average.update(close);
        double width = range.update(high, low, close);
        if (Double.isNaN(mean) || Double.isNaN(width)) {
            return clearLines();
        }
        return publish(mean + multiplier * width, mean, mean - multiplier * width);
    }

    /**
     * Feeds the bar's high, low and close to {@link #update(double, double, double)}; the other fields are not
     * read.
     */
    @Override
    public void update(long time, double open, double high, double low, double close, double volume) {
        update(high, low, close);
    }

    /** Forgets every bar seen so far, as if newly constructed. */
    @Override
    public void reset() {
        average.reset();
        range.reset();
        clearLines();
    }
}
