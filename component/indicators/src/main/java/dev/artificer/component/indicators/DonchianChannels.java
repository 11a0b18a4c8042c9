package dev.artificer.component.indicators;

/**
 * Donchian channels: the highest high (upper) and lowest low (lower) of the last {@code period} bars, and
 * their midpoint (middle).
 *
 * <p>Outputs, in order: upper (0), middle (1), lower (2). Lookback {@code period - 1}. Not a TA-Lib
 * function.
 */
public final class DonchianChannels extends ThreeLineIndicator implements Indicator {

    private final RollingExtreme highest;
    private final RollingExtreme lowest;

    /**
     * Streaming Donchian channels.
     *
     * @param period the window length, 1 to 100000 (20 is usual)
     * @throws IllegalArgumentException when the period is out of range
     */
    public DonchianChannels(int period) {
        Check.period("period", period, 1);
        this.highest = new RollingExtreme(period, true);
        this.lowest = new RollingExtreme(period, false);
    }

    /**
     * The number of leading NaN outputs.
     *
     * @param period the window length, 1 to 100000
     * @return {@code period - 1}
     */
    public static int lookback(int period) {
        return Check.period("period", period, 1) - 1;
    }

    /**
     * Computes the channels of a whole series.
     *
     * @param high   highs
     * @param low    lows
     * @param period the window length, 1 to 100000
     * @return new arrays aligned with the inputs
     */
    public static Bands compute(double[] high, double[] low, int period) {
        Bands bands = Bands.ofLength(Check.length("high", high));
        compute(high, low, period, bands.upper(), bands.middle(), bands.lower());
        return bands;
    }

    /**
     * Computes the channels of a whole series into caller-supplied arrays.
     *
     * @param high   highs
     * @param low    lows
     * @param period the window length, 1 to 100000
     * @param upper  receives the highest highs
     * @param middle receives the midpoints
     * @param lower  receives the lowest lows
     */
    public static void compute(double[] high, double[] low, int period, double[] upper, double[] middle,
                               double[] lower) {
        DonchianChannels channels = new DonchianChannels(period);
        int n = Check.inputs("high and low", high, low);
        Check.output("upper", upper, n);
        Check.output("middle", middle, n);
        Check.output("lower", lower, n);
        for (int i = 0; i < n; i++) {
            middle[i] = channels.update(high[i], low[i]);
            upper[i] = channels.upper();
            lower[i] = channels.lower();
        }
    }

    /**
     * Feeds the next bar.
     *
     * @param high the bar's high
     * @param low  the bar's low
     * @return the middle line, NaN during warm-up or at a gap
     */
    public double update(double high, double low) {
        if (Gaps.isGap(high, low)) {
            reset();
            return middle();
        }
        highest.add(high);
        lowest.add(low);
        if (highest.isFull()) {
            double upperLine = highest.value();
            double lowerLine = lowest.value();
            publish(upperLine, (upperLine + lowerLine) / 2.0, lowerLine);
        }
        return middle();
    }

    /** Feeds the bar's high and low to {@link #update(double, double)}; the other fields are not read. */
    @Override
    public void update(long time, double open, double high, double low, double close, double volume) {
        update(high, low);
    }

    /** Forgets every bar seen so far, as if newly constructed. */
    @Override
    public void reset() {
        highest.clear();
        lowest.clear();
        clearLines();
    }
}
