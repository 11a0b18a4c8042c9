package dev.artificer.system.algotrader.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The typed, validated backtest settings. A bad value stops the app at start with a message naming its variable.
 *
 * @param riskFreeRate the annual risk-free rate Sharpe and Sortino are measured against, e.g. 0.04 for 4 %
 */
@ConfigurationProperties("algo-trader.backtest")
public record BacktestProperties(double riskFreeRate) {

    /** Validates the rate. */
    public BacktestProperties {
        if (!validRate(riskFreeRate)) {
            throw InvalidSettingException.of(Setting.BACKTEST_RISK_FREE_RATE, String.valueOf(riskFreeRate));
        }
    }

    /**
     * Whether a risk-free rate is allowed: from -0.5 to 1 (-50 % to 100 % a year).
     *
     * @param rate the annual rate as a fraction
     * @return true when allowed
     */
    public static boolean validRate(double rate) {
        return rate >= -0.5 && rate <= 1;
    }
}
