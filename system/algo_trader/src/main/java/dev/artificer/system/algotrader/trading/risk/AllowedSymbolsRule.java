package dev.artificer.system.algotrader.trading.risk;

import dev.artificer.component.market.Symbol;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Orders only for the configured symbols, or, when none are configured, for the watchlist's. */
public final class AllowedSymbolsRule implements RiskRule {

    private final List<Symbol> configured;

    /**
     * Creates the rule.
     *
     * @param configured the allowed symbols; empty = the watchlist
     */
    public AllowedSymbolsRule(List<Symbol> configured) {
        this.configured = List.copyOf(configured);
    }

    @Override
    public String name() {
        return "allowed-symbols";
    }

    @Override
    public Optional<String> violation(ProposedOrder proposal, RiskContext context) {
        List<Symbol> allowed = configured.isEmpty() ? context.watchlist() : configured;
        Symbol symbol = proposal.order().symbol();
        if (allowed.contains(symbol)) {
            return Optional.empty();
        }
        return Optional.of(symbol + " is not among the allowed symbols (" + (configured.isEmpty() ? "the watchlist: " : "")
                + (allowed.isEmpty() ? "none" : allowed.stream().map(Symbol::value).collect(Collectors.joining(", "))) + ")");
    }
}
