package dev.artificer.infrastructure.schwab.marketdata;

/** How {@code GET /movers} ranks its answer. */
public enum MoversSort {
    /** By traded volume. */
    VOLUME,
    /** By number of trades. */
    TRADES,
    /** Biggest gainers first. */
    PERCENT_CHANGE_UP,
    /** Biggest losers first. */
    PERCENT_CHANGE_DOWN
}
