package dev.artificer.infrastructure.schwab.stream;

import dev.artificer.component.market.Symbol;
import java.time.Instant;

/**
 * The latest level-one quote of one equity (service {@code LEVELONE_EQUITIES}). Schwab sends only the fields
 * that changed; the client merges them into the previous quote of the symbol, so every event holds the latest
 * value of each field. A field the streamer has not sent yet is {@link Double#NaN} (prices), -1 (sizes and
 * volume) or 0 (times).
 *
 * @param symbol          the equity
 * @param bid             field 1, the bid price
 * @param ask             field 2, the ask price
 * @param last            field 3, the last trade's price
 * @param bidSize         field 4, the bid size as Schwab sends it
 * @param askSize         field 5, the ask size as Schwab sends it
 * @param totalVolume     field 8, the day's volume in shares
 * @param lastSize        field 9, the last trade's size
 * @param quoteTimeMillis field 34, when the bid or ask last changed (epoch milliseconds)
 * @param tradeTimeMillis field 35, when the last trade happened (epoch milliseconds)
 * @param sentAtMillis    the data frame's {@code timestamp}: when the streamer sent this update
 */
public record LevelOneQuote(Symbol symbol, double bid, double ask, double last, long bidSize, long askSize,
                            long totalVolume, long lastSize, long quoteTimeMillis, long tradeTimeMillis,
                            long sentAtMillis) {

    /**
     * A quote of which no field has arrived yet.
     *
     * @param symbol the equity
     * @return the empty quote
     */
    public static LevelOneQuote empty(Symbol symbol) {
        return new LevelOneQuote(symbol, Double.NaN, Double.NaN, Double.NaN, -1, -1, -1, -1, 0, 0, 0);
    }

    /**
     * When the bid or ask last changed.
     *
     * @return the instant, or null when the streamer has not sent it
     */
    public Instant quoteTime() {
        return quoteTimeMillis == 0 ? null : Instant.ofEpochMilli(quoteTimeMillis);
    }

    /**
     * When the last trade happened.
     *
     * @return the instant, or null when the streamer has not sent it
     */
    public Instant tradeTime() {
        return tradeTimeMillis == 0 ? null : Instant.ofEpochMilli(tradeTimeMillis);
    }
}
