package dev.artificer.component.indicators;

/** A streaming indicator with a single output, exposed as {@link #value()}. */
public interface ScalarIndicator extends Indicator {

    /**
     * The current value.
     *
     * @return the value after the latest bar, NaN during warm-up or at a gap
     */
    double value();

    /** The value for index 0, the only output. */
    @Override
    default double value(int output) {
        Check.outputIndex(output, 1);
        return value();
    }

    /** Ready once the latest bar produced a number. */
    @Override
    default boolean isReady() {
        return !Double.isNaN(value());
    }
}
