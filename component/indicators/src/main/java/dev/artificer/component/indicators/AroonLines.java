package dev.artificer.component.indicators;

/**
 * The two aligned series of Aroon, as returned by batch computations. The arrays belong to the caller.
 *
 * @param down Aroon down: how recent the lowest low is, 0 to 100
 * @param up   Aroon up: how recent the highest high is, 0 to 100
 */
public record AroonLines(double[] down, double[] up) {
}
