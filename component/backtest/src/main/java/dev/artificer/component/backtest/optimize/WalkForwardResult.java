package dev.artificer.component.backtest.optimize;

import dev.artificer.component.backtest.BacktestResult;
import java.util.List;

/**
 * What a walk-forward optimisation found.
 *
 * @param windows  each step: the combination chosen in sample and how it did out of sample
 * @param stitched the out-of-sample periods chained into one run: its equity curve compounds each window's
 *                 out-of-sample returns from the initial cash, its fills are the out-of-sample fills of every window
 *                 (in each window's own dollars), its final cash and positions those of the last window, the cash
 *                 scaled like its equity
 */
public record WalkForwardResult(List<WalkForwardWindow> windows, BacktestResult stitched) {

    /** Copies the list. */
    public WalkForwardResult {
        windows = List.copyOf(windows);
    }
}
