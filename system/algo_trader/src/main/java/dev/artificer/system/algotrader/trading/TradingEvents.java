package dev.artificer.system.algotrader.trading;

import dev.artificer.system.algotrader.trading.broker.BrokerFill;

/**
 * What the trading core tells an observer (the hardware panel) as it happens: each fill it journals and how each run
 * of the decision loop ended. Calls come on the loop's thread; an observer returns quickly and never throws.
 */
public interface TradingEvents {

    /**
     * A fill the journal had not seen before.
     *
     * @param fill the fill
     */
    void filled(BrokerFill fill);

    /** A run of the decision loop went through without a failure. */
    void loopSucceeded();

    /**
     * A run of the decision loop failed, or some of its assignments did.
     *
     * @param problem what went wrong, one line
     */
    void loopFailed(String problem);

    /**
     * Events that go nowhere, for commands that run without the panel.
     *
     * @return the no-op observer
     */
    static TradingEvents none() {
        return new TradingEvents() {
            @Override
            public void filled(BrokerFill fill) {
            }

            @Override
            public void loopSucceeded() {
            }

            @Override
            public void loopFailed(String problem) {
            }
        };
    }
}
