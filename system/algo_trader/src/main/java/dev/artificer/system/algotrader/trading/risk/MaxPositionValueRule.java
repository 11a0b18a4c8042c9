package dev.artificer.system.algotrader.trading.risk;

import dev.artificer.component.market.Symbol;
import java.util.Locale;
import java.util.Optional;

/**
 * No order may build a position (counting the orders still working) worth more than the limit; orders that shrink
 * a position always pass.
 */
public final class MaxPositionValueRule implements RiskRule {

    private final double limit;

    /**
     * Creates the rule.
     *
     * @param limit dollars per symbol, positive
     */
    public MaxPositionValueRule(double limit) {
        this.limit = limit;
    }

    @Override
    public String name() {
        return "max-position-value";
    }

    @Override
    public Optional<String> violation(ProposedOrder proposal, RiskContext context) {
        Symbol symbol = proposal.order().symbol();
        long before = context.projected(symbol);
        long after = before + proposal.order().signedQuantity();
        double value = Math.abs(after) * proposal.price();
        if (Math.abs(after) <= Math.abs(before) || value <= limit) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "the position in %s would be worth %,.2f, above the limit of %,.2f",
                symbol, value, limit));
    }
}
