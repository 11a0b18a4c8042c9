package dev.artificer.system.algotrader.stream;

import dev.artificer.component.market.Bar;

/** Hears a live market: quotes as they change and one-minute bars as they close. */
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
}
