package dev.artificer.system.algotrader.trading.risk;

import static dev.artificer.system.algotrader.trading.risk.RiskFixtures.AAPL;
import static dev.artificer.system.algotrader.trading.risk.RiskFixtures.account;
import static dev.artificer.system.algotrader.trading.risk.RiskFixtures.buy;
import static dev.artificer.system.algotrader.trading.risk.RiskFixtures.context;
import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.system.algotrader.config.TradingProperties;
import org.junit.jupiter.api.Test;

class RiskChecksTest {

    @Test
    void theFirstRuleAnOrderBreaksRejectsItByName() {
        RiskChecks checks = RiskChecks.from(new TradingProperties.Risk(1_000, 500, 0, 0, "", false));

        RiskVerdict verdict = checks.judge(buy(AAPL, 20, 100), context(account(10_000)));

        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.rule()).isEqualTo("max-position-value");
        assertThat(verdict.halts()).isFalse();
    }

    @Test
    void limitsOfZeroSwitchTheirRulesOff() {
        RiskChecks checks = RiskChecks.from(new TradingProperties.Risk(0, 0, 0, 0, "", false));

        assertThat(checks.rules()).extracting(RiskRule::name).containsExactly("allowed-symbols");
        assertThat(checks.judge(buy(AAPL, 1_000_000, 100), context(account(10_000))).accepted()).isTrue();
    }

    @Test
    void everyConfiguredRuleIsChecked() {
        RiskChecks checks = RiskChecks.from(new TradingProperties.Risk(1, 1, 1, 1, "AAPL", true));

        assertThat(checks.rules()).extracting(RiskRule::name).containsExactly("market-hours", "allowed-symbols",
                "max-daily-loss", "max-orders-per-day", "max-position-value", "max-total-exposure");
    }
}
