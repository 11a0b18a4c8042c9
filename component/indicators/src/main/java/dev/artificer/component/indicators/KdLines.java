package dev.artificer.component.indicators;

/**
 * The current %K and %D lines of a stochastic oscillator (slow or fast), with the outputs, readiness and the
 * uniform bar update that both forms share.
 */
abstract class KdLines {

    private double k = Double.NaN;
    private double d = Double.NaN;

    /**
     * Feeds the next bar.
     *
     * @param high  the bar's high
     * @param low   the bar's low
     * @param close the bar's close
     * @return %K, NaN during warm-up or at a gap
     */
    public abstract double update(double high, double low, double close);

    /**
     * Feeds the bar's high, low and close to {@link #update(double, double, double)}; the other fields are not
     * read.
     *
     * @param time   the bar's time (not read)
     * @param open   the bar's open (not read)
     * @param high   the bar's high
     * @param low    the bar's low
     * @param close  the bar's close
     * @param volume the bar's volume (not read)
     */
    public void update(long time, double open, double high, double low, double close, double volume) {
        update(high, low, close);
    }

    /**
     * The current %K.
     *
     * @return %K, NaN during warm-up or at a gap
     */
    public double k() {
        return k;
    }

    /**
     * The current %D.
     *
     * @return %D, NaN during warm-up or at a gap
     */
    public double d() {
        return d;
    }

    /**
     * Outputs: 0 %K, 1 %D.
     *
     * @param output the output's index
     * @return its current value
     */
    public double value(int output) {
        return Check.outputIndex(output, 2) == 0 ? k : d;
    }

    /**
     * Ready once the latest bar produced the outputs (they are numbers, not NaN).
     *
     * @return true when %K is a number
     */
    public boolean isReady() {
        return !Double.isNaN(k);
    }

    /**
     * Sets the lines for the latest bar.
     *
     * @param kLine %K
     * @param dLine %D
     * @return %K
     */
    final double publish(double kLine, double dLine) {
        k = kLine;
        d = dLine;
        return kLine;
    }
}
