package dev.artificer.system.algotrader.trading;

import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The StrategyAssignments port: which strategy trades which symbol and timeframe (at most one per pair), and the
 * start of the last bar each has processed, so that a restart neither replays nor skips bars.
 */
public interface StrategyAssignments {

    /**
     * Assigns a strategy, replacing any on the same symbol and timeframe (the new one starts without a processed bar).
     *
     * @param assignment the assignment
     */
    void assign(Assignment assignment);

    /**
     * Removes an assignment.
     *
     * @param symbol    the symbol
     * @param timeframe the timeframe
     * @return false when there was none
     */
    boolean unassign(Symbol symbol, Timeframe timeframe);

    /**
     * Every assignment, by symbol then timeframe.
     *
     * @return the assignments
     */
    List<Assignment> list();

    /**
     * The start of the last bar the assignment's strategy processed.
     *
     * @param symbol    the symbol
     * @param timeframe the timeframe
     * @return the bar start, or empty before the first
     */
    Optional<Instant> lastProcessed(Symbol symbol, Timeframe timeframe);

    /**
     * Records that a bar was processed.
     *
     * @param symbol    the symbol
     * @param timeframe the timeframe
     * @param barStart  the bar's start
     */
    void recordProcessed(Symbol symbol, Timeframe timeframe, Instant barStart);
}
