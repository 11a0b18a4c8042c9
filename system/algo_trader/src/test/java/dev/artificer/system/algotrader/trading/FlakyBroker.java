package dev.artificer.system.algotrader.trading;

import dev.artificer.component.market.Bar;
import dev.artificer.system.algotrader.trading.broker.AccountSnapshot;
import dev.artificer.system.algotrader.trading.broker.Broker;
import dev.artificer.system.algotrader.trading.broker.BrokerException;
import dev.artificer.system.algotrader.trading.broker.BrokerFill;
import dev.artificer.system.algotrader.trading.broker.BrokerOrder;
import dev.artificer.system.algotrader.trading.broker.ClientOrder;
import java.time.Instant;
import java.util.List;

/**
 * A real broker whose order placement can be made to fail, or to fail after the order arrived (the answer lost on
 * the way back, as in a crash between sending and recording).
 */
final class FlakyBroker implements Broker {

    /** How {@link #place} behaves. */
    enum Placing { WORKS, FAILS, ARRIVES_BUT_ANSWER_LOST, PROCESS_DIES_AFTER_SENDING }

    private final Broker real;
    private Placing placing = Placing.WORKS;
    private int placed;

    FlakyBroker(Broker real) {
        this.real = real;
    }

    void placing(Placing behaviour) {
        placing = behaviour;
    }

    int placeCalls() {
        return placed;
    }

    @Override
    public String name() {
        return real.name();
    }

    @Override
    public BrokerOrder place(ClientOrder order) {
        placed++;
        return switch (placing) {
            case WORKS -> real.place(order);
            case FAILS -> throw new BrokerException("connection refused");
            case ARRIVES_BUT_ANSWER_LOST -> {
                real.place(order);
                throw new BrokerException("read timed out");
            }
            case PROCESS_DIES_AFTER_SENDING -> {
                real.place(order);
                throw new IllegalStateException("the process died before it recorded the broker's answer");
            }
        };
    }

    @Override
    public void cancel(String brokerOrderId) {
        real.cancel(brokerOrderId);
    }

    @Override
    public List<BrokerOrder> openOrders() {
        return real.openOrders();
    }

    @Override
    public List<BrokerOrder> orders(Instant since) {
        return real.orders(since);
    }

    @Override
    public List<BrokerFill> fills(Instant since) {
        return real.fills(since);
    }

    @Override
    public AccountSnapshot account() {
        return real.account();
    }

    @Override
    public void observe(Bar bar) {
        real.observe(bar);
    }
}
