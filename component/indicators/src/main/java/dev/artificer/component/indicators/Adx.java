package dev.artificer.component.indicators;

/**
 * Average directional index (TA-Lib ADX): Wilder's smoothing of DX, seeded with the mean of the first
 * {@code period} DX values; trend strength from 0 to 100.
 *
 * <p>Lookback {@code 2 * period - 1}. As in TA-Lib, a bar with no range or no directional movement leaves
 * ADX unchanged. The Wilder smoothings use fused multiply-adds (see {@link Directional}); results agree with
 * TA-Lib to a few units in the last place, and the zero tests are those of {@link Directional}, not TA-Lib's
 * {@code 1e-8}.
 */
public final class Adx implements ScalarIndicator {

    private final int period;
    private final double keep;
    private final double inverse;
    private final Directional directional;
    private int seeded;
    private double sum;
    private double value = Double.NaN;

    /**
     * A streaming ADX.
     *
     * @param period the smoothing period, 2 to 100000 (14 is usual)
     * @throws IllegalArgumentException when the period is out of range
     */
    public Adx(int period) {
        this.period = Check.period("period", period, 2);
        this.keep = Directional.keep(period);
        this.inverse = 1.0 / period;
        this.directional = new Directional(period);
    }

    /**
     * The number of leading NaN outputs.
     *
     * @param period the smoothing period, 2 to 100000
     * @return {@code 2 * period - 1}
     */
    public static int lookback(int period) {
        return 2 * Check.period("period", period, 2) - 1;
    }

    /**
     * Computes the ADX of a whole series.
     *
     * @param high   highs
     * @param low    lows
     * @param close  closes
     * @param period the smoothing period, 2 to 100000
     * @return a new array aligned with the inputs
     */
    public static double[] compute(double[] high, double[] low, double[] close, int period) {
        double[] out = new double[Check.length("high", high)];
        compute(high, low, close, period, out);
        return out;
    }

    /**
     * Computes the ADX of a whole series into {@code out}.
     *
     * @param high   highs
     * @param low    lows
     * @param close  closes
     * @param period the smoothing period, 2 to 100000
     * @param out    receives the ADX at the input's indices
     */
    public static void compute(double[] high, double[] low, double[] close, int period, double[] out) {
        Check.period("period", period, 2);
        int n = Check.inputs("high, low and close", high, low, close);
        Check.output("out", out, n);
        int i = 0;
        while (i < n) {
            i = run(high, low, close, i, n, period, out) + 1;
        }
    }

    /** One pass from {@code from} to the first gap, mirroring {@link Directional}; returns the gap index. */
    private static int run(double[] high, double[] low, double[] close, int from, int n, int period, double[] out) {
        int first = from + 2 * period - 1;
        int gap = Gaps.find(high, low, close, from, Math.min(n, first + 1));
        if (gap <= first) {
            return Gaps.stop(out, from, gap, n);
        }
        Gaps.nan(out, from, first);
        double keep = Directional.keep(period);
        double inverse = 1.0 / period;
        double plus = 0;
        double minus = 0;
        double range = 0;
        for (int i = from + 1; i < from + period; i++) {
            double up = high[i] - high[i - 1];
            double down = low[i - 1] - low[i];
            plus += Directional.plusMove(up, down);
            minus += Directional.minusMove(up, down);
            range += TrueRange.of(high[i], low[i], close[i - 1]);
        }
        double sum = 0;
        for (int i = from + period; i <= first; i++) {
            double up = high[i] - high[i - 1];
            double down = low[i - 1] - low[i];
            plus = Math.fma(plus, keep, Directional.plusMove(up, down));
            minus = Math.fma(minus, keep, Directional.minusMove(up, down));
            range = Math.fma(range, keep, TrueRange.of(high[i], low[i], close[i - 1]));
            if (!Directional.noRange(range)) {
                double plusDi = 100.0 * (plus / range);
                double minusDi = 100.0 * (minus / range);
                if (plusDi + minusDi != 0) {
                    sum += Directional.of(minusDi, plusDi);
                }
            }
        }
        double adx = sum / period;
        out[first] = adx;
        for (int i = first + 1; i < n; i++) {
            double h = high[i];
            double l = low[i];
            double c = close[i];
            if (Gaps.isGap(h, l, c)) {
                out[i] = Double.NaN;
                return i;
            }
            double up = h - high[i - 1];
            double down = low[i - 1] - l;
            double plusMove = 0.0;
            double minusMove = 0.0;
            if (up > down) {
                plusMove = Math.max(up, 0.0);
            } else if (down > up) {
                minusMove = Math.max(down, 0.0);
            }
            plus = Math.fma(plus, keep, plusMove);
            minus = Math.fma(minus, keep, minusMove);
            range = Math.fma(range, keep, TrueRange.of(h, l, close[i - 1]));
            if (!Directional.noRange(range)) {
                double plusDi = 100.0 * (plus / range);
                double minusDi = 100.0 * (minus / range);
                if (plusDi + minusDi != 0) {
                    adx = Math.fma(adx, keep, Directional.of(minusDi, plusDi) * inverse);
                }
            }
            out[i] = adx;
        }
        return n;
    }

    /**
     * Feeds the next bar.
     *
     * @param high  the bar's high
     * @param low   the bar's low
     * @param close the bar's close
     * @return the ADX, NaN during warm-up or at a gap
     */
    public double update(double high, double low, double close) {
        if (Gaps.isGap(high, low, close)) {
            reset();
            return value;
        }
        if (!directional.update(high, low, close)) {
            return value;
        }
        if (seeded < period) {
            if (directional.hasIndex()) {
                sum += directional.index();
            }
            if (++seeded == period) {
                value = sum / period;
            }
        } else if (directional.hasIndex()) {
            value = Math.fma(value, keep, directional.index() * inverse);
        }
        return value;
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
        directional.clear();
        seeded = 0;
        sum = 0;
        value = Double.NaN;
    }
}
