package dev.artificer.component.market;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One price bar (candle): open, high, low, close and volume of a symbol over one timeframe period.
 *
 * @param symbol    the instrument
 * @param timeframe the bar size
 * @param start     the start of the bar's period, in UTC
 * @param open      first traded price, finite and positive
 * @param high      highest price, at least {@code max(open, close)}
 * @param low       lowest price, at most {@code min(open, close)}
 * @param close     last traded price, finite and positive
 * @param volume    traded volume, never negative
 */
public record Bar(Symbol symbol, Timeframe timeframe, Instant start,
                  double open, double high, double low, double close, long volume) {

    /**
     * Validates the bar.
     *
     * @throws IllegalArgumentException naming the offending field and values
     * @throws NullPointerException     when symbol, timeframe or start is missing
     */
    public Bar {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(timeframe, "timeframe");
        Objects.requireNonNull(start, "start");
        String where = symbol + " " + timeframe + " at " + start;
        requirePrice(where, "open", open);
        requirePrice(where, "high", high);
        requirePrice(where, "low", low);
        requirePrice(where, "close", close);
        if (high < Math.max(open, close)) {
            throw invalid(where, "high " + high + " is below max(open " + open + ", close " + close + ")");
        }
        if (low > Math.min(open, close)) {
            throw invalid(where, "low " + low + " is above min(open " + open + ", close " + close + ")");
        }
        if (volume < 0) {
            throw invalid(where, "volume " + volume + " is negative");
        }
    }

    /**
     * When this bar closes in the US regular session ({@link MarketSession#NEW_YORK}): from then on its prices are final.
     *
     * @return the closing instant
     */
    public Instant closesAt() {
        return MarketSession.NEW_YORK.closeOf(timeframe, start);
    }

    /**
     * Whether this bar had closed at a moment, i.e. whether code working as of that moment may use it.
     *
     * @param moment the moment, e.g. now
     * @return true when the bar closes at or before the moment
     */
    public boolean closedAt(Instant moment) {
        return MarketSession.NEW_YORK.isClosed(this, moment);
    }

    /**
     * One longer bar made of consecutive shorter ones: the first one's open, the highest high, the lowest low, the last
     * one's close and the summed volume (five 1-minute bars as a 5-minute bar, a week's daily bars as a weekly bar).
     *
     * @param parts     the bars, in time order, at least one
     * @param timeframe the longer bar's size
     * @param start     the longer bar's start
     * @return the combined bar, of the first part's symbol
     * @throws IllegalArgumentException when there are no parts
     */
    public static Bar combined(List<Bar> parts, Timeframe timeframe, Instant start) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a combined bar needs at least one bar");
        }
        double high = Double.NEGATIVE_INFINITY;
        double low = Double.POSITIVE_INFINITY;
        long volume = 0;
        for (Bar part : parts) {
            high = Math.max(high, part.high());
            low = Math.min(low, part.low());
            volume += part.volume();
        }
        return new Bar(parts.getFirst().symbol(), timeframe, start, parts.getFirst().open(), high, low,
                parts.getLast().close(), volume);
    }

    private static void requirePrice(String where, String field, double price) {
        if (!Double.isFinite(price) || price <= 0) {
            throw invalid(where, field + " must be a finite positive price (got " + price + ")");
        }
    }

    private static IllegalArgumentException invalid(String where, String reason) {
        return new IllegalArgumentException("invalid bar " + where + ": " + reason);
    }
}
