package dev.artificer.system.algotrader.adapters.paper;

import dev.artificer.component.backtest.CommissionModel;
import dev.artificer.component.backtest.SlippageModel;
import java.util.Objects;

/**
 * How the paper broker trades: the backtest's cost models, and the cash its account starts with.
 *
 * @param initialCash cash when the account is first created
 * @param commission  the commission of each fill
 * @param slippage    the slippage of market and stop fills (limit orders fill at their price)
 */
public record PaperSettings(double initialCash, CommissionModel commission, SlippageModel slippage) {

    /** Checks the values. */
    public PaperSettings {
        if (!(initialCash > 0 && Double.isFinite(initialCash))) {
            throw new IllegalArgumentException("initial cash must be positive (got " + initialCash + ")");
        }
        Objects.requireNonNull(commission, "commission");
        Objects.requireNonNull(slippage, "slippage");
    }
}
