package dev.artificer.system.algotrader.trading;

import dev.artificer.system.algotrader.trading.broker.AccountSnapshot;
import dev.artificer.system.algotrader.trading.broker.Broker;
import dev.artificer.system.algotrader.trading.broker.BrokerException;
import dev.artificer.system.algotrader.trading.broker.BrokerFill;
import dev.artificer.system.algotrader.trading.broker.BrokerOrder;
import dev.artificer.system.algotrader.trading.broker.ClientOrder;
import java.time.Instant;
import java.util.List;

/** A broker that cannot be reached: every call fails. */
final class FailingBroker implements Broker {

    private final String name;

    FailingBroker(String name) {
        this.name = name;
    }

    private static BrokerException down() {
        return new BrokerException("connection refused");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public BrokerOrder place(ClientOrder order) {
        throw down();
    }

    @Override
    public void cancel(String brokerOrderId) {
        throw down();
    }

    @Override
    public List<BrokerOrder> openOrders() {
        throw down();
    }

    @Override
    public List<BrokerOrder> orders(Instant since) {
        throw down();
    }

    @Override
    public List<BrokerFill> fills(Instant since) {
        throw down();
    }

    @Override
    public AccountSnapshot account() {
        throw down();
    }
}
