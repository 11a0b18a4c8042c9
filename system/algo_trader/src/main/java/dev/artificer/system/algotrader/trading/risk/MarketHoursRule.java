package dev.artificer.system.algotrader.trading.risk;

import dev.artificer.system.algotrader.jobs.MarketHours;
import java.util.Optional;

/** Orders only in regular market hours (weekdays 09:30-16:00 New York; exchange holidays are not known). */
public final class MarketHoursRule implements RiskRule {

    private final MarketHours hours;

    /**
     * Creates the rule.
     *
     * @param hours the regular session, without grace
     */
    public MarketHoursRule(MarketHours hours) {
        this.hours = hours;
    }

    @Override
    public String name() {
        return "market-hours";
    }

    @Override
    public Optional<String> violation(ProposedOrder proposal, RiskContext context) {
        return hours.isOpen(context.now()) ? Optional.empty()
                : Optional.of("the market is closed at " + context.now() + " (regular hours only)");
    }
}
