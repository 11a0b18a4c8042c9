package dev.artificer.component.indicators.testing;

import static org.assertj.core.api.Assertions.fail;

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
        sameLength(what, expected, actual);
        for (int i = 0; i < expected.length; i++) {
            double e = expected[i];
            double a = actual[i];
            boolean agree = Double.isNaN(e) ? Double.isNaN(a)
                    : !Double.isNaN(a) && (Math.abs(e - a) <= ABSOLUTE
                            || Math.abs(e - a) <= RELATIVE * Math.max(Math.abs(e), Math.abs(a)));
            if (!agree) {
                fail(what + ": index " + i + " expected " + e + " but was " + a
                        + " (difference " + Math.abs(e - a) + ")");
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

    private static void sameLength(String what, double[] expected, double[] actual) {
        if (expected.length != actual.length) {
            fail(what + ": expected " + expected.length + " values but got " + actual.length);
        }
    }
}
