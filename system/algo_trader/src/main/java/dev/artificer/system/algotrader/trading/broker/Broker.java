package dev.artificer.system.algotrader.trading.broker;

import dev.artificer.component.market.Bar;
import java.time.Instant;
import java.util.List;

/**
 * The Broker port: where orders go and where the account's cash, positions and orders are read. Every order carries
 * a client key recorded in the decision journal before it is sent; a broker that sees the same key twice must not
 * place a second order (the paper broker returns the first), and the orders it lists carry that key where it can, so
 * that a restart reconciles instead of re-sending. Implemented by the paper broker and, for live trading, by the
 * Schwab trader API adapter.
 */
public interface Broker {

    /**
     * The broker's name, stored with every journaled order.
     *
     * @return e.g. {@code paper} or {@code schwab}
     */
    String name();

    /**
     * Sends an order.
     *
     * @param order the order with its client key
     * @return the order as the broker accepted it, with the broker's id
     * @throws BrokerException when the order could not be sent or was refused
     */
    BrokerOrder place(ClientOrder order);

    /**
     * Cancels an order; does nothing when it has filled or was cancelled already.
     *
     * @param brokerOrderId the broker's id of the order
     * @throws BrokerException when the broker could not be reached
     */
    void cancel(String brokerOrderId);

    /**
     * The orders that are still working.
     *
     * @return open orders, oldest first
     * @throws BrokerException when the broker could not be reached
     */
    List<BrokerOrder> openOrders();

    /**
     * Every order entered since a moment, in any state.
     *
     * @param since the earliest entry time
     * @return the orders, oldest first
     * @throws BrokerException when the broker could not be reached
     */
    List<BrokerOrder> orders(Instant since);

    /**
     * The executions since a moment.
     *
     * @param since the earliest execution time
     * @return the fills, oldest first
     * @throws BrokerException when the broker could not be reached
     */
    List<BrokerFill> fills(Instant since);

    /**
     * Cash, equity and positions now.
     *
     * @return the account
     * @throws BrokerException when the broker could not be reached
     */
    AccountSnapshot account();

    /**
     * Shows the broker a bar that was just stored, before any strategy sees it. A simulated broker fills its
     * working orders against it and marks its positions to it; a real broker ignores it (the default).
     *
     * @param bar the bar, possibly still in progress
     */
    default void observe(Bar bar) {
    }
}
