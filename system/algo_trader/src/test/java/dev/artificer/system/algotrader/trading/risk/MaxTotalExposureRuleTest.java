package dev.artificer.system.algotrader.trading.risk;

import static dev.artificer.system.algotrader.trading.risk.RiskFixtures.AAPL;
import static dev.artificer.system.algotrader.trading.risk.RiskFixtures.MSFT;
import static dev.artificer.system.algotrader.trading.risk.RiskFixtures.account;
import static dev.artificer.system.algotrader.trading.risk.RiskFixtures.buy;
import static dev.artificer.system.algotrader.trading.risk.RiskFixtures.context;
import static dev.artificer.system.algotrader.trading.risk.RiskFixtures.holding;
import static dev.artificer.system.algotrader.trading.risk.RiskFixtures.sell;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaxTotalExposureRuleTest {

    private final MaxTotalExposureRule rule = new MaxTotalExposureRule(20_000);

    @Test
    void anOrderKeepingAllPositionsWithinTheLimitPasses() {
        assertThat(rule.violation(buy(AAPL, 50, 100), context(account(50_000, holding(MSFT, 100, 150))))).isEmpty();
    }

    @Test
    void anOrderThatWouldRaiseAllPositionsAboveTheLimitIsRejected() {
        assertThat(rule.violation(buy(AAPL, 60, 100), context(account(50_000, holding(MSFT, 100, 150)))))
                .contains("all positions together would be worth 21,000.00, above the limit of 20,000.00");
    }

    @Test
    void anOrderThatShrinksExposureAboveTheLimitPasses() {
        assertThat(rule.violation(sell(MSFT, 10, 150), context(account(0, holding(MSFT, 200, 150))))).isEmpty();
    }
}
