package dev.artificer.component.indicators;

/**
 * The current upper, middle and lower lines of a band or channel indicator (Bollinger, Keltner, Donchian), with the
 * outputs, readiness and reset of those lines that every such indicator shares.
 */
abstract class ThreeLineIndicator {

    private double upper = Double.NaN;
    private double middle = Double.NaN;
    private double lower = Double.NaN;

    /**
     * The current upper line.
     *
     * @return the upper band or channel, NaN during warm-up or at a gap
     */
    public double upper() {
        return upper;
    }

    /**
     * The current middle line.
     *
     * @return the middle line, NaN during warm-up or at a gap
     */
    public double middle() {
        return middle;
    }

    /**
     * The current lower line.
     *
     * @return the lower band or channel, NaN during warm-up or at a gap
     */
    public double lower() {
        return lower;
    }

    /**
     * Outputs: 0 upper, 1 middle, 2 lower.
     *
     * @param output the output's index
     * @return its current value
     */
    public double value(int output) {
        return switch (Check.outputIndex(output, 3)) {
            case 0 -> upper;
            case 1 -> middle;
            default -> lower;
        };
    }

    /**
     * Ready once the latest bar produced the outputs (they are numbers, not NaN).
     *
     * @return true when the lines are numbers
     */
    public boolean isReady() {
        return !Double.isNaN(middle);
    }

    /**
     * Sets the lines for the latest bar.
     *
     * @param upperLine  the upper line
     * @param middleLine the middle line
     * @param lowerLine  the lower line
     * @return the middle line
     */
    final double publish(double upperLine, double middleLine, double lowerLine) {
        upper = upperLine;
        middle = middleLine;
        lower = lowerLine;
        return middleLine;
    }

    /**
     * Sets every line to NaN (warm-up, gap or reset).
     *
     * @return NaN, the middle line
     */
    final double clearLines() {
        return publish(Double.NaN, Double.NaN, Double.NaN);
    }
}
