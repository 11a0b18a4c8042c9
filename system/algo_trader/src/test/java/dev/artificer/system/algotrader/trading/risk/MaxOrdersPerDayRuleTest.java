package dev.artificer.system.algotrader.trading.risk;

import static dev.artificer.system.algotrader.trading.risk.RiskFixtures.AAPL;
import static dev.artificer.system.algotrader.trading.risk.RiskFixtures.MARKET_OPEN;
import static dev.artificer.system.algotrader.trading.risk.RiskFixtures.account;
import static dev.artificer.system.algotrader.trading.risk.RiskFixtures.buy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MaxOrdersPerDayRuleTest {

    private final MaxOrdersPerDayRule rule = new MaxOrdersPerDayRule(3);

    private static RiskContext afterOrders(int ordersToday) {
        return new RiskContext(MARKET_OPEN, account(10_000), 10_000, ordersToday, List.of(AAPL), Map.of());
    }

    @Test
    void theLastAllowedOrderPasses() {
        assertThat(rule.violation(buy(AAPL, 1, 100), afterOrders(2))).isEmpty();
    }

    @Test
    void anOrderBeyondTheLimitIsRejected() {
        assertThat(rule.violation(buy(AAPL, 1, 100), afterOrders(3))).contains("3 orders were sent today; the limit is 3");
    }
}
