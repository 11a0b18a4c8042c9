package dev.artificer.component.strategy;

/** How an order is priced. */
public enum OrderType {
    /** At the market: the next price available. */
    MARKET,
    /** At the limit price or better. */
    LIMIT,
    /** Becomes a market order once the price trades through the stop price. */
    STOP
}
