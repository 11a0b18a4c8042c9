package dev.artificer.system.algotrader.trading.risk;

import dev.artificer.component.market.Symbol;
import dev.artificer.system.algotrader.trading.broker.BrokerPosition;
import java.util.Locale;
import java.util.Optional;

/**
 * No order may raise the gross value of all positions together (the ordered symbol counting its working orders)
 * above the limit; orders that shrink a position always pass.
 */
public final class MaxTotalExposureRule implements RiskRule {

    private final double limit;

    /**
     * Creates the rule.
     *
     * @param limit dollars, positive
     */
    public MaxTotalExposureRule(double limit) {
        this.limit = limit;
    }

    @Override
    public String name() {
        return "max-total-exposure";
    }

    @Override
    public Optional<String> violation(ProposedOrder proposal, RiskContext context) {
        Symbol symbol = proposal.order().symbol();
        long before = context.projected(symbol);
        long after = before + proposal.order().signedQuantity();
        if (Math.abs(after) <= Math.abs(before)) {
            return Optional.empty();
        }
        double others = context.account().positions().stream().filter(position -> !position.symbol().equals(symbol))
                .mapToDouble(BrokerPosition::marketValue).map(Math::abs).sum();
        double gross = others + Math.abs(after) * proposal.price();
        return gross > limit ? Optional.of(String.format(Locale.ROOT,
                "all positions together would be worth %,.2f, above the limit of %,.2f", gross, limit)) : Optional.empty();
    }
}
