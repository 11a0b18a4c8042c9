package dev.artificer.system.algotrader.trading;

import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.component.strategy.Order;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An order a strategy asked for on one bar, before the risk checks.
 *
 * @param clientKey  the key of the order it asks for: the same on every replay of the same bar, so a restart that
 *                   replays the bar does not send it twice
 * @param decidedAt  when it was made
 * @param timeframe  the bar size the strategy trades
 * @param strategy   the strategy with its parameters
 * @param order      the order
 * @param barStart   the start of the bar it was made on
 * @param barClose   that bar's close
 * @param reason     why, in words
 * @param indicators the indicator values the strategy decided on (at least {@code close}), in a stable order
 */
public record Decision(String clientKey, Instant decidedAt, Timeframe timeframe, String strategy, Order order,
                       Instant barStart, double barClose, String reason, Map<String, Double> indicators) {

    /** Checks that nothing is missing and copies the indicators. */
    public Decision {
        Objects.requireNonNull(clientKey, "clientKey");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(timeframe, "timeframe");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(barStart, "barStart");
        Objects.requireNonNull(reason, "reason");
        indicators = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(indicators));
    }

    /**
     * The symbol.
     *
     * @return the order's symbol
     */
    public Symbol symbol() {
        return order.symbol();
    }

    /**
     * The price the order is expected to trade at.
     *
     * @return the limit or stop price, else the bar's close
     */
    public double expectedPrice() {
        return Double.isNaN(order.price()) ? barClose : order.price();
    }
}
