package dev.artificer.system.algotrader.trading.risk;

import static dev.artificer.system.algotrader.trading.risk.RiskFixtures.AAPL;
import static dev.artificer.system.algotrader.trading.risk.RiskFixtures.MARKET_OPEN;
import static dev.artificer.system.algotrader.trading.risk.RiskFixtures.account;
import static dev.artificer.system.algotrader.trading.risk.RiskFixtures.buy;
import static dev.artificer.system.algotrader.trading.risk.RiskFixtures.context;
import static dev.artificer.system.algotrader.trading.risk.RiskFixtures.holding;
import static dev.artificer.system.algotrader.trading.risk.RiskFixtures.sell;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MaxPositionValueRuleTest {

    private final MaxPositionValueRule rule = new MaxPositionValueRule(10_000);

    @Test
    void anOrderUpToTheLimitPasses() {
        assertThat(rule.violation(buy(AAPL, 100, 100), context(account(50_000)))).isEmpty();
    }

    @Test
    void anOrderThatWouldBuildAPositionAboveTheLimitIsRejectedWithTheValue() {
        assertThat(rule.violation(buy(AAPL, 50, 100), context(account(50_000, holding(AAPL, 60, 100)))))
                .contains("the position in AAPL would be worth 11,000.00, above the limit of 10,000.00");
    }

    @Test
    void workingOrdersCountTowardsThePosition() {
        RiskContext context = new RiskContext(MARKET_OPEN, account(50_000), 50_000, 0, List.of(AAPL), Map.of(AAPL, 90L));

        assertThat(rule.violation(buy(AAPL, 20, 100), context)).isPresent();
    }

    @Test
    void anOrderThatShrinksAPositionAboveTheLimitPasses() {
        assertThat(rule.violation(sell(AAPL, 10, 100), context(account(0, holding(AAPL, 500, 100))))).isEmpty();
    }
}
