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

    /**
     * Returns the common length of the named input arrays, rejecting missing or unequal ones.
     *
     * @param names  the arrays' parameter names in order, as in {@code "high, low and close"}; a null array is
     *               reported by its own name
     * @param arrays the arrays
     */
    static int inputs(String names, double[]... arrays) {
        int length = -1;
        StringBuilder lengths = new StringBuilder();
        boolean equal = true;
        for (int k = 0; k < arrays.length; k++) {
            double[] array = arrays[k];
            if (array == null) {
                throw new IllegalArgumentException(nameAt(names, k) + " must not be null");
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

    /** The {@code k}-th name of a list such as {@code "high, low and close"}. */
    private static String nameAt(String names, int k) {
        String[] each = names.replace(" and ", ", ").split(", ");
        return k < each.length ? each[k] : names;
    }

    /** Returns the length of a named input array, rejecting a missing one. */
    static int length(String name, double[] array) {
        if (array == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return array.length;
    }

    /** Returns the length of a named input array of times, rejecting a missing one. */
    static int length(String name, long[] array) {
        if (array == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return array.length;
    }

    /** Rejects an output array that is missing or shorter than the input. */
    static void output(String name, double[] out, int length) {
        if (out == null) {
            throw new IllegalArgumentException("output array " + name + " must not be null");
        }
        if (out.length < length) {
            throw new IllegalArgumentException("output array " + name + " must hold at least " + length
                    + " values (got " + out.length + ")");
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
