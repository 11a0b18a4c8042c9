package dev.artificer.system.algotrader.trading.risk;

import java.util.Optional;

/** At most so many orders per day (New York). */
public final class MaxOrdersPerDayRule implements RiskRule {

    private final int limit;

    /**
     * Creates the rule.
     *
     * @param limit orders, positive
     */
    public MaxOrdersPerDayRule(int limit) {
        this.limit = limit;
    }

    @Override
    public String name() {
        return "max-orders-per-day";
    }

    @Override
    public Optional<String> violation(ProposedOrder proposal, RiskContext context) {
        return context.ordersToday() >= limit
                ? Optional.of(context.ordersToday() + " orders were sent today; the limit is " + limit)
                : Optional.empty();
    }
}
