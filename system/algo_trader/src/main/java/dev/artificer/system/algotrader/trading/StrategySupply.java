package dev.artificer.system.algotrader.trading;

import dev.artificer.component.strategy.Strategy;

/** Where the decision loop gets an assignment's strategy object, and the version of its code. */
@FunctionalInterface
public interface StrategySupply {

    /**
     * Makes a fresh strategy object.
     *
     * @param assignment what to trade
     * @return a new strategy with no state
     */
    Strategy create(Assignment assignment);

    /**
     * The version of the assignment's strategy code now: when it changes, the loop replaces the strategy object
     * (which loses its state) at the start of its next run; while it stays, the object keeps its state.
     *
     * @param assignment what to trade
     * @return a version; the same text for the same code
     */
    default String version(Assignment assignment) {
        return "";
    }
}
