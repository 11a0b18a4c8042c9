package dev.artificer.system.algotrader.stream;

import dev.artificer.component.market.Symbol;
import java.util.Optional;

/** The latest quotes recent enough to trade at (a port: the live feed's, or none when nothing streams). */
public interface FreshQuotes {

    /** No quotes at all, where nothing streams. */
    FreshQuotes NONE = symbol -> Optional.empty();

    /**
     * A symbol's latest quote, if it is fresh and two-sided.
     *
     * @param symbol the symbol
     * @return the quote, or empty when there is none, it is too old, or it lacks a bid or an ask
     */
    Optional<LiveQuote> fresh(Symbol symbol);
}
