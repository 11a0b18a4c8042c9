package dev.artificer.system.algotrader.trading.broker;

import dev.artificer.component.strategy.Order;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An order as the broker reports it.
 *
 * @param brokerOrderId  the broker's id
 * @param clientKey      the client key, or {@code null} when the broker cannot carry one
 * @param order          what was ordered
 * @param status         where it stands
 * @param filledQuantity shares filled so far
 * @param averagePrice   the average fill price, {@code NaN} before a fill
 * @param enteredAt      when the broker received it
 * @param detail         the broker's reason for a rejection or cancellation, or empty
 */
public record BrokerOrder(String brokerOrderId, String clientKey, Order order, OrderStatus status, long filledQuantity,
                          double averagePrice, Instant enteredAt, String detail) {

    /** Checks that nothing required is missing. */
    public BrokerOrder {
        Objects.requireNonNull(brokerOrderId, "brokerOrderId");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(enteredAt, "enteredAt");
        detail = detail == null ? "" : detail;
    }

    /**
     * The client key.
     *
     * @return the key, when the broker carries one
     */
    public Optional<String> key() {
        return Optional.ofNullable(clientKey);
    }
}
