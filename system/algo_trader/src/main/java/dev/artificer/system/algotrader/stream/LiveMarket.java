package dev.artificer.system.algotrader.stream;

import dev.artificer.component.market.Symbol;
import java.util.Set;

/** A live market feed (a port): quotes and closed one-minute bars for the symbols asked for, as they happen. */
public interface LiveMarket extends AutoCloseable {

    /**
     * The source name its bars are stored with, the same as its price history's, so that streamed and fetched bars
     * make one series.
     *
     * @return e.g. {@code simulated}
     */
    String name();

    /**
     * Starts sending events for the symbols; returns at once.
     *
     * @param symbols  the symbols
     * @param listener hears the events, on the feed's own thread
     */
    void start(Set<Symbol> symbols, LiveMarketListener listener);

    /** Stops the feed; no event arrives after it returns. */
    @Override
    void close();
}
