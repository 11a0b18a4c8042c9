package dev.artificer.component.indicators;

/** Argument checks shared by all indicators; every failure names the argument and what is allowed. */
final class Check {

    /** The longest period any indicator accepts, as in TA-Lib. */
    static final int MAX_PERIOD = 100_000;

    private Check() {
    }

    /** Returns {@code value} when it lies in {@code [min, MAX_PERIOD]}. */
    static int period(String name, int value, int min) {
        if (value < min || value > MAX_PERIOD) {
            throw new IllegalArgumentException(
                    name + " must be between " + min + " and " + MAX_PERIOD + " (got " + value + ")");
        }
        return value;
    }

    /** Returns {@code value} when it is a number in {@code [min, max]}. */
    static double real(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(
                    name + " must be a number between " + min + " and " + max + " (got " + value + ")");
        }
        return value;
    }

    /** Returns the common length of the named input arrays, rejecting missing or unequal ones. */
    static int inputs(String names, double[]... arrays) {
        int length = -1;
        StringBuilder lengths = new StringBuilder();
        boolean equal = true;
        for (double[] array : arrays) {
            if (array == null) {
                throw new IllegalArgumentException("input arrays (" + names + ") must not be null");
            }
            equal &= length < 0 || array.length == length;
            length = array.length;
            lengths.append(lengths.isEmpty() ? "" : ", ").append(array.length);
        }
        if (!equal) {
            throw new IllegalArgumentException(names + " must have the same length (got " + lengths + ")");
        }
        return length;
    }

    /** Rejects an output array that is missing or shorter than the input. */
    static void output(String name, double[] out, int length) {
        if (out == null || out.length < length) {
            throw new IllegalArgumentException("output array " + name + " must hold at least " + length
                    + " values (got " + (out == null ? "null" : out.length) + ")");
        }
    }

    /** Rejects an output index outside {@code [0, count)}. */
    static int outputIndex(int output, int count) {
        if (output < 0 || output >= count) {
            throw new IllegalArgumentException("output must be between 0 and " + (count - 1) + " (got " + output + ")");
        }
        return output;
    }
}
