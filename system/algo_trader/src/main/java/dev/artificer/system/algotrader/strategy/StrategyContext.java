package dev.artificer.system.algotrader.strategy;

import dev.artificer.component.market.Symbol;

/** What a strategy may know and do: its positions, cash and equity, and market orders. */
public interface StrategyContext {

    /**
     * The current position.
     *
     * @param symbol the symbol
     * @return shares held; negative when short
     */
    long position(Symbol symbol);

    /**
     * Cash available.
     *
     * @return cash in dollars
     */
    double cash();

    /**
     * Cash plus positions at the last close.
     *
     * @return equity in dollars
     */
    double equity();

    /**
     * Orders a market buy, filled by the broker or the backtest's fill rule.
     *
     * @param symbol   the symbol
     * @param quantity shares, positive
     */
    void buy(Symbol symbol, long quantity);

    /**
     * Orders a market sell.
     *
     * @param symbol   the symbol
     * @param quantity shares, positive
     */
    void sell(Symbol symbol, long quantity);
}
