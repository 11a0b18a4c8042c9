package dev.artificer.component.backtest.lookahead;

import dev.artificer.component.strategy.Order;
import java.time.Instant;

/**
 * An order a strategy placed, and the bar it reacted to.
 *
 * @param barTime the start of the bar the strategy saw when it placed the order
 * @param order   the order
 */
public record Decision(Instant barTime, Order order) {

    /**
     * The decision in words, for reports.
     *
     * @return e.g. {@code BUY 100 AAPL MARKET}
     */
    public String describe() {
        String price = Double.isNaN(order.price()) ? "" : " @ " + order.price();
        return order.side() + " " + order.quantity() + " " + order.symbol() + " " + order.type() + price;
    }
}
