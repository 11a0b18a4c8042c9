package dev.artificer.component.indicators;

/**
 * Bollinger bands (TA-Lib BBANDS): a moving average of the close plus and minus a multiple of the
 * population standard deviation over the same window.
 *
 * <p>Outputs, in order: upper (0), middle (1), lower (2). Lookback: that of the moving average
 * ({@code period - 1} for the default SMA). With the SMA, the deviation is computed from the SMA itself
 * and one pass computes everything; TA-Lib's operations are repeated bit for bit except the zero test of
 * the variance, which is relative to the prices instead of TA-Lib's absolute {@code 1e-8} (see
 * {@link StandardDeviation}), so that bands of low-priced instruments do not collapse onto the middle.
 */
public final class BollingerBands extends ThreeLineIndicator implements SeriesIndicator {

    private final int period;
    private final double deviationsUp;
    private final double deviationsDown;
    private final SeriesIndicator average;
    private final Window window;
    private final Variance variance;
    private double sumOfSquares;

    /**
     * Streaming Bollinger bands.
     *
     * @param period         the window length, 2 to 100000 (TA-Lib's default is 5, common use 20)
     * @param deviationsUp   deviations above the middle, between -3e37 and 3e37
     * @param deviationsDown deviations below the middle, between -3e37 and 3e37
     * @param type           the moving average of the middle band
     * @throws IllegalArgumentException when a parameter is out of range
     */
    public BollingerBands(int period, double deviationsUp, double deviationsDown, MovingAverageType type) {
        this.period = checkPeriod(period);
        this.deviationsUp = Check.real("deviationsUp", deviationsUp, -3e37, 3e37);
        this.deviationsDown = Check.real("deviationsDown", deviationsDown, -3e37, 3e37);
        this.average = type.create(period);
        boolean sma = type == MovingAverageType.SMA;
        this.window = sma ? new Window(period) : null;
        this.variance = sma ? null : new Variance(period);
    }

    private static int checkPeriod(int period) {
        return Check.period("period", period, 2);
    }

    /**
     * The number of leading NaN outputs.
     *
     * @param period the window length, 2 to 100000
     * @param type   the moving average of the middle band
     * @return the moving average's lookback
     */
    public static int lookback(int period, MovingAverageType type) {
        return type.lookback(checkPeriod(period));
    }

    /**
     * Computes the bands of a whole series.
     *
     * @param values         the input series, usually closes
     * @param period         the window length, 2 to 100000
     * @param deviationsUp   deviations above the middle
     * @param deviationsDown deviations below the middle
     * @param type           the moving average of the middle band
     * @return new arrays aligned with {@code values}
     */
    public static Bands compute(double[] values, int period, double deviationsUp, double deviationsDown,
                                MovingAverageType type) {
        Bands bands = Bands.ofLength(Check.length("values", values));
        compute(values, period, deviationsUp, deviationsDown, type, bands.upper(), bands.middle(), bands.lower());
        return bands;
    }

    /**
     * Computes the bands of a whole series into caller-supplied arrays.
     *
     * @param values         the input series, usually closes
     * @param period         the window length, 2 to 100000
     * @param deviationsUp   deviations above the middle
     * @param deviationsDown deviations below the middle
     * @param type           the moving average of the middle band
     * @param upper          receives the upper band
     * @param middle         receives the middle band
     * @param lower          receives the lower band
     */
    public static void compute(double[] values, int period, double deviationsUp, double deviationsDown,
                               MovingAverageType type, double[] upper, double[] middle, double[] lower) {
        checkPeriod(period);
        Check.real("deviationsUp", deviationsUp, -3e37, 3e37);
        Check.real("deviationsDown", deviationsDown, -3e37, 3e37);
        int n = Check.inputs("values", values);
        Check.output("upper", upper, n);
        Check.output("middle", middle, n);
        Check.output("lower", lower, n);
        if (type == MovingAverageType.SMA) {
            int i = 0;
            while (i < n) {
                i = run(values, i, n, period, deviationsUp, deviationsDown, upper, middle, lower) + 1;
            }
        } else {
            type.compute(values, period, middle);
            StandardDeviation.compute(values, period, 1.0, upper);
            for (int i = 0; i < n; i++) {
                double deviation = upper[i];
                upper[i] = middle[i] + deviation * deviationsUp;
                lower[i] = middle[i] - deviation * deviationsDown;
            }
        }
    }

    /** One pass with the SMA, from {@code from} to the first gap; returns the gap index or {@code n}. */
    private static int run(double[] in, int from, int n, int period, double up, double down,
                           double[] upper, double[] middle, double[] lower) {
        int first = from + period - 1;
        int gap = Gaps.find(in, from, Math.min(n, first + 1));
        if (gap <= first) {
            return Gaps.stop(upper, middle, lower, from, gap, n);
        }
        Gaps.nan(upper, from, first);
        Gaps.nan(middle, from, first);
        Gaps.nan(lower, from, first);
        double sum = 0;
        double sumOfSquares = 0;
        for (int i = from; i < first; i++) {
            double x = in[i];
            sum += x;
            sumOfSquares += x * x;
        }
        for (int i = first; i < n; i++) {
            double x = in[i];
            if (Gaps.isGap(x)) {
                upper[i] = Double.NaN;
                middle[i] = Double.NaN;
                lower[i] = Double.NaN;
                return i;
            }
            double leaving = in[i - period + 1];
            sum += x;
            double mean = sum / period;
            sum -= leaving;
            sumOfSquares += x * x;
            double meanOfSquares = sumOfSquares / period;
            sumOfSquares -= leaving * leaving;
            double deviation = Math.sqrt(Variance.of(meanOfSquares, mean));
            middle[i] = mean;
            upper[i] = mean + deviation * up;
            lower[i] = mean - deviation * down;
        }
        return n;
    }

    /**
     * Feeds the next value.
     *
     * @param x the next input, usually the close
     * @return the middle band, NaN during warm-up or at a gap
     */
    @Override
    public double update(double x) {
        double mean = average.update(x);
        double deviation = window == null ? variance.update(x) : smaVariance(x, mean);
        if (Double.isNaN(mean) || Double.isNaN(deviation)) {
            return clearLines();
        }
        deviation = Math.sqrt(deviation);
        return publish(mean + deviation * deviationsUp, mean, mean - deviation * deviationsDown);
    }

    /** The variance around the SMA {@code mean}, from the running sum of squares, as TA-Lib computes it. */
    private double smaVariance(double x, double mean) {
        if (Gaps.isGap(x)) {
            window.clear();
            sumOfSquares = 0;
            return Double.NaN;
        }
        window.add(x);
        sumOfSquares += x * x;
        if (window.size() < period) {
            return Double.NaN;
        }
        double meanOfSquares = sumOfSquares / period;
        double leaving = window.oldest();
        sumOfSquares -= leaving * leaving;
        return Variance.of(meanOfSquares, mean);
    }

    /**
     * The current middle band.
     *
     * @return the moving average, NaN during warm-up or at a gap
     */
    @Override
    public double value() {
        return middle();
    }

    /** Forgets every bar seen so far, as if newly constructed. */
    @Override
    public void reset() {
        average.reset();
        if (window != null) {
            window.clear();
        }
        if (variance != null) {
            variance.reset();
        }
        sumOfSquares = 0;
        clearLines();
    }
}
