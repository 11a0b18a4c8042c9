package dev.artificer.component.indicators;

/**
 * Percentage price oscillator (TA-Lib PPO): {@code 100 * (fast - slow) / slow} of two moving averages.
 *
 * <p>Lookback: that of the moving average over the longer period. As in TA-Lib, the periods are swapped
 * when {@code slow < fast}, and each average starts at the first bar, bit for bit. The zero test on the slow average is exact instead of TA-Lib's absolute {@code 1e-8}.
 */
public final class Ppo extends PriceOscillator {

    /**
     * A streaming PPO.
     *
     * @param fast the fast period, 2 to 100000 (TA-Lib's default 12)
     * @param slow the slow period, 2 to 100000 (default 26)
     * @param type the moving average (TA-Lib's default SMA)
     * @throws IllegalArgumentException when a period is out of range
     */
    public Ppo(int fast, int slow, MovingAverageType type) {
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
     * Computes the PPO of a whole series.
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
     * Computes the PPO of a whole series into {@code out}.
     *
     * @param values the input series
     * @param fast   the fast period
     * @param slow   the slow period
     * @param type   the moving average
     * @param out    receives the values at the input's indices
     */
    public static void compute(double[] values, int fast, int slow, MovingAverageType type, double[] out) {
        Batch.series(new Ppo(fast, slow, type), values, out);
    }

    @Override
    double combine(double fast, double slow) {
        return slow != 0.0 ? ((fast - slow) / slow) * 100.0 : 0.0;
    }
}
