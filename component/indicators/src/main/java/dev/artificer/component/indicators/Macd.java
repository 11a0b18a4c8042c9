package dev.artificer.component.indicators;

/**
 * Moving average convergence/divergence (TA-Lib MACD): fast EMA minus slow EMA, its signal EMA and the
 * histogram between them.
 *
 * <p>Outputs, in order: macd (0), signal (1), histogram (2); all start at lookback
 * {@code (slow - 1) + (signal - 1)}. As in TA-Lib, the periods are swapped when {@code slow < fast}, and
 * the fast EMA starts where the slow one does: its seed is the mean of the {@code fast} values ending at
 * bar {@code slow - 1}, so this is not {@code EMA(fast) - EMA(slow)} each computed from bar 0. TA-Lib's
 * operations, bit for bit, in one pass instead of TA-Lib's three.
 */
public final class Macd implements SeriesIndicator {

    private final int fast;
    private final int slow;
    private final Ema fastEma;
    private final Ema slowEma;
    private final Ema signalEma;
    private int count;
    private double macd = Double.NaN;
    private double signal = Double.NaN;
    private double histogram = Double.NaN;

    /**
     * A streaming MACD.
     *
     * @param fast   the fast EMA period, 2 to 100000 (12 is usual)
     * @param slow   the slow EMA period, 2 to 100000 (26 is usual)
     * @param signal the signal EMA period, 2 to 100000 (9 is usual)
     * @throws IllegalArgumentException when a period is out of range
     */
    public Macd(int fast, int slow, int signal) {
        check(fast, slow, signal);
        this.fast = Math.min(fast, slow);
        this.slow = Math.max(fast, slow);
        this.fastEma = new Ema(this.fast, true);
        this.slowEma = new Ema(this.slow, true);
        this.signalEma = new Ema(signal, true);
    }

    private static void check(int fast, int slow, int signal) {
        Check.period("fast", fast, 2);
        Check.period("slow", slow, 2);
        Check.period("signal", signal, 2);
    }

    /**
     * The number of leading NaN outputs.
     *
     * @param fast   the fast EMA period, 2 to 100000
     * @param slow   the slow EMA period, 2 to 100000
     * @param signal the signal EMA period, 2 to 100000
     * @return {@code (max(fast, slow) - 1) + (signal - 1)}
     */
    public static int lookback(int fast, int slow, int signal) {
        check(fast, slow, signal);
        return Math.max(fast, slow) - 1 + signal - 1;
    }

    /**
     * Computes MACD over a whole series.
     *
     * @param values the input series, usually closes
     * @param fast   the fast EMA period
     * @param slow   the slow EMA period
     * @param signal the signal EMA period
     * @return new arrays aligned with {@code values}
     */
    public static MacdLines compute(double[] values, int fast, int slow, int signal) {
        int n = Check.length("values", values);
        MacdLines lines = new MacdLines(new double[n], new double[n], new double[n]);
        compute(values, fast, slow, signal, lines.macd(), lines.signal(), lines.histogram());
        return lines;
    }

    /**
     * Computes MACD over a whole series into caller-supplied arrays.
     *
     * @param values    the input series, usually closes
     * @param fast      the fast EMA period
     * @param slow      the slow EMA period
     * @param signal    the signal EMA period
     * @param macd      receives the MACD line
     * @param signals   receives the signal line
     * @param histogram receives the histogram
     */
    public static void compute(double[] values, int fast, int slow, int signal,
                               double[] macd, double[] signals, double[] histogram) {
        check(fast, slow, signal);
        int n = Check.inputs("values", values);
        Check.output("macd", macd, n);
        Check.output("signals", signals, n);
        Check.output("histogram", histogram, n);
        int shortPeriod = Math.min(fast, slow);
        int longPeriod = Math.max(fast, slow);
        int i = 0;
        while (i < n) {
            i = run(values, i, n, shortPeriod, longPeriod, signal, macd, signals, histogram) + 1;
        }
    }

    private static int run(double[] in, int from, int n, int fast, int slow, int signal,
                           double[] macd, double[] signals, double[] histogram) {
        int start = from + slow - 1;
        int first = start + signal - 1;
        int gap = Gaps.find(in, from, Math.min(n, first + 1));
        if (gap <= first) {
            return Gaps.stop(macd, signals, histogram, from, gap, n);
        }
        Gaps.nan(macd, from, first);
        Gaps.nan(signals, from, first);
        Gaps.nan(histogram, from, first);
        double kSlow = Ema.smoothing(slow);
        double kFast = Ema.smoothing(fast);
        double kSignal = Ema.smoothing(signal);
        double slowEma = Ema.seed(in, from, slow);
        double fastEma = Ema.seed(in, start - fast + 1, fast);
        double sum = 0;
        for (int i = start; i <= first; i++) {
            if (i > start) {
                double x = in[i];
                slowEma = ((x - slowEma) * kSlow) + slowEma;
                fastEma = ((x - fastEma) * kFast) + fastEma;
            }
            sum += fastEma - slowEma;
        }
        double line = fastEma - slowEma;
        double signalEma = sum / signal;
        macd[first] = line;
        signals[first] = signalEma;
        histogram[first] = line - signalEma;
        for (int i = first + 1; i < n; i++) {
            double x = in[i];
            if (Gaps.isGap(x)) {
                macd[i] = Double.NaN;
                signals[i] = Double.NaN;
                histogram[i] = Double.NaN;
                return i;
            }
            slowEma = ((x - slowEma) * kSlow) + slowEma;
            fastEma = ((x - fastEma) * kFast) + fastEma;
            line = fastEma - slowEma;
            signalEma = ((line - signalEma) * kSignal) + signalEma;
            macd[i] = line;
            signals[i] = signalEma;
            histogram[i] = line - signalEma;
        }
        return n;
    }

    /**
     * Feeds the next value.
     *
     * @param x the next input, usually the close
     * @return the MACD line, NaN during warm-up or at a gap
     */
    @Override
    public double update(double x) {
        if (Gaps.isGap(x)) {
            reset();
            return macd;
        }
        double slowValue = slowEma.update(x);
        double fastValue = ++count > slow - fast ? fastEma.update(x) : Double.NaN;
        double signalValue = Double.isNaN(slowValue) ? Double.NaN : signalEma.update(fastValue - slowValue);
        if (Double.isNaN(signalValue)) {
            return macd;
        }
        macd = fastValue - slowValue;
        signal = signalValue;
        histogram = macd - signal;
        return macd;
    }

    /** The current value: NaN during warm-up or at a gap. */
    @Override
    public double value() {
        return macd;
    }

    /**
     * The current signal line.
     *
     * @return the EMA of the MACD line, NaN during warm-up or at a gap
     */
    public double signal() {
        return signal;
    }

    /**
     * The current histogram.
     *
     * @return MACD minus signal, NaN during warm-up or at a gap
     */
    public double histogram() {
        return histogram;
    }

    /** Outputs: 0 macd, 1 signal, 2 histogram. */
    @Override
    public double value(int output) {
        return switch (Check.outputIndex(output, 3)) {
            case 0 -> macd;
            case 1 -> signal;
            default -> histogram;
        };
    }

    /** Ready once the latest bar produced the outputs (they are numbers, not NaN). */
    @Override
    public boolean isReady() {
        return !Double.isNaN(macd);
    }

    /** Forgets every bar seen so far, as if newly constructed. */
    @Override
    public void reset() {
        fastEma.reset();
        slowEma.reset();
        signalEma.reset();
        count = 0;
        macd = Double.NaN;
        signal = Double.NaN;
        histogram = Double.NaN;
    }
}
