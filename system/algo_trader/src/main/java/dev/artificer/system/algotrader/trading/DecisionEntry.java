package dev.artificer.system.algotrader.trading;

import dev.artificer.system.algotrader.trading.broker.OrderStatus;
import dev.artificer.system.algotrader.trading.risk.RiskVerdict;
import java.util.Optional;

/**
 * A journaled decision with its risk outcome and, when one was sent, its order's status.
 *
 * @param id          the journal's id
 * @param broker      the broker it was meant for
 * @param decision    the decision
 * @param verdict     the risk outcome
 * @param orderStatus the order's status, or {@code null} when no order was sent
 */
public record DecisionEntry(long id, String broker, Decision decision, RiskVerdict verdict, OrderStatus orderStatus) {

    /**
     * The order's status.
     *
     * @return the status, when an order was sent
     */
    public Optional<OrderStatus> order() {
        return Optional.ofNullable(orderStatus);
    }
}
