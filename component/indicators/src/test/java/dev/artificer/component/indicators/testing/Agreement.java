package dev.artificer.component.indicators.testing;

import static org.assertj.core.api.Assertions.fail;

import java.util.function.IntPredicate;

/** Assertions that compare indicator outputs index by index. */
public final class Agreement {

    /** Relative tolerance of the parity tests. */
    public static final double RELATIVE = 1e-9;
    /** Absolute tolerance of the parity tests, for values near zero. */
    public static final double ABSOLUTE = 1e-12;

    private Agreement() {
    }

    /**
     * Asserts that two aligned series agree within {@link #RELATIVE} (or {@link #ABSOLUTE} near zero), with
     * NaN at exactly the same indices.
     *
     * @param what     names the comparison in failures
     * @param expected the reference values
     * @param actual   the values under test
     */
    public static void close(String what, double[] expected, double[] actual) {
        close(what, expected, actual, i -> false);
    }

    /**
     * Like {@link #close(String, double[], double[])}, except at indices where a documented difference is
     * accepted.
     *
     * @param what     names the comparison in failures
     * @param expected the reference values
     * @param actual   the values under test
     * @param accepted whether a difference at an index is a documented, deliberate one
     */
    public static void close(String what, double[] expected, double[] actual, IntPredicate accepted) {
        sameLength(what, expected, actual);
        for (int i = 0; i < expected.length; i++) {
            if (!agree(expected[i], actual[i]) && !accepted.test(i)) {
                fail(what + ": index " + i + " expected " + expected[i] + " but was " + actual[i]
                        + " (difference " + Math.abs(expected[i] - actual[i]) + ")");
            }
        }
    }

    /**
     * Asserts that two aligned series are identical bit for bit (NaN matching NaN).
     *
     * @param what     names the comparison in failures
     * @param expected the reference values
     * @param actual   the values under test
     */
    public static void identical(String what, double[] expected, double[] actual) {
        sameLength(what, expected, actual);
        for (int i = 0; i < expected.length; i++) {
            if (Double.doubleToLongBits(expected[i]) != Double.doubleToLongBits(actual[i])) {
                fail(what + ": index " + i + " expected " + expected[i] + " but was " + actual[i]);
            }
        }
    }

    /**
     * Whether two values agree within the parity tolerance (NaN only with NaN).
     *
     * @param expected the reference value
     * @param actual   the value under test
     * @return true when they agree
     */
    public static boolean agree(double expected, double actual) {
        double difference = Math.abs(expected - actual);
        return Double.isNaN(expected) ? Double.isNaN(actual)
                : !Double.isNaN(actual) && (difference <= ABSOLUTE
                        || difference <= RELATIVE * Math.max(Math.abs(expected), Math.abs(actual)));
    }

    private static void sameLength(String what, double[] expected, double[] actual) {
        if (expected.length != actual.length) {
            fail(what + ": expected " + expected.length + " values but got " + actual.length);
        }
    }
}
