package dev.artificer.component.indicators;

/**
 * Parabolic stop-and-reverse (TA-Lib SAR): a trailing stop that accelerates toward the extreme point of
 * the trend and flips side when the price crosses it.
 *
 * <p>Lookback 1. The first direction is TA-Lib's: short when the second bar's -DM (drop of the low) is
 * positive, long otherwise. TA-Lib's operations, bit for bit.
 */
public final class ParabolicSar implements ScalarIndicator {

    private final double acceleration;
    private final double maximum;
    private int count;
    private boolean isLong;
    private double factor;
    private double extreme;
    private double sar;
    private double newHigh;
    private double newLow;
    private double value = Double.NaN;

    /**
     * A streaming parabolic SAR.
     *
     * @param acceleration the acceleration factor step, 0 to 3e37 (TA-Lib's default 0.02); capped at
     *                     {@code maximum}
     * @param maximum      the largest acceleration factor, 0 to 3e37 (TA-Lib's default 0.2)
     * @throws IllegalArgumentException when a parameter is out of range
     */
    public ParabolicSar(double acceleration, double maximum) {
        Check.real("acceleration", acceleration, 0, 3e37);
        this.maximum = Check.real("maximum", maximum, 0, 3e37);
        this.acceleration = Math.min(acceleration, maximum);
    }

    /**
     * The number of leading NaN outputs.
     *
     * @param acceleration the acceleration factor step
     * @param maximum      the largest acceleration factor
     * @return 1
     */
    public static int lookback(double acceleration, double maximum) {
        Check.real("acceleration", acceleration, 0, 3e37);
        Check.real("maximum", maximum, 0, 3e37);
        return 1;
    }

    /**
     * Computes the SAR of a whole series.
     *
     * @param high         highs
     * @param low          lows
     * @param acceleration the acceleration factor step
     * @param maximum      the largest acceleration factor
     * @return a new array aligned with the inputs
     */
    public static double[] compute(double[] high, double[] low, double acceleration, double maximum) {
        double[] out = new double[Check.length("high", high)];
        compute(high, low, acceleration, maximum, out);
        return out;
    }

    /**
     * Computes the SAR of a whole series into {@code out}.
     *
     * @param high         highs
     * @param low          lows
     * @param acceleration the acceleration factor step
     * @param maximum      the largest acceleration factor
     * @param out          receives the SAR at the input's indices
     */
    public static void compute(double[] high, double[] low, double acceleration, double maximum, double[] out) {
        Batch.highLow(new ParabolicSar(acceleration, maximum)::update, high, low, out);
    }

    /**
     * Feeds the next bar.
     *
     * @param high the bar's high
     * @param low  the bar's low
     * @return the SAR for this bar, NaN for the first bar and at a gap
     */
    public double update(double high, double low) {
        if (Gaps.isGap(high, low)) {
            reset();
            return value;
        }
        if (count++ == 0) {
            newHigh = high;
            newLow = low;
            return value;
        }
        if (count == 2) {
            start(high, low);
        }
        value = step(high, low);
        return value;
    }

    /** TA-Lib's start on the second bar: direction from -DM, stop at the first bar's extreme. */
    private void start(double high, double low) {
        double up = high - newHigh;
        double down = newLow - low;
        isLong = !(down > 0 && up < down);
        factor = acceleration;
        if (isLong) {
            extreme = high;
            sar = newLow;
        } else {
            extreme = low;
            sar = newHigh;
        }
        newLow = low;
        newHigh = high;
    }

    private double step(double high, double low) {
        double prevLow = newLow;
        double prevHigh = newHigh;
        newLow = low;
        newHigh = high;
        double output;
        if (isLong) {
            if (newLow <= sar) {
                isLong = false;
                sar = Math.max(Math.max(extreme, prevHigh), newHigh);
                output = sar;
                factor = acceleration;
                extreme = newLow;
                sar = sar + factor * (extreme - sar);
                sar = Math.max(Math.max(sar, prevHigh), newHigh);
            } else {
                output = sar;
                if (newHigh > extreme) {
                    extreme = newHigh;
                    factor = Math.min(factor + acceleration, maximum);
                }
                sar = sar + factor * (extreme - sar);
                sar = Math.min(Math.min(sar, prevLow), newLow);
            }
        } else if (newHigh >= sar) {
            isLong = true;
            sar = Math.min(Math.min(extreme, prevLow), newLow);
            output = sar;
            factor = acceleration;
            extreme = newHigh;
            sar = sar + factor * (extreme - sar);
            sar = Math.min(Math.min(sar, prevLow), newLow);
        } else {
            output = sar;
            if (newLow < extreme) {
                extreme = newLow;
                factor = Math.min(factor + acceleration, maximum);
            }
            sar = sar + factor * (extreme - sar);
            sar = Math.max(Math.max(sar, prevHigh), newHigh);
        }
        return output;
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
        count = 0;
        value = Double.NaN;
    }
}
