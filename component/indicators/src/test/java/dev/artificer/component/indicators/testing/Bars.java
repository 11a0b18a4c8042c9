package dev.artificer.component.indicators.testing;

import dev.artificer.component.indicators.catalog.PriceSeries;
import java.util.Arrays;
import java.util.Random;

/**
 * Synthetic OHLCV bars for tests: seeded random walks and edge cases.
 *
 * @param name   what the data is, for test names
 * @param time   bar start times, one-minute bars of 390-bar sessions starting 14:30 UTC
 * @param open   opening prices
 * @param high   highest prices
 * @param low    lowest prices
 * @param close  closing prices
 * @param volume volumes (whole numbers)
 */
public record Bars(String name, long[] time, double[] open, double[] high, double[] low, double[] close,
                   double[] volume) {

    private static final long FIRST_SESSION = 1_704_205_800_000L; // 2024-01-02T14:30:00Z
    private static final long DAY = 86_400_000L;
    private static final int SESSION_BARS = 390;

    /**
     * A geometric random walk with 1% daily-like steps, realistic highs and lows, and random volumes.
     *
     * @param seed   random seed
     * @param length number of bars
     * @param start  first price
     * @return the bars
     */
    public static Bars randomWalk(long seed, int length, double start) {
        Random random = new Random(seed);
        Bars bars = empty("random walk of " + length + " bars from " + start, length);
        double close = start;
        for (int i = 0; i < length; i++) {
            double previous = close;
            close = previous * Math.exp(0.01 * random.nextGaussian());
            double open = previous * Math.exp(0.002 * random.nextGaussian());
            bars.open[i] = open;
            bars.close[i] = close;
            bars.high[i] = Math.max(open, close) * (1 + 0.004 * Math.abs(random.nextGaussian()));
            bars.low[i] = Math.min(open, close) * (1 - 0.004 * Math.abs(random.nextGaussian()));
            bars.volume[i] = Math.round(1_000 + 99_000 * random.nextDouble());
        }
        return bars;
    }

    /**
     * A random walk rounded to whole cents, so that equal highs, lows and closes are frequent (ties).
     *
     * @param seed   random seed
     * @param length number of bars
     * @return the bars
     */
    public static Bars cents(long seed, int length) {
        Bars walk = randomWalk(seed, length, 20);
        Bars bars = empty("random walk in cents of " + length + " bars", length);
        for (int i = 0; i < length; i++) {
            bars.open[i] = Math.round(walk.open[i] * 100) / 100.0;
            bars.close[i] = Math.round(walk.close[i] * 100) / 100.0;
            bars.high[i] = Math.max(Math.round(walk.high[i] * 100) / 100.0, Math.max(bars.open[i], bars.close[i]));
            bars.low[i] = Math.min(Math.round(walk.low[i] * 100) / 100.0, Math.min(bars.open[i], bars.close[i]));
            bars.volume[i] = walk.volume[i];
        }
        return bars;
    }

    /**
     * Bars whose prices never move.
     *
     * @param length number of bars
     * @param price  the price of every field
     * @return the bars
     */
    public static Bars constant(int length, double price) {
        Bars bars = empty("constant " + price + " for " + length + " bars", length);
        Arrays.fill(bars.open, price);
        Arrays.fill(bars.high, price);
        Arrays.fill(bars.low, price);
        Arrays.fill(bars.close, price);
        Arrays.fill(bars.volume, 5_000);
        return bars;
    }

    /**
     * A random walk around {@code start} followed by a flat run: every price of every later bar equals the
     * walk's last close (volumes stay random). Wilder-smoothed averages decay through the flat run without
     * ever reaching zero, and running sums keep their rounding residue, so this is where zero tests differ.
     *
     * @param seed  random seed
     * @param trend number of random-walk bars
     * @param flat  number of flat bars after them
     * @param start first price
     * @return the bars
     */
    public static Bars trendThenFlat(long seed, int trend, int flat, double start) {
        Bars walk = randomWalk(seed, trend + flat, start);
        Bars bars = walk.copy(trend + " bars of random walk from " + start + ", then " + flat + " flat bars");
        double last = walk.close[trend - 1];
        for (int i = trend; i < trend + flat; i++) {
            bars.open[i] = last;
            bars.high[i] = last;
            bars.low[i] = last;
            bars.close[i] = last;
        }
        return bars;
    }

    /**
     * A random walk with a price jump every {@code every} bars, alternately times and divided by {@code factor}.
     *
     * @param seed   random seed
     * @param length number of bars
     * @param every  bars between jumps
     * @param factor size of each jump
     * @return the bars
     */
    public static Bars withJumps(long seed, int length, int every, double factor) {
        Bars bars = randomWalk(seed, length, 100).named("random walk with x" + factor + " jumps every " + every + " bars");
        double scale = 1;
        for (int i = 0; i < length; i++) {
            if (i > 0 && i % every == 0) {
                scale = scale == 1 ? factor : 1;
            }
            bars.open[i] *= scale;
            bars.high[i] *= scale;
            bars.low[i] *= scale;
            bars.close[i] *= scale;
        }
        return bars;
    }

    /**
     * These bars with all prices multiplied by a factor.
     *
     * @param factor the multiplier
     * @return new bars
     */
    public Bars scaled(double factor) {
        Bars bars = copy(name + " scaled by " + factor);
        for (int i = 0; i < length(); i++) {
            bars.open[i] *= factor;
            bars.high[i] *= factor;
            bars.low[i] *= factor;
            bars.close[i] *= factor;
        }
        return bars;
    }

    /**
     * These bars with every field of the given bars set to NaN (gaps).
     *
     * @param indices the bars to blank
     * @return new bars
     */
    public Bars withGaps(int... indices) {
        Bars bars = copy(name + " with gaps at " + Arrays.toString(indices));
        for (int i : indices) {
            bars.open[i] = Double.NaN;
            bars.high[i] = Double.NaN;
            bars.low[i] = Double.NaN;
            bars.close[i] = Double.NaN;
            bars.volume[i] = Double.NaN;
        }
        return bars;
    }

    /**
     * The bars {@code [from, to)}.
     *
     * @param from first bar
     * @param to   end (exclusive)
     * @return new bars
     */
    public Bars slice(int from, int to) {
        return new Bars(name + " [" + from + ", " + to + ")", Arrays.copyOfRange(time, from, to),
                Arrays.copyOfRange(open, from, to), Arrays.copyOfRange(high, from, to),
                Arrays.copyOfRange(low, from, to), Arrays.copyOfRange(close, from, to),
                Arrays.copyOfRange(volume, from, to));
    }

    /**
     * The same bars under another name.
     *
     * @param newName the name
     * @return new bars
     */
    public Bars named(String newName) {
        return new Bars(newName, time, open, high, low, close, volume);
    }

    /**
     * The number of bars.
     *
     * @return the length
     */
    public int length() {
        return close.length;
    }

    /**
     * The bars as catalogue input.
     *
     * @return a price series with all columns
     */
    public PriceSeries series() {
        return new PriceSeries(time, open, high, low, close, volume);
    }

    @Override
    public String toString() {
        return name;
    }

    private Bars copy(String newName) {
        return new Bars(newName, time.clone(), open.clone(), high.clone(), low.clone(), close.clone(), volume.clone());
    }

    private static Bars empty(String name, int length) {
        long[] time = new long[length];
        for (int i = 0; i < length; i++) {
            time[i] = FIRST_SESSION + (i / SESSION_BARS) * DAY + (i % SESSION_BARS) * 60_000L;
        }
        return new Bars(name, time, new double[length], new double[length], new double[length], new double[length],
                new double[length]);
    }
}
