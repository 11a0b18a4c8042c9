package dev.artificer.component.strategy;

import dev.artificer.component.market.Symbol;
import java.util.List;

/**
 * What a strategy may know and do: its positions, cash and equity, its open orders, and placing and cancelling
 * orders. A backtest, the paper broker and the live broker each provide one, so a strategy runs unchanged in all three.
 */
public interface StrategyContext {

    /**
     * The filled position.
     *
     * @param symbol the symbol
     * @return shares held; negative when short
     */
    long position(Symbol symbol);

    /**
     * Cash available.
     *
     * @return cash in dollars
     */
    double cash();

    /**
     * Cash plus positions at the last close.
     *
     * @return equity in dollars
     */
    double equity();

    /**
     * Places an order; it can fill from the next bar on (a market order at that bar's open).
     *
     * @param order the order
     * @return the order's id, for {@link #cancel(String)}
     */
    String place(Order order);

    /**
     * Cancels an open order; does nothing when it has filled or was cancelled already.
     *
     * @param orderId the id {@link #place(Order)} returned
     */
    void cancel(String orderId);

    /**
     * Cancels every open order of a symbol.
     *
     * @param symbol the symbol
     */
    void cancelAll(Symbol symbol);

    /**
     * The orders of a symbol that have neither filled nor been cancelled.
     *
     * @param symbol the symbol
     * @return the open orders, oldest first
     */
    List<Order> openOrders(Symbol symbol);

    /**
     * Orders a market buy.
     *
     * @param symbol   the symbol
     * @param quantity shares, positive
     * @return the order's id
     */
    default String buy(Symbol symbol, long quantity) {
        return place(Order.market(symbol, Side.BUY, quantity));
    }

    /**
     * Orders a market sell.
     *
     * @param symbol   the symbol
     * @param quantity shares, positive
     * @return the order's id
     */
    default String sell(Symbol symbol, long quantity) {
        return place(Order.market(symbol, Side.SELL, quantity));
    }

    /**
     * Moves the position to a target with one market order, counting the open market orders already on their way
     * (nothing when it is there already).
     *
     * @param symbol the symbol
     * @param target shares wanted; negative for a short
     */
    default void targetPosition(Symbol symbol, long target) {
        long onTheWay = 0;
        for (Order order : openOrders(symbol)) {
            if (order.type() == OrderType.MARKET) {
                onTheWay += order.signedQuantity();
            }
        }
        long change = target - position(symbol) - onTheWay;
        if (change > 0) {
            buy(symbol, change);
        } else if (change < 0) {
            sell(symbol, -change);
        }
    }
}
