package dev.artificer.component.strategy;

/** The direction of an order. */
public enum Side {
    /** Buy (or cover a short). */
    BUY,
    /** Sell (or sell short). */
    SELL
}
