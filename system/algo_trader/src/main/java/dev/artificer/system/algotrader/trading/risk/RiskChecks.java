package dev.artificer.system.algotrader.trading.risk;

import dev.artificer.system.algotrader.config.TradingProperties;
import dev.artificer.system.algotrader.jobs.MarketHours;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The risk rules in the order they are checked; the first rule an order breaks rejects it. */
public final class RiskChecks {

    private final List<RiskRule> rules;

    /**
     * Creates the checks.
     *
     * @param rules the rules, in order
     */
    public RiskChecks(List<RiskRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * The rules the configuration switches on (a limit of 0 is none).
     *
     * @param limits the configured limits
     * @return the checks
     */
    public static RiskChecks from(TradingProperties.Risk limits) {
        List<RiskRule> rules = new ArrayList<>();
        if (limits.marketHoursOnly()) {
            rules.add(new MarketHoursRule(new MarketHours(Duration.ZERO)));
        }
        rules.add(new AllowedSymbolsRule(limits.allowed()));
        if (limits.maxDailyLoss() > 0) {
            rules.add(new MaxDailyLossRule(limits.maxDailyLoss()));
        }
        if (limits.maxOrdersPerDay() > 0) {
            rules.add(new MaxOrdersPerDayRule(limits.maxOrdersPerDay()));
        }
        if (limits.maxPositionValue() > 0) {
            rules.add(new MaxPositionValueRule(limits.maxPositionValue()));
        }
        if (limits.maxTotalExposure() > 0) {
            rules.add(new MaxTotalExposureRule(limits.maxTotalExposure()));
        }
        return new RiskChecks(rules);
    }

    /**
     * The rules, in order.
     *
     * @return the rules
     */
    public List<RiskRule> rules() {
        return rules;
    }

    /**
     * Judges an order.
     *
     * @param proposal the order and its expected price
     * @param context  the account and the day so far
     * @return accepted, or rejected by the first rule it breaks
     */
    public RiskVerdict judge(ProposedOrder proposal, RiskContext context) {
        for (RiskRule rule : rules) {
            Optional<String> violation = rule.violation(proposal, context);
            if (violation.isPresent()) {
                return RiskVerdict.reject(rule.name(), violation.get(), rule.haltsTrading());
            }
        }
        return RiskVerdict.accept();
    }

    /**
     * Looks for a breach that stands without any order (the day's loss) and halts trading.
     *
     * @param context the account and the day so far
     * @return the halting verdict, or empty when trading may go on
     */
    public Optional<RiskVerdict> standingBreach(RiskContext context) {
        for (RiskRule rule : rules) {
            Optional<String> violation = rule.standingViolation(context);
            if (violation.isPresent() && rule.haltsTrading()) {
                return Optional.of(RiskVerdict.reject(rule.name(), violation.get(), true));
            }
        }
        return Optional.empty();
    }
}
