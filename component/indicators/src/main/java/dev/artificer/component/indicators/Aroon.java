package dev.artificer.component.indicators;

/**
 * Aroon (TA-Lib AROON): {@code 100 * (period - bars since the extreme) / period} for the highest high (up)
 * and the lowest low (down) of the last {@code period + 1} bars; among equal extremes the latest counts.
 *
 * <p>Outputs, in TA-Lib's order: down (0), up (1). Lookback {@code period}. Streaming keeps the extremes in
 * monotonic queues; the batch form, for windows up to 32 bars, tracks them as TA-Lib does and rescans the
 * window when one leaves it (faster there; see {@link TrackedExtreme}).
 */
public final class Aroon implements Indicator {

    private final int period;
    private final double factor;
    private final RollingExtreme highest;
    private final RollingExtreme lowest;
    private double down = Double.NaN;
    private double up = Double.NaN;

    /**
     * A streaming Aroon.
     *
     * @param period the look-back length, 2 to 100000 (14 is usual)
     * @throws IllegalArgumentException when the period is out of range
     */
    public Aroon(int period) {
        this.period = Check.period("period", period, 2);
        this.factor = 100.0 / period;
        this.highest = new RollingExtreme(period + 1, true);
        this.lowest = new RollingExtreme(period + 1, false);
    }

    /**
     * The number of leading NaN outputs.
     *
     * @param period the look-back length, 2 to 100000
     * @return {@code period}
     */
    public static int lookback(int period) {
        return Check.period("period", period, 2);
    }

    /**
     * Computes Aroon over a whole series.
     *
     * @param high   highs
     * @param low    lows
     * @param period the look-back length, 2 to 100000
     * @return new arrays aligned with the inputs
     */
    public static AroonLines compute(double[] high, double[] low, int period) {
        int n = Check.length("high", high);
        AroonLines lines = new AroonLines(new double[n], new double[n]);
        compute(high, low, period, lines.down(), lines.up());
        return lines;
    }

    /**
     * Computes Aroon over a whole series into caller-supplied arrays.
     *
     * @param high    highs
     * @param low     lows
     * @param period  the look-back length, 2 to 100000
     * @param outDown receives Aroon down
     * @param outUp   receives Aroon up
     */
    public static void compute(double[] high, double[] low, int period, double[] outDown, double[] outUp) {
        Aroon aroon = new Aroon(period);
        int n = Check.inputs("high and low", high, low);
        Check.output("outDown", outDown, n);
        Check.output("outUp", outUp, n);
        if (TrackedExtreme.isShort(period + 1)) {
            int i = 0;
            while (i < n) {
                i = run(high, low, i, n, period, outDown, outUp) + 1;
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            outUp[i] = aroon.update(high[i], low[i]);
            outDown[i] = aroon.down;
        }
    }

    /**
     * The short-window kernel ({@link TrackedExtreme}) from {@code from} to the first gap; returns its index.
     * {@code outUp} may be null (AROONOSC); {@code outDown} then receives the oscillator.
     */
    static int run(double[] high, double[] low, int from, int n, int period, double[] outDown, double[] outUp) {
        int first = from + period;
        int gap = Gaps.find(high, low, from, Math.min(n, first + 1));
        if (gap <= first) {
            return outUp == null ? Gaps.stop(outDown, from, gap, n) : Gaps.stop(outDown, outUp, from, gap, n);
        }
        Gaps.nan(outDown, from, first);
        if (outUp != null) {
            Gaps.nan(outUp, from, first);
        }
        double factor = 100.0 / period;
        int highestAt = TrackedExtreme.latestMax(high, from, first);
        int lowestAt = TrackedExtreme.latestMin(low, from, first);
        double highest = high[highestAt];
        double lowest = low[lowestAt];
        for (int i = first; i < n; i++) {
            double h = high[i];
            double l = low[i];
            if (Gaps.isGap(h, l)) {
                outDown[i] = Double.NaN;
                if (outUp != null) {
                    outUp[i] = Double.NaN;
                }
                return i;
            }
            int trailing = i - period;
            if (highestAt < trailing) {
                highestAt = TrackedExtreme.latestMax(high, trailing, i);
                highest = high[highestAt];
            } else if (h >= highest) {
                highestAt = i;
                highest = h;
            }
            if (lowestAt < trailing) {
                lowestAt = TrackedExtreme.latestMin(low, trailing, i);
                lowest = low[lowestAt];
            } else if (l <= lowest) {
                lowestAt = i;
                lowest = l;
            }
            if (outUp == null) {
                outDown[i] = factor * (highestAt - lowestAt);
            } else {
                outUp[i] = factor * (period - (i - highestAt));
                outDown[i] = factor * (period - (i - lowestAt));
            }
        }
        return n;
    }

    /**
     * Feeds the next bar.
     *
     * @param high the bar's high
     * @param low  the bar's low
     * @return Aroon up, NaN during warm-up or at a gap
     */
    public double update(double high, double low) {
        if (Gaps.isGap(high, low)) {
            reset();
            return up;
        }
        highest.add(high);
        lowest.add(low);
        if (highest.isFull()) {
            up = factor * (period - highest.age());
            down = factor * (period - lowest.age());
        }
        return up;
    }

    /** Bars since the highest high minus bars since the lowest low, for AROONOSC (valid once full). */
    int spread() {
        return lowest.age() - highest.age();
    }

    /** Feeds the bar's high and low to {@link #update(double, double)}; the other fields are not read. */
    @Override
    public void update(long time, double open, double high, double low, double close, double volume) {
        update(high, low);
    }

    /**
     * The current Aroon down.
     *
     * @return Aroon down, NaN during warm-up or at a gap
     */
    public double down() {
        return down;
    }

    /**
     * The current Aroon up.
     *
     * @return Aroon up, NaN during warm-up or at a gap
     */
    public double up() {
        return up;
    }

    /** Outputs: 0 down, 1 up. */
    @Override
    public double value(int output) {
        return Check.outputIndex(output, 2) == 0 ? down : up;
    }

    /** Ready once the latest bar produced the outputs (they are numbers, not NaN). */
    @Override
    public boolean isReady() {
        return !Double.isNaN(up);
    }

    /** Forgets every bar seen so far, as if newly constructed. */
    @Override
    public void reset() {
        highest.clear();
        lowest.clear();
        down = Double.NaN;
        up = Double.NaN;
    }
}
