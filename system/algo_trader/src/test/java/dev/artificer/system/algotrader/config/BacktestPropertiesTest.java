package dev.artificer.system.algotrader.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BacktestPropertiesTest {

    @Test
    void riskFreeRateGivenAsAPercentNumberIsRejectedNamingTheVariable() {
        assertThatThrownBy(() -> new BacktestProperties(4))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("invalid configuration: ALGO_TRADER_BACKTEST_RISK_FREE_RATE = '4.0' is not allowed; "
                        + "use an annual rate as a fraction from -0.5 to 1, e.g. 0.04 for 4 %");
    }

    @Test
    void ratesFromMinusHalfToOneAreAllowed() {
        assertThat(new BacktestProperties(-0.5).riskFreeRate()).isEqualTo(-0.5);
        assertThat(new BacktestProperties(0.04).riskFreeRate()).isEqualTo(0.04);
        assertThat(new BacktestProperties(1).riskFreeRate()).isEqualTo(1.0);
        assertThat(BacktestProperties.validRate(Double.NaN)).isFalse();
    }
}
