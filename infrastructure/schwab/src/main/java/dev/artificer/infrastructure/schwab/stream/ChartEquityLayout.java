package dev.artificer.infrastructure.schwab.stream;

import java.util.Arrays;

/**
 * Which {@code CHART_EQUITY} field number holds which candle value: the one table the parser reads candles by.
 * The public sources disagree (see the module README), so both readings are named here and the caller picks
 * one in {@link StreamerSettings}; {@link CandleCheck} rejects the impossible candles a wrong choice produces.
 * Field 0 is always the symbol ({@code key}).
 *
 * @param sequence  the field number of {@code SEQUENCE}
 * @param open      the field number of {@code OPEN_PRICE}
 * @param high      the field number of {@code HIGH_PRICE}
 * @param low       the field number of {@code LOW_PRICE}
 * @param close     the field number of {@code CLOSE_PRICE}
 * @param volume    the field number of {@code VOLUME}
 * @param chartTime the field number of {@code CHART_TIME} (the minute's start, epoch milliseconds)
 * @param chartDay  the field number of {@code CHART_DAY}
 */
public record ChartEquityLayout(int sequence, int open, int high, int low, int close, int volume, int chartTime,
                                int chartDay) {

    /**
     * schwab-py's reading since its PR #89, taken from live frames (issue #80): 1 sequence, 2 open, 3 high, 4 low,
     * 5 close, 6 volume, 7 chart time, 8 chart day. The default, being the only one observed on Schwab's streamer.
     */
    public static final ChartEquityLayout OBSERVED = new ChartEquityLayout(1, 2, 3, 4, 5, 6, 7, 8);

    /**
     * The Streamer Guide's reading (inherited from TD Ameritrade): 1 open, 2 high, 3 low, 4 close, 5 volume,
     * 6 sequence, 7 chart time, 8 chart day.
     */
    public static final ChartEquityLayout GUIDE = new ChartEquityLayout(6, 1, 2, 3, 4, 5, 7, 8);

    /** The number of candle values; fields 1 to this are requested. */
    static final int VALUES = 8;

    /** Value slots, in the order {@link #slots()} lists them. */
    static final int SEQUENCE = 0;
    static final int OPEN = 1;
    static final int HIGH = 2;
    static final int LOW = 3;
    static final int CLOSE = 4;
    static final int VOLUME = 5;
    static final int CHART_TIME = 6;
    static final int CHART_DAY = 7;

    private static final String[] NAMES = {"sequence", "open", "high", "low", "close", "volume", "chart time",
        "chart day"};

    /**
     * Requires fields 1 to 8, each used once.
     *
     * @throws IllegalArgumentException when a field number is out of range or used twice
     */
    public ChartEquityLayout {
        int[] fields = {sequence, open, high, low, close, volume, chartTime, chartDay};
        boolean[] used = new boolean[VALUES + 1];
        for (int field : fields) {
            if (field < 1 || field > VALUES || used[field]) {
                throw new IllegalArgumentException("a CHART_EQUITY layout uses each of the fields 1 to " + VALUES
                        + " once (got " + Arrays.toString(fields) + ")");
            }
            used[field] = true;
        }
    }

    /**
     * For each field number 0 to 8, the value slot it fills (-1 for field 0, the key).
     *
     * @return a new array indexed by field number
     */
    int[] slots() {
        int[] slots = new int[VALUES + 1];
        slots[0] = -1;
        int[] fields = {sequence, open, high, low, close, volume, chartTime, chartDay};
        for (int slot = 0; slot < fields.length; slot++) {
            slots[fields[slot]] = slot;
        }
        return slots;
    }

    static String name(int slot) {
        return NAMES[slot];
    }
}
