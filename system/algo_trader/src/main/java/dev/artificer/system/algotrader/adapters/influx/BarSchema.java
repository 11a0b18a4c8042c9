package dev.artificer.system.algotrader.adapters.influx;

import java.util.List;

/**
 * How bars are laid out in InfluxDB: measurement {@code bars}, tags {@code symbol, timeframe, source}, fields
 * {@code open, high, low, close, volume}, timestamp = the bar's start (UTC). The Grafana dashboards read exactly
 * this, which a consistency test checks.
 */
public final class BarSchema {

    /** The measurement. */
    public static final String MEASUREMENT = "bars";
    /** Tag: the ticker. */
    public static final String SYMBOL = "symbol";
    /** Tag: the timeframe code, e.g. {@code 5m}. */
    public static final String TIMEFRAME = "timeframe";
    /** Tag: where the bar came from, e.g. {@code schwab} or {@code simulated}. */
    public static final String SOURCE = "source";
    /** Every tag. */
    public static final List<String> TAGS = List.of(SYMBOL, TIMEFRAME, SOURCE);
    /** Every field, in OHLCV order. */
    public static final List<String> FIELDS = List.of("open", "high", "low", "close", "volume");

    private BarSchema() {
    }
}
