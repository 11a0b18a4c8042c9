package dev.artificer.system.algotrader.stream;

import dev.artificer.component.market.Symbol;
import java.time.Instant;

/**
 * A live quote as the service serves it over HTTP (JSON), for a command whose process does not hold the streamer.
 *
 * @param symbol the ticker
 * @param bid    the best bid
 * @param ask    the best ask
 * @param last   the last trade's price
 * @param volume the day's volume so far
 * @param time   when the market quoted it (ISO-8601)
 */
public record ServedQuote(String symbol, double bid, double ask, double last, long volume, String time) {

    /**
     * The served form of a quote.
     *
     * @param quote the quote
     * @return its served form
     */
    public static ServedQuote of(LiveQuote quote) {
        return new ServedQuote(quote.symbol().value(), quote.bid(), quote.ask(), quote.last(), quote.volume(),
                quote.time().toString());
    }

    /**
     * The quote again.
     *
     * @return the quote
     */
    public LiveQuote quote() {
        return new LiveQuote(Symbol.of(symbol), bid, ask, last, volume, Instant.parse(time));
    }
}
