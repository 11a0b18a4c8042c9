package dev.artificer.component.backtest.optimize;

/**
 * The windows of a walk-forward optimisation, counted in bar times: optimise on {@code inSample} bars, test the best
 * combination on the next {@code outOfSample} bars, then roll forward by {@code outOfSample}.
 *
 * @param inSample    bars each optimisation sees, at least 2
 * @param outOfSample bars each test sees, at least 1
 */
public record WalkForwardSettings(int inSample, int outOfSample) {

    /**
     * Validates the sizes.
     *
     * @throws IllegalArgumentException naming the size that is too small
     */
    public WalkForwardSettings {
        if (inSample < 2) {
            throw new IllegalArgumentException("in-sample window must be 2 bars or more (got " + inSample + ")");
        }
        if (outOfSample < 1) {
            throw new IllegalArgumentException("out-of-sample window must be 1 bar or more (got " + outOfSample + ")");
        }
    }
}
