package dev.artificer.infrastructure.schwab.trader;

import dev.artificer.component.market.Symbol;
import dev.artificer.infrastructure.schwab.error.InvalidRequestException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A single-leg equity order for the regular session, good for the day: a market order, or a limit order whose
 * price is rounded half-up to the tick (cents, or hundredths of a cent below $1). Sent as
 * {@code orderStrategyType SINGLE}, {@code session NORMAL}, {@code duration DAY}, the price as a string.
 *
 * @param symbol      the stock
 * @param instruction buy, sell, sell short or buy to cover
 * @param quantity    whole shares, at least 1
 * @param limitPrice  the limit price on the tick, or null for a market order
 */
public record EquityOrder(Symbol symbol, Instruction instruction, long quantity, BigDecimal limitPrice) {

    private static final BigDecimal ONE_DOLLAR = BigDecimal.ONE;

    /**
     * Validates the order and rounds the limit price to the tick.
     *
     * @throws InvalidRequestException when a part is missing, the quantity is below 1 or the price is not
     *                                 positive on the tick
     */
    public EquityOrder {
        if (symbol == null || instruction == null) {
            throw new InvalidRequestException("an equity order needs a symbol and an instruction");
        }
        if (quantity < 1) {
            throw new InvalidRequestException("an equity order needs at least 1 share (got " + quantity + ")");
        }
        if (limitPrice != null) {
            limitPrice = onTick(limitPrice);
        }
    }

    /**
     * A market order.
     *
     * @param symbol      the stock
     * @param instruction what to do
     * @param quantity    whole shares
     * @return the order
     */
    public static EquityOrder market(Symbol symbol, Instruction instruction, long quantity) {
        return new EquityOrder(symbol, instruction, quantity, null);
    }

    /**
     * A limit order; the price is rounded half-up to the tick.
     *
     * @param symbol      the stock
     * @param instruction what to do
     * @param quantity    whole shares
     * @param price       the limit price, e.g. {@code 199.994} (sent as {@code "199.99"})
     * @return the order
     * @throws InvalidRequestException when the price is not a positive finite number
     */
    public static EquityOrder limit(Symbol symbol, Instruction instruction, long quantity, double price) {
        if (!Double.isFinite(price)) {
            throw new InvalidRequestException("a limit price must be a finite number (got " + price + ")");
        }
        return new EquityOrder(symbol, instruction, quantity, BigDecimal.valueOf(price));
    }

    /**
     * Schwab's order type.
     *
     * @return {@code LIMIT} when there is a limit price, else {@code MARKET}
     */
    public String orderType() {
        return limitPrice == null ? "MARKET" : "LIMIT";
    }

    /**
     * A price rounded half-up to the tick: 4 decimals below $1, else 2.
     *
     * @param price the price
     * @return the price with scale 2 or 4
     * @throws InvalidRequestException when the price rounds to 0 or below
     */
    public static BigDecimal onTick(BigDecimal price) {
        BigDecimal rounded = price.compareTo(ONE_DOLLAR) < 0 ? price.setScale(4, RoundingMode.HALF_UP) : price;
        if (rounded.compareTo(ONE_DOLLAR) >= 0) {
            rounded = rounded.setScale(2, RoundingMode.HALF_UP);
        }
        if (rounded.signum() <= 0) {
            throw new InvalidRequestException("a limit price must be positive on the tick (got " + price.toPlainString()
                    + ")");
        }
        return rounded;
    }
}
