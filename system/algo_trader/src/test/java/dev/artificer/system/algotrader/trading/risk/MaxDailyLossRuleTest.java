package dev.artificer.system.algotrader.trading.risk;

import static dev.artificer.system.algotrader.trading.risk.RiskFixtures.AAPL;
import static dev.artificer.system.algotrader.trading.risk.RiskFixtures.MARKET_OPEN;
import static dev.artificer.system.algotrader.trading.risk.RiskFixtures.account;
import static dev.artificer.system.algotrader.trading.risk.RiskFixtures.buy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MaxDailyLossRuleTest {

    private final MaxDailyLossRule rule = new MaxDailyLossRule(1_000);

    private static RiskContext startedAt(double dayStartEquity, double equityNow) {
        return new RiskContext(MARKET_OPEN, account(equityNow), dayStartEquity, 0, List.of(AAPL), Map.of());
    }

    @Test
    void aLossBelowTheLimitLetsOrdersThrough() {
        assertThat(rule.violation(buy(AAPL, 1, 100), startedAt(100_000, 99_001))).isEmpty();
    }

    @Test
    void aLossReachingTheLimitRejectsTheOrderAndHaltsTrading() {
        assertThat(rule.violation(buy(AAPL, 1, 100), startedAt(100_000, 99_000)))
                .contains("the day's loss of 1,000.00 reached the limit of 1,000.00");
        assertThat(rule.haltsTrading()).isTrue();
    }

    @Test
    void theLossStandsWithoutAnyOrder() {
        assertThat(rule.standingViolation(startedAt(100_000, 98_500))).isPresent();
        assertThat(rule.standingViolation(startedAt(100_000, 101_000))).isEmpty();
    }
}
