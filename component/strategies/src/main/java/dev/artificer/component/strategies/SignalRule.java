package dev.artificer.component.strategies;

import dev.artificer.component.market.Bar;

/** The entry and exit logic of a built-in strategy for one symbol: its indicators and the signal they give. */
@FunctionalInterface
interface SignalRule {

    /**
     * Feeds a closed bar.
     *
     * @param bar the bar
     * @return the position wanted after it
     */
    Target next(Bar bar);
}
