package dev.artificer.system.algotrader.adapters.web;

import dev.artificer.component.market.Symbol;
import dev.artificer.system.algotrader.stream.LiveFeed;
import dev.artificer.system.algotrader.stream.ServedQuote;
import dev.artificer.system.algotrader.wiring.StreamWiring;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service's live quotes over HTTP ({@code GET /stream/quotes?symbols=AAPL,MSFT}), so that the {@code stream}
 * command of another process can show them while the service holds the one streamer connection. Symbols without a
 * quote (or not streamed) are left out; unreadable ones too.
 */
@RestController
public class LiveQuotesEndpoint {

    private final ObjectProvider<LiveFeed> feed;

    /**
     * Creates it.
     *
     * @param feed the service's live feed
     */
    public LiveQuotesEndpoint(ObjectProvider<LiveFeed> feed) {
        this.feed = feed;
    }

    /**
     * The latest quotes.
     *
     * @param symbols comma-separated tickers
     * @return the quotes there are, in the order asked
     */
    @GetMapping(StreamWiring.QUOTES_PATH)
    public List<ServedQuote> quotes(@RequestParam("symbols") String symbols) {
        LiveFeed live = feed.getObject();
        return Arrays.stream(symbols.split(",")).map(String::strip).flatMap(text -> parsed(text).stream())
                .flatMap(symbol -> live.latest(symbol).stream()).map(ServedQuote::of).toList();
    }

    private static Optional<Symbol> parsed(String text) {
        try {
            return Optional.of(Symbol.of(text));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }
}
