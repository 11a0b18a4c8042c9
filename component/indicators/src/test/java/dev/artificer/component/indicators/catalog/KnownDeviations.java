package dev.artificer.component.indicators.catalog;

import dev.artificer.component.indicators.testing.Bars;
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
            default -> false;
        };
    }
}
