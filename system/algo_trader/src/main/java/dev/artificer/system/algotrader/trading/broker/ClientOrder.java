package dev.artificer.system.algotrader.trading.broker;

import dev.artificer.component.market.Timeframe;
import dev.artificer.component.strategy.Order;
import java.time.Instant;
import java.util.Objects;

/**
 * An order on its way to a broker, with the key it was journaled under and the bar it was decided on. A simulated
 * broker fills it from the next bar of that series; a real broker ignores the bar.
 *
 * @param clientKey      the key recorded before sending, unique per order
 * @param order          what to trade
 * @param timeframe      the bar series the decision was made on
 * @param signalBarStart the start of the bar the decision was made on
 */
public record ClientOrder(String clientKey, Order order, Timeframe timeframe, Instant signalBarStart) {

    /** Checks that nothing is missing. */
    public ClientOrder {
        Objects.requireNonNull(clientKey, "clientKey");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(timeframe, "timeframe");
        Objects.requireNonNull(signalBarStart, "signalBarStart");
    }
}
