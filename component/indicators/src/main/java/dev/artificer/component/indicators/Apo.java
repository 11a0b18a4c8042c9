package dev.artificer.component.indicators;

/**
 * Absolute price oscillator (TA-Lib APO): fast moving average minus slow moving average.
 *
 * <p>Lookback: that of the moving average over the longer period. As in TA-Lib, the periods are swapped
 * when {@code slow < fast}, and each average starts at the first bar, bit for bit.
 */
public final class Apo extends PriceOscillator {

    /**
     * A streaming APO.
     *
     * @param fast the fast period, 2 to 100000 (TA-Lib's default 12)
     * @param slow the slow period, 2 to 100000 (default 26)
     * @param type the moving average (TA-Lib's default SMA)
     * @throws IllegalArgumentException when a period is out of range
     */
    public Apo(int fast, int slow, MovingAverageType type) {
        super(fast, slow, type);
    }

    /**
     * The number of leading NaN outputs.
     *
     * @param fast the fast period, 2 to 100000
     * @param slow the slow period, 2 to 100000
     * @param type the moving average
     * @return the lookback of the slower average
     */
    public static int lookback(int fast, int slow, MovingAverageType type) {
        check(fast, slow);
        return type.lookback(Math.max(fast, slow));
    }

    /**
     * Computes the APO of a whole series.
     *
     * @param values the input series
     * @param fast   the fast period
     * @param slow   the slow period
     * @param type   the moving average
     * @return a new array aligned with {@code values}
     */
    public static double[] compute(double[] values, int fast, int slow, MovingAverageType type) {
        double[] out = new double[Check.length("values", values)];
        compute(values, fast, slow, type, out);
        return out;
    }

    /**
     * Computes the APO of a whole series into {@code out}.
     *
     * @param values the input series
     * @param fast   the fast period
     * @param slow   the slow period
     * @param type   the moving average
     * @param out    receives the values at the input's indices
     */
    public static void compute(double[] values, int fast, int slow, MovingAverageType type, double[] out) {
        Batch.series(new Apo(fast, slow, type), values, out);
    }

    @Override
    double combine(double fast, double slow) {
        return fast - slow;
    }
}
