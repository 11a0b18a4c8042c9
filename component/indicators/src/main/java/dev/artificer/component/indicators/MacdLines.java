package dev.artificer.component.indicators;

/**
 * The three aligned series of MACD, as returned by batch computations. The arrays belong to the caller.
 *
 * @param macd      fast EMA minus slow EMA
 * @param signal    EMA of the MACD line
 * @param histogram MACD minus signal
 */
public record MacdLines(double[] macd, double[] signal, double[] histogram) {
}
