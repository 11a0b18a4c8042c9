package dev.artificer.infrastructure.schwab.trader;

/** What an equity order does, as Schwab names it in {@code orderLegCollection[].instruction}. */
public enum Instruction {
    /** Buy to open or add to a long position. */
    BUY,
    /** Sell from a long position. */
    SELL,
    /** Sell borrowed shares, opening or adding to a short position. */
    SELL_SHORT,
    /** Buy back shares to close a short position. */
    BUY_TO_COVER
}
