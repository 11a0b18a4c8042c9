package dev.artificer.infrastructure.schwab.stream;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import java.time.Instant;

/**
 * One one-minute candle of an equity (service {@code CHART_EQUITY}), checked by {@link CandleCheck}: its prices
 * are positive, its high is the highest and its low the lowest of them, its volume is not negative.
 *
 * @param symbol      the equity
 * @param startMillis {@code CHART_TIME}: the minute's start (epoch milliseconds)
 * @param open        the minute's first price
 * @param high        the minute's highest price
 * @param low         the minute's lowest price
 * @param close       the minute's last price
 * @param volume      shares traded in the minute
 * @param sequence    {@code SEQUENCE}: the streamer's number of the candle
 * @param chartDay    {@code CHART_DAY}: the streamer's day number (documented as of no use)
 */
public record ChartCandle(Symbol symbol, long startMillis, double open, double high, double low, double close,
                          double volume, long sequence, long chartDay) {

    /**
     * The minute's start.
     *
     * @return the instant
     */
    public Instant start() {
        return Instant.ofEpochMilli(startMillis);
    }

    /**
     * The candle as a one-minute bar; it always is one, since the candle rules include the bar's.
     *
     * @return the bar, its volume rounded to whole shares
     */
    public Bar toBar() {
        return new Bar(symbol, Timeframe.ONE_MINUTE, start(), open, high, low, close, Math.round(volume));
    }
}
