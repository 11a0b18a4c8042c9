package dev.artificer.system.algotrader.trading.broker;

import dev.artificer.component.market.Symbol;
import dev.artificer.component.strategy.Side;
import java.time.Instant;

/**
 * One execution reported by a broker.
 *
 * @param fillId        the broker's id of the execution, unique per broker
 * @param brokerOrderId the order it belongs to
 * @param symbol        the symbol
 * @param side          buy or sell
 * @param quantity      shares, positive
 * @param price         the price
 * @param commission    dollars charged
 * @param filledAt      when it executed
 */
public record BrokerFill(String fillId, String brokerOrderId, Symbol symbol, Side side, long quantity, double price,
                         double commission, Instant filledAt) {
}
