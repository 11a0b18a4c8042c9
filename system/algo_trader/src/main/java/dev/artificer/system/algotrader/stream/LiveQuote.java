package dev.artificer.system.algotrader.stream;

import dev.artificer.component.market.Symbol;
import java.time.Instant;

/**
 * The latest quote of a symbol as the live market sent it.
 *
 * @param symbol the instrument
 * @param bid    the best bid
 * @param ask    the best ask
 * @param last   the last trade's price
 * @param volume the day's volume so far
 * @param time   when the market quoted it
 */
public record LiveQuote(Symbol symbol, double bid, double ask, double last, long volume, Instant time) {
}
