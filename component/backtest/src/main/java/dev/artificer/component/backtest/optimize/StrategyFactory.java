package dev.artificer.component.backtest.optimize;

import dev.artificer.component.strategy.Strategy;
import java.util.Map;

/** Makes a fresh strategy from parameter values, as a search varies them. */
@FunctionalInterface
public interface StrategyFactory {

    /**
     * Makes the strategy.
     *
     * @param parameters name to value text; parameters not given keep their defaults
     * @return a fresh strategy
     * @throws IllegalArgumentException when the combination is not valid (it is then skipped)
     */
    Strategy create(Map<String, String> parameters);
}
