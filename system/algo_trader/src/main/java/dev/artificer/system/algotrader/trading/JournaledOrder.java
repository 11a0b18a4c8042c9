package dev.artificer.system.algotrader.trading;

import dev.artificer.component.strategy.Order;
import dev.artificer.system.algotrader.trading.broker.OrderStatus;
import java.time.Instant;
import java.util.Optional;

/**
 * An order in the decision journal.
 *
 * @param clientKey      the key recorded before sending
 * @param decisionId     the decision that asked for it
 * @param broker         the broker's name
 * @param brokerOrderId  the broker's id, or {@code null} before the broker answered
 * @param order          what was ordered
 * @param status         where it stands
 * @param filledQuantity shares filled
 * @param averagePrice   average fill price, {@code NaN} before a fill
 * @param createdAt      when it was journaled
 * @param updatedAt      when it last changed
 * @param detail         why it failed, was rejected or was cancelled; or empty
 */
public record JournaledOrder(String clientKey, long decisionId, String broker, String brokerOrderId, Order order,
                             OrderStatus status, long filledQuantity, double averagePrice, Instant createdAt,
                             Instant updatedAt, String detail) {

    /**
     * The broker's id.
     *
     * @return the id, once the broker answered
     */
    public Optional<String> brokerId() {
        return Optional.ofNullable(brokerOrderId);
    }
}
