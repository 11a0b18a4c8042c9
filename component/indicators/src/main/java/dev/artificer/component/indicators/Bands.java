package dev.artificer.component.indicators;

/**
 * Three aligned band series (Bollinger, Donchian, Keltner), as returned by batch computations.
 *
 * <p>The arrays belong to the caller; they are not copied.
 *
 * @param upper  the upper band
 * @param middle the middle line
 * @param lower  the lower band
 */
public record Bands(double[] upper, double[] middle, double[] lower) {

    /**
     * Three new arrays of the given length.
     *
     * @param length the number of bars
     * @return empty bands
     */
    static Bands ofLength(int length) {
        return new Bands(new double[length], new double[length], new double[length]);
    }
}
