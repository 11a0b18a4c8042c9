package dev.artificer.system.algotrader.strategy;

/** How an order is priced. */
public enum OrderType {
    /** At the market: the next price available. */
    MARKET,
    /** At the limit price or better. */
    LIMIT,
    /** Becomes a market order once the price trades through the stop price. */
    STOP
}
