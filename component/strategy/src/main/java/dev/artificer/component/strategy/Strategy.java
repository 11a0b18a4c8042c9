package dev.artificer.component.strategy;

import dev.artificer.component.market.Bar;
import java.util.List;

/**
 * A trading strategy: it sees one bar at a time, per symbol and in time order, and decides through the context.
 * The same object runs unchanged in a backtest, in paper trading and live; it must not look at anything but the
 * bars it has been given.
 */
public interface Strategy {

    /**
     * The strategy's name with its parameters, for reports and journals.
     *
     * @return e.g. {@code sma-cross fast=10 slow=30}
     */
    String name();

    /**
     * Called once before the first bar with the history the run will replay, for strategies that precompute
     * (whole-series indicators, say). Using a bar here to decide earlier than that bar is look-ahead, which the
     * look-ahead check reports. Does nothing by default.
     *
     * @param history the bars of the run, in time order
     */
    default void prepare(List<Bar> history) {
    }

    /**
     * Reacts to a closed bar.
     *
     * @param bar     the bar that just closed
     * @param context positions, cash and the order methods
     */
    void onBar(Bar bar, StrategyContext context);
}
