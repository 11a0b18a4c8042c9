package dev.artificer.system.algotrader.trading.risk;

import static dev.artificer.system.algotrader.trading.risk.RiskFixtures.AAPL;
import static dev.artificer.system.algotrader.trading.risk.RiskFixtures.account;
import static dev.artificer.system.algotrader.trading.risk.RiskFixtures.buy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.system.algotrader.jobs.MarketHours;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarketHoursRuleTest {

    private final MarketHoursRule rule = new MarketHoursRule(new MarketHours(Duration.ZERO));

    private static RiskContext at(String instant) {
        return new RiskContext(Instant.parse(instant), account(10_000), 10_000, 0, List.of(AAPL), Map.of());
    }

    @Test
    void ordersPassDuringTheRegularSession() {
        assertThat(rule.violation(buy(AAPL, 1, 100), at("2026-11-18T14:30:00Z"))).isEmpty();
    }

    @Test
    void ordersAfterTheCloseAreRejected() {
        assertThat(rule.violation(buy(AAPL, 1, 100), at("2026-11-18T21:01:00Z")))
                .contains("the market is closed at 2026-11-18T21:01:00Z (regular hours only)");
    }

    @Test
    void ordersOnASaturdayAreRejected() {
        assertThat(rule.violation(buy(AAPL, 1, 100), at("2026-11-21T16:00:00Z"))).isPresent();
    }
}
