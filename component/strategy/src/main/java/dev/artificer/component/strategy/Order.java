package dev.artificer.component.strategy;

import dev.artificer.component.market.Symbol;
import java.util.Objects;
import java.util.Optional;

/**
 * An order a strategy places: market, limit or stop, good until filled or cancelled. Orders that share a
 * one-cancels-other group (a stop loss and a profit target, say) are cancelled together when one of them fills.
 *
 * @param symbol   the symbol
 * @param side     buy or sell
 * @param quantity shares, positive
 * @param type     market, limit or stop
 * @param price    the limit or stop price; {@code NaN} for a market order
 * @param ocoGroup the one-cancels-other group, or {@code null}
 */
public record Order(Symbol symbol, Side side, long quantity, OrderType type, double price, String ocoGroup) {

    /**
     * Validates the order.
     *
     * @throws IllegalArgumentException when the quantity is not positive or the price does not suit the type
     */
    public Order {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(type, "type");
        if (quantity < 1) {
            throw new IllegalArgumentException("order quantity must be 1 or more (got " + quantity + ")");
        }
        if (type == OrderType.MARKET && !Double.isNaN(price)) {
            throw new IllegalArgumentException("a market order has no price (got " + price + ")");
        }
        if (type != OrderType.MARKET && !(Double.isFinite(price) && price > 0)) {
            throw new IllegalArgumentException("a " + type.name().toLowerCase(java.util.Locale.ROOT)
                    + " order needs a positive price (got " + price + ")");
        }
    }

    /**
     * A market order.
     *
     * @param symbol   the symbol
     * @param side     buy or sell
     * @param quantity shares
     * @return the order
     */
    public static Order market(Symbol symbol, Side side, long quantity) {
        return new Order(symbol, side, quantity, OrderType.MARKET, Double.NaN, null);
    }

    /**
     * A limit order: buys at the price or lower, sells at the price or higher.
     *
     * @param symbol   the symbol
     * @param side     buy or sell
     * @param quantity shares
     * @param limit    the limit price
     * @return the order
     */
    public static Order limit(Symbol symbol, Side side, long quantity, double limit) {
        return new Order(symbol, side, quantity, OrderType.LIMIT, limit, null);
    }

    /**
     * A stop order: a buy triggers when the price rises to the stop, a sell when it falls to it.
     *
     * @param symbol   the symbol
     * @param side     buy or sell
     * @param quantity shares
     * @param stop     the stop price
     * @return the order
     */
    public static Order stop(Symbol symbol, Side side, long quantity, double stop) {
        return new Order(symbol, side, quantity, OrderType.STOP, stop, null);
    }

    /**
     * The same order in a one-cancels-other group.
     *
     * @param group the group's name
     * @return the order
     */
    public Order oneCancelsOther(String group) {
        return new Order(symbol, side, quantity, type, price, Objects.requireNonNull(group, "group"));
    }

    /**
     * The one-cancels-other group.
     *
     * @return the group, if any
     */
    public Optional<String> group() {
        return Optional.ofNullable(ocoGroup);
    }

    /**
     * The signed quantity.
     *
     * @return positive for a buy, negative for a sell
     */
    public long signedQuantity() {
        return side == Side.BUY ? quantity : -quantity;
    }
}
