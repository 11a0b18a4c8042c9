package dev.artificer.infrastructure.schwab.stream;

/**
 * The rules a streamed one-minute candle must keep to be delivered: every value present, prices finite and
 * positive, {@code high >= max(open, close, low)}, {@code low <= min(open, close)}, volume finite and not
 * negative, sequence and chart day not negative, a positive start time. A wrong {@link ChartEquityLayout} breaks
 * these rules on ordinary data, so a rejection's reason names the layout's reading of the values.
 */
final class CandleCheck {

    private CandleCheck() {
    }

    /**
     * Checks one candle's values.
     *
     * @param values  the values by slot (see {@link ChartEquityLayout}), NaN where absent
     * @return null when the candle is possible, else one line naming the broken rule
     */
    static String reason(double[] values) {
        for (int slot = 0; slot < ChartEquityLayout.VALUES; slot++) {
            if (Double.isNaN(values[slot])) {
                return "it lacks the " + ChartEquityLayout.name(slot);
            }
        }
        double open = values[ChartEquityLayout.OPEN];
        double high = values[ChartEquityLayout.HIGH];
        double low = values[ChartEquityLayout.LOW];
        double close = values[ChartEquityLayout.CLOSE];
        for (int slot : new int[] {ChartEquityLayout.OPEN, ChartEquityLayout.HIGH, ChartEquityLayout.LOW,
            ChartEquityLayout.CLOSE}) {
            if (!(values[slot] > 0) || Double.isInfinite(values[slot])) {
                return "its " + ChartEquityLayout.name(slot) + " " + values[slot] + " is not a positive price";
            }
        }
        if (high < low) {
            return "high " + high + " is below low " + low;
        }
        if (high < Math.max(open, close)) {
            return "high " + high + " is below open " + open + " or close " + close;
        }
        if (low > Math.min(open, close)) {
            return "low " + low + " is above open " + open + " or close " + close;
        }
        double volume = values[ChartEquityLayout.VOLUME];
        if (!(volume >= 0) || Double.isInfinite(volume)) {
            return "volume " + volume + " is negative or not finite";
        }
        if (values[ChartEquityLayout.SEQUENCE] < 0 || values[ChartEquityLayout.CHART_DAY] < 0) {
            return "sequence " + values[ChartEquityLayout.SEQUENCE] + " or chart day "
                    + values[ChartEquityLayout.CHART_DAY] + " is negative";
        }
        if (!(values[ChartEquityLayout.CHART_TIME] > 0)) {
            return "chart time " + values[ChartEquityLayout.CHART_TIME] + " is not a positive epoch time";
        }
        return null;
    }
}
