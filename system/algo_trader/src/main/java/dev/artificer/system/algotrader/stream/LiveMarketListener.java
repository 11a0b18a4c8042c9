package dev.artificer.system.algotrader.stream;

import dev.artificer.component.market.Bar;

/** Hears a live market: quotes as they change, one-minute bars as they close, and the feed's interruptions. */
public interface LiveMarketListener {

    /**
     * A symbol's quote changed.
     *
     * @param quote the new quote
     */
    void quote(LiveQuote quote);

    /**
     * A one-minute bar closed; its prices are final.
     *
     * @param minute the bar
     */
    void minuteClosed(Bar minute);

    /**
     * The feed lost its connection: the minutes that close until it is back are missing from it. Feeds that cannot
     * be interrupted never call it; by default it is ignored.
     */
    default void interrupted() {
    }
}
