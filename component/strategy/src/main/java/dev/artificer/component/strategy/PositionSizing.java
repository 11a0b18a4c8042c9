package dev.artificer.component.strategy;

/** How many shares a strategy trades when it enters a position. */
@FunctionalInterface
public interface PositionSizing {

    /**
     * The shares to trade.
     *
     * @param equity the account's equity
     * @param price  the expected entry price
     * @param atr    the symbol's current average true range ({@code NaN} when the sizing does not need it)
     * @return shares, zero when nothing should be traded
     */
    long shares(double equity, double price, double atr);

    /**
     * Always the same quantity.
     *
     * @param quantity shares, positive
     * @return the sizing
     */
    static PositionSizing fixed(long quantity) {
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be 1 or more (got " + quantity + ")");
        }
        return (equity, price, atr) -> quantity;
    }

    /**
     * A fraction of the equity, in whole shares.
     *
     * @param percent e.g. 10 for 10 % of equity per position
     * @return the sizing
     */
    static PositionSizing percentOfEquity(double percent) {
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("percent of equity must be in (0, 100] (got " + percent + ")");
        }
        return (equity, price, atr) -> Math.max(0, (long) Math.floor(equity * percent / 100 / price));
    }

    /**
     * Risks a fraction of the equity on a stop placed a multiple of the ATR away: shares = equity x risk / (multiple x ATR).
     *
     * @param riskPercent e.g. 1 for 1 % of equity at risk
     * @param atrMultiple the stop distance in ATRs, e.g. 2
     * @return the sizing; zero shares while the ATR is not known
     */
    static PositionSizing atrRisk(double riskPercent, double atrMultiple) {
        if (!(riskPercent > 0 && riskPercent <= 100)) {
            throw new IllegalArgumentException("risk percent must be in (0, 100] (got " + riskPercent + ")");
        }
        if (!(atrMultiple > 0)) {
            throw new IllegalArgumentException("ATR multiple must be positive (got " + atrMultiple + ")");
        }
        return (equity, price, atr) -> atr > 0
                ? Math.max(0, (long) Math.floor(equity * riskPercent / 100 / (atrMultiple * atr)))
                : 0;
    }
}
