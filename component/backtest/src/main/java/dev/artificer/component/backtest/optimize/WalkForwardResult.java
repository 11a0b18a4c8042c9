package dev.artificer.component.backtest.optimize;

import dev.artificer.component.backtest.BacktestResult;
import java.util.List;

/**
 * What a walk-forward optimisation found.
 *
 * @param windows  each step: the combination chosen in sample and how it did out of sample
 * @param stitched the out-of-sample periods as one account's run: each window continued from the state the one
 *                 before ended in, so its equity curve, fills, trades and final state are those of that one account
 *                 and its return is the product of the windows' returns
 */
public record WalkForwardResult(List<WalkForwardWindow> windows, BacktestResult stitched) {

    /** Copies the list. */
    public WalkForwardResult {
        windows = List.copyOf(windows);
    }
}
