package dev.artificer.system.algotrader.marketdata;

import dev.artificer.component.market.Symbol;
import java.util.List;

/** The watchlist port: the symbols the app collects data for. */
public interface Watchlist {

    /**
     * Adds a symbol.
     *
     * @param symbol the symbol
     * @return false when it was already listed
     */
    boolean add(Symbol symbol);

    /**
     * Removes a symbol.
     *
     * @param symbol the symbol
     * @return false when it was not listed
     */
    boolean remove(Symbol symbol);

    /**
     * The listed symbols, alphabetically.
     *
     * @return the symbols
     */
    List<Symbol> symbols();
}
