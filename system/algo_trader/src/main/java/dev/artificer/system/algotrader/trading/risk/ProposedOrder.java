package dev.artificer.system.algotrader.trading.risk;

import dev.artificer.component.strategy.Order;

/**
 * An order a strategy wants to send, with the price it is expected to trade at.
 *
 * @param order the order
 * @param price the expected price: the limit or stop price, else the signal bar's close
 */
public record ProposedOrder(Order order, double price) {
}
