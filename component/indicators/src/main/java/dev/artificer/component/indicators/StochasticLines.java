package dev.artificer.component.indicators;

/**
 * The two aligned series of a stochastic oscillator (%K and %D), as returned by batch computations. The
 * arrays belong to the caller.
 *
 * @param k the %K line
 * @param d the %D line, a moving average of %K
 */
public record StochasticLines(double[] k, double[] d) {

    static StochasticLines ofLength(int length) {
        return new StochasticLines(new double[length], new double[length]);
    }
}
