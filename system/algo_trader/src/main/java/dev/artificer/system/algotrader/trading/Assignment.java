package dev.artificer.system.algotrader.trading;

import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import java.time.Instant;
import java.util.Objects;

/**
 * A strategy assigned to trade one watchlist symbol on the bars of one timeframe.
 *
 * @param symbol     the symbol
 * @param timeframe  the bar size the strategy sees
 * @param strategy   the strategy's name, e.g. {@code sma-cross}
 * @param parameters its parameters in canonical form, e.g. {@code fast=10 slow=30}; empty for none
 * @param assignedAt when it was assigned (a new assignment starts a new strategy object)
 */
public record Assignment(Symbol symbol, Timeframe timeframe, String strategy, String parameters, Instant assignedAt) {

    /** Checks that nothing is missing. */
    public Assignment {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(timeframe, "timeframe");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(assignedAt, "assignedAt");
        parameters = parameters == null ? "" : parameters.strip();
    }

    /**
     * The strategy with its parameters, as journaled.
     *
     * @return e.g. {@code sma-cross fast=10 slow=30}
     */
    public String identity() {
        return parameters.isEmpty() ? strategy : strategy + " " + parameters;
    }
}
