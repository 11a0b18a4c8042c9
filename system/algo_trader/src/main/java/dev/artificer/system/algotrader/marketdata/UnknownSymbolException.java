package dev.artificer.system.algotrader.marketdata;

import dev.artificer.component.market.Symbol;

/** The market data source does not know a symbol. */
public class UnknownSymbolException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param symbol the unknown symbol
     * @param source the source's name
     */
    public UnknownSymbolException(Symbol symbol, String source) {
        super("unknown symbol " + symbol + " at " + source);
    }
}
