package dev.artificer.system.algotrader.trading.broker;

/**
 * The seam for live trading: a Spring bean of this type (the Schwab trader API adapter's wiring provides it) opens
 * the broker that sends real orders. It is only asked once live trading has been confirmed; without such a bean,
 * confirmed live mode refuses to start.
 */
@FunctionalInterface
public interface LiveBrokerFactory {

    /**
     * Opens the live broker.
     *
     * @return the broker
     * @throws BrokerException when it cannot be opened (e.g. no account, no login)
     */
    Broker open();
}
