package dev.artificer.component.backtest;

import java.util.Objects;

/**
 * How a backtest trades.
 *
 * @param initialCash cash at the start, positive
 * @param commission  the commission model
 * @param slippage    the slippage model (market and stop orders; limit orders fill at their price)
 * @param fillAtClose fill market orders at the signal bar's close (optimistic) instead of the next bar's open
 * @param allowShort  whether a sell may take a position below zero
 * @param margin      buying power as a multiple of equity: 1 is a cash account (cash never goes negative), 2 is
 *                    Reg T margin; an order that would raise the gross position value above {@code margin x equity}
 *                    is refused
 */
public record BacktestSettings(double initialCash, CommissionModel commission, SlippageModel slippage,
                               boolean fillAtClose, boolean allowShort, double margin)
        implements java.io.Serializable {

    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException when the initial cash is not positive or the margin is below 1
     */
    public BacktestSettings {
        if (!(initialCash > 0 && Double.isFinite(initialCash))) {
            throw new IllegalArgumentException("initial cash must be positive (got " + initialCash + ")");
        }
        if (!(margin >= 1 && margin <= 10)) {
            throw new IllegalArgumentException("margin must be between 1 (cash account) and 10 (got " + margin + ")");
        }
        Objects.requireNonNull(commission, "commission");
        Objects.requireNonNull(slippage, "slippage");
    }

    /**
     * A cash account, long only, next-open fills, no costs.
     *
     * @param initialCash cash at the start
     * @return the settings
     */
    public static BacktestSettings withoutCosts(double initialCash) {
        return new BacktestSettings(initialCash, CommissionModel.none(), SlippageModel.none(), false, false, 1);
    }

    /**
     * The same settings with other costs.
     *
     * @param newCommission the commission model
     * @param newSlippage   the slippage model
     * @return the settings
     */
    public BacktestSettings withCosts(CommissionModel newCommission, SlippageModel newSlippage) {
        return new BacktestSettings(initialCash, newCommission, newSlippage, fillAtClose, allowShort, margin);
    }

    /**
     * The same settings, filling market orders at the signal bar's close (optimistic).
     *
     * @return the settings
     */
    public BacktestSettings fillingAtClose() {
        return new BacktestSettings(initialCash, commission, slippage, true, allowShort, margin);
    }

    /**
     * The same settings with short selling allowed and the given margin.
     *
     * @param newMargin buying power as a multiple of equity, 1 to 10
     * @return the settings
     */
    public BacktestSettings withShortsAndMargin(double newMargin) {
        return new BacktestSettings(initialCash, commission, slippage, fillAtClose, true, newMargin);
    }
}
