package dev.artificer.system.algotrader.trading.broker;

import dev.artificer.component.market.Symbol;

/**
 * One position held at a broker.
 *
 * @param symbol       the symbol
 * @param quantity     shares; negative when short
 * @param averagePrice the average cost per share
 * @param marketPrice  the latest price known for it
 */
public record BrokerPosition(Symbol symbol, long quantity, double averagePrice, double marketPrice) {

    /**
     * The position's value at the market price.
     *
     * @return dollars; negative when short
     */
    public double marketValue() {
        return quantity * marketPrice;
    }

    /**
     * The gain or loss against the average cost.
     *
     * @return dollars
     */
    public double unrealizedPnl() {
        return quantity * (marketPrice - averagePrice);
    }
}
