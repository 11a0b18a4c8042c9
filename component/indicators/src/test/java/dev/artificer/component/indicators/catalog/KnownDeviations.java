package dev.artificer.component.indicators.catalog;

import dev.artificer.component.indicators.testing.Agreement;
import dev.artificer.component.indicators.testing.Bars;
import java.util.Map;
import java.util.Set;

/**
 * The documented, deliberate differences from TA-Lib 0.4.0 (see the README), each accepted only in its
 * exact circumstances so that any other difference still fails the parity tests.
 */
final class KnownDeviations {

    /** TA-Lib zeroes these below its absolute 1e-8 epsilon; on prices around 1e-6 that is almost every bar. */
    static final Set<String> EPSILON_ON_TINY_PRICES = Set.of("rsi", "cmo", "stochrsi", "bop");
    /** The deviation TA-Lib zeroes: the square root of its absolute 1e-8 variance epsilon. */
    static final double TA_LIB_ZEROED_DEVIATION = 1e-4;
    /** VAR reports a variance at or below this fraction of the window's mean square as 0 (rounding noise). */
    static final double VARIANCE_NOISE = 1e-13;
    /** RSI values closer than this differ by rounding noise only (they are on a 0 to 100 scale). */
    static final double RSI_NOISE = 1e-9;

    private KnownDeviations() {
    }

    /**
     * Whether a difference at bar {@code i} of output {@code k} is a documented one.
     *
     * @param definition the indicator
     * @param parameters its parameters
     * @param bars       the input
     * @param expected   TA-Lib's aligned outputs
     * @param actual     this library's outputs
     * @param k          the output
     * @param i          the bar
     * @return true when the difference is accepted
     */
    static boolean accepted(IndicatorDefinition definition, Parameters parameters, Bars bars, double[][] expected,
                            double[][] actual, int k, int i) {
        return switch (definition.name()) {
            case "stddev" -> expected[0][i] == 0
                    && Math.abs(actual[0][i]) < TA_LIB_ZEROED_DEVIATION * Math.abs(parameters.real("deviations"));
            case "bbands" -> k != 1 && expected[k][i] == expected[1][i]
                    && Math.abs(actual[k][i] - actual[1][i]) < TA_LIB_ZEROED_DEVIATION
                            * Math.abs(parameters.real(k == 0 ? "devUp" : "devDown"));
            case "natr" -> parameters.integer("period") == 1 && actual[0][i] == (expected[0][i] / bars.close()[i]) * 100.0;
            case "rsi", "cmo" -> heldThroughFlatBar(expected[k], actual[k], i, bars.close());
            case "plus_di", "minus_di" -> heldThroughFlatBar(expected[k], actual[k], i, bars.close())
                    && bars.high()[i] == bars.high()[i - 1] && bars.low()[i] == bars.low()[i - 1];
            case "var" -> actual[0][i] == 0 && Math.abs(expected[0][i]) <= VARIANCE_NOISE
                    * meanSquare(bars.close(), i, parameters.integer("period"));
            case "stochrsi" -> stochRsiOfRoundingNoise(parameters, bars, expected, actual, k, i);
            default -> false;
        };
    }

    /**
     * TA-Lib's absolute 1e-8 zero test fired on a bar without change (so TA-Lib says 0), and this library
     * holds the value of the previous bar: in a flat run Wilder's averages all shrink by the same factor, so
     * their ratio does not change.
     */
    private static boolean heldThroughFlatBar(double[] expected, double[] actual, int i, double[] close) {
        return i > 0 && expected[i] == 0 && close[i] == close[i - 1] && Agreement.agree(actual[i - 1], actual[i]);
    }

    /** The mean of {@code x^2} over the window of {@code period} values ending at {@code i}. */
    private static double meanSquare(double[] x, int i, int period) {
        double sum = 0;
        for (int j = i - period + 1; j <= i; j++) {
            sum += x[j] * x[j];
        }
        return sum / period;
    }

    /**
     * STOCHRSI on a bar without change: this library's RSI keeps its value there (the exact ratio of two
     * averages that shrink by the same factor), TA-Lib's moves by rounding noise (less than
     * {@link #RSI_NOISE}), and %K amplifies that noise by {@code 100 / (highest - lowest)} of its window: the
     * difference is accepted up to that amplification of the noise (any difference in a window whose range is
     * itself noise). On bars with a change both RSIs are computed with the same operations, so %K at bar i is
     * judged over its window and %D over the %K values it averages.
     */
    private static boolean stochRsiOfRoundingNoise(Parameters parameters, Bars bars, double[][] expected,
                                                   double[][] actual, int k, int i) {
        int fastK = parameters.integer("fastK");
        int averaged = k == 0 ? 1 : parameters.integer("fastD");
        Parameters rsi = Catalog.standard().get("rsi").parameters(Map.of("period", parameters.asMap().get("period")));
        double[] taLibRsi = TaLibReference.compute("rsi", 1, bars, rsi)[0];
        double allowed = 0;
        boolean flat = false;
        for (int j = i - averaged + 1; j <= i; j++) {
            for (int m = j - fastK + 1; m <= j; m++) {
                flat |= m > 0 && bars.close()[m] == bars.close()[m - 1];
            }
            double range = range(taLibRsi, j - fastK + 1, j);
            allowed = Math.max(allowed, range > 4 * RSI_NOISE ? 400 * RSI_NOISE / range : Double.POSITIVE_INFINITY);
        }
        return flat && Math.abs(expected[k][i] - actual[k][i]) <= allowed;
    }

    private static double range(double[] values, int from, int to) {
        double highest = Double.NEGATIVE_INFINITY;
        double lowest = Double.POSITIVE_INFINITY;
        for (int j = from; j <= to; j++) {
            highest = Math.max(highest, values[j]);
            lowest = Math.min(lowest, values[j]);
        }
        return highest - lowest;
    }
}
