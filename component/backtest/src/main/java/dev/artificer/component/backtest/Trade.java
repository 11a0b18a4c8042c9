package dev.artificer.component.backtest;

import dev.artificer.component.market.Symbol;
import java.time.Duration;
import java.time.Instant;

/**
 * A round trip: one closing fill matched first-in-first-out against the open lots of its symbol (see
 * {@link Trades#from(java.util.List)}).
 *
 * @param symbol     the symbol
 * @param direction  long or short
 * @param entryTime  the time of the oldest lot it closed
 * @param entryPrice the quantity-weighted average price of the lots it closed
 * @param exitTime   the time of the closing fill
 * @param exitPrice  the closing fill's price
 * @param quantity   shares closed, positive
 * @param commission the entry and exit commissions allocated to it, prorated by quantity
 * @param pnl        profit (negative: loss) in dollars, net of that commission
 */
public record Trade(Symbol symbol, Direction direction, Instant entryTime, double entryPrice, Instant exitTime,
                    double exitPrice, long quantity, double commission, double pnl) {

    /** The side of the position a trade held. */
    public enum Direction {
        /** Bought first, sold later. */
        LONG,
        /** Sold short first, bought back later. */
        SHORT
    }

    /**
     * The return on the money the trade put at risk.
     *
     * @return pnl divided by entry price times quantity, e.g. 0.05 for +5 %
     */
    public double returnFraction() {
        return pnl / (entryPrice * quantity);
    }

    /**
     * How long the position was held, between the bar starts of its entry and its exit.
     *
     * @return the duration
     */
    public Duration duration() {
        return Duration.between(entryTime, exitTime);
    }

    /**
     * Whether the trade made money after commission.
     *
     * @return true when the pnl is positive
     */
    public boolean winner() {
        return pnl > 0;
    }
}
