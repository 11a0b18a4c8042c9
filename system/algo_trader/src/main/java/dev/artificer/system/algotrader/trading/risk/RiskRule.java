package dev.artificer.system.algotrader.trading.risk;

import java.util.Optional;

/** One pre-trade check; each configurable limit is its own rule. */
public interface RiskRule {

    /**
     * The rule's name, journaled with every decision it rejects.
     *
     * @return e.g. {@code max-position-value}
     */
    String name();

    /**
     * Checks an order before it is sent.
     *
     * @param proposal the order and the price it is expected at
     * @param context  the account and the day so far
     * @return why the order breaks the rule, or empty when it may go
     */
    Optional<String> violation(ProposedOrder proposal, RiskContext context);

    /**
     * A breach that stands without any order, such as the day's loss; checked after every decision-loop run.
     *
     * @param context the account and the day so far
     * @return why trading must stop, or empty (the default)
     */
    default Optional<String> standingViolation(RiskContext context) {
        return Optional.empty();
    }

    /**
     * Whether breaking this rule also halts trading (the daily loss limit does).
     *
     * @return false unless the rule says so
     */
    default boolean haltsTrading() {
        return false;
    }
}
