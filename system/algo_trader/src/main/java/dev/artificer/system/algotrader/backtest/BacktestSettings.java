package dev.artificer.system.algotrader.backtest;

import java.util.Objects;

/**
 * How a backtest trades.
 *
 * @param initialCash cash at the start, positive
 * @param commission  the commission model
 * @param slippage    the slippage model
 * @param fillAtClose fill market orders at the signal bar's close (optimistic) instead of the next bar's open
 */
public record BacktestSettings(double initialCash, CommissionModel commission, SlippageModel slippage,
                               boolean fillAtClose) {

    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException when the initial cash is not positive
     */
    public BacktestSettings {
        if (!(initialCash > 0)) {
            throw new IllegalArgumentException("initial cash must be positive (got " + initialCash + ")");
        }
        Objects.requireNonNull(commission, "commission");
        Objects.requireNonNull(slippage, "slippage");
    }

    /**
     * Next-open fills, no costs.
     *
     * @param initialCash cash at the start
     * @return the settings
     */
    public static BacktestSettings withoutCosts(double initialCash) {
        return new BacktestSettings(initialCash, CommissionModel.none(), SlippageModel.none(), false);
    }
}
