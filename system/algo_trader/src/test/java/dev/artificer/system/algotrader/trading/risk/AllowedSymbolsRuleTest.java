package dev.artificer.system.algotrader.trading.risk;

import static dev.artificer.system.algotrader.trading.risk.RiskFixtures.AAPL;
import static dev.artificer.system.algotrader.trading.risk.RiskFixtures.MSFT;
import static dev.artificer.system.algotrader.trading.risk.RiskFixtures.account;
import static dev.artificer.system.algotrader.trading.risk.RiskFixtures.buy;
import static dev.artificer.system.algotrader.trading.risk.RiskFixtures.context;
import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.component.market.Symbol;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllowedSymbolsRuleTest {

    @Test
    void withoutConfiguredSymbolsTheWatchlistDecides() {
        AllowedSymbolsRule rule = new AllowedSymbolsRule(List.of());

        assertThat(rule.violation(buy(MSFT, 1, 100), context(account(10_000)))).isEmpty();
        assertThat(rule.violation(buy(Symbol.of("TSLA"), 1, 100), context(account(10_000))))
                .contains("TSLA is not among the allowed symbols (the watchlist: AAPL, MSFT)");
    }

    @Test
    void configuredSymbolsReplaceTheWatchlist() {
        AllowedSymbolsRule rule = new AllowedSymbolsRule(List.of(AAPL));

        assertThat(rule.violation(buy(AAPL, 1, 100), context(account(10_000)))).isEmpty();
        assertThat(rule.violation(buy(MSFT, 1, 100), context(account(10_000))))
                .contains("MSFT is not among the allowed symbols (AAPL)");
    }
}
