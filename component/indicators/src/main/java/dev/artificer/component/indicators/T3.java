package dev.artificer.component.indicators;

/**
 * Tillson's T3 (TA-Lib T3): six chained EMAs combined with coefficients from the volume factor.
 *
 * <p>Lookback {@code 6 * (period - 1)}; each EMA is seeded with the mean of the first {@code period}
 * values of the one before, as in TA-Lib, bit for bit.
 */
public final class T3 implements SeriesIndicator {

    private static final int LEVELS = 6;

    private final int period;
    private final double k;
    private final double oneMinusK;
    private final double c1;
    private final double c2;
    private final double c3;
    private final double c4;
    private final double[] e = new double[LEVELS];
    private int seeded;
    private int count;
    private double sum;
    private double value = Double.NaN;

    /**
     * A streaming T3.
     *
     * @param period       the EMA period, 2 to 100000
     * @param volumeFactor the volume factor, 0 to 1 (TA-Lib's default is 0.7)
     * @throws IllegalArgumentException when a parameter is out of range
     */
    public T3(int period, double volumeFactor) {
        this.period = Check.period("period", period, 2);
        Check.real("volumeFactor", volumeFactor, 0, 1);
        this.k = 2.0 / (period + 1.0);
        this.oneMinusK = 1.0 - k;
        double square = volumeFactor * volumeFactor;
        this.c1 = -(square * volumeFactor);
        this.c2 = 3.0 * (square - c1);
        this.c3 = -6.0 * square - 3.0 * (volumeFactor - c1);
        this.c4 = 1.0 + 3.0 * volumeFactor - c1 + 3.0 * square;
    }

    /**
     * The number of leading NaN outputs.
     *
     * @param period       the EMA period, 2 to 100000
     * @param volumeFactor the volume factor, 0 to 1
     * @return {@code 6 * (period - 1)}
     */
    public static int lookback(int period, double volumeFactor) {
        Check.real("volumeFactor", volumeFactor, 0, 1);
        return LEVELS * (Check.period("period", period, 2) - 1);
    }

    /**
     * Computes the T3 of a whole series.
     *
     * @param values       the input series
     * @param period       the EMA period, 2 to 100000
     * @param volumeFactor the volume factor, 0 to 1
     * @return a new array aligned with {@code values}
     */
    public static double[] compute(double[] values, int period, double volumeFactor) {
        double[] out = new double[Check.length("values", values)];
        compute(values, period, volumeFactor, out);
        return out;
    }

    /**
     * Computes the T3 of a whole series into {@code out}.
     *
     * @param values       the input series
     * @param period       the EMA period, 2 to 100000
     * @param volumeFactor the volume factor, 0 to 1
     * @param out          receives the T3 at the input's indices
     */
    public static void compute(double[] values, int period, double volumeFactor, double[] out) {
        Batch.series(new T3(period, volumeFactor), values, out);
    }

    /** Feeds the next value; returns the output after it, NaN during warm-up or at a gap. */
    @Override
    public double update(double x) {
        if (Gaps.isGap(x)) {
            reset();
            return value;
        }
        if (seeded == 0) {
            sum = count == 0 ? x : sum + x;
        } else {
            smooth(x, seeded);
            if (seeded < LEVELS) {
                sum += e[seeded - 1];
            }
        }
        if (seeded < LEVELS && ++count == period) {
            e[seeded] = sum / period;
            sum = e[seeded];
            count = 1;
            seeded++;
        }
        if (seeded == LEVELS) {
            value = c1 * e[5] + c2 * e[4] + c3 * e[3] + c4 * e[2];
        }
        return value;
    }

    /** Advances the first {@code levels} EMAs by one input. */
    private void smooth(double x, int levels) {
        double input = x;
        for (int level = 0; level < levels; level++) {
            e[level] = (k * input) + (oneMinusK * e[level]);
            input = e[level];
        }
    }

    /** The current value: NaN during warm-up or at a gap. */
    @Override
    public double value() {
        return value;
    }

    /** Forgets every bar seen so far, as if newly constructed. */
    @Override
    public void reset() {
        seeded = 0;
        count = 0;
        sum = 0;
        value = Double.NaN;
    }
}
