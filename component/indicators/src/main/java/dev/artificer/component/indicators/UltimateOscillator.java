package dev.artificer.component.indicators;

import java.util.Arrays;

/**
 * Ultimate oscillator (TA-Lib ULTOSC): the weighted mean (4:2:1) of buying pressure over true range for a
 * short, a medium and a long window; from 0 to 100.
 *
 * <p>Lookback: the longest period. As in TA-Lib, the periods are sorted, so the shortest always weighs 4,
 * and a window whose true-range total is within TA-Lib's absolute {@code 1e-8} of 0 contributes nothing
 * (kept as in TA-Lib: the totals are running sums that can keep a rounding residue). TA-Lib 0.4.0 reads
 * outside its input when all periods are 1; this class requires periods of 2 or more.
 */
public final class UltimateOscillator implements ScalarIndicator {

    private static final double EPSILON = 1e-8;

    private final int[] periods;
    private final Window pressures;
    private final Window ranges;
    private final double[] pressureTotals = new double[3];
    private final double[] rangeTotals = new double[3];
    private boolean started;
    private double previousClose;
    private double value = Double.NaN;

    /**
     * A streaming ultimate oscillator.
     *
     * @param period1 one window length, 2 to 100000 (TA-Lib's default 7)
     * @param period2 another window length, 2 to 100000 (default 14)
     * @param period3 another window length, 2 to 100000 (default 28)
     * @throws IllegalArgumentException when a period is out of range
     */
    public UltimateOscillator(int period1, int period2, int period3) {
        this.periods = sorted(period1, period2, period3);
        this.pressures = new Window(periods[2]);
        this.ranges = new Window(periods[2]);
    }

    private static int[] sorted(int period1, int period2, int period3) {
        int[] periods = {
            Check.period("period1", period1, 2), Check.period("period2", period2, 2), Check.period("period3", period3, 2)
        };
        Arrays.sort(periods);
        return periods;
    }

    /**
     * The number of leading NaN outputs.
     *
     * @param period1 one window length
     * @param period2 another window length
     * @param period3 another window length
     * @return the longest period
     */
    public static int lookback(int period1, int period2, int period3) {
        return sorted(period1, period2, period3)[2];
    }

    /**
     * Computes the oscillator over a whole series.
     *
     * @param high    highs
     * @param low     lows
     * @param close   closes
     * @param period1 one window length
     * @param period2 another window length
     * @param period3 another window length
     * @return a new array aligned with the inputs
     */
    public static double[] compute(double[] high, double[] low, double[] close, int period1, int period2,
                                   int period3) {
        double[] out = new double[Check.length("high", high)];
        compute(high, low, close, period1, period2, period3, out);
        return out;
    }

    /**
     * Computes the oscillator over a whole series into {@code out}.
     *
     * @param high    highs
     * @param low     lows
     * @param close   closes
     * @param period1 one window length
     * @param period2 another window length
     * @param period3 another window length
     * @param out     receives the oscillator at the input's indices
     */
    public static void compute(double[] high, double[] low, double[] close, int period1, int period2, int period3,
                               double[] out) {
        Batch.highLowClose(new UltimateOscillator(period1, period2, period3)::update, high, low, close, out);
    }

    /**
     * Feeds the next bar.
     *
     * @param high  the bar's high
     * @param low   the bar's low
     * @param close the bar's close
     * @return the oscillator, NaN during warm-up or at a gap
     */
    public double update(double high, double low, double close) {
        if (Gaps.isGap(high, low, close)) {
            reset();
            return value;
        }
        if (!started) {
            started = true;
            previousClose = close;
            return value;
        }
        double trueLow = low < previousClose ? low : previousClose;
        double pressure = close - trueLow;
        double range = TrueRange.of(high, low, previousClose);
        previousClose = close;
        boolean firstOutput = pressures.size() == pressures.capacity() - 1;
        pressures.add(pressure);
        ranges.add(range);
        if (!pressures.isFull()) {
            return value;
        }
        if (firstOutput) {
            seed();
        }
        double output = 0.0;
        for (int k = 0; k < 3; k++) {
            pressureTotals[k] += pressure;
        }
        for (int k = 0; k < 3; k++) {
            rangeTotals[k] += range;
        }
        output += contribution(0, 4.0);
        output += contribution(1, 2.0);
        output += contribution(2, 1.0);
        value = 100.0 * (output / 7.0);
        for (int k = 0; k < 3; k++) {
            pressureTotals[k] -= pressures.ago(periods[k] - 1);
            rangeTotals[k] -= ranges.ago(periods[k] - 1);
        }
        return value;
    }

    /** TA-Lib's totals of the {@code period - 1} bars before the first output, oldest first. */
    private void seed() {
        for (int k = 0; k < 3; k++) {
            pressureTotals[k] = 0;
            rangeTotals[k] = 0;
            for (int age = periods[k] - 1; age >= 1; age--) {
                pressureTotals[k] += pressures.ago(age);
                rangeTotals[k] += ranges.ago(age);
            }
        }
    }

    private double contribution(int k, double weight) {
        double total = rangeTotals[k];
        if (-EPSILON < total && total < EPSILON) {
            return 0.0;
        }
        double ratio = pressureTotals[k] / total;
        return weight == 1.0 ? ratio : weight * ratio;
    }

    /**
     * Feeds the bar's high, low and close to {@link #update(double, double, double)}; the other fields are not
     * read.
     */
    @Override
    public void update(long time, double open, double high, double low, double close, double volume) {
        update(high, low, close);
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
        pressures.clear();
        ranges.clear();
        value = Double.NaN;
    }
}
