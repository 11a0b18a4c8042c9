package dev.artificer.component.backtest.tearsheet;

import dev.artificer.component.backtest.Trade.Direction;
import dev.artificer.component.market.Symbol;
import java.time.Duration;
import java.time.Instant;

/**
 * A round trip with its excursions: a closed {@link dev.artificer.component.backtest.Trade}, or the position still
 * open at the end, marked to its last price.
 *
 * @param symbol     the symbol
 * @param direction  long or short
 * @param entryTime  the bar start of the oldest lot
 * @param entryPrice the quantity-weighted entry price
 * @param exitTime   the bar start of the closing fill, or the last bar's start for an open position
 * @param exitPrice  the closing fill's price, or the last price for an open position
 * @param quantity   shares, positive
 * @param pnl        dollars net of the commissions allocated to it (for an open position: unrealised, net of the
 *                   entry commissions)
 * @param mae        maximum adverse excursion: the worst price move against the position while it was held, as a
 *                   fraction of the entry price, 0 or negative
 * @param mfe        maximum favourable excursion: the best price move for it, as a fraction of the entry price, 0
 *                   or positive
 * @param open       whether the position was still open at the end
 */
public record RoundTrip(Symbol symbol, Direction direction, Instant entryTime, double entryPrice, Instant exitTime,
                        double exitPrice, long quantity, double pnl, double mae, double mfe, boolean open) {

    /**
     * The return on the money put at risk.
     *
     * @return pnl / (entry price x quantity)
     */
    public double returnFraction() {
        return pnl / (entryPrice * quantity);
    }

    /**
     * How long it was held, between the bar starts of entry and exit.
     *
     * @return the duration
     */
    public Duration holding() {
        return Duration.between(entryTime, exitTime);
    }
}
