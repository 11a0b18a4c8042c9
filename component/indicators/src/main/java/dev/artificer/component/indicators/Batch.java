package dev.artificer.component.indicators;

/**
 * Batch computation by feeding a fresh streaming indicator every bar, for indicators whose streaming form
 * is also their fastest batch form. Identical to streaming by construction, gaps included.
 */
final class Batch {

    /** The typed update of an indicator of highs and lows. */
    @FunctionalInterface
    interface HighLow {
        double update(double high, double low);
    }

    /** The typed update of an indicator of highs, lows and closes. */
    @FunctionalInterface
    interface HighLowClose {
        double update(double high, double low, double close);
    }

    /** The typed update of an indicator of highs, lows, closes and volumes. */
    @FunctionalInterface
    interface HighLowCloseVolume {
        double update(double high, double low, double close, double volume);
    }

    private Batch() {
    }

    static void series(SeriesIndicator indicator, double[] values, double[] out) {
        int n = Check.inputs("values", values);
        Check.output("out", out, n);
        for (int i = 0; i < n; i++) {
            out[i] = indicator.update(values[i]);
        }
    }

    static void highLow(HighLow indicator, double[] high, double[] low, double[] out) {
        twoInputs("high and low", indicator, high, low, out);
    }

    /** Like {@link #highLow} for any two inputs, named as in {@code "close and volume"} for the errors. */
    static void twoInputs(String names, HighLow indicator, double[] high, double[] low, double[] out) {
        int n = Check.inputs(names, high, low);
        Check.output("out", out, n);
        for (int i = 0; i < n; i++) {
            out[i] = indicator.update(high[i], low[i]);
        }
    }

    static void highLowClose(HighLowClose indicator, double[] high, double[] low, double[] close, double[] out) {
        int n = Check.inputs("high, low and close", high, low, close);
        Check.output("out", out, n);
        for (int i = 0; i < n; i++) {
            out[i] = indicator.update(high[i], low[i], close[i]);
        }
    }

    static void highLowCloseVolume(HighLowCloseVolume indicator, double[] high, double[] low, double[] close,
                                   double[] volume, double[] out) {
        int n = Check.inputs("high, low, close and volume", high, low, close, volume);
        Check.output("out", out, n);
        for (int i = 0; i < n; i++) {
            out[i] = indicator.update(high[i], low[i], close[i], volume[i]);
        }
    }
}
