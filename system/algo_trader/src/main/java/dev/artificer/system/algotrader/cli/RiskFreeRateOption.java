package dev.artificer.system.algotrader.cli;

import dev.artificer.system.algotrader.config.BacktestProperties;
import dev.artificer.system.algotrader.config.Setting;
import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Option;

/**
 * The {@code --risk-free-rate} option of the commands that measure backtests: the annual rate Sharpe and Sortino
 * are measured against, defaulting to the {@code ALGO_TRADER_BACKTEST_RISK_FREE_RATE} setting.
 */
public class RiskFreeRateOption {

    private final ObjectProvider<BacktestProperties> settings;

    @Option(names = "--risk-free-rate", paramLabel = "RATE", description = "Annual risk-free rate for Sharpe and "
            + "Sortino, as a fraction: 0.04 = 4 %% (default: ALGO_TRADER_BACKTEST_RISK_FREE_RATE, else 0).")
    private Double rate;

    /**
     * Creates the option.
     *
     * @param settings the backtest settings, whose rate is the default
     */
    public RiskFreeRateOption(ObjectProvider<BacktestProperties> settings) {
        this.settings = settings;
    }

    /**
     * The rate to measure with.
     *
     * @return the option's rate, else the setting's
     * @throws UsageException when the option's rate is out of range
     */
    double rate() {
        if (rate == null) {
            return settings.getObject().riskFreeRate();
        }
        if (!BacktestProperties.validRate(rate)) {
            throw new UsageException("--risk-free-rate must be " + Setting.BACKTEST_RISK_FREE_RATE.allowed() + " (got "
                    + rate + ")", null);
        }
        return rate;
    }
}
