package dev.artificer.system.algotrader.trading.risk;

import java.util.Locale;
import java.util.Optional;

/** Stops trading for the day once the loss since the day's start (New York) reaches the limit. */
public final class MaxDailyLossRule implements RiskRule {

    private final double limit;

    /**
     * Creates the rule.
     *
     * @param limit dollars, positive
     */
    public MaxDailyLossRule(double limit) {
        this.limit = limit;
    }

    @Override
    public String name() {
        return "max-daily-loss";
    }

    @Override
    public Optional<String> violation(ProposedOrder proposal, RiskContext context) {
        return standingViolation(context);
    }

    @Override
    public Optional<String> standingViolation(RiskContext context) {
        double loss = context.lossToday();
        return loss >= limit ? Optional.of(String.format(Locale.ROOT,
                "the day's loss of %,.2f reached the limit of %,.2f", loss, limit)) : Optional.empty();
    }

    @Override
    public boolean haltsTrading() {
        return true;
    }
}
