package dev.artificer.component.indicators.bench;

/** The indicators benchmarked, with the parameters used for every library. */
public enum Subject {
    /** SMA(20) of the close. */
    SMA(1),
    /** EMA(20) of the close. */
    EMA(1),
    /** RSI(14) of the close. */
    RSI(1),
    /** MACD(12, 26, 9) of the close. */
    MACD(1),
    /** Bollinger bands (20, 2, 2, SMA) of the close. */
    BBANDS(1),
    /** ATR(14). */
    ATR(3),
    /** ADX(14). */
    ADX(3),
    /** Slow stochastic (5, 3 SMA, 3 SMA). */
    STOCH(3),
    /** CCI(14). */
    CCI(3),
    /** MFI(14). */
    MFI(4);

    private final int inputs;

    Subject(int inputs) {
        this.inputs = inputs;
    }

    /**
     * How many input arrays the indicator reads: 1 (close), 3 (high, low, close) or 4 (with volume).
     *
     * @return the number of input arrays, which the memory baseline copies
     */
    public int inputs() {
        return inputs;
    }
}
