package dev.artificer.component.indicators.bench;

/** The indicators benchmarked, with the parameters used for every library. */
public enum Subject {
    /** SMA(20) of the close. */
    SMA(1, true, ""),
    /** EMA(20) of the close. */
    EMA(1, true, ""),
    /** RSI(14) of the close. */
    RSI(1, false, "one division per bar (gain / (gain + loss)) costs more than copying a value"),
    /** MACD(12, 26, 9) of the close. */
    MACD(1, false, "three outputs per bar, and TA-Lib's exact EMA chain (subtract, multiply, add) is kept so "
            + "that the MACD line, a difference of EMAs, matches TA-Lib near zero"),
    /** Bollinger bands (20, 2, 2, SMA) of the close. */
    BBANDS(1, false, "three outputs, two divisions and a square root per bar"),
    /** ATR(14). */
    ATR(3, true, ""),
    /** ADX(14). */
    ADX(3, false, "three Wilder sums, three divisions and a data-dependent branch per bar"),
    /** Slow stochastic (5, 3 SMA, 3 SMA). */
    STOCH(3, false, "window extremes with data-dependent branches, and three to four divisions per bar"),
    /** CCI(14). */
    CCI(3, false, "O(period) per bar: the mean absolute deviation has no O(1) update"),
    /** MFI(14). */
    MFI(4, false, "two divisions and a data-dependent branch per bar"),
    /** Williams' %R(14). */
    WILLR(3, false, "two window extremes and a division per bar"),
    /** Aroon(14), down and up. */
    AROON(2, false, "two window extremes with their positions, two outputs per bar"),
    /** MAX(14) of the close. */
    MAX(1, false, "a window extreme: a comparison per bar and a rescan of the window when the extreme leaves it"),
    /** MIN(14) of the close. */
    MIN(1, false, "a window extreme: a comparison per bar and a rescan of the window when the extreme leaves it");

    private final int inputs;
    private final boolean simple;
    private final String cost;

    Subject(int inputs, boolean simple, String cost) {
        this.inputs = inputs;
        this.simple = simple;
        this.cost = cost;
    }

    /**
     * Whether this is one of the simple O(1)-per-bar indicators held to 3x the memory baseline.
     *
     * @return true for SMA, EMA and ATR
     */
    public boolean simple() {
        return simple;
    }

    /**
     * What each bar costs beyond copying its inputs, for the indicators not held to the baseline target.
     *
     * @return a short explanation, empty for the simple ones
     */
    public String cost() {
        return cost;
    }

    /**
     * How many input arrays the indicator reads: 1 (close), 2 (high, low), 3 (high, low, close) or 4 (with
     * volume).
     *
     * @return the number of input arrays, which the memory baseline copies
     */
    public int inputs() {
        return inputs;
    }
}
